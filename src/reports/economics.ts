/**
 * The economics sections of a report, as pure data: price year and indexation, per-year figures and
 * present values for multi-year horizons, deadweight/attribution steps per cohort, and sensitivity.
 * Amounts are integer cents; nothing here prints.
 */
import { type Amounts, amountsOf, sumAmounts } from '../data/amounts.js';
import { type AdjustedBaten, type PriceIndex, adjust } from '../data/economics.js';
import type { Cohort } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { type Rational, ONE, cmp, rat } from '../data/rational.js';
import type { Run } from '../data/run.js';
import { indexYearsUsed } from './index-use.js';
import { type SimulationResult, simulate } from './simulate.js';

export interface IndexationInfo {
  readonly priceYear: number;
  /** Undefined with --no-indexation. */
  readonly index?: { readonly id: string; readonly title: string; readonly file: string; readonly source: string; readonly provisional: boolean };
  /** Distinct (price year → factor) pairs that were applied, factor ≠ 1, by year. */
  readonly factors: readonly { readonly from: number; readonly factor: Rational; readonly lines: number }[];
}

export interface YearRow extends Amounts {
  readonly year: number;
  /** 1 / (1 + r)^(year − 1) */
  readonly weight: Rational;
}

export interface HorizonInfo {
  /** True when at least one case has a horizon longer than a year. */
  readonly multiYear: boolean;
  readonly discount: Rational;
  /** Undiscounted figures per year, summed over all cases (a one-year case counts in year 1). */
  readonly years: readonly YearRow[];
  readonly undiscounted: Amounts;
  /** Present values (the report's main figures). */
  readonly presentValue: Amounts;
}

export interface CohortAdjustment extends AdjustedBaten {
  readonly id: string;
  readonly title: string;
  readonly cases: number;
  readonly deadweight: Rational;
  readonly attribution: Rational;
  /** net / cases, exact */
  readonly meanNet: Rational;
}

export interface AdjustmentInfo {
  readonly cohorts: readonly CohortAdjustment[];
  /** Σ net of adjusted cohorts + gross baten of all other cases. */
  readonly net: bigint;
  readonly gross: bigint;
  readonly cases: number;
  readonly meanNet: Rational;
}

export interface SensitivityRow {
  readonly id: string;
  readonly low: bigint;
  readonly central: bigint;
  readonly high: bigint;
}

export interface SensitivityInfo {
  readonly rows: readonly SensitivityRow[];
  readonly total: SensitivityRow;
  readonly mean: { readonly low: Rational; readonly central: Rational; readonly high: Rational };
}

export interface EconomicsReport {
  readonly indexation: IndexationInfo;
  readonly horizon: HorizonInfo;
  readonly adjustments?: AdjustmentInfo;
  readonly sensitivity?: SensitivityInfo;
  readonly simulation?: SimulationResult;
}

/**
 * Everything the economics sections show, from a run loaded with economics settings: the price year
 * and indexation, the horizon (per year, present values), the cohort adjustments and, when asked for,
 * sensitivity (the run's low and high pricings) and the simulation.
 */
export function economicsReport(run: Run): EconomicsReport {
  const s = run.economics;
  const priced = run.priced;
  const priceYear = run.pricing.priceYear ?? run.pricing.defaultPriceYear ?? 0;
  const adjustments = adjustmentInfo(priced, run.inputs.cohorts);
  return {
    indexation: indexationInfo(priced, priceYear, s.index, run.pricing.priceYear),
    horizon: horizonInfo(priced, s.discount),
    ...(adjustments ? { adjustments } : {}),
    ...(run.estimates ? { sensitivity: sensitivityInfo(run.estimates.low, priced, run.estimates.high) } : {}),
    ...(s.draws ? { simulation: simulate(priced, s.draws, s.seed) } : {}),
  };
}

