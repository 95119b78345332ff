/**
 * Tables of a workbook or CSV files (src/read/sheet-file.ts) → cases, cohorts and word lists as raw
 * fields, each with its cell (src/data/workbook.ts). Only what a spreadsheet adds is checked here: the
 * sheets and their headers, a case row for every line, a cohort row for every cost of a programme,
 * the scenario names, duplicate ids, and the notation of numbers, lists and yes/no. Everything a case
 * file can get wrong is left to the loader itself, which reads the files made from these fields before
 * anything is written (src/cli/commands/import.ts), so that a cell gets the very message the key would
 * get in a case file.
 */
import { type Diagnostic, type Position, diag, filePos } from '../data/diagnostic.js';
import type { Scenario } from '../data/model.js';
import { closest } from '../data/suggest.js';
import {
  BOOLEAN_COLUMNS,
  CASE_HEAD_KEYS,
  COHORT_HEAD_KEYS,
  COLUMNS,
  type CellRef,
  DATES_KEYS,
  DURATION_COLUMNS,
  FOLLOWUP_KEYS,
  LINE_KEYS,
  LINE_KINDS,
  LIST_COLUMNS,
  NUMBER_COLUMNS,
  PROGRAMME_COST_KEYS,
  PUBLISHED_KEYS,
  REQUIRED_COLUMNS,
  type RawCase,
  type RawCohort,
  type RawField,
  type RawFollowup,
  type RawLine,
  type RawTags,
  type RawValue,
  type RawValueEntry,
  SCENARIO_NAMES,
  SHEETS,
  type SheetRole,
  TAG_LIST_KEYS,
  VALUE_KEYS,
  booleanOf,
  cellName,
  scenarioOf,
  scoreColumn,
} from '../data/workbook.js';
import { englishKey } from './dutch-keys.js';
import type { SheetTable, SheetValue } from './sheet-file.js';

/** A case read from a spreadsheet, with where it asks to go. */
export interface SheetCase {
  readonly id: string;
  readonly raw: RawCase;
  /** The cohort it names, and its cell. */
  readonly cohort?: { readonly id: string; readonly at: CellRef };
  /** The folder it names (relative, `/`-separated; '' for the output folder itself), and its cell. */
  readonly folder?: { readonly path: string; readonly at: CellRef };
}

/** A cohort read from a spreadsheet, with its folder (default: its id). */
export interface SheetCohort {
  readonly id: string;
  readonly raw: RawCohort;
  readonly folder: string;
  readonly at: CellRef;
}

/** A tags.yaml read from `woorden`, with its folder (default: the output folder itself, ''). */
export interface SheetTags {
  readonly raw: RawTags;
  readonly folder: string;
  readonly at: CellRef;
}

/** A table read: its role, file, sheet and the column of each name in its header. */
export interface SheetColumns {
  readonly role: SheetRole;
  readonly file: string;
  readonly sheet?: string;
  readonly columns: ReadonlyMap<string, number>;
}

export interface SheetCases {
  readonly cases: readonly SheetCase[];
  readonly cohorts: readonly SheetCohort[];
  readonly tags: readonly SheetTags[];
  readonly tables: readonly SheetColumns[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The position of a cell in a message: `file:sheet!D14`. */
export function cellPosition(file: string, c: CellRef): Position {
  return { file, line: c.row, col: c.col + 1, cell: cellName(c) };
}

/** A table with its header read: the column of each known name. */
interface Read {
  readonly table: SheetTable;
  readonly role: SheetRole;
  readonly columns: ReadonlyMap<string, number>;
}

const ROLES = Object.keys(SHEETS) as SheetRole[];

/** The role of a table: a workbook's sheet by its name, a CSV file by its header. */
function roleOf(t: SheetTable): SheetRole | undefined {
  if (t.sheet !== undefined) {
    const name = t.sheet.trim().toLowerCase();
    return ROLES.find((r) => SHEETS[r] === name);
  }
  const header = (t.rows[0] ?? []).map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : ''));
  if (header.includes('scenario')) return 'lines';
  if (header.includes('per') || header.includes('item')) return 'programme';
  if (header[0] === 'cohort') return 'cohorts';
  if (header[0] === 'id') return 'rates';
  if (header.includes('case')) return 'cases';
  if (header[0] === 'folder' || TAG_LIST_KEYS.some((k) => header.includes(k))) return 'tags';
  return undefined;
}

