/**
 * Economics, exact: price indexation between price years, the split of a line over the years of a
 * multi-year horizon, discounting to a present value, and the deadweight/attribution steps.
 * See docs/economics.md for the formulas and a worked example.
 */
import type { TimeUnit } from './duration.js';
import { DAYS_PER, UNIT_WORDS } from './duration.js';
import { type Rational, ONE, ZERO, add, cmp, div, mul, parseDecimal, rat, roundHalfAwayFromZero, sub } from './rational.js';

// ------------------------------------------------------------------------------------ price index

/** A yearly price index: the level of each year, exact. Only ratios of levels are ever used. */
export interface PriceIndex {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly source: string;
  /** Level per year (the first year of the series is 100). */
  readonly levels: ReadonlyMap<number, Rational>;
  /** Years whose figure is provisional (voorlopig). */
  readonly provisional: ReadonlySet<number>;
}

/**
 * Build the levels of an index from yearly percentage changes: level[first] = 100 and
 * level[y] = level[y − 1] × (1 + change[y] / 100). So level[b] / level[a] is the product of
 * (1 + change / 100) over the years a+1 … b, exactly.
 */
export function levelsFromChanges(first: number, changes: ReadonlyMap<number, Rational>): Map<number, Rational> {
  const levels = new Map<number, Rational>([[first, rat(100)]]);
  let level = rat(100);
  for (let y = first + 1; changes.has(y); y++) {
    level = mul(level, add(ONE, div(changes.get(y)!, rat(100))));
    levels.set(y, level);
  }
  return levels;
}

/** index[to] / index[from]; undefined when a year is not in the series. */
export function indexFactor(ix: PriceIndex, from: number, to: number): Rational | undefined {
  if (from === to) return ONE;
  const a = ix.levels.get(from);
  const b = ix.levels.get(to);
  return a && b ? div(b, a) : undefined;
}

export function indexYears(ix: PriceIndex): { first: number; last: number } {
  const ys = [...ix.levels.keys()];
  return { first: Math.min(...ys), last: Math.max(...ys) };
}

// ----------------------------------------------------------------------------------- line start

/** `from: month 6` — the line starts at the beginning of the 6th month of the horizon. */
export interface StartSpec {
  readonly text: string;
  readonly unit: TimeUnit;
  /** 1-based: month 1 is the start of the horizon. */
  readonly n: number;
  /** Days from the start of the horizon: (n − 1) units. */
  readonly offsetDays: Rational;
}

export type StartError = { kind: 'format'; text: string };

/** `month 6`, `maand 6`, `year 2`, `jaar 2`, `week 3`, `day 10` (also `6e maand`-free: the unit first, then N ≥ 1). */
export function parseStart(value: string | number): StartSpec | StartError {
  const text = String(value).trim();
  const m = /^([\p{L}]+)\s+(\d+)$/u.exec(text);
  const unit = m ? UNIT_WORDS[(m[1] ?? '').toLowerCase()] : undefined;
  const n = m ? Number(m[2]) : NaN;
  if (!unit || !Number.isSafeInteger(n) || n < 1) return { kind: 'format', text };
  return { text, unit, n, offsetDays: mul(rat(n - 1), DAYS_PER[unit]) };
}

export function isStart(x: StartSpec | StartError): x is StartSpec {
  return !('kind' in x);
}

// ------------------------------------------------------------------------------ years of a horizon

export const DAYS_PER_YEAR = rat(365);

/** The longest horizon accepted: 100 years (docs/economics.md). */
export const MAX_HORIZON_YEARS = 100;
export const MAX_HORIZON_DAYS = rat(MAX_HORIZON_YEARS * 365);

/** Number of (report) years a horizon spans: ⌈days / 365⌉, at least 1. Year t covers days [365(t−1), 365t). */
export function yearsIn(horizonDays: Rational): number {
  const q = div(horizonDays, DAYS_PER_YEAR);
  const whole = q.n / q.d;
  return Math.max(1, Number(q.n % q.d === 0n ? whole : whole + 1n));
}

/** True when a horizon is longer than one year (365 days): then costs are reported per year and discounted. */
export function isMultiYear(horizonDays: Rational): boolean {
  return cmp(horizonDays, DAYS_PER_YEAR) > 0;
}

