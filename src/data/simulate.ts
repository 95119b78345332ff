/**
 * Seeded Monte Carlo over the low/central/high estimates of the lines. Floating point is used inside
 * the simulation only; every result is rounded once to whole cents at the end. The same seed gives
 * the same draws on every machine: xoshiro128** (Blackman and Vigna), seeded through splitmix32,
 * with integer arithmetic only (Math.imul, unsigned shifts).
 */
import type { PricedCase, PricedLine } from './pricing.js';
import { DAYS_PER_YEAR, yearsIn } from './economics.js';
import type { Rational } from './rational.js';

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
export function toCents(x: number): bigint {
  const r = Math.round(Math.abs(x));
  return BigInt(x < 0 ? -r : r);
}

function lineDraw(l: PricedLine, c: PricedCase, rnd: Xoshiro128): number {
  const range = l.line.range;
  let price = Number(l.unitPriceCents);
  if (range?.price) price = triangular(rnd.next(), Number(range.price.low), price, Number(range.price.high));
  let count = num(l.count);
  if (range?.count) count = triangular(rnd.next(), num(range.count.low), count, num(range.count.high));
  const d = l.derivation;
  const scalesWithDuration = d.kind === 'time' || d.kind === 'hours-per';
  const centralDays = scalesWithDuration ? num(d.duration.days) : 0;
  let days = centralDays;
  if (range?.for && scalesWithDuration) days = triangular(rnd.next(), num(range.for.low.days), centralDays, num(range.for.high.days));
  const chance = num(l.chance);
  const happens = chance >= 1 ? 1 : rnd.next() < chance ? 1 : 0;
  const quantity = scalesWithDuration && centralDays > 0 ? (num(l.quantity) * days) / centralDays : num(l.quantity);
  const cost = price * num(l.factor) * quantity * count * happens;
  if (!c.multiYear) return cost;
  // Present value: the cost spread over the years it falls in, year t weighted by 1 / (1 + r)^(t − 1).
  const years = yearsIn(c.case.horizon.days);
  const start = l.line.from ? num(l.line.from.offsetDays) : 0;
  const yd = num(DAYS_PER_YEAR);
  const r = num(c.discount);
  const length = l.unit === 'once' ? 0 : d.kind === 'hours-total' ? num((l.line.for ?? c.case.horizon).days) - (l.line.for ? 0 : start) : days;
  let pv = 0;
  for (let t = 0; t < years; t++) {
    let share: number;
    if (length <= 0) share = Math.min(years - 1, Math.floor(start / yd)) === t ? 1 : 0;
    else share = Math.max(0, Math.min(start + length, (t + 1) * yd) - Math.max(start, t * yd)) / length;
    pv += (cost * share) / Math.pow(1 + r, t);
  }
  return pv;
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
  const totals: number[] = new Array<number>(draws);
  for (let i = 0; i < draws; i++) {
    let total = 0;
    for (const c of priced) {
      for (const l of c.lines.threat) total += lineDraw(l, c, rnd);
      for (const l of c.lines.breakthrough) total -= lineDraw(l, c, rnd);
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
