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
  /** The yearly change in percent, per year after the first, exactly as published. */
  readonly changes: ReadonlyMap<number, Rational>;
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

/**
 * The years whose yearly change the factor between two years is made of: from + 1 … to (or to + 1 …
 * from when deflating). Empty when the years are equal.
 */
export function chainYears(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = Math.min(from, to) + 1; y <= Math.max(from, to); y++) out.push(y);
  return out;
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

const DAYS_IN_YEAR = 365;
const DAYS_PER_YEAR = rat(DAYS_IN_YEAR);

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
 * The arithmetic the year split needs. Exact pricing splits with fractions (EXACT); the Monte Carlo
 * simulation, which draws durations as floating-point numbers, splits with the very same rule in
 * floating point (FLOAT), so the two cannot drift apart.
 */
export interface Arithmetic<T> {
  readonly zero: T;
  readonly one: T;
  /** A whole number. */
  of(n: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  cmp(a: T, b: T): number;
  /** ⌊a / b⌋ for a ≥ 0 and b > 0. */
  floorDiv(a: T, b: T): number;
}

const EXACT: Arithmetic<Rational> = {
  zero: ZERO,
  one: ONE,
  of: (n) => rat(n),
  add,
  sub,
  mul: (a, b) => mul(a, b),
  div,
  cmp,
  floorDiv: (a, b) => {
    const q = div(a, b);
    return Number(q.n / q.d);
  },
};

export const FLOAT: Arithmetic<number> = {
  zero: 0,
  one: 1,
  of: (n) => n,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  cmp: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  floorDiv: (a, b) => Math.floor(a / b),
};

/**
 * The share of a line that falls in each year of the horizon. A line occupies the days
 * [start, start + length); the share of year t is its overlap with [365(t−1), 365t) divided by the
 * length, and whatever lies beyond the last year counts in the last year. A line of length zero (a
 * one-off cost) falls wholly in the year that contains its start. The shares add up to exactly 1.
 */
export function yearSharesIn<T>(A: Arithmetic<T>, startDays: T, lengthDays: T, years: number): T[] {
  const shares: T[] = [];
  const perYear = A.of(DAYS_IN_YEAR);
  if (A.cmp(lengthDays, A.zero) <= 0) {
    const t = Math.min(years - 1, A.floorDiv(startDays, perYear));
    for (let i = 0; i < years; i++) shares.push(i === t ? A.one : A.zero);
    return shares;
  }
  const end = A.add(startDays, lengthDays);
  for (let i = 0; i < years; i++) {
    const lo = A.mul(A.of(i), perYear);
    const hi = i === years - 1 ? (A.cmp(end, lo) > 0 ? end : lo) : A.mul(A.of(i + 1), perYear);
    const a = A.cmp(startDays, lo) > 0 ? startDays : lo;
    const b = A.cmp(end, hi) < 0 ? end : hi;
    shares.push(A.cmp(b, a) > 0 ? A.div(A.sub(b, a), lengthDays) : A.zero);
  }
  return shares;
}

/** yearSharesIn, exactly. */
export function yearShares(startDays: Rational, lengthDays: Rational, years: number): Rational[] {
  return yearSharesIn(EXACT, startDays, lengthDays, years);
}

// ------------------------------------------------------------------------------------ discounting

/** The Dutch standard discount rate (Werkgroep discontovoet 2020): 2.25 %. */
export const DEFAULT_DISCOUNT = rat(225, 10_000);

/**
 * A discount rate as a percentage: "2.25", "2,25", "2.25%" and "2,25 %" are all 2.25 %, "0.5" is
 * 0.5 % and "0" is undiscounted. An exact rate in [0, 1); undefined for anything else (100 % or more,
 * a negative rate, words).
 */
export function parseRate(text: string): Rational | undefined {
  const t = text.trim();
  const d = parseDecimal(t.endsWith('%') ? t.slice(0, -1).trim() : t);
  if (!d) return undefined;
  const r = div(d, rat(100));
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

// ------------------------------------------------------------------------------------- settings

/**
 * The economics settings of a run, parsed from the command line (docs/economics.md): the price index
 * (absent with --no-indexation), the discount rate, the report's price year when one was asked for,
 * and the uncertainty sections (--sensitivity, --simulate with its seed).
 */
export interface EconomicsSetup {
  readonly index?: PriceIndex;
  readonly discount: Rational;
  readonly priceYear?: number;
  /** Number of Monte Carlo draws; absent: no simulation. */
  readonly draws?: number;
  readonly seed: number;
  readonly sensitivity: boolean;
}