export function sheetCases(tables: readonly SheetTable[], files: readonly string[]): SheetCases {
  const ds: Diagnostic[] = [];
  const byRole = new Map<SheetRole, Read>();
  for (const t of tables) {
    const role = roleOf(t);
    if (role === undefined) {
      // Other sheets of a workbook (the instructions, a person's own notes) are not read.
      if (t.sheet === undefined) ds.push(diag(filePos(t.file), 'sheet.unknown_table'));
      continue;
    }
    const prev = byRole.get(role);
    if (prev) {
      ds.push(diag(filePos(t.file), 'sheet.duplicate_table', { table: SHEETS[role], first: prev.table.file }));
      continue;
    }
    const columns = header(t, role, ds);
    if (columns) byRole.set(role, { table: t, role, columns });
  }
  for (const role of ['cases', 'lines'] as const) {
    if (!byRole.has(role) && !ds.some((d) => d.code === 'sheet.missing_column')) {
      ds.push(diag(filePos(files.join(' ')), 'sheet.missing', { table: SHEETS[role] }));
    }
  }
  const read = [...byRole.values()].map((r) => ({ role: r.role, file: r.table.file, ...(r.table.sheet !== undefined ? { sheet: r.table.sheet } : {}), columns: r.columns }));
  const cases = byRole.get('cases');
  const lines = byRole.get('lines');
  if (!cases || !lines) return { cases: [], cohorts: [], tags: [], tables: read, diagnostics: ds };
  const cohorts = byRole.get('cohorts');
  const programme = byRole.get('programme');
  const tags = byRole.get('tags');
  const sheetCohorts = readCohorts(cohorts, programme, ds);
  return { cases: readCases(cases, lines, ds), cohorts: sheetCohorts, tags: tags ? readTags(tags, ds) : [], tables: read, diagnostics: ds };
}

/** Row 1: the known columns; an unknown name gets the message an unknown key gets. */
function header(t: SheetTable, role: SheetRole, ds: Diagnostic[]): Map<string, number> | undefined {
  const known: readonly string[] = COLUMNS[role];
  const columns = new Map<string, number>();
  const row = t.rows[0] ?? [];
  row.forEach((v, col) => {
    if (v === null) return;
    const name = String(v).trim().toLowerCase();
    const at = cellPosition(t.file, { ...(t.sheet !== undefined ? { sheet: t.sheet } : {}), row: 1, col });
    if (role === 'rates') {
      // Not read back: any header will do.
      columns.set(name, col);
      return;
    }
    if (!known.includes(name)) {
      const english = englishKey(name, known);
      ds.push(english ? diag(at, 'schema.dutch_key', { key: name, english }) : diag(at, 'schema.unknown_key', { key: name, suggestions: closest(name, known, 1), known }));
    } else if (columns.has(name)) ds.push(diag(at, 'sheet.duplicate_column', { column: name }));
    else columns.set(name, col);
  });
  const missing = REQUIRED_COLUMNS[role].filter((c) => !columns.has(c));
  if (!missing.length) return columns;
  const at = cellPosition(t.file, { ...(t.sheet !== undefined ? { sheet: t.sheet } : {}), row: 1, col: 0 });
  for (const c of missing) ds.push(diag(at, 'sheet.missing_column', { column: c, table: SHEETS[role] }));
  return undefined;
}

/** The data rows (from row 2) that have any value, with their row numbers. */
function dataRows(t: SheetTable): { row: number; cells: readonly SheetValue[] }[] {
  const out: { row: number; cells: readonly SheetValue[] }[] = [];
  t.rows.forEach((cells, i) => {
    if (i > 0 && cells.some((v) => v !== null)) out.push({ row: i + 1, cells });
  });
  return out;
}

