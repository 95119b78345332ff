/**
 * Programme costs (a cohort's `programme:`): what running the method costs beside the cases, the
 * programme's net result, the break-even number of cases and projections gross and net
 * (docs/arithmetic.md, "Programme costs"). Every cost is indexed to the report's price year as a
 * custom item's price is, and rounded once to cents:
 *
 *   amount          = round(price × factor × n)    n = 1 (once), years (per year), cases (per case)
 *   programme costs = Σ amounts
 *   net result      = baten − programme costs      (the investments are inside the baten already)
 *   break-even      = ⌈ fixed ÷ (baten ÷ cases − per case) ⌉   fixed = Σ once + per-year amounts,
 *                     per case = Σ price × factor of the per-case costs (exact); none when the mean
 *                     baten per case do not exceed the per-case costs
 *   projection N    = round(baten ÷ cases × N) gross; costs(N) = fixed + Σ round(price × factor × N)
 *                     of the per-case costs; net = gross − costs(N)
 */
import { type Diagnostic, diag } from '../data/diagnostic.js';
import { indexFactor } from '../data/economics.js';
import type { Cohort, ProgrammeCost, ProgrammePer } from '../data/model.js';
import type { PricedCase, PricingOptions } from '../data/pricing.js';
import { type Rational, ONE, add, div, mul, rat, roundHalfAwayFromZero, sub } from '../data/rational.js';
import type { CalcReport } from './calc.js';

export interface ProgrammeCostRow {
  readonly item: string;
  readonly per: ProgrammePer;
  readonly payer: string;
  readonly source: string;
  /** The price as written, in cents, and its price year. */
  readonly priceCents: bigint;
  readonly priceYear: number;
  /** Indexation factor to the report's price year (1 without indexation). */
  readonly factor: Rational;
  /** 1 (once), the programme's years (per year) or the measured cases (per case). */
  readonly times: number;
  /** round(price × factor × times). */
  readonly amount: bigint;
}

export interface ProgrammeProjection {
  readonly cases: number;
  /** round(baten ÷ cases × N), as the projection section shows it. */
  readonly gross: bigint;
  /** fixed + Σ round(price × factor × N) of the per-case costs. */
  readonly costs: bigint;
  /** gross − costs */
  readonly net: bigint;
}

export interface ProgrammeResult {
  readonly id: string;
  readonly title: string;
  readonly years: number;
  readonly cases: number;
  readonly baten: bigint;
  readonly costs: readonly ProgrammeCostRow[];
  /** Σ amounts of the once and per-year costs. */
  readonly fixed: bigint;
  /** Σ price × factor of the per-case costs, exact (cents per case). */
  readonly perCase: Rational;
  /** Σ amounts: what the programme cost for the measured cases. */
  readonly total: bigint;
  /** baten − total */
  readonly net: bigint;
  /** baten ÷ cases, exact. */
  readonly meanBaten: Rational;
  /** Undefined when the mean baten per case do not exceed the per-case costs (never breaks even). */
  readonly breakEven?: { readonly cases: number; readonly exact: Rational };
  readonly projections: readonly ProgrammeProjection[];
}

export interface ProgrammeReport {
  /** Cohorts with cases and programme costs, in report order. */
  readonly cohorts: readonly ProgrammeResult[];
  /** Cohorts with cases but no programme costs: the report says so rather than inventing any. */
  readonly without: readonly { readonly id: string; readonly title: string }[];
  /** Σ over the cohorts with programme costs. */
  readonly total: { readonly cases: number; readonly baten: bigint; readonly costs: bigint; readonly net: bigint };
}

/** ⌈r⌉ for r ≥ 0. */
function ceil(r: Rational): number {
  const q = r.n / r.d;
  return Number(r.n % r.d === 0n ? q : q + 1n);
}

function costRow(c: ProgrammeCost, times: number, factor: Rational, priceYear: number): ProgrammeCostRow {
  return {
    item: c.item,
    per: c.per,
    payer: c.payer,
    source: c.source,
    priceCents: c.priceCents,
    priceYear,
    factor,
    times,
    amount: roundHalfAwayFromZero(mul(rat(c.priceCents), factor, rat(times))),
  };
}

/** The programme sections; diagnostics when a cost's price year is not in the price index. */
export function programmeReport(
  priced: readonly PricedCase[],
  cohorts: readonly Cohort[],
  calc: CalcReport,
  pricing: PricingOptions,
  project: readonly number[],
): ProgrammeReport | Diagnostic[] {
  const out: Diagnostic[] = [];
  const results: ProgrammeResult[] = [];
  const without: { id: string; title: string }[] = [];
  for (const t of calc.cohorts) {
    const cohort = cohorts.find((c) => c.id === t.id);
    const prog = cohort?.programme;
    if (!prog) {
      without.push({ id: t.id, title: t.title });
      continue;
    }
    const cases = priced.filter((p) => p.case.cohort === t.id).length;
    const baten = t.totals.baten;
    const rows: ProgrammeCostRow[] = [];
    for (const c of prog.costs) {
      const priceYear = c.priceYear ?? pricing.defaultPriceYear ?? pricing.priceYear ?? 0;
      let factor: Rational = ONE;
      if (pricing.index && pricing.priceYear !== undefined) {
        const f = indexFactor(pricing.index, priceYear, pricing.priceYear);
        if (!f) {
          const missing = pricing.index.levels.has(priceYear) ? pricing.priceYear : priceYear;
          out.push(diag(c.pos, 'returns.programme_index_year', { year: missing, index: pricing.index.id, item: c.item }));
          continue;
        }
        factor = f;
      }
      rows.push(costRow(c, c.per === 'once' ? 1 : c.per === 'year' ? prog.years : cases, factor, priceYear));
    }
    if (out.length) continue;
    const fixed = rows.filter((r) => r.per !== 'case').reduce((s, r) => s + r.amount, 0n);
    const perCase = rows.filter((r) => r.per === 'case').reduce((s, r) => add(s, mul(rat(r.priceCents), r.factor)), rat(0));
    const total = rows.reduce((s, r) => s + r.amount, 0n);
    const meanBaten = rat(baten, Math.max(1, cases));
    const margin = sub(meanBaten, perCase);
    const exact = margin.n > 0n ? div(rat(fixed), margin) : undefined;
    const breakEven = exact ? { cases: ceil(exact), exact } : undefined;
    const projections = project.map((n) => {
      const gross = roundHalfAwayFromZero(rat(baten * BigInt(n), Math.max(1, cases)));
      const costs = fixed + rows.filter((r) => r.per === 'case').reduce((s, r) => s + roundHalfAwayFromZero(mul(rat(r.priceCents), r.factor, rat(n))), 0n);
      return { cases: n, gross, costs, net: gross - costs };
    });
    results.push({
      id: t.id,
      title: t.title,
      years: prog.years,
      cases,
      baten,
      costs: rows,
      fixed,
      perCase,
      total,
      net: baten - total,
      meanBaten,
      ...(breakEven ? { breakEven } : {}),
      projections,
    });
  }
  if (out.length) return out;
  const sum = (f: (r: ProgrammeResult) => bigint) => results.reduce((s, r) => s + f(r), 0n);
  return {
    cohorts: results,
    without,
    total: { cases: results.reduce((s, r) => s + r.cases, 0), baten: sum((r) => r.baten), costs: sum((r) => r.total), net: sum((r) => r.net) },
  };
}
