/**
 * The derivation of one case: every priced line with all its factors, the scenario totals, baten and
 * besparing, the rate tables used and the case's free-text values. A detail view, so free text is
 * included here (never in aggregate reports).
 */
import { discountWeight, presentValue } from '../data/economics.js';
import { type Case, type Cohort, type RateTable, SCENARIOS } from '../data/model.js';
import type { PricedCase, PricedLine, PricingOptions } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';
import type { Amounts } from '../data/amounts.js';
import { type TableRef, caseRow } from './calc.js';
import { type FollowUpFigures, followUpMeasurements } from './followup.js';
import { type IndexChain, indexChains } from './index-chain.js';

/** One line of a multi-year case split over the years, and its present value before and after rounding. */
export interface LineYears {
  readonly line: PricedLine;
  /** Undiscounted cents per year, each rounded once. */
  readonly years: readonly bigint[];
  readonly undiscounted: bigint;
  /** Σ years[t] × weight[t], exact. */
  readonly presentValueExact: Rational;
  /** Rounded once: the line's cost in the report. */
  readonly presentValue: bigint;
}

export interface YearSplit {
  /** 1 / (1 + r)^(t − 1) for t = 1 … years. */
  readonly weights: readonly Rational[];
  readonly lines: readonly LineYears[];
}

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
  /** Each price year's index factor as the product of the yearly changes (empty without indexation). */
  readonly indexChains: readonly IndexChain[];
  /** The price index's id, when prices were indexed. */
  readonly indexId?: string;
  /** For a horizon longer than a year: every line per year, so that its present value can be rebuilt. */
  readonly years?: YearSplit;
}

function yearSplit(p: PricedCase): YearSplit | undefined {
  if (!p.multiYear) return undefined;
  const n = p.years.length;
  return {
    weights: Array.from({ length: n }, (_, i) => discountWeight(p.discount, i + 1)),
    lines: SCENARIOS.flatMap((s) =>
      p.lines[s].map((l) => {
        const years = l.years.map((y) => y.cents);
        return { line: l, years, undiscounted: l.undiscountedCents, presentValueExact: presentValue(years, p.discount), presentValue: l.costCents };
      }),
    ),
  };
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
    ...(pricing.index && pricing.priceYear !== undefined ? { indexId: pricing.index.id } : {}),
    // The follow-up lines too (docs/tracking.md): they are indexed like the scenario lines.
    indexChains:
      pricing.priceYear !== undefined
        ? indexChains([...SCENARIOS.flatMap((s) => p.lines[s]), ...(p.followups ?? []).flatMap((f) => f.lines)], pricing.index, pricing.priceYear)
        : [],
    ...(p.multiYear ? { years: yearSplit(p)! } : {}),
  };
}