function ref(t: SheetTable, row: number, col: number): CellRef {
  return { file: t.file, ...(t.sheet !== undefined ? { sheet: t.sheet } : {}), row, col };
}

/** An id cell as text (a number typed into it, 12, is the id '12'). */
function idText(v: SheetValue): string | undefined {
  if (v === null) return undefined;
  return typeof v === 'number' ? String(v) : String(v).trim();
}

/**
 * A cell as the value of its key in a file: numbers in a number column (a text in the file's
 * notation of numbers counts as that number), numbers and text in a duration column, a list of words
 * in a list column (`wonen, geld`), true or false in a yes/no column (`ja`, `nee`), text elsewhere.
 * What is not a number in a number column, or not yes or no in a yes/no column, stays text, for the
 * loader to say what was meant.
 */
function rawValue(v: Exclude<SheetValue, null>, column: string, t: SheetTable): RawValue {
  if (NUMBER_COLUMNS.has(column) || DURATION_COLUMNS.has(column)) {
    if (typeof v !== 'string') return v;
    const n = numberText(v, t.decimalComma, t.textOnly);
    return n ?? v;
  }
  if (LIST_COLUMNS.has(column)) return String(v).split(/[,;]/).map((w) => w.trim()).filter((w) => w !== '');
  if (BOOLEAN_COLUMNS.has(column)) {
    if (typeof v === 'boolean') return v;
    return booleanOf(String(v)) ?? String(v);
  }
  return typeof v === 'string' ? v : String(v);
}

/**
 * A number written as text in the notation of the file: a plain decimal (3, 0.5, -2.5); in a
 * `;`-separated CSV file also a decimal comma (0,5) and points between thousands (1.234,50); in a
 * `,`-separated one also commas between thousands when there is a decimal point (1,234.50).
 * Undefined for anything else (`0,5` in a workbook is for the loader to explain).
 */
export function numberText(s: string, decimalComma: boolean, csv: boolean): number | undefined {
  const t = s.trim();
  let plain: string | undefined;
  if (/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/.test(t) && !(decimalComma && /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/.test(t))) plain = t;
  else if (decimalComma && /^[+-]?\d+,\d+$/.test(t)) plain = t.replace(',', '.');
  else if (decimalComma && /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/.test(t)) plain = t.replace(/\./g, '').replace(',', '.');
  else if (csv && !decimalComma && /^[+-]?[1-9]\d{0,2}(?:,\d{3})+\.\d+$/.test(t)) plain = t.replace(/,/g, '');
  if (plain === undefined) return undefined;
  const n = Number(plain);
  return Number.isFinite(n) ? n : undefined;
}

/** The fields of a row for these keys (column name → key), in the keys' order, skipping empty cells. */
function fields(r: Read, cells: readonly SheetValue[], row: number, keys: readonly (readonly [string, string])[]): RawField[] {
  const out: RawField[] = [];
  for (const [column, key] of keys) {
    const col = r.columns.get(column);
    if (col === undefined) continue;
    const v = cells[col] ?? null;
    if (v === null) continue;
    out.push({ key, value: rawValue(v, column, r.table), at: ref(r.table, row, col) });
  }
  return out;
}

const same = (keys: readonly string[]): (readonly [string, string])[] => keys.map((k) => [k, k] as const);
/** Columns named `<prefix>_<key>` (published_baten, dates_start, tags_kind) for these keys. */
const prefixed = (prefix: string, keys: readonly string[]): (readonly [string, string])[] => keys.map((k) => [`${prefix}_${k}`, k] as const);

