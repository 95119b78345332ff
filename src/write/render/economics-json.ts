/** The economics sections in the calc JSON (new keys; the keys of doorbraak.calc/1 keep their meaning). */
import type { EconomicsReport } from '../../reports/economics.js';
import { type Rational, roundHalfAwayFromZero, toDecimalString, toFractionString } from '../../data/rational.js';

const exact = (r: Rational, places: number) => ({ decimal: toDecimalString(r, places), fraction: toFractionString(r) });
const amounts = (a: { current: bigint; threat: bigint; breakthrough: bigint; baten: bigint; besparing: bigint }) => ({
  current: a.current,
  threat: a.threat,
  breakthrough: a.breakthrough,
  baten: a.baten,
  besparing: a.besparing,
});

export function economicsJson(e: EconomicsReport): Record<string, unknown> {
  const ix = e.indexation;
  return {
    price_year: ix.priceYear,
    price_index: ix.index ? { id: ix.index.id, title: ix.index.title, file: ix.index.file, source: ix.index.source, provisional: ix.index.provisional } : null,
    indexation: ix.factors.map((f) => ({ from: f.from, to: ix.priceYear, factor: exact(f.factor, 6), lines: f.lines })),
    present_value: e.horizon.multiYear,
    discount_rate: exact(e.horizon.discount, 6),
    undiscounted: amounts(e.horizon.undiscounted),
    years: e.horizon.years.map((y) => ({ year: y.year, weight: exact(y.weight, 6), ...amounts(y) })),
    ...(e.adjustments
      ? {
          adjustments: {
            gross_baten: e.adjustments.gross,
            net_baten: e.adjustments.net,
            mean_net_baten: roundHalfAwayFromZero(e.adjustments.meanNet),
            cohorts: e.adjustments.cohorts.map((c) => ({
              id: c.id,
              cases: c.cases,
              gross_baten: c.gross,
              deadweight: exact(c.deadweight, 4),
              deadweight_cents: c.deadweightCents,
              after_deadweight: c.afterDeadweight,
              attribution: exact(c.attribution, 4),
              net_baten: c.net,
              mean_net_baten: roundHalfAwayFromZero(c.meanNet),
            })),
          },
        }
      : {}),
    ...(e.sensitivity
      ? {
          sensitivity: {
            cases: e.sensitivity.rows.map((r) => ({ id: r.id, low: r.low, central: r.central, high: r.high })),
            total: { low: e.sensitivity.total.low, central: e.sensitivity.total.central, high: e.sensitivity.total.high },
            mean: {
              low: roundHalfAwayFromZero(e.sensitivity.mean.low),
              central: roundHalfAwayFromZero(e.sensitivity.mean.central),
              high: roundHalfAwayFromZero(e.sensitivity.mean.high),
            },
          },
        }
      : {}),
    ...(e.simulation ? { simulation: { draws: e.simulation.draws, seed: e.simulation.seed, total: e.simulation.total, per_case: e.simulation.perCase } } : {}),
  };
}
