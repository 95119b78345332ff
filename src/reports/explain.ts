/**
 * The derivation of one case: every priced line with all its factors, the scenario totals, baten and
 * besparing, the rate tables used and the case's free-text values. A detail view, so free text is
 * included here (never in aggregate reports).
 */
import type { Case, Cohort, RateTable } from '../data/model.js';
import type { PricedCase, PricingOptions } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';
import type { Amounts } from '../data/amounts.js';
import { type TableRef, caseRow } from './calc.js';
import { type FollowUpFigures, followUpMeasurements } from './followup.js';

export interface ExplainReport {
  readonly priced: PricedCase;
  readonly case: Case;
  readonly cohort?: { readonly id: string; readonly title: string };
  /** The rate tables this case was priced with, in the order applied. */
  readonly tables: readonly TableRef[];
  readonly totals: Amounts;
  /** The report's price year when prices were indexed (docs/economics.md); absent without indexation. */
  readonly priceYear?: number;
  /** Discount rate of a horizon longer than a year (its costs are present values). */
  readonly discount?: Rational;
  /** Every follow-up measurement, in the order written (docs/tracking.md); aligned with priced.followups. */
  readonly followups: readonly FollowUpFigures[];
}

export function explainReport(p: PricedCase, cohorts: readonly Cohort[], tables: readonly RateTable[], pricing: PricingOptions = {}): ExplainReport {
  const cohort = cohorts.find((c) => c.id === p.case.cohort);
  const row = caseRow(p);
  return {
    priced: p,
    case: p.case,
    ...(cohort ? { cohort: { id: cohort.id, title: cohort.title } } : {}),
    tables: tables.map((t) => ({ id: t.id, title: t.title, file: t.file, priceYear: t.priceYear })),
    totals: { current: row.current, threat: row.threat, breakthrough: row.breakthrough, baten: row.baten, besparing: row.besparing },
    ...(pricing.index && pricing.priceYear !== undefined ? { priceYear: pricing.priceYear } : {}),
    ...(p.multiYear ? { discount: p.discount } : {}),
    followups: followUpMeasurements(p),
  };
}
