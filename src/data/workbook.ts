/**
 * The spreadsheet form of a set of cases (issue 15): the sheets and columns of the workbook that
 * `doorbraak template` and `export` write and `import` reads, and cases, cohorts and word lists as raw
 * fields in file order, each with the cell it came from. The column names are the keys of the YAML
 * files (a nested key spelt out: `published_baten`, `dates_start`, `betrokkenheid_score`), so that a
 * message about a cell says the same as a message about the key in a case file.
 *
 * A workbook holds the sheets `casussen` (one row per case), `regels` (one row per line of a scenario
 * or of a follow-up measurement), `cohorten` (one row per cohort), `programma` (one row per cost of a
 * cohort's programme), `woorden` (one row per tags.yaml), all but the first two optional, and
 * `tarieven` (the rate ids to choose from; not read back), plus an instructions sheet. CSV files hold
 * the same tables, one per file, told apart by their header.
 */
import { SCENARIOS, type Scenario } from './model.js';
import { TAG_KEYS } from './tracking.js';

/** The sheets, by role. The names are part of the format (not translated). */
export const SHEETS = { cases: 'casussen', lines: 'regels', cohorts: 'cohorten', programme: 'programma', tags: 'woorden', rates: 'tarieven' } as const;
export type SheetRole = keyof typeof SHEETS;

/**
 * The values of the method with a column each on `casussen`: a score (`betrokkenheid_score`, 1–5)
 * and free text (`betrokkenheid`). The method's three first (betrokkenheid, legitimiteit, rendement).
 */
export const VALUE_KEYS = ['betrokkenheid', 'legitimiteit', 'rendement', 'bestaanszekerheid', 'veiligheid', 'ontwikkelingsperspectief'] as const;

/** The column of a value's score: `betrokkenheid_score`. */
export function scoreColumn(value: string): string {
  return `${value}_score`;
}

/**
 * `casussen`: the case's own keys, where it goes (cohort, folder), how it went (status, dates, problems,
 * kind), then per value its score and its text.
 */
export const CASE_COLUMNS: readonly string[] = [
  'case',
  'title',
  'horizon',
  'price_year',
  'cohort',
  'folder',
  'status',
  'dates_start',
  'dates_breakthrough',
  'problems',
  'kind',
  ...VALUE_KEYS.flatMap((v) => [scoreColumn(v), v]),
];

/**
 * `regels`: the case and scenario of a line, the keys of a line in the order a case file has them, and
 * for the lines of a follow-up measurement (scenario `vervolgmeting`) the measurement: `after` or `date`.
 */
export const LINE_COLUMNS: readonly string[] = [
  'case',
  'scenario',
  'rate',
  'item',
  'for',
  'hours',
  'count',
  'chance',
  'price',
  'unit',
  'law',
  'payer',
  'from',
  'price_year',
  'price_low',
  'price_high',
  'for_low',
  'for_high',
  'count_low',
  'count_high',
  'note',
  'investment',
  'after',
  'date',
];

/** The keys of a follow-up measurement that say when it was: the time since the breakthrough, or a date. */
export const FOLLOWUP_KEYS = ['after', 'date'] as const;

/** `cohorten`: the keys of cohort.yaml (`published`, `programme.years` and `tags` spelt out), and its folder. */
export const COHORT_COLUMNS: readonly string[] = [
  'cohort',
  'title',
  'horizon',
  'rates',
  'price_year',
  'deadweight',
  'attribution',
  'published_baten',
  'published_cases',
  'published_mean',
  'published_source',
  'programme_years',
  'tags_problems',
  'tags_kind',
  'folder',
];

/** `programma`: one cost of a cohort's programme per row (cohort.yaml's `programme.costs`). */
export const PROGRAMME_COST_KEYS = ['item', 'price', 'per', 'payer', 'price_year', 'source'] as const;
export const PROGRAMME_COLUMNS: readonly string[] = ['cohort', ...PROGRAMME_COST_KEYS];

/** `woorden`: a tags.yaml per row, the folder it is in and its word lists. */
export const TAGS_COLUMNS: readonly string[] = ['folder', ...TAG_KEYS];

/** `tarieven`: the rates to choose from, for the drop-down of `regels!rate`. */
export const RATE_COLUMNS = ['id', 'label', 'unit', 'price'] as const;

/** The columns of each table (tarieven is not read). */
export const COLUMNS: Readonly<Record<SheetRole, readonly string[]>> = {
  cases: CASE_COLUMNS,
  lines: LINE_COLUMNS,
  cohorts: COHORT_COLUMNS,
  programme: PROGRAMME_COLUMNS,
  tags: TAGS_COLUMNS,
  rates: RATE_COLUMNS,
};

/** The columns that must be there for a table to be read. */
export const REQUIRED_COLUMNS: Readonly<Record<SheetRole, readonly string[]>> = {
  cases: ['case'],
  lines: ['case', 'scenario'],
  cohorts: ['cohort'],
  programme: ['cohort'],
  tags: [],
  rates: ['id'],
};

/** Columns holding a number (a text that is a number in the file's notation is read as that number). */
export const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'count',
  'chance',
  'price',
  'price_year',
  'price_low',
  'price_high',
  'count_low',
  'count_high',
  'deadweight',
  'attribution',
  'published_baten',
  'published_cases',
  'published_mean',
  'programme_years',
  ...VALUE_KEYS.map(scoreColumn),
]);

/** Columns holding a duration or hours: a number there stays a number (`hours: 40`), anything else text. */
export const DURATION_COLUMNS: ReadonlySet<string> = new Set(['horizon', 'for', 'hours', 'from', 'for_low', 'for_high', 'after']);

