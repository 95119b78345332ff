/** The calc report as the `doorbraak.calc/1` JSON contract (see docs/json.md). */
import type { Amounts } from '../../data/amounts.js';
import type { CalcReport, Totals } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { CaseNotes } from '../../reports/notes.js';
import { councilJson } from './council-json.js';
import { notesJson } from './notes.js';
import type { CaseTags, TrackingReport } from '../../reports/tracking.js';
import { caseTagsJson, trackingJson } from './tracking-json.js';

export const CALC_SCHEMA = 'doorbraak.calc/1';

function amounts(a: Amounts): Record<string, bigint> {
  return { current: a.current, threat: a.threat, breakthrough: a.breakthrough, baten: a.baten, besparing: a.besparing };
}

function totals(t: Totals): Record<string, unknown> {
  return { cases: t.cases, ...amounts(t), mean_baten: t.meanBatenCents };
}

/**
 * With `notes` (only under --include-notes), each case also gets its free text: `values` and `notes`.
 * With `caseTags` (docs/tracking.md), each case gets its status, dates, tags and scores; with
 * `tracking`, the document gets the status, follow-up, patterns and value-score sections.
 */
export function calcJson(
  r: CalcReport,
  council?: CouncilReport,
  notes?: readonly CaseNotes[],
  caseTags?: readonly CaseTags[],
  tracking?: TrackingReport,
): Record<string, unknown> {
  const byId = new Map((notes ?? []).map((n) => [n.id, n]));
  const tags = new Map((caseTags ?? []).map((c) => [c.id, c]));
  const base = {
    schema: CALC_SCHEMA,
    currency: 'EUR',
    amounts: 'cents',
    cases: r.rows.map((x) => {
      const n = byId.get(x.id);
      const t = tags.get(x.id);
      return { id: x.id, title: x.title, cohort: x.cohort ?? null, file: x.file, ...amounts(x), ...(n ? notesJson(n) : {}), ...(t ? caseTagsJson(t) : {}) };
    }),
    totals: totals(r.totals),
    cohorts: r.cohorts.map((c) => ({ id: c.id, title: c.title, totals: totals(c.totals) })),
    rate_tables: r.tables.map((t) => ({ id: t.id, title: t.title, file: t.file, price_year: t.priceYear })),
  };
  return { ...base, ...(council ? councilJson(council) : {}), ...(tracking ? trackingJson(tracking) : {}) };
}
