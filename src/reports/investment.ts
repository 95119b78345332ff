/**
 * Investment and return per case, per cohort and in total (docs/arithmetic.md, "Investment, net
 * baten and return"). A breakthrough line marked `investment: true` is the investment that made the
 * breakthrough. It is part of the breakthrough scenario, so baten (threat − breakthrough) already
 * subtract it once:
 *
 *   investment      = Σ cost of the breakthrough lines marked `investment: true`
 *   net baten       = baten = threat − breakthrough            (the investment inside, counted once)
 *   avoided costs   = net baten + investment = threat − (breakthrough − investment)
 *   return per euro = avoided costs ÷ investment               (exact; none without an investment)
 *   payback month   = the first month m (1-based, months of 365/12 days from each case's start) at
 *                     whose end the cumulative avoided costs exceed the cumulative investment, i.e.
 *                     the cumulative baten are above zero; undiscounted, exact, within the horizon.
 */
import { DAYS_PER } from '../data/duration.js';
import { SCENARIOS } from '../data/model.js';
import type { PricedCase, PricedLine } from '../data/pricing.js';
import { type Rational, ZERO, add, cmp, div, mul, rat, sub } from '../data/rational.js';
import type { CalcReport } from './calc.js';

export interface InvestmentFigures {
  /** Σ cost of the investment lines (present value for a multi-year horizon, like every amount). */
  readonly investment: bigint;
  /** threat − breakthrough: the investment is inside, so these are the net baten. */
  readonly netBaten: bigint;
  /** netBaten + investment: what the breakthrough avoided before its own cost. */
  readonly avoided: bigint;
  /** avoided ÷ investment, exact; undefined without an investment. */
  readonly returnPerEuro?: Rational;
  /** Undefined without an investment; `null` when the cumulative baten stay at or below zero within the horizon. */
  readonly paybackMonth?: number | null;
  /** Months of the (longest) horizon: ⌈days ÷ (365/12)⌉. */
  readonly months: number;
}

export interface CaseInvestment extends InvestmentFigures {
  readonly id: string;
  readonly title: string;
  readonly cohort?: string;
}

export interface CohortInvestment extends InvestmentFigures {
  readonly id: string;
  readonly title: string;
  readonly cases: number;
}

export interface InvestmentReport {
  /** True when at least one case marks an investment line. */
  readonly any: boolean;
  readonly cases: readonly CaseInvestment[];
  readonly cohorts: readonly CohortInvestment[];
  readonly total: InvestmentFigures & { readonly cases: number };
}

const MONTH = DAYS_PER.month;

/** The investment of one priced case: Σ cost of its breakthrough lines marked `investment: true`. */
export function investmentOf(p: PricedCase): bigint {
  let s = 0n;
  for (const l of p.lines.breakthrough) if (l.line.investment) s += l.costCents;
  return s;
}

/** Months in a horizon: ⌈days ÷ (365/12)⌉, at least 1. */
export function monthsIn(days: Rational): number {
  const q = div(days, MONTH);
  const whole = q.n / q.d;
  return Math.max(1, Number(q.n % q.d === 0n ? whole : whole + 1n));
}

/** Where a line lies in time: it starts `start` days in and lasts `length` days (0: a one-off cost at its start). */
interface Span {
  readonly start: Rational;
  readonly length: Rational;
  /** + for the threat, − for the breakthrough: the line's exact (undiscounted) cost with the sign it has in baten. */
  readonly signed: Rational;
}

/** As pricing spreads a line over the years of a horizon (src/data/pricing.ts), here over its months. */
function spanOf(p: PricedCase, l: PricedLine): Span {
  const start = l.line.from?.offsetDays ?? ZERO;
  const horizon = p.case.horizon.days;
  const duration = l.line.for?.days ?? (l.line.from ? sub(horizon, start) : horizon);
  const length = l.unit === 'once' ? ZERO : duration;
  const signed = l.scenario === 'threat' ? l.exactCents : mul(l.exactCents, rat(-1));
  return { start, length, signed };
}

/** The part of a span's cost that has fallen by day `end`. */
function fallen(s: Span, end: Rational): Rational {
  if (s.length.n === 0n) return cmp(s.start, end) < 0 ? s.signed : ZERO;
  const stop = add(s.start, s.length);
  const upTo = cmp(stop, end) < 0 ? stop : end;
  const days = sub(upTo, s.start);
  if (days.n <= 0n) return ZERO;
  return mul(s.signed, div(days, s.length));
}

function spansOf(p: PricedCase): Span[] {
  const out: Span[] = [];
  for (const sc of SCENARIOS) {
    if (sc === 'current') continue;
    for (const l of p.lines[sc]) out.push(spanOf(p, l));
  }
  return out;
}

/**
 * The first month (1-based) at whose end the cumulative baten of `cases` — each case counted from its
 * own start — are above zero; null when that does not happen within `months`.
 */
export function paybackMonth(cases: readonly PricedCase[], months: number): number | null {
  const spans = cases.flatMap(spansOf);
  for (let m = 1; m <= months; m++) {
    const end = mul(rat(m), MONTH);
    let sum = ZERO;
    for (const s of spans) sum = add(sum, fallen(s, end));
    if (sum.n > 0n) return m;
  }
  return null;
}

function figures(cases: readonly PricedCase[]): InvestmentFigures {
  let investment = 0n;
  let netBaten = 0n;
  for (const p of cases) {
    investment += investmentOf(p);
    netBaten += p.baten;
  }
  const avoided = netBaten + investment;
  const months = Math.max(1, ...cases.map((p) => monthsIn(p.case.horizon.days)));
  if (investment === 0n) return { investment, netBaten, avoided, months };
  return { investment, netBaten, avoided, returnPerEuro: rat(avoided, investment), paybackMonth: paybackMonth(cases, months), months };
}

/** `priced` in report order; `calc` the calc report of the same cases (for the cohorts with cases). */
export function investmentReport(priced: readonly PricedCase[], calc: CalcReport): InvestmentReport {
  const cases = priced.map((p) => ({
    id: p.case.id,
    title: p.case.title,
    ...(p.case.cohort ? { cohort: p.case.cohort } : {}),
    ...figures([p]),
  }));
  const cohorts = calc.cohorts.map((c) => {
    const mine = priced.filter((p) => p.case.cohort === c.id);
    return { id: c.id, title: c.title, cases: mine.length, ...figures(mine) };
  });
  return { any: priced.some((p) => p.lines.breakthrough.some((l) => l.line.investment)), cases, cohorts, total: { cases: priced.length, ...figures(priced) } };
}
