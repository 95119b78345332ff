/**
 * The workbook of `doorbraak template` (empty) and `doorbraak export` (filled from case files): the
 * sheets casussen, regels, cohorten, programma, woorden and tarieven of src/data/workbook.ts, with
 * drop-down lists for the case, scenario, rate, unit, cohort, status, scores, investment and the per
 * of a cost, and an instructions sheet in the user's language. Written by the project's own
 * deterministic writer (src/write/xlsx.ts): the same cases give the same bytes.
 */
import { PROGRAMME_PER, SCENARIOS } from '../data/model.js';
import { RATE_UNITS } from '../data/duration.js';
import { CASE_STATUSES, SCORE_MAX, SCORE_MIN } from '../data/tracking.js';
import {
  CASE_COLUMNS,
  COHORT_COLUMNS,
  LINE_COLUMNS,
  LINE_KINDS,
  PROGRAMME_COLUMNS,
  RATE_COLUMNS,
  type RawCase,
  type RawCohort,
  type RawField,
  type RawTags,
  type RawValue,
  SCENARIO_NAMES,
  SHEETS,
  TAGS_COLUMNS,
  VALUE_KEYS,
  YES_NO,
  columnLetters,
  scoreColumn,
} from '../data/workbook.js';
import { type Lang, texts } from './i18n/index.js';
import { type XCell, type XName, type XSheet, type XValidation, sheetRef, workbook } from './xlsx.js';

export interface WorkbookCase {
  readonly raw: RawCase;
  readonly cohort?: string;
  /** Its folder relative to the folder exported ('' for that folder itself); none: the cohort's. */
  readonly folder?: string;
}

export interface WorkbookCohort {
  readonly raw: RawCohort;
  /** Its folder relative to the folder exported ('' for that folder itself); none: its id. */
  readonly folder?: string;
}

/** A tags.yaml, with its folder relative to the folder exported ('' for that folder itself). */
export interface WorkbookTags {
  readonly raw: RawTags;
  readonly folder: string;
}

export interface WorkbookRate {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly priceCents: bigint;
}

/** Rows with drop-down lists, at least: room for the rows a person adds. */
const MIN_ROWS = 1000;

function cell(v: RawValue | undefined): XCell {
  if (v === undefined) return { t: 'empty' };
  if (typeof v === 'number') return { t: 'num', v: String(v) };
  if (typeof v === 'boolean') return { t: 'text', v: v ? YES_NO.yes : YES_NO.no };
  if (typeof v === 'string') return { t: 'text', v };
  return { t: 'text', v: v.join(', ') };
}

function header(columns: readonly string[]): XCell[] {
  return columns.map((c) => ({ t: 'text', v: c, bold: true }));
}

/** A row of these columns from fields by key. */
function row(columns: readonly string[], values: ReadonlyMap<string, RawValue>): XCell[] {
  const cells = columns.map((c) => cell(values.get(c)));
  while (cells.length && cells[cells.length - 1]!.t === 'empty') cells.pop();
  return cells;
}

const byKey = (fields: readonly RawField[], prefix = ''): [string, RawValue][] => fields.map((f) => [prefix + f.key, f.value]);

/** A column's range of data rows, `C2:C1000`. */
function range(columns: readonly string[], column: string, last: number): string {
  const l = columnLetters(columns.indexOf(column));
  return `${l}2:${l}${last}`;
}

const folderCell = (folder: string | undefined): [string, RawValue][] => (folder !== undefined ? [['folder', folder === '' ? '.' : folder]] : []);

