/**
 * Case and cohort files as text, in one style for everything doorbraak writes (`new`, `import`): the
 * yaml-language-server line, keys in the order of the schema, two-space indentation, a line per key,
 * plain scalars where YAML reads them back as the same text and double quotes elsewhere. Each line
 * of the text remembers the cell its value came from, so that a problem the loader finds in the
 * text can be shown at that cell (src/cli/commands/import.ts).
 */
import { yamlData } from './lazy-yaml-data.js';
import { SCENARIOS, type Scenario } from '../data/model.js';
import type { CellRef, RawCase, RawCohort, RawField, RawLine, RawTags, RawValue } from '../data/workbook.js';

/** The text of a file and, per line (index 0 is line 1), the cell its value came from. */
export interface YamlText {
  readonly text: string;
  readonly sources: readonly (CellRef | undefined)[];
}

/** Comments of a case template (`doorbraak new`). */
export interface CaseComments {
  /** Comment lines after the schema line, before `case:`. */
  readonly header: readonly string[];
  /** A comment after a key of the case (`title`, `horizon`). */
  readonly keys?: Readonly<Record<string, string>>;
  /** Comment lines (YAML examples included) before each scenario's key. */
  readonly scenarios?: Readonly<Partial<Record<Scenario, readonly string[]>>>;
  /** Lines written as comments after `horizon` (the cohort's horizon, which the case follows). */
  readonly afterHead?: readonly string[];
}

/** Where comments after a value start, when the line is shorter. */
const COMMENT_COLUMN = 36;

interface Out {
  readonly text: string;
  readonly at?: CellRef;
  readonly comment?: string;
}

function finish(lines: readonly Out[], column = COMMENT_COLUMN): YamlText {
  const text = lines
    .map((l) => (l.comment === undefined ? l.text : `${l.text.padEnd(Math.max(column, l.text.length + 1))}# ${l.comment}`))
    .join('\n');
  return { text: text + '\n', sources: lines.map((l) => l.at) };
}

/** YAML words that would not read back as text. */
const KEYWORD = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
/** Text that is certainly a plain scalar: a letter first, then letters, digits and a few signs. */
const SAFE_PLAIN = /^[\p{L}][\p{L}\p{N} ._()/+’,&-]*$/u;

