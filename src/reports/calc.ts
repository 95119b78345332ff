/**
 * The calc report: per-case scenario totals and the aggregate over all cases, as pure data.
 * Amounts are integer cents (bigint); the mean is kept exact (a fraction of cents) so that it is
 * rounded only once, when displayed or written.
 */
import { type Amounts, sumAmounts } from '../data/amounts.js';
import type { Duration } from '../data/duration.js';
import type { Cohort, RateTable } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { type Rational, rat, roundHalfAwayFromZero } from '../data/rational.js';
import { type HorizonMix, horizonMix } from './horizons.js';

export interface CaseRow extends Amounts {
  readonly id: string;
  readonly title: string;
  readonly cohort?: string;
  readonly file: string;
  /** The window the case is priced over; longer than a year: its amounts are present values. */
  readonly horizon: Duration;
  readonly multiYear: boolean;
}

export interface Totals extends Amounts {
  readonly cases: number;
  /** baten / cases, exact (cents). Zero when there are no cases. */
  readonly meanBaten: Rational;
  /** The same, rounded once to whole cents (half away from zero), for the JSON contract. */
  readonly meanBatenCents: bigint;
}

export interface CohortTotals {
  readonly id: string;
  readonly title: string;
  readonly totals: Totals;
}

export interface TableRef {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly priceYear: number;
}

export interface CalcReport {
  readonly rows: readonly CaseRow[];
  /** Rate tables the cases were priced with, in the order they were applied. */
  readonly tables: readonly TableRef[];
  readonly totals: Totals;
  readonly cohorts: readonly CohortTotals[];
  /** The horizons the totals add up: mixed when they differ (the report says so). */
  readonly horizons: HorizonMix;
}

export function totalsOf(rows: readonly Amounts[]): Totals {
  const sum = sumAmounts(rows);
  const meanBaten = rows.length ? rat(sum.baten, rows.length) : rat(0);
  return { ...sum, cases: rows.length, meanBaten, meanBatenCents: roundHalfAwayFromZero(meanBaten) };
}

export function caseRow(p: PricedCase): CaseRow {
  return {
    id: p.case.id,
    title: p.case.title,
    ...(p.case.cohort ? { cohort: p.case.cohort } : {}),
    file: p.case.file,
    horizon: p.case.horizon,
    multiYear: p.multiYear,
    current: p.totals.current,
    threat: p.totals.threat,
    breakthrough: p.totals.breakthrough,
    baten: p.baten,
    besparing: p.besparing,
  };
}

/** `priced` must already be in report order (cohort, then case id). */
export function calcReport(priced: readonly PricedCase[], cohorts: readonly Cohort[], tables: readonly RateTable[] = []): CalcReport {
  const rows = priced.map(caseRow);
  const byCohort: CohortTotals[] = [];
  for (const c of cohorts) {
    const mine = rows.filter((r) => r.cohort === c.id);
    if (mine.length) byCohort.push({ id: c.id, title: c.title, totals: totalsOf(mine) });
  }
  return {
    rows,
    tables: tables.map((t) => ({ id: t.id, title: t.title, file: t.file, priceYear: t.priceYear })),
    totals: totalsOf(rows),
    cohorts: byCohort,
    horizons: horizonMix(rows),
  };
}
