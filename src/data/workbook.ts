/**
 * The spreadsheet form of a set of cases (issue 15): the sheets and columns of the workbook that
 * `doorbraak template` and `export` write and `import` reads, and cases and cohorts as raw fields in
 * file order, each with the cell it came from. The column names are the keys of the YAML files, so
 * that a message about a cell says the same as a message about the key in a case file.
 *
 * A workbook holds the sheets `casussen` (one row per case), `regels` (one row per line), `cohorten`
 * (one row per cohort, optional) and `tarieven` (the rate ids to choose from; not read back), plus an
 * instructions sheet. CSV files hold the same tables, one per file, told apart by their header.
 */
import { SCENARIOS, type Scenario } from './model.js';

/** The sheets, by role. The names are part of the format (not translated). */
export const SHEETS = { cases: 'casussen', lines: 'regels', cohorts: 'cohorten', rates: 'tarieven' } as const;
export type SheetRole = keyof typeof SHEETS;

/** The free-text values of the method (the sixth, rendement, is the money): columns of `casussen`. */
export const VALUE_KEYS = ['betrokkenheid', 'legitimiteit', 'bestaanszekerheid', 'veiligheid', 'ontwikkelingsperspectief'] as const;

/** `casussen`: the case's own keys, where it goes (cohort, folder), then its values (free text). */
export const CASE_COLUMNS = ['case', 'title', 'horizon', 'price_year', 'cohort', 'folder', ...VALUE_KEYS] as const;

/** `regels`: the case and scenario of a line, then the keys of a line in the order a case file has them. */
export const LINE_COLUMNS = [
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
] as const;

/** `cohorten`: the keys of cohort.yaml (`published` spelt out), and the folder it applies to. */
export const COHORT_COLUMNS = [
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
  'folder',
] as const;

/** `tarieven`: the rates to choose from, for the drop-down of `regels!rate`. */
export const RATE_COLUMNS = ['id', 'label', 'unit', 'price'] as const;

/** The columns of each table read back (tarieven is not read). */
export const COLUMNS = { cases: CASE_COLUMNS, lines: LINE_COLUMNS, cohorts: COHORT_COLUMNS, rates: RATE_COLUMNS } as const;

/** The columns that must be there for a table to be read. */
export const REQUIRED_COLUMNS: Readonly<Record<SheetRole, readonly string[]>> = {
  cases: ['case'],
  lines: ['case', 'scenario'],
  cohorts: ['cohort'],
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
]);

/** Columns holding a duration or hours: a number there stays a number (`hours: 40`), anything else text. */
export const DURATION_COLUMNS: ReadonlySet<string> = new Set(['horizon', 'for', 'hours', 'from', 'for_low', 'for_high']);

/**
 * The scenarios as the method names them: the values of the drop-down in `regels!scenario`. Import
 * also takes the keys of a case file (`current`, `threat`, `breakthrough`), in any case.
 */
export const SCENARIO_NAMES: Readonly<Record<Scenario, string>> = {
  current: 'huidige inzet',
  threat: 'dreigend scenario',
  breakthrough: 'gerealiseerde doorbraak',
};

/** The scenario a cell names, or undefined. */
export function scenarioOf(text: string): Scenario | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return SCENARIOS.find((s) => s === t || SCENARIO_NAMES[s] === t);
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

/** A value as a case file holds it: text, a number, true/false, or (a cohort's `rates`) a list of text. */
export type RawValue = string | number | boolean | readonly string[];

/** One key and its value, with the cell it came from when it came from a spreadsheet. */
export interface RawField {
  readonly key: string;
  readonly value: RawValue;
  readonly at?: CellRef;
}

/** A line of a scenario: its fields in file order; `at` is the first cell of its row. */
export interface RawLine {
  readonly fields: readonly RawField[];
  readonly at?: CellRef;
}

/** A case file's content in file order (case, title, horizon, price_year; values; the scenarios). */
export interface RawCase {
  readonly head: readonly RawField[];
  readonly values: readonly RawField[];
  readonly scenarios: Readonly<Record<Scenario, readonly RawLine[]>>;
  /** The row of the case in `casussen` (its first cell). */
  readonly at?: CellRef;
}

/** A cohort file's content in file order (cohort … attribution; published). */
export interface RawCohort {
  readonly head: readonly RawField[];
  readonly published: readonly RawField[];
  readonly at?: CellRef;
}

/** The order of a line's keys in a case file (the columns of `regels` after case and scenario). */
export const LINE_KEYS: readonly string[] = LINE_COLUMNS.slice(2);
/** The order of a case's own keys before `values` and the scenarios. */
export const CASE_HEAD_KEYS = ['case', 'title', 'horizon', 'price_year'] as const;
/** The order of a cohort's keys before `published`. */
export const COHORT_HEAD_KEYS = ['cohort', 'title', 'horizon', 'rates', 'price_year', 'deadweight', 'attribution'] as const;
/** The keys of `published`, and their columns. */
export const PUBLISHED_KEYS = ['baten', 'cases', 'mean', 'source'] as const;