/**
 * The share of a line that falls in each year of the horizon. A line occupies the days
 * [start, start + length); the share of year t is its overlap with [365(t−1), 365t) divided by the
 * length. A line of length zero (a one-off cost) falls wholly in the year that contains its start.
 * The shares add up to exactly 1.
 */
export function yearShares(startDays: Rational, lengthDays: Rational, years: number): Rational[] {
  const shares: Rational[] = [];
  if (lengthDays.n === 0n) {
    const q = div(startDays, DAYS_PER_YEAR);
    const t = Math.min(years - 1, Number(q.n / q.d));
    for (let i = 0; i < years; i++) shares.push(i === t ? ONE : ZERO);
    return shares;
  }
  const end = add(startDays, lengthDays);
  for (let i = 0; i < years; i++) {
    const lo = mul(rat(i), DAYS_PER_YEAR);
    const hi = i === years - 1 ? (cmp(end, lo) > 0 ? end : lo) : mul(rat(i + 1), DAYS_PER_YEAR);
    const a = cmp(startDays, lo) > 0 ? startDays : lo;
    const b = cmp(end, hi) < 0 ? end : hi;
    shares.push(cmp(b, a) > 0 ? div(sub(b, a), lengthDays) : ZERO);
  }
  return shares;
}

// ------------------------------------------------------------------------------------ discounting

/** The Dutch standard discount rate (Werkgroep discontovoet 2020): 2.25 %. */
export const DEFAULT_DISCOUNT = rat(225, 10_000);

/** "2.25%", "2,25 %", "0.0225" or "0" → an exact rate in [0, 1). Undefined for anything else. */
export function parseRate(text: string): Rational | undefined {
  const t = text.trim();
  const pct = /%$/.test(t);
  const d = parseDecimal(pct ? t.slice(0, -1).trim() : t);
  if (!d) return undefined;
  const r = pct ? div(d, rat(100)) : d;
  if (r.n < 0n || cmp(r, ONE) >= 0) return undefined;
  return r;
}

/** The weight of a cost in year t (1-based): 1 / (1 + r)^(t − 1). Year 1 is the present. */
export function discountWeight(r: Rational, year: number): Rational {
  const e = BigInt(Math.max(0, year - 1));
  // (1 + r)^(t−1) = (d + n)^(t−1) / d^(t−1), with r = n/d.
  return rat(r.d ** e, (r.d + r.n) ** e);
}

/**
 * Present value of per-year cents, exact: Σ cents_t / (1 + r)^(t − 1). With r = n/d this is
 * Σ cents_t · d^(t−1) · (d + n)^(T−t) / (d + n)^(T−1), summed by Horner's rule in integers: one
 * multiplication and one addition per year and a single reduction at the end, so the work grows
 * linearly with the number of years (the sum of separate weights grew with its square).
 */
export function presentValue(perYear: readonly bigint[], r: Rational): Rational {
  if (!perYear.length) return ZERO;
  const base = r.d + r.n;
  let num = 0n;
  let dPow = 1n;
  for (const c of perYear) {
    num = num * base + c * dPow;
    dPow *= r.d;
  }
  return rat(num, base ** BigInt(perYear.length - 1));
}

// ------------------------------------------------------------------------------------ adjustments

export interface Adjustment {
  /** Share of the gross baten that would have been avoided anyway, in [0, 1]. */
  readonly deadweight: Rational;
  /** Share of what remains that is due to this approach, in [0, 1]. */
  readonly attribution: Rational;
}

export interface AdjustedBaten {
  readonly gross: bigint;
  /** round(gross × deadweight) */
  readonly deadweightCents: bigint;
  /** gross − deadweightCents */
  readonly afterDeadweight: bigint;
  /** round(afterDeadweight × attribution) */
  readonly net: bigint;
}

/** gross → minus deadweight → times attribution → net; each step rounded once to cents. */
export function adjust(gross: bigint, a: Adjustment): AdjustedBaten {
  const deadweightCents = roundHalfAwayFromZero(mul(rat(gross), a.deadweight));
  const afterDeadweight = gross - deadweightCents;
  const net = roundHalfAwayFromZero(mul(rat(afterDeadweight), a.attribution));
  return { gross, deadweightCents, afterDeadweight, net };
}
