/**
 * Case and cohort files as text, in one style for everything doorbraak writes (`new`, `import`): the
 * yaml-language-server line, keys in the order of the schema, two-space indentation, a line per key,
 * plain scalars where YAML reads them back as the same text and double quotes elsewhere. Each line
 * of the text remembers the cell its value came from, so that a problem the loader finds in the
 * text can be shown at that cell (src/cli/commands/import.ts).
 */
import { parse } from 'yaml';
import { SCENARIOS, type Scenario } from '../data/model.js';
import type { CellRef, RawCase, RawCohort, RawField, RawLine, RawValue } from '../data/workbook.js';

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
        if (parse(s) === s) return s;
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

function lineLines(l: RawLine): Out[] {
  // A row with a case and a scenario only: a line without keys, which the loader explains.
  if (!l.fields.length) return [{ text: '  - {}', ...(l.at ? { at: l.at } : {}) }];
  return l.fields.map((f, i) => fieldLine(f, i === 0 ? '  - ' : '    '));
}

/** A case file: schema line, the comments of a template when given, the keys in file order. */
export function caseYaml(raw: RawCase, schema: string, comments?: CaseComments): YamlText {
  const out: Out[] = [{ text: `# yaml-language-server: $schema=${schema}` }];
  for (const c of comments?.header ?? []) out.push({ text: c === '' ? '#' : `# ${c}` });
  for (const f of raw.head) out.push(fieldLine(f, '', comments?.keys?.[f.key]));
  for (const c of comments?.afterHead ?? []) out.push({ text: `# ${c}` });
  if (raw.values.length) {
    out.push({ text: 'values:', ...(raw.at ? { at: raw.at } : {}) });
    for (const f of raw.values) out.push(fieldLine(f, '  '));
  }
  for (const s of SCENARIOS) {
    for (const c of comments?.scenarios?.[s] ?? []) out.push({ text: c === '' ? '#' : `# ${c}` });
    const lines = raw.scenarios[s];
    const at = raw.at ? { at: raw.at } : {};
    if (!lines.length) out.push({ text: `${s}: []`, ...at });
    else {
      out.push({ text: `${s}:`, ...at });
      for (const l of lines) out.push(...lineLines(l));
    }
  }
  return finish(out);
}

/** A cohort file (cohort.yaml): schema line, the keys in file order, `published` as a mapping. */
export function cohortYaml(raw: RawCohort, schema: string): YamlText {
  const out: Out[] = [{ text: `# yaml-language-server: $schema=${schema}` }];
  for (const f of raw.head) {
    if (Array.isArray(f.value)) {
      out.push({ text: `${f.key}:`, ...(f.at ? { at: f.at } : {}) });
      for (const v of f.value as readonly string[]) out.push({ text: `  - ${scalarText(v)}`, ...(f.at ? { at: f.at } : {}) });
    } else out.push(fieldLine(f, ''));
  }
  if (raw.published.length) {
    out.push({ text: 'published:', ...(raw.at ? { at: raw.at } : {}) });
    for (const f of raw.published) out.push(fieldLine(f, '  '));
  }
  return finish(out);
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