function indexationInfo(priced: readonly PricedCase[], priceYear: number, index: PriceIndex | undefined, indexedTo: number | undefined): IndexationInfo {
  const byYear = new Map<number, { factor: Rational; lines: number }>();
  for (const p of priced)
    for (const ls of Object.values(p.lines))
      for (const l of ls) {
        if (cmp(l.factor, ONE) === 0) continue;
        const e = byYear.get(l.priceYear);
        if (e) e.lines++;
        else byYear.set(l.priceYear, { factor: l.factor, lines: 1 });
      }
  const factors = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([from, e]) => ({ from, ...e }));
  return {
    priceYear,
    ...(index
      ? {
          index: {
            id: index.id,
            title: index.title,
            file: index.file,
            source: index.source,
            // Provisional only when a provisional yearly change entered a factor that was applied.
            provisional: indexYearsUsed(priced, index, indexedTo).some((y) => y.provisional),
          },
        }
      : {}),
    factors,
  };
}

function horizonInfo(priced: readonly PricedCase[], discount: Rational): HorizonInfo {
  const n = Math.max(1, ...priced.map((p) => p.years.length));
  const years: YearRow[] = [];
  let w = ONE;
  for (let i = 0; i < n; i++) {
    const t = { current: 0n, threat: 0n, breakthrough: 0n };
    for (const p of priced) {
      const y = p.years[i];
      if (!y) continue;
      t.current += y.current;
      t.threat += y.threat;
      t.breakthrough += y.breakthrough;
    }
    years.push({ year: i + 1, weight: w, ...amountsOf(t) });
    w = rat(w.n * discount.d, w.d * (discount.d + discount.n));
  }
  return {
    multiYear: priced.some((p) => p.multiYear),
    discount,
    years,
    undiscounted: sumAmounts(priced.map((p) => p.undiscounted)),
    presentValue: sumAmounts(priced.map((p) => p.totals)),
  };
}

/** Deadweight and attribution per cohort that declares them; undefined when none does. */
function adjustmentInfo(priced: readonly PricedCase[], cohorts: readonly Cohort[]): AdjustmentInfo | undefined {
  const adjusted = cohorts.filter((c) => c.adjustment && priced.some((p) => p.case.cohort === c.id));
  if (!adjusted.length) return undefined;
  const rows: CohortAdjustment[] = adjusted.map((c) => {
    const mine = priced.filter((p) => p.case.cohort === c.id);
    const gross = mine.reduce((s, p) => s + p.baten, 0n);
    const a = adjust(gross, c.adjustment!);
    return { id: c.id, title: c.title, cases: mine.length, ...c.adjustment!, ...a, meanNet: rat(a.net, mine.length) };
  });
  const ids = new Set(rows.map((r) => r.id));
  const others = priced.filter((p) => !p.case.cohort || !ids.has(p.case.cohort)).reduce((s, p) => s + p.baten, 0n);
  const net = rows.reduce((s, r) => s + r.net, 0n) + others;
  const gross = priced.reduce((s, p) => s + p.baten, 0n);
  return { cohorts: rows, net, gross, cases: priced.length, meanNet: priced.length ? rat(net, priced.length) : rat(0) };
}

/** Baten per case with every estimate at low, central and high (three pricings of the same cases). */
function sensitivityInfo(low: readonly PricedCase[], central: readonly PricedCase[], high: readonly PricedCase[]): SensitivityInfo {
  const get = (ps: readonly PricedCase[], id: string) => ps.find((p) => p.case.id === id)?.baten ?? 0n;
  const rows = central.map((p) => ({ id: p.case.id, low: get(low, p.case.id), central: p.baten, high: get(high, p.case.id) }));
  const sum = (k: 'low' | 'central' | 'high') => rows.reduce((s, r) => s + r[k], 0n);
  const total = { id: '', low: sum('low'), central: sum('central'), high: sum('high') };
  const n = Math.max(1, rows.length);
  return { rows, total, mean: { low: rat(total.low, n), central: rat(total.central, n), high: rat(total.high, n) } };
}