/** The workbook: cases, cohorts and word lists in the order given, the rates to choose from. */
export function casesWorkbook(
  cases: readonly WorkbookCase[],
  cohorts: readonly WorkbookCohort[],
  tags: readonly WorkbookTags[],
  rates: readonly WorkbookRate[],
  lang: Lang,
): Buffer {
  const words = texts(lang).workbook;
  const prompts = words.prompts;
  const caseRows = cases.map((c) =>
    row(
      CASE_COLUMNS,
      new Map([
        ...byKey(c.raw.head),
        ...(c.cohort !== undefined ? [['cohort', c.cohort] as [string, RawValue]] : []),
        ...folderCell(c.folder),
        ...byKey(c.raw.dates, 'dates_'),
        ...byKey(c.raw.tags),
        ...c.raw.values.flatMap((v): [string, RawValue][] => [
          ...(v.score ? [[scoreColumn(v.key), v.score.value] as [string, RawValue]] : []),
          ...(v.text ? [[v.key, v.text.value] as [string, RawValue]] : []),
        ]),
      ]),
    ),
  );
  const lineRows = cases.flatMap((c) => {
    const id = c.raw.head.find((f) => f.key === 'case')?.value ?? '';
    return [
      ...SCENARIOS.flatMap((s) => c.raw.scenarios[s].map((l) => row(LINE_COLUMNS, new Map([['case', id], ['scenario', SCENARIO_NAMES[s]], ...byKey(l.fields)])))),
      // A measurement: a row per line, each naming it; one row without line keys when nothing was spent.
      ...c.raw.followup.flatMap((m) => {
        const head: [string, RawValue][] = [['case', id], ['scenario', SCENARIO_NAMES.followup], ...byKey(m.when)];
        return m.lines.length ? m.lines.map((l) => row(LINE_COLUMNS, new Map([...head, ...byKey(l.fields)]))) : [row(LINE_COLUMNS, new Map(head))];
      }),
    ];
  });
  const cohortRows = cohorts.map((c) =>
    row(
      COHORT_COLUMNS,
      new Map([
        ...byKey(c.raw.head),
        ...byKey(c.raw.published, 'published_'),
        ...(c.raw.programme?.years ? [['programme_years', c.raw.programme.years.value] as [string, RawValue]] : []),
        ...byKey(c.raw.tags, 'tags_'),
        ...folderCell(c.folder),
      ]),
    ),
  );
  const programmeRows = cohorts.flatMap((c) => {
    const id = c.raw.head.find((f) => f.key === 'cohort')?.value ?? '';
    return (c.raw.programme?.costs ?? []).map((l) => row(PROGRAMME_COLUMNS, new Map([['cohort', id], ...byKey(l.fields)])));
  });
  // The folder of a word list: empty for the folder exported itself.
  const tagRows = tags.map((t) => row(TAGS_COLUMNS, new Map([...(t.folder !== '' ? [['folder', t.folder] as [string, RawValue]] : []), ...byKey(t.raw.fields)])));
  const rateRows: XCell[][] = rates.map((r) => [
    { t: 'text', v: r.id },
    { t: 'text', v: r.label },
    { t: 'text', v: r.unit },
    { t: 'euro', cents: r.priceCents },
  ]);
  const last = Math.max(MIN_ROWS, caseRows.length + 1, lineRows.length + 1, cohortRows.length + 1, programmeRows.length + 1) + 1;
  const names: XName[] = [
    { name: 'casus_ids', ref: `${sheetRef(SHEETS.cases)}!$A$2:$A$${last}` },
    { name: 'cohort_ids', ref: `${sheetRef(SHEETS.cohorts)}!$A$2:$A$${last}` },
    { name: 'tarief_ids', ref: `${sheetRef(SHEETS.rates)}!$A$2:$A$${Math.max(2, rates.length + 1)}` },
  ];
  const quoted = (xs: readonly (string | number)[]): string => `"${xs.join(',')}"`;
  const scores = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);
  const caseValidations: XValidation[] = [
    { sqref: range(CASE_COLUMNS, 'cohort', last), list: 'cohort_ids', prompt: prompts.cohort },
    { sqref: range(CASE_COLUMNS, 'status', last), list: quoted(CASE_STATUSES), strict: true, prompt: prompts.status },
    ...VALUE_KEYS.map((v): XValidation => ({ sqref: range(CASE_COLUMNS, scoreColumn(v), last), list: quoted(scores), strict: true, prompt: prompts.score })),
  ];
  const lineValidations: XValidation[] = [
    { sqref: range(LINE_COLUMNS, 'case', last), list: 'casus_ids', prompt: prompts.case },
    { sqref: range(LINE_COLUMNS, 'scenario', last), list: quoted(LINE_KINDS.map((s) => SCENARIO_NAMES[s])), strict: true, prompt: prompts.scenario },
    // A rate of another table (a cohort's own) is allowed with a warning.
    { sqref: range(LINE_COLUMNS, 'rate', last), list: 'tarief_ids', prompt: prompts.rate },
    { sqref: range(LINE_COLUMNS, 'unit', last), list: quoted(RATE_UNITS), strict: true, prompt: prompts.unit },
    { sqref: range(LINE_COLUMNS, 'investment', last), list: quoted([YES_NO.yes, YES_NO.no]), strict: true, prompt: prompts.investment },
  ];
  const programmeValidations: XValidation[] = [
    { sqref: range(PROGRAMME_COLUMNS, 'cohort', last), list: 'cohort_ids', prompt: prompts.cohort },
    { sqref: range(PROGRAMME_COLUMNS, 'per', last), list: quoted(PROGRAMME_PER), strict: true, prompt: prompts.per },
  ];
  const sheets: XSheet[] = [
    {
      name: SHEETS.cases,
      rows: [header(CASE_COLUMNS), ...caseRows],
      widths: [14, 40, 14, 11, 18, 18, 11, 13, 13, 30, 24, ...VALUE_KEYS.flatMap(() => [8, 40])],
      header: true,
      validations: caseValidations,
    },
    {
      name: SHEETS.lines,
      rows: [header(LINE_COLUMNS), ...lineRows],
      widths: [14, 24, 28, 36, 14, 14, 8, 8, 11, 8, 16, 14, 12, 11, 11, 11, 11, 11, 11, 11, 40, 11, 12, 12],
      header: true,
      validations: lineValidations,
    },
    { name: SHEETS.cohorts, rows: [header(COHORT_COLUMNS), ...cohortRows], widths: [18, 40, 14, 30, 11, 11, 11, 16, 16, 16, 50, 16, 30, 24, 18], header: true },
    { name: SHEETS.programme, rows: [header(PROGRAMME_COLUMNS), ...programmeRows], widths: [18, 36, 11, 8, 16, 11, 60], header: true, validations: programmeValidations },
    { name: SHEETS.tags, rows: [header(TAGS_COLUMNS), ...tagRows], widths: [24, 60, 40], header: true },
    { name: SHEETS.rates, rows: [header(RATE_COLUMNS), ...rateRows], widths: [34, 70, 8, 14], header: true },
    {
      name: words.instructionsSheet,
      rows: words.instructions.map((l): XCell[] => (l === '' ? [] : l.startsWith('# ') ? [{ t: 'text', v: l.slice(2), bold: true }] : [{ t: 'text', v: l }])),
      widths: [150],
    },
  ];
  return workbook(sheets, names);
}
