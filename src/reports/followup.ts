/**
 * Follow-up: did the breakthrough hold? (docs/tracking.md, arithmetic in docs/arithmetic.md.)
 *
 * A follow-up measurement covers a period P since the breakthrough (`after: 6 months`, or a date
 * against `dates.breakthrough`) and lists what was actually spent in it. Over the same period:
 *
 *   expected       = breakthrough × P ÷ H   (the breakthrough scenario, spread evenly over the horizon H)
 *   threat level   = threat × P ÷ H
 *   realised       = Σ cost of the follow-up lines
 *   difference     = realised − expected
 *   realised baten = threat level − realised
 *
 * with the undiscounted scenario totals (equal to the totals for a horizon of at most a year), each
 * fraction exact and rounded once to whole cents. A case whose realised spending is at or above the
 * threat level (and above zero) is flagged: the breakthrough did not hold. Reports use each case's
 * latest measurement (the longest period); explain shows every one. Pure.
 */
import type { Duration } from '../data/duration.js';
import type { FollowUpWhen } from '../data/tracking.js';
import { type CaseStatus, statusOf } from '../data/tracking.js';
import type { PricedCase, PricedFollowUp } from '../data/pricing.js';
import { type Rational, div, mul, rat, roundHalfAwayFromZero } from '../data/rational.js';

export interface FollowUpFigures {
  readonly when: FollowUpWhen;
  readonly period: Duration;
  readonly horizon: Duration;
  /** P ÷ H, exact. */
  readonly fraction: Rational;
  /** breakthrough × P ÷ H, exact and rounded once to cents. */
  readonly expectedExact: Rational;
  readonly expected: bigint;
  /** threat × P ÷ H, exact and rounded once to cents. */
  readonly threatExact: Rational;
  readonly threat: bigint;
  readonly realised: bigint;
  /** realised − expected */
  readonly difference: bigint;
  /** threat − expected: the baten the breakthrough scenario promised over the period. */
  readonly expectedBaten: bigint;
  /** threat − realised */
  readonly realisedBaten: bigint;
  /** realised ≥ threat (and realised > 0): back at the threat level. */
  readonly backAtThreat: boolean;
}

export interface FollowUpRow extends FollowUpFigures {
  readonly id: string;
  readonly title: string;
  readonly cohort?: string;
  readonly status: CaseStatus;
  /** How many measurements the case has (the row shows the latest). */
  readonly measurements: number;
}

export interface FollowUpTotals {
  readonly cases: number;
  readonly expected: bigint;
  readonly threat: bigint;
  readonly realised: bigint;
  readonly difference: bigint;
  readonly expectedBaten: bigint;
  readonly realisedBaten: bigint;
  /** Cases back at the threat level. */
  readonly backAtThreat: number;
}

export interface FollowUpReport {
  readonly rows: readonly FollowUpRow[];
  readonly totals: FollowUpTotals;
}

/** The figures of one measurement of a priced case. */
export function followUpFigures(p: PricedCase, f: PricedFollowUp): FollowUpFigures {
  const horizon = p.case.horizon;
  const period = f.followup.period;
  const fraction = div(period.days, horizon.days);
  const expectedExact = mul(rat(p.undiscounted.breakthrough), fraction);
  const threatExact = mul(rat(p.undiscounted.threat), fraction);
  const expected = roundHalfAwayFromZero(expectedExact);
  const threat = roundHalfAwayFromZero(threatExact);
  const realised = f.realisedCents;
  return {
    when: f.followup.when,
    period,
    horizon,
    fraction,
    expectedExact,
    expected,
    threatExact,
    threat,
    realised,
    difference: realised - expected,
    expectedBaten: threat - expected,
    realisedBaten: threat - realised,
    backAtThreat: realised > 0n && realised >= threat,
  };
}

/** Every measurement of a case, in the order written (explain). */
export function followUpMeasurements(p: PricedCase): FollowUpFigures[] {
  return (p.followups ?? []).map((f) => followUpFigures(p, f));
}

/** The latest measurement: the longest period; of equal periods, the one written last. */
function latest(p: PricedCase): PricedFollowUp | undefined {
  let best: PricedFollowUp | undefined;
  for (const f of p.followups ?? []) {
    const d = f.followup.period.days;
    if (!best || d.n * best.followup.period.days.d >= best.followup.period.days.n * d.d) best = f;
  }
  return best;
}

/** Per case with a follow-up, its latest measurement; undefined when no case has one. */
export function followUpReport(priced: readonly PricedCase[]): FollowUpReport | undefined {
  const rows: FollowUpRow[] = [];
  for (const p of priced) {
    const f = latest(p);
    if (!f) continue;
    rows.push({
      id: p.case.id,
      title: p.case.title,
      ...(p.case.cohort !== undefined ? { cohort: p.case.cohort } : {}),
      status: statusOf(p.case),
      measurements: p.followups?.length ?? 0,
      ...followUpFigures(p, f),
    });
  }
  if (!rows.length) return undefined;
  const sum = (k: 'expected' | 'threat' | 'realised' | 'difference' | 'expectedBaten' | 'realisedBaten'): bigint => rows.reduce((s, r) => s + r[k], 0n);
  return {
    rows,
    totals: {
      cases: rows.length,
      expected: sum('expected'),
      threat: sum('threat'),
      realised: sum('realised'),
      difference: sum('difference'),
      expectedBaten: sum('expectedBaten'),
      realisedBaten: sum('realisedBaten'),
      backAtThreat: rows.filter((r) => r.backAtThreat).length,
    },
  };
}
