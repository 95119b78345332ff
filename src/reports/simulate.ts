/**
 * Seeded Monte Carlo over the low/central/high estimates of the lines. Floating point is used inside
 * the simulation only; every result is rounded once to whole cents at the end. The same seed gives
 * the same draws on every machine: xoshiro128** (Blackman and Vigna), seeded through splitmix32,
 * with integer arithmetic only (Math.imul, unsigned shifts). A multi-year line is spread over the
 * years and discounted by the rules of exact pricing (src/data/economics.ts), so that the mean of the
 * draws estimates the computed present value (test/simulate.test.ts).
 */
import { FLOAT, discountWeight, yearSharesIn, yearsIn } from '../data/economics.js';
import type { PricedCase, PricedLine } from '../data/pricing.js';
import { type Rational, ZERO, sub } from '../data/rational.js';

const num = (r: Rational): number => Number(r.n) / Number(r.d);

/** xoshiro128**: a small, well-known 32-bit generator. next() gives a float in [0, 1). */
export class Xoshiro128 {
  private s: Uint32Array;
  constructor(seed: number) {
    let x = seed >>> 0;
    const splitmix32 = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s = new Uint32Array([splitmix32(), splitmix32(), splitmix32(), splitmix32()]);
  }
  nextUint32(): number {
    const s = this.s;
    const r = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11);
    return r;
  }
  next(): number {
    return this.nextUint32() / 4294967296;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Inverse CDF of the triangular distribution (low a, mode m, high b) at u in [0, 1). */
export function triangular(u: number, a: number, m: number, b: number): number {
  if (b <= a) return m;
  const c = (m - a) / (b - a);
  return u < c ? a + Math.sqrt(u * (b - a) * (m - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - m));
}

/** Nearest-rank percentile of sorted values: the value at rank ⌈p/100 × N⌉ (1-based). */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Round a float amount of cents once to whole cents, half away from zero. */
function toCents(x: number): bigint {
  const r = Math.round(Math.abs(x));
  return BigInt(x < 0 ? -r : r);
}

/**
 * A line prepared for drawing: its central figures as floats and, for a multi-year horizon, the
 * discount weight of each year (exact, data/economics.ts discountWeight, then as a float).
 */
interface LinePlan {
  readonly line: PricedLine;
  readonly price: number;
  readonly count: number;
  readonly chance: number;
  /** The indexation factor (1 without indexation). */
  readonly factor: number;
  readonly quantity: number;
  /** True when the quantity scales with the duration (time and hours-per lines). */
  readonly scales: boolean;
  readonly centralDays: number;
  /** Multi-year only: the start in days, the central length (0 for a one-off) and the year weights. */
  readonly years?: { readonly start: number; readonly length: number; readonly weights: readonly number[] };
}

/** How long a line lasts in days, as priced: `for`, else the rest of the horizon after its start. */
function pricedLength(l: PricedLine, c: PricedCase): Rational {
  if (l.unit === 'once') return ZERO;
  const d = l.derivation;
  if (d.kind === 'time' || d.kind === 'hours-per') return d.duration.days;
  return l.line.for ? l.line.for.days : sub(c.case.horizon.days, l.line.from?.offsetDays ?? ZERO);
}

function plan(l: PricedLine, c: PricedCase, weights: readonly number[] | undefined): LinePlan {
  const d = l.derivation;
  const scales = d.kind === 'time' || d.kind === 'hours-per';
  return {
    line: l,
    price: Number(l.unitPriceCents),
    count: num(l.count),
    chance: num(l.chance),
    factor: num(l.factor),
    quantity: num(l.quantity),
    scales,
    centralDays: scales ? num(d.duration.days) : 0,
    ...(weights ? { years: { start: num(l.line.from?.offsetDays ?? ZERO), length: num(pricedLength(l, c)), weights } } : {}),
  };
}

/** One draw of a line's cost: its present value for a multi-year horizon. */
function lineDraw(p: LinePlan, rnd: Xoshiro128): number {
  const range = p.line.line.range;
  let price = p.price;
  if (range?.price) price = triangular(rnd.next(), Number(range.price.low), price, Number(range.price.high));
  let count = p.count;
  if (range?.count) count = triangular(rnd.next(), num(range.count.low), count, num(range.count.high));
  let days = p.centralDays;
  if (range?.for && p.scales) days = triangular(rnd.next(), num(range.for.low.days), p.centralDays, num(range.for.high.days));
  const happens = p.chance >= 1 ? 1 : rnd.next() < p.chance ? 1 : 0;
  const quantity = p.scales && p.centralDays > 0 ? (p.quantity * days) / p.centralDays : p.quantity;
  const cost = price * p.factor * quantity * count * happens;
  if (!p.years) return cost;
  // Spread over the years by the same rule as exact pricing (data/economics.ts yearSharesIn), in
  // floating point because the duration was drawn; year t weighted by 1 / (1 + r)^(t − 1).
  const { start, weights } = p.years;
  const length = p.scales ? days : p.years.length;
  const shares = yearSharesIn(FLOAT, start, length, weights.length);
  let pv = 0;
  for (let t = 0; t < weights.length; t++) pv += cost * shares[t]! * weights[t]!;
  return pv;
}

/** Every threat and breakthrough line of the cases, in draw order, prepared once. */
function plans(priced: readonly PricedCase[]): { threat: LinePlan[]; breakthrough: LinePlan[] }[] {
  return priced.map((c) => {
    const weights = c.multiYear ? Array.from({ length: yearsIn(c.case.horizon.days) }, (_, t) => num(discountWeight(c.discount, t + 1))) : undefined;
    return { threat: c.lines.threat.map((l) => plan(l, c, weights)), breakthrough: c.lines.breakthrough.map((l) => plan(l, c, weights)) };
  });
}

export interface SimulationResult {
  readonly draws: number;
  readonly seed: number;
  readonly cases: number;
  /** P10, P50, P90 of total baten (cents), rounded once. */
  readonly total: { readonly p10: bigint; readonly p50: bigint; readonly p90: bigint; readonly mean: bigint };
  /** The same per case (total / cases), rounded once. */
  readonly perCase: { readonly p10: bigint; readonly p50: bigint; readonly p90: bigint; readonly mean: bigint };
}

/**
 * N draws of total baten (threat − breakthrough, present values for multi-year horizons). Per draw,
 * cases in report order, threat lines then breakthrough lines, and per line in this order: price,
 * count, duration (each only when it has low/high), then the chance (only when below 1).
 */
export function simulate(priced: readonly PricedCase[], draws: number, seed: number): SimulationResult {
  const rnd = new Xoshiro128(seed);
  const cases = plans(priced);
  const totals: number[] = new Array<number>(draws);
  for (let i = 0; i < draws; i++) {
    let total = 0;
    for (const c of cases) {
      for (const l of c.threat) total += lineDraw(l, rnd);
      for (const l of c.breakthrough) total -= lineDraw(l, rnd);
    }
    totals[i] = total;
  }
  const sorted = [...totals].sort((a, b) => a - b);
  const mean = totals.reduce((a, b) => a + b, 0) / Math.max(1, draws);
  const n = Math.max(1, priced.length);
  const pick = (f: (x: number) => number) => ({
    p10: toCents(f(percentile(sorted, 10))),
    p50: toCents(f(percentile(sorted, 50))),
    p90: toCents(f(percentile(sorted, 90))),
    mean: toCents(f(mean)),
  });
  return { draws, seed, cases: priced.length, total: pick((x) => x), perCase: pick((x) => x / n) };
}
