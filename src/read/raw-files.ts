/**
 * Case, cohort and tags files as raw fields (src/data/workbook.ts), exactly as written (`6 maanden`,
 * not 182.5 days), for `doorbraak export` and `doorbraak new --from`. The files have been loaded and
 * checked by the run before; this reads their data once more, in file order.
 */
import type { Diagnostic } from '../data/diagnostic.js';
import { SCENARIOS, type Scenario } from '../data/model.js';
import {
  CASE_HEAD_KEYS,
  COHORT_HEAD_KEYS,
  DATES_KEYS,
  FOLLOWUP_KEYS,
  LINE_KEYS,
  PROGRAMME_COST_KEYS,
  PUBLISHED_KEYS,
  type RawCase,
  type RawCohort,
  type RawField,
  type RawFollowup,
  type RawLine,
  type RawTags,
  type RawValueEntry,
  TAG_LIST_KEYS,
  VALUE_KEYS,
} from '../data/workbook.js';
import { readInputFile } from './load.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The data of a YAML input file, parsed and validated as the loader reads it. */
export function readFileData(abs: string, shown: string): { data?: Obj; diagnostics: readonly Diagnostic[] } {
  const r = readInputFile(abs, shown);
  const data = r.entry.parsed?.data;
  return { ...(isObj(data) ? { data } : {}), diagnostics: r.diagnostics };
}

function scalars(o: Obj, keys: readonly string[], prefix = ''): RawField[] {
  const out: RawField[] = [];
  for (const k of keys) {
    const v = o[prefix + k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push({ key: k, value: v });
  }
  return out;
}

/** Lists of text under these keys (`problems: [wonen, geld]`). */
function lists(o: Obj, keys: readonly string[]): RawField[] {
  const out: RawField[] = [];
  for (const k of keys) {
    const v = o[k];
    if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) out.push({ key: k, value: v });
  }
  return out;
}

function lines(list: unknown, keys: readonly string[]): RawLine[] {
  return Array.isArray(list) ? list.filter(isObj).map((l) => ({ fields: scalars(l, keys) })) : [];
}

export interface RawCaseRead {
  readonly raw: RawCase;
  /** Keys of `values` that the workbook has no column for (left out). */
  readonly dropped: readonly string[];
}

/**
 * A case file's data as raw fields. Free text (the text of `values`, a line's `note`) only when asked
 * for; the scores of `values` always. `title: false` leaves the title out too (new --from).
 */
export function rawCaseOf(o: Obj, opts: { readonly freeText: boolean; readonly title?: boolean }): RawCaseRead {
  const head = scalars(o, CASE_HEAD_KEYS).filter((f) => opts.title !== false || f.key !== 'title');
  const values: RawValueEntry[] = [];
  const dropped: string[] = [];
  if (isObj(o.values)) {
    for (const [k, v] of Object.entries(o.values)) {
      const text = !opts.freeText ? undefined : typeof v === 'string' ? v : isObj(v) && typeof v.text === 'string' ? v.text : undefined;
      const score = isObj(v) && typeof v.score === 'number' ? v.score : undefined;
      if (text === undefined && score === undefined) continue;
      if (!(VALUE_KEYS as readonly string[]).includes(k)) {
        dropped.push(k);
        continue;
      }
      values.push({ key: k, ...(score !== undefined ? { score: { key: 'score', value: score } } : {}), ...(text !== undefined ? { text: { key: 'text', value: text } } : {}) });
    }
    // In the order of the columns.
    values.sort((a, b) => VALUE_KEYS.indexOf(a.key as (typeof VALUE_KEYS)[number]) - VALUE_KEYS.indexOf(b.key as (typeof VALUE_KEYS)[number]));
  }
  const keys = opts.freeText ? LINE_KEYS : LINE_KEYS.filter((k) => k !== 'note');
  const scenarios = {} as Record<Scenario, RawLine[]>;
  for (const s of SCENARIOS) scenarios[s] = lines(o[s], keys);
  const followup: RawFollowup[] = Array.isArray(o.followup) ? o.followup.filter(isObj).map((f) => ({ when: scalars(f, FOLLOWUP_KEYS), lines: lines(f.lines, keys) })) : [];
  return {
    raw: { head, dates: isObj(o.dates) ? scalars(o.dates, DATES_KEYS) : [], tags: lists(o, TAG_LIST_KEYS), values, scenarios, followup },
    dropped,
  };
}

/** A cohort file's data as raw fields (`rates` a text or a list of texts). */
export function rawCohortOf(o: Obj): RawCohort {
  const head: RawField[] = [];
  for (const k of COHORT_HEAD_KEYS) {
    const v = o[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') head.push({ key: k, value: v });
    else if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) head.push({ key: k, value: v });
  }
  const published = isObj(o.published) ? scalars(o.published, PUBLISHED_KEYS) : [];
  const p = o.programme;
  const programme = isObj(p) ? { ...(typeof p.years === 'number' ? { years: { key: 'years', value: p.years } } : {}), costs: lines(p.costs, PROGRAMME_COST_KEYS) } : undefined;
  return { head, published, ...(programme ? { programme } : {}), tags: isObj(o.tags) ? lists(o.tags, TAG_LIST_KEYS) : [] };
}

/** A tags.yaml's data as raw fields. */
export function rawTagsOf(o: Obj): RawTags {
  return { fields: lists(o, TAG_LIST_KEYS) };
}