/** A string as a YAML scalar that reads back as exactly this string. */
export function scalarText(s: string): string {
  if (s !== '' && s === s.trim() && !/[\s]{2}/.test(s)) {
    if (SAFE_PLAIN.test(s) && !KEYWORD.test(s)) return s;
    if (!/[\u0000-\u001f\u007f\u0085\u2028\u2029#]|: |^[-?:,[\]{}&*!|>'"%@`]/.test(s)) {
      try {
        if (yamlData().parse(s) === s) return s;
      } catch {
        /* quoted below */
      }
    }
  }
  return JSON.stringify(s);
}

function valueText(v: RawValue): string {
  if (typeof v === 'string') return scalarText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return `[${v.map(scalarText).join(', ')}]`;
}

/** The lines of one key and its value at an indentation. */
function fieldLine(f: RawField, indent: string, comment?: string): Out {
  return { text: `${indent}${f.key}: ${valueText(f.value)}`, ...(f.at ? { at: f.at } : {}), ...(comment !== undefined ? { comment } : {}) };
}

/** A line of a list (`  - rate: ots` and its other keys below), at an indentation. */
function lineLines(l: RawLine, indent = '  '): Out[] {
  // A row with a case and a scenario only: a line without keys, which the loader explains.
  if (!l.fields.length) return [{ text: `${indent}- {}`, ...(l.at ? { at: l.at } : {}) }];
  return l.fields.map((f, i) => fieldLine(f, i === 0 ? `${indent}- ` : `${indent}  `));
}

/** A key whose value is a list of lines: `key: []`, or `key:` and the lines below it. */
function linesBlock(key: string, lines: readonly RawLine[], indent: string, at: CellRef | undefined, first = indent): Out[] {
  const where = at ? { at } : {};
  if (!lines.length) return [{ text: `${first}${key}: []`, ...where }];
  return [{ text: `${first}${key}:`, ...where }, ...lines.flatMap((l) => lineLines(l, `${indent}  `))];
}

/** A mapping of fields under a key (`dates:`, `published:`, `tags:`), when it has any. */
function mapping(key: string, fields: readonly RawField[], at: CellRef | undefined): Out[] {
  if (!fields.length) return [];
  return [{ text: `${key}:`, ...(at ? { at } : {}) }, ...fields.map((f) => fieldLine(f, '  '))];
}

/** A case file: schema line, the comments of a template when given, the keys in file order. */
export function caseYaml(raw: RawCase, schema: string, comments?: CaseComments): YamlText {
  const out: Out[] = [{ text: `# yaml-language-server: $schema=${schema}` }];
  for (const c of comments?.header ?? []) out.push({ text: c === '' ? '#' : `# ${c}` });
  for (const f of raw.head) out.push(fieldLine(f, '', comments?.keys?.[f.key]));
  for (const c of comments?.afterHead ?? []) out.push({ text: `# ${c}` });
  out.push(...mapping('dates', raw.dates, raw.at));
  for (const f of raw.tags) out.push(fieldLine(f, ''));
  if (raw.values.length) {
    out.push({ text: 'values:', ...(raw.at ? { at: raw.at } : {}) });
    for (const v of raw.values) {
      // Free text alone as before (`betrokkenheid: …`); with a score, `{ score, text }` spelt out.
      if (!v.score && v.text) out.push(fieldLine({ ...v.text, key: v.key }, '  '));
      else {
        const at = v.score?.at ?? v.text?.at;
        out.push({ text: `  ${v.key}:`, ...(at ? { at } : {}) });
        for (const f of [v.score, v.text]) if (f) out.push(fieldLine(f, '    '));
      }
    }
  }
  for (const s of SCENARIOS) {
    for (const c of comments?.scenarios?.[s] ?? []) out.push({ text: c === '' ? '#' : `# ${c}` });
    out.push(...linesBlock(s, raw.scenarios[s], '', raw.at));
  }
  if (raw.followup.length) {
    out.push({ text: 'followup:', ...(raw.at ? { at: raw.at } : {}) });
    for (const m of raw.followup) {
      m.when.forEach((f, i) => out.push(fieldLine(f, i === 0 ? '  - ' : '    ')));
      out.push(...linesBlock('lines', m.lines, '    ', m.at, m.when.length ? '    ' : '  - '));
    }
  }
  return finish(out);
}

/** A cohort file (cohort.yaml): schema line, the keys in file order, `published`, `programme` and `tags` as mappings. */
export function cohortYaml(raw: RawCohort, schema: string): YamlText {
  const out: Out[] = [{ text: `# yaml-language-server: $schema=${schema}` }];
  for (const f of raw.head) {
    if (Array.isArray(f.value)) {
      out.push({ text: `${f.key}:`, ...(f.at ? { at: f.at } : {}) });
      for (const v of f.value as readonly string[]) out.push({ text: `  - ${scalarText(v)}`, ...(f.at ? { at: f.at } : {}) });
    } else out.push(fieldLine(f, ''));
  }
  out.push(...mapping('published', raw.published, raw.at));
  if (raw.programme) {
    const p = raw.programme;
    out.push({ text: 'programme:', ...(p.years?.at ? { at: p.years.at } : raw.at ? { at: raw.at } : {}) });
    if (p.years) out.push(fieldLine(p.years, '  '));
    out.push(...linesBlock('costs', p.costs, '  ', p.years?.at ?? raw.at));
  }
  out.push(...mapping('tags', raw.tags, raw.at));
  return finish(out);
}

/** A tags.yaml: schema line and its word lists. */
export function tagsYaml(raw: RawTags, schema: string): YamlText {
  return finish([{ text: `# yaml-language-server: $schema=${schema}` }, ...raw.fields.map((f) => fieldLine(f, ''))]);
}

/**
 * Example lines of a scenario as comments (`#   - rate: ots   # …`), for the template: the fields of
 * each line with a comment after the fields that have one.
 */
export function commentedLines(lines: readonly { readonly fields: readonly RawField[]; readonly notes?: Readonly<Record<string, string>> }[]): string[] {
  const out: Out[] = [];
  for (const l of lines) l.fields.forEach((f, i) => out.push(fieldLine(f, i === 0 ? '  - ' : '    ', l.notes?.[f.key])));
  // Aligned with the file's own comments once caseYaml puts '# ' before each line.
  return finish(out, COMMENT_COLUMN - 2).text.trimEnd().split('\n');
}
