/**
 * `doorbraak import casussen.xlsx -o cases/` (or the tables as CSV files): one case file per case, in
 * the style of `doorbraak new`, a cohort.yaml per cohort of the sheet `cohorten` (with its programme
 * from `programma`), and a tags.yaml per row of `woorden`.
 *
 *   files ─ readSheetFile ─ sheetCases ─→ cases and cohorts as raw fields, each value with its cell
 *         ─ caseYaml / cohortYaml ─→ the very texts to be written, each line with its cell
 *         ─ loadRun (the texts as virtual files, where they will be) ─→ every problem of the loader
 *         ─ each problem at its cell: casussen.xlsx:regels!D14: …
 *
 * So a cell gets exactly the message its key would get in a case file, and what is written passes
 * `check`. Nothing is written while there is any error; an existing file is replaced only with
 * --force (a cohort.yaml or tags.yaml that already says the same is left as it is).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { yamlData } from '../../write/lazy-yaml-data.js';
import { type Diagnostic, diag, filePos, hasErrors } from '../../data/diagnostic.js';
import type { Run } from '../../data/run.js';
import { closest } from '../../data/suggest.js';
import { type CellRef, scoreColumn } from '../../data/workbook.js';
import { displayPath, findFiles, isCohortName } from '../../read/files.js';
import { readFileData } from '../../read/raw-files.js';
import { type SheetCase, type SheetCohort, type SheetColumns, type SheetTags, cellPosition, sheetCases } from '../../read/sheet-cases.js';
import { type SheetTable, readSheetFile } from '../../read/sheet-file.js';
import { privacyDiagnostics } from '../../read/privacy-input.js';
import { undeclaredItemNames } from '../../reports/check.js';
import { type YamlText, caseYaml, cohortYaml, tagsYaml } from '../../write/case-yaml.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { type FileToWrite, writeFilesAtomic } from '../../write/output.js';
import { realFolder, schemaPath } from '../case-files.js';
import { EXIT, type Io, report } from '../context.js';
import { writeFailure } from '../output-guard.js';
import { addLangOption } from '../options.js';
import { CALC_DEFAULTS, loadRun } from '../run.js';

export interface ImportOptions {
  output: string;
  force: boolean;
  rates: string[];
  lang: Lang;
}

/** A file to be written, with where its lines came from. */
interface Planned {
  readonly abs: string;
  readonly yaml: YamlText;
  /** The row the file as a whole comes from (a case's or cohort's first cell). */
  readonly at: CellRef;
  readonly kind: 'case' | 'cohort' | 'tags';
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

async function runImport(io: Io, files: string[], opts: ImportOptions): Promise<number> {
  const ds: Diagnostic[] = [];
  const tables: SheetTable[] = [];
  for (const f of files) {
    const r = await readSheetFile(resolve(io.cwd, f), f);
    ds.push(...r.diagnostics);
    tables.push(...r.tables);
  }
  if (hasErrors(ds)) {
    report(io, ds, opts.lang);
    return EXIT.invalid;
  }
  const sheet = sheetCases(tables, files);
  ds.push(...sheet.diagnostics);
  const out = realFolder(resolve(io.cwd, opts.output));
  const existing = existingFiles(out, io.cwd);
  const { planned, unplaced } = plan(sheet.cases, sheet.cohorts, sheet.tags, out, existing, io.cwd, ds);
  if (!sheet.cases.length && !hasErrors(ds)) ds.push(diag(filePos(files.join(' ')), 'input.no_cases'));
  const virtual = new Map(planned.map((p) => [p.abs, p.yaml.text]));
  // Read as `doorbraak calc` on the output folder will read them: its rate tables apply to every case.
  const run = await loadRun({ paths: existing.tables.map((t) => displayPath(t, io.cwd)), rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang, virtual, privacy: true }, io);
  if (typeof run === 'number') return run;
  const problems = [
    ...run.diagnostics.filter((d) => d.code !== 'input.no_cases'),
    // What check adds for case files: custom items under a law or payer the table does not declare.
    ...undeclaredItemNames(run.inputs, 'error'),
    ...privacyDiagnostics(run.inputs, { severity: 'warning' }),
  ];
  ds.push(...atCells(problems, planned, sheet.tables, io.cwd), ...cohortMismatches(run, sheet.cases.filter((c) => !unplaced.has(c)), new Map(planned.map((p) => [p.at, p])), io.cwd));
  const writes = hasErrors(ds) ? [] : toWrite(planned, opts.force, io.cwd, ds);
  if (report(io, ds, opts.lang)) return EXIT.invalid;
  try {
    writeFilesAtomic(writes);
  } catch (e) {
    report(io, [writeFailure(displayPath(out, io.cwd), e)], opts.lang);
    return EXIT.invalid;
  }
  const kindOf = new Map(planned.map((p) => [p.abs, p.kind]));
  const count = (kind: Planned['kind']): number => writes.filter((w) => kindOf.get(w.target) === kind).length;
  const written = { cases: count('case'), cohorts: count('cohort'), tags: count('tags') };
  const unchanged = { cohorts: planned.filter((p) => p.kind === 'cohort').length - written.cohorts, tags: planned.filter((p) => p.kind === 'tags').length - written.tags };
  io.out(texts(opts.lang).importCases.written(written, displayPath(out, io.cwd) + '/', unchanged) + '\n');
  return EXIT.ok;
}

/**
 * The files already in the output folder: cohort id → folder, case id → file, and the rate tables,
 * which price every case in the folder when it is given to calc (`doorbraak calc cases/`).
 */
interface Existing {
  readonly cohorts: ReadonlyMap<string, string>;
  readonly cases: ReadonlyMap<string, string>;
  readonly tables: readonly string[];
}

function existingFiles(out: string, cwd: string): Existing {
  const cohorts = new Map<string, string>();
  const cases = new Map<string, string>();
  const tables: string[] = [];
  if (!existsSync(out)) return { cohorts, cases, tables };
  for (const abs of findFiles([out], cwd).files) {
    const data = readFileData(abs, displayPath(abs, cwd)).data;
    if (!data) continue;
    if (isCohortName(abs) && typeof data.cohort === 'string') cohorts.set(data.cohort, dirname(abs));
    else if (typeof data.case === 'string') {
      if (!cases.has(data.case)) cases.set(data.case, abs);
    } else if (typeof data.table === 'string') tables.push(abs);
  }
  return { cohorts, cases, tables };
}

/** Where each cohort, case and word list goes, and its text. */
function plan(
  cases: readonly SheetCase[],
  cohorts: readonly SheetCohort[],
  tags: readonly SheetTags[],
  out: string,
  existing: Existing,
  cwd: string,
  ds: Diagnostic[],
): { planned: Planned[]; unplaced: Set<SheetCase> } {
  const planned: Planned[] = [];
  // Cases whose cohort is nowhere: reported once, here.
  const unplaced = new Set<SheetCase>();
  const cohortDir = new Map<string, string>();
  const byDir = new Map<string, string>();
  for (const c of cohorts) {
    const dir = join(out, c.folder);
    const other = byDir.get(dir);
    if (other !== undefined) {
      ds.push(diag(cellPosition(c.at.file ?? '', c.at), 'import.folder_taken', { id: c.id, other, folder: c.folder === '' ? '.' : c.folder }));
      continue;
    }
    byDir.set(dir, c.id);
    cohortDir.set(c.id, dir);
    planned.push({ abs: join(dir, 'cohort.yaml'), yaml: cohortYaml(c.raw, schemaPath(dir, 'cohort')), at: c.at, kind: 'cohort' });
  }
  for (const t of tags) {
    const dir = join(out, t.folder);
    planned.push({ abs: join(dir, 'tags.yaml'), yaml: tagsYaml(t.raw, schemaPath(dir, 'tags')), at: t.at, kind: 'tags' });
  }
  const known = [...new Set([...cohortDir.keys(), ...existing.cohorts.keys()])];
  cases.forEach((c, i) => {
    let dir = out;
    if (c.cohort) {
      const d = cohortDir.get(c.cohort.id) ?? existing.cohorts.get(c.cohort.id);
      if (d === undefined) {
        unplaced.add(c);
        ds.push(
          diag(cellPosition(c.cohort.at.file ?? '', c.cohort.at), 'import.cohort_unknown', {
            id: c.cohort.id,
            folder: displayPath(out, cwd) + '/',
            suggestions: closest(c.cohort.id, known, 3),
          }),
        );
      } else dir = d;
    }
    if (c.folder) dir = join(out, c.folder.path);
    // An id that is no file name is reported by the loader (schema.slug); its file is never written.
    const name = SLUG.test(c.id) ? `${c.id}.yaml` : `.doorbraak-import-${i + 1}.yaml`;
    const abs = join(dir, name);
    const other = existing.cases.get(c.id);
    if (other !== undefined && other !== abs) {
      ds.push(diag(cellPosition(c.raw.at?.file ?? '', c.raw.at!), 'case.duplicate_id', { id: c.id, first: displayPath(other, cwd) }));
    }
    planned.push({ abs, yaml: caseYaml(c.raw, schemaPath(dir, 'case')), at: c.raw.at!, kind: 'case' });
  });
  return { planned, unplaced };
}

/** A case that lands in the folder of another cohort (or of none) than its row names: at its cohort cell. */
function cohortMismatches(run: Run, cases: readonly SheetCase[], planned: ReadonlyMap<CellRef, Planned>, cwd: string): Diagnostic[] {
  const byFile = new Map(run.inputs.cases.map((c) => [c.file, c]));
  const ds: Diagnostic[] = [];
  for (const c of cases) {
    const p = c.raw.at ? planned.get(c.raw.at) : undefined;
    const loaded = p ? byFile.get(displayPath(p.abs, cwd)) : undefined;
    if (!p || !loaded || !c.cohort || loaded.cohort === c.cohort.id) continue;
    const folder = displayPath(dirname(p.abs), cwd) + '/';
    ds.push(diag(cellPosition(c.cohort.at.file ?? '', c.cohort.at), 'import.cohort_elsewhere', { case: c.id, id: c.cohort.id, actual: loaded.cohort ?? '', folder }));
  }
  return ds;
}

/** Messages about a key that do not name it in their arguments. */
const CODE_KEYS: Readonly<Record<string, string>> = { 'cohort.rates_missing': 'rates', 'rate.unknown': 'rate' };

/** The columns of a nested key on a table (`published_baten` for `baten` on cohorten). */
const PREFIXES: Readonly<Partial<Record<SheetColumns['role'], readonly string[]>>> = { cases: ['dates_'], cohorts: ['published_', 'programme_', 'tags_'] };

/** The column of the key a message is about: its own, or a nested key's; a score's for a score out of range. */
function columnOf(d: Diagnostic, key: string, table: SheetColumns): number | undefined {
  if (d.code === 'tracking.score_range') return table.columns.get(scoreColumn(key));
  const own = table.columns.get(key);
  if (own !== undefined) return own;
  for (const p of PREFIXES[table.role] ?? []) {
    const col = table.columns.get(p + key);
    if (col !== undefined) return col;
  }
  return undefined;
}

/**
 * Problems in the texts to be written, at the cells their lines came from. A problem about a key
 * that the row's table has a column for is at that column (a custom item without 'price': the empty
 * price cell of its row). Problems elsewhere (a rate table) stay where they are.
 */
function atCells(ds: readonly Diagnostic[], planned: readonly Planned[], tables: readonly SheetColumns[], cwd: string): Diagnostic[] {
  const byFile = new Map(planned.map((p) => [displayPath(p.abs, cwd), p]));
  return ds.map((d) => {
    const p = byFile.get(d.file);
    if (!p) return d;
    let at = (d.line > 0 ? p.yaml.sources[d.line - 1] : undefined) ?? p.at;
    const key = typeof d.args.key === 'string' ? d.args.key : CODE_KEYS[d.code];
    const table = tables.find((t) => t.file === at.file && t.sheet === at.sheet);
    if (key !== undefined && table && d.code !== 'schema.unknown_key' && d.code !== 'schema.dutch_key') {
      const col = columnOf(d, key, table);
      if (col !== undefined) at = { ...at, col };
    }
    return { ...d, ...cellPosition(at.file ?? '', at) };
  });
}

/** The files to write: new ones, and existing ones only with --force (an unchanged cohort.yaml is left). */
function toWrite(planned: readonly Planned[], force: boolean, cwd: string, ds: Diagnostic[]): FileToWrite[] {
  const out: FileToWrite[] = [];
  for (const p of planned) {
    if (!existsSync(p.abs)) {
      out.push({ target: p.abs, content: p.yaml.text, replace: false });
      continue;
    }
    if (p.kind !== 'case' && sameData(p.abs, p.yaml.text, cwd)) continue;
    if (!force) {
      ds.push(diag(cellPosition(p.at.file ?? '', p.at), 'import.exists', { file: displayPath(p.abs, cwd) }));
      continue;
    }
    // A workbook exported without --include-notes: the free text of the file would go unnoticed.
    if (p.kind === 'case' && hasFreeText(readFileData(p.abs, displayPath(p.abs, cwd)).data) && !hasFreeText(yamlData().parse(p.yaml.text))) {
      ds.push(diag(cellPosition(p.at.file ?? '', p.at), 'import.free_text_dropped', { file: displayPath(p.abs, cwd) }, 'warning'));
    }
    out.push({ target: p.abs, content: p.yaml.text, replace: true });
  }
  return out;
}

/** A case file's data has free text: the text of a value, or a note on a line (of a scenario or a follow-up measurement). */
function hasFreeText(data: unknown): boolean {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(data)) return false;
  const o = data;
  if (isObj(o.values) && Object.values(o.values).some((v) => typeof v === 'string' || (isObj(v) && 'text' in v))) return true;
  const noted = (lines: unknown): boolean => Array.isArray(lines) && lines.some((l) => isObj(l) && 'note' in l);
  if (['current', 'threat', 'breakthrough'].some((k) => noted(o[k]))) return true;
  return Array.isArray(o.followup) && o.followup.some((f) => isObj(f) && noted(f.lines));
}

/** The file at `abs` holds the same data as `text` (comments and layout aside). */
function sameData(abs: string, text: string, cwd: string): boolean {
  const old = readFileData(abs, displayPath(abs, cwd)).data;
  return old !== undefined && JSON.stringify(canonical(old)) === JSON.stringify(canonical(yamlData().parse(text)));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function registerImport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, importCases: h } = texts(lang);
  const cmd = program
    .command('import')
    .description(h.help.description)
    .argument('<files...>', h.help.arguments.files)
    .requiredOption('-o, --output <folder>', h.help.options.output)
    .option('--force', h.help.options.force, false)
    .option('--rates <file>', common.rates, (v: string, prev: string[]) => [...prev, v], []);
  addLangOption(cmd, lang);
  cmd.action(async (files: string[], opts: ImportOptions) => setExit(await runImport(io, files, opts)));
}