/** A folder named in a cell: relative, `/`-separated, without `..`; '' or '.' is the output folder. */
function folderPath(v: SheetValue): string | undefined {
  const t = String(v ?? '').trim().replace(/\\/g, '/').replace(/\/+$/, '');
  if (t === '' || t === '.') return '';
  if (t.startsWith('/') || /^[a-z]:/i.test(t)) return undefined;
  const parts = t.split('/').filter((p) => p !== '.');
  if (parts.some((p) => p === '' || p === '..' || p.startsWith('.') || /[\u0000-\u001f<>:"|?*]/.test(p))) return undefined;
  return parts.join('/');
}

/** A case's values: per value of the method its score and its free text, in the order of the columns. */
function valuesOf(r: Read, cells: readonly SheetValue[], row: number): RawValueEntry[] {
  const out: RawValueEntry[] = [];
  for (const v of VALUE_KEYS) {
    const [score] = fields(r, cells, row, [[scoreColumn(v), 'score']]);
    const [text] = fields(r, cells, row, [[v, 'text']]);
    if (!score && !text) continue;
    out.push({ key: v, ...(score ? { score } : {}), ...(text ? { text: { ...text, value: String(text.value) } } : {}) });
  }
  return out;
}

function readCases(cases: Read, lines: Read, ds: Diagnostic[]): SheetCase[] {
  const t = cases.table;
  const file = t.file;
  const idCol = cases.columns.get('case')!;
  const first = new Map<string, CellRef>();
  const found: { id: string; row: number; cells: readonly SheetValue[]; at: CellRef }[] = [];
  for (const { row, cells } of dataRows(t)) {
    const at = ref(t, row, idCol);
    const id = idText(cells[idCol] ?? null);
    if (id === undefined || id === '') {
      ds.push(diag(cellPosition(file, at), 'sheet.case_id_missing'));
      continue;
    }
    const prev = first.get(id);
    if (prev) {
      ds.push(diag(cellPosition(file, at), 'case.duplicate_id', { id, first: `${file}:${cellName(prev)}` }));
      continue;
    }
    first.set(id, at);
    found.push({ id, row, cells, at });
  }
  const linesOf = readLines(lines, first, ds);
  return found.map(({ id, row, cells, at }) => {
    const head = fields(cases, cells, row, same(CASE_HEAD_KEYS));
    // The id as text, also when it was typed as a number.
    const idField = head.findIndex((f) => f.key === 'case');
    if (idField >= 0) head[idField] = { ...head[idField]!, value: id };
    const own = linesOf.get(id);
    const raw: RawCase = {
      head,
      dates: fields(cases, cells, row, prefixed('dates', DATES_KEYS)),
      tags: fields(cases, cells, row, same(TAG_LIST_KEYS)),
      values: valuesOf(cases, cells, row),
      scenarios: own?.scenarios ?? emptyScenarios(),
      followup: own?.followup ?? [],
      at,
    };
    const cohortCol = cases.columns.get('cohort');
    const cohortId = cohortCol !== undefined ? idText(cells[cohortCol] ?? null) : undefined;
    const folderCol = cases.columns.get('folder');
    const folderCell = folderCol !== undefined ? (cells[folderCol] ?? null) : null;
    let folder: SheetCase['folder'];
    if (folderCol !== undefined && folderCell !== null) {
      const path = folderPath(folderCell);
      const fat = ref(t, row, folderCol);
      if (path === undefined) ds.push(diag(cellPosition(file, fat), 'sheet.folder_invalid', { value: String(folderCell) }));
      else folder = { path, at: fat };
    }
    return {
      id,
      raw,
      ...(cohortId !== undefined && cohortId !== '' ? { cohort: { id: cohortId, at: ref(t, row, cohortCol!) } } : {}),
      ...(folder ? { folder } : {}),
    };
  });
}

function emptyScenarios(): Record<Scenario, RawLine[]> {
  return { current: [], threat: [], breakthrough: [] };
}

/** A follow-up measurement being read: the text of its `after`/`date` cells tells it from the others. */
interface Measurement {
  readonly key: string;
  readonly when: readonly RawField[];
  readonly lines: RawLine[];
  readonly at: CellRef;
}

/**
 * The lines of each case, in the order of the rows. The rows of a follow-up measurement (scenario
 * `vervolgmeting`) with the same `after` or `date` are one measurement, in the order of their first
 * row; a row of a measurement with no line keys is a measurement without lines (nothing was spent).
 */
function readLines(lines: Read, cases: ReadonlyMap<string, CellRef>, ds: Diagnostic[]): Map<string, { scenarios: Record<Scenario, RawLine[]>; followup: RawFollowup[] }> {
  const t = lines.table;
  const file = t.file;
  const caseCol = lines.columns.get('case')!;
  const scenarioCol = lines.columns.get('scenario')!;
  const ids = [...cases.keys()];
  const names = LINE_KINDS.map((s) => SCENARIO_NAMES[s]);
  const scenarios = new Map<string, Record<Scenario, RawLine[]>>();
  const measurements = new Map<string, Measurement[]>();
  for (const { row, cells } of dataRows(t)) {
    const id = idText(cells[caseCol] ?? null);
    const caseAt = cellPosition(file, ref(t, row, caseCol));
    let ok = true;
    if (id === undefined || id === '') {
      ds.push(diag(caseAt, 'sheet.line_case_missing'));
      ok = false;
    } else if (!cases.has(id)) {
      ds.push(diag(caseAt, 'sheet.case_unknown', { id, table: SHEETS.cases, suggestions: closest(id, ids, 3) }));
      ok = false;
    }
    const sv = cells[scenarioCol] ?? null;
    const scenarioAt = cellPosition(file, ref(t, row, scenarioCol));
    const scenario = sv === null ? undefined : scenarioOf(String(sv));
    if (sv === null) {
      ds.push(diag(scenarioAt, 'sheet.scenario_missing', { options: names }));
      ok = false;
    } else if (!scenario) {
      ds.push(diag(scenarioAt, 'sheet.scenario_unknown', { value: String(sv), suggestions: closest(String(sv), [...names, ...LINE_KINDS], 1), options: names }));
      ok = false;
    }
    const when = fields(lines, cells, row, same(FOLLOWUP_KEYS));
    if (scenario !== undefined && scenario !== 'followup') {
      // `after` and `date` say when a follow-up measurement was: on another row they are a slip.
      for (const f of when) ds.push(diag(cellPosition(file, f.at!), 'sheet.followup_only', { key: f.key, name: SCENARIO_NAMES.followup }));
    }
    if (!ok) continue;
    const line: RawLine = { fields: fields(lines, cells, row, same(LINE_KEYS)), at: ref(t, row, caseCol) };
    if (scenario === 'followup') {
      let list = measurements.get(id!);
      if (!list) measurements.set(id!, (list = []));
      const key = when.map((f) => `${f.key}\u0000${typeof f.value}\u0000${String(f.value)}`).join('\u0001');
      let m = list.find((x) => x.key === key);
      if (!m) {
        const afterCol = lines.columns.get('after');
        const at = when[0]?.at ?? (afterCol !== undefined ? ref(t, row, afterCol) : ref(t, row, scenarioCol));
        list.push((m = { key, when, lines: [], at }));
      }
      if (line.fields.length) m.lines.push(line);
      continue;
    }
    let byScenario = scenarios.get(id!);
    if (!byScenario) scenarios.set(id!, (byScenario = emptyScenarios()));
    byScenario[scenario!].push(line);
  }
  const out = new Map<string, { scenarios: Record<Scenario, RawLine[]>; followup: RawFollowup[] }>();
  for (const id of new Set([...scenarios.keys(), ...measurements.keys()])) {
    out.set(id, { scenarios: scenarios.get(id) ?? emptyScenarios(), followup: (measurements.get(id) ?? []).map(({ when, lines: l, at }) => ({ when, lines: l, at })) });
  }
  return out;
}

/** The cohorts of `cohorten`, each with the costs of its programme from `programma`. */
function readCohorts(cohorts: Read | undefined, programme: Read | undefined, ds: Diagnostic[]): SheetCohort[] {
  const out: SheetCohort[] = [];
  const first = new Map<string, CellRef>();
  const rows: { id: string; row: number; cells: readonly SheetValue[]; at: CellRef }[] = [];
  if (cohorts) {
    const t = cohorts.table;
    const idCol = cohorts.columns.get('cohort')!;
    for (const { row, cells } of dataRows(t)) {
      const at = ref(t, row, idCol);
      const id = idText(cells[idCol] ?? null);
      if (id === undefined || id === '') {
        ds.push(diag(cellPosition(t.file, at), 'sheet.cohort_id_missing'));
        continue;
      }
      const prev = first.get(id);
      if (prev) {
        ds.push(diag(cellPosition(t.file, at), 'sheet.duplicate_cohort', { id, first: `${t.file}:${cellName(prev)}` }));
        continue;
      }
      first.set(id, at);
      rows.push({ id, row, cells, at });
    }
  }
  const costs = programme ? readProgramme(programme, first, ds) : new Map<string, RawLine[]>();
  if (!cohorts) return out;
  const t = cohorts.table;
  for (const { id, row, cells, at } of rows) {
    const head = fields(cohorts, cells, row, same(COHORT_HEAD_KEYS)).map((f) => {
      if (f.key === 'cohort') return { ...f, value: id };
      // Several rate tables: separated by commas or semicolons.
      if (f.key === 'rates' && typeof f.value === 'string' && /[,;]/.test(f.value)) {
        return { ...f, value: f.value.split(/\s*[,;]\s*/).filter((x) => x !== '') };
      }
      return f;
    });
    const published = fields(cohorts, cells, row, prefixed('published', PUBLISHED_KEYS));
    const [years] = fields(cohorts, cells, row, [['programme_years', 'years']]);
    const own = costs.get(id);
    const raw: RawCohort = {
      head,
      published,
      ...(years || own ? { programme: { ...(years ? { years } : {}), costs: own ?? [] } } : {}),
      tags: fields(cohorts, cells, row, prefixed('tags', TAG_LIST_KEYS)),
      at,
    };
    const folderCol = cohorts.columns.get('folder');
    const folderCell = folderCol !== undefined ? (cells[folderCol] ?? null) : null;
    let folder = id;
    if (folderCell !== null) {
      const path = folderPath(folderCell);
      if (path === undefined) ds.push(diag(cellPosition(t.file, ref(t, row, folderCol!)), 'sheet.folder_invalid', { value: String(folderCell) }));
      else folder = path;
    }
    out.push({ id, raw, folder, at });
  }
  return out;
}

/** The costs of each cohort's programme, in the order of the rows of `programma`. */
function readProgramme(programme: Read, cohorts: ReadonlyMap<string, CellRef>, ds: Diagnostic[]): Map<string, RawLine[]> {
  const t = programme.table;
  const idCol = programme.columns.get('cohort')!;
  const ids = [...cohorts.keys()];
  const out = new Map<string, RawLine[]>();
  for (const { row, cells } of dataRows(t)) {
    const at = ref(t, row, idCol);
    const id = idText(cells[idCol] ?? null);
    if (id === undefined || id === '') {
      ds.push(diag(cellPosition(t.file, at), 'sheet.cohort_id_missing'));
      continue;
    }
    if (!cohorts.has(id)) {
      ds.push(diag(cellPosition(t.file, at), 'sheet.cohort_unknown', { id, table: SHEETS.cohorts, suggestions: closest(id, ids, 3) }));
      continue;
    }
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ fields: fields(programme, cells, row, same(PROGRAMME_COST_KEYS)), at });
  }
  return out;
}

/** The tags.yaml files of `woorden`: one per folder. */
function readTags(tags: Read, ds: Diagnostic[]): SheetTags[] {
  const t = tags.table;
  const folderCol = tags.columns.get('folder');
  const first = new Map<string, CellRef>();
  const out: SheetTags[] = [];
  for (const { row, cells } of dataRows(t)) {
    const at = ref(t, row, folderCol ?? 0);
    const folderCell = folderCol !== undefined ? (cells[folderCol] ?? null) : null;
    const folder = folderPath(folderCell);
    if (folder === undefined) {
      ds.push(diag(cellPosition(t.file, at), 'sheet.folder_invalid', { value: String(folderCell) }));
      continue;
    }
    const prev = first.get(folder);
    if (prev) {
      ds.push(diag(cellPosition(t.file, at), 'sheet.duplicate_tags', { folder: folder === '' ? '.' : folder, first: `${t.file}:${cellName(prev)}` }));
      continue;
    }
    first.set(folder, at);
    out.push({ raw: { fields: fields(tags, cells, row, same(TAG_LIST_KEYS)), at }, folder, at });
  }
  return out;
}