/** Columns holding a list of words, separated by commas (or semicolons): `wonen, geld, psychisch`. */
export const LIST_COLUMNS: ReadonlySet<string> = new Set(['problems', 'kind', 'tags_problems', 'tags_kind']);

/** Columns holding yes or no: `ja`/`nee` in the workbook; import also takes yes/no, true/false, waar/onwaar and a TRUE/FALSE cell. */
export const BOOLEAN_COLUMNS: ReadonlySet<string> = new Set(['investment']);

/** The words of a yes/no column, as written by export and offered by the drop-down. */
export const YES_NO = { yes: 'ja', no: 'nee' } as const;

/** A yes/no cell's text as a boolean (any case); undefined for anything else, which the loader explains. */
export function booleanOf(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['ja', 'yes', 'true', 'waar'].includes(t)) return true;
  if (['nee', 'no', 'false', 'onwaar'].includes(t)) return false;
  return undefined;
}

/** What a row of `regels` belongs to: a scenario, or a follow-up measurement. */
export type LineKind = Scenario | 'followup';
export const LINE_KINDS: readonly LineKind[] = [...SCENARIOS, 'followup'];

/**
 * The scenarios as the method names them, and the follow-up measurements: the values of the
 * drop-down in `regels!scenario`. Import also takes the keys of a case file (`current`, `threat`,
 * `breakthrough`, `followup`), in any case.
 */
export const SCENARIO_NAMES: Readonly<Record<LineKind, string>> = {
  current: 'huidige inzet',
  threat: 'dreigend scenario',
  breakthrough: 'gerealiseerde doorbraak',
  followup: 'vervolgmeting',
};

/** The scenario (or follow-up) a cell names, or undefined. */
export function scenarioOf(text: string): LineKind | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return LINE_KINDS.find((s) => s === t || SCENARIO_NAMES[s] === t);
}
/** A cell: its file (as shown), its sheet (undefined in a CSV file), row (1-based) and column (0 for A). */
export interface CellRef {
  readonly file?: string;
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `regels!D14`, or `D14` in a CSV file. */
export function cellName(c: CellRef): string {
  return `${c.sheet !== undefined ? `${c.sheet}!` : ''}${columnLetters(c.col)}${c.row}`;
}

/** A value as a file holds it: text, a number, true/false, or a list of text (a cohort's `rates`, a tag list). */
export type RawValue = string | number | boolean | readonly string[];

/** One key and its value, with the cell it came from when it came from a spreadsheet. */
export interface RawField {
  readonly key: string;
  readonly value: RawValue;
  readonly at?: CellRef;
}

/** A line of a scenario (or a cost of a programme): its fields in file order; `at` is the first cell of its row. */
export interface RawLine {
  readonly fields: readonly RawField[];
  readonly at?: CellRef;
}

/** One of a case's `values`: its score, its free text, or both. */
export interface RawValueEntry {
  readonly key: string;
  readonly score?: RawField;
  readonly text?: RawField;
}

/** A follow-up measurement: when (`after` or `date`; none or both for the loader to explain) and its lines. */
export interface RawFollowup {
  readonly when: readonly RawField[];
  readonly lines: readonly RawLine[];
  /** The cell the measurement is named in (its first row's `after` or `date`, else its `scenario`). */
  readonly at?: CellRef;
}

/**
 * A case file's content in file order: case, title, horizon, price_year, status; dates; problems and
 * kind; values; the scenarios; the follow-up measurements.
 */
export interface RawCase {
  readonly head: readonly RawField[];
  /** `dates.start`, `dates.breakthrough`. */
  readonly dates: readonly RawField[];
  /** `problems`, `kind`: lists of words. */
  readonly tags: readonly RawField[];
  readonly values: readonly RawValueEntry[];
  readonly scenarios: Readonly<Record<Scenario, readonly RawLine[]>>;
  readonly followup: readonly RawFollowup[];
  /** The row of the case in `casussen` (its first cell). */
  readonly at?: CellRef;
}

/** A cohort's `programme`: its years (default 1) and its costs, each a row of `programma`. */
export interface RawProgramme {
  readonly years?: RawField;
  readonly costs: readonly RawLine[];
}

/** A cohort file's content in file order (cohort … attribution; published; programme; tags). */
export interface RawCohort {
  readonly head: readonly RawField[];
  readonly published: readonly RawField[];
  readonly programme?: RawProgramme;
  /** `tags.problems`, `tags.kind`: the words its cases may use. */
  readonly tags: readonly RawField[];
  readonly at?: CellRef;
}

/** A tags.yaml's content: its word lists (`problems`, `kind`). */
export interface RawTags {
  readonly fields: readonly RawField[];
  readonly at?: CellRef;
}

/** The order of a line's keys in a case file (the columns of `regels` after case and scenario, before the measurement). */
export const LINE_KEYS: readonly string[] = LINE_COLUMNS.slice(2).filter((c) => !(FOLLOWUP_KEYS as readonly string[]).includes(c));
/** The order of a case's own keys before `dates`. */
export const CASE_HEAD_KEYS = ['case', 'title', 'horizon', 'price_year', 'status'] as const;
/** The keys of `dates`, and their columns. */
export const DATES_KEYS = ['start', 'breakthrough'] as const;
/** The order of a cohort's keys before `published`. */
export const COHORT_HEAD_KEYS = ['cohort', 'title', 'horizon', 'rates', 'price_year', 'deadweight', 'attribution'] as const;
/** The keys of `published`, and their columns. */
export const PUBLISHED_KEYS = ['baten', 'cases', 'mean', 'source'] as const;
/** The tag lists (`problems`, `kind`) of a case, a cohort's `tags` and a tags.yaml. */
export const TAG_LIST_KEYS: readonly string[] = TAG_KEYS;
