/**
 * Index factors as a calculator redoes them: the factor from a price year to the report's price year
 * is the product of the yearly changes in between (1.038 × 1.033 = 1.072254 for 2022 → 2024), or one
 * over that product when the price year is later than the report's. Pure data, exact.
 */
import type { PriceIndex } from '../data/economics.js';
import type { PricedLine } from '../data/pricing.js';
import { type Rational, ONE, cmp, div, mul, sub } from '../data/rational.js';

export interface IndexStep {
  readonly year: number;
  /** 1 + change / 100 = level[year] / level[year − 1], e.g. 1.038 for +3.8 %. */
  readonly factor: Rational;
  /** The yearly change in percent, e.g. 3.8. */
  readonly percent: Rational;
  readonly provisional: boolean;
}

export interface IndexChain {
  /** The price year of the lines. */
  readonly from: number;
  /** The report's price year. */
  readonly to: number;
  /** The years after the earlier year up to and including the later one, in order. */
  readonly steps: readonly IndexStep[];
  /** True when the price year is later than the report's: the factor is 1 / Π steps. */
  readonly inverse: boolean;
  /** index[to] / index[from]. */
  readonly factor: Rational;
  /** How many lines use this factor. */
  readonly lines: number;
}

/** The yearly steps between two years of the index; undefined when a year is missing. */
export function indexSteps(ix: PriceIndex, from: number, to: number): IndexStep[] | undefined {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const steps: IndexStep[] = [];
  for (let y = lo + 1; y <= hi; y++) {
    const a = ix.levels.get(y - 1);
    const b = ix.levels.get(y);
    if (!a || !b) return undefined;
    const factor = div(b, a);
    steps.push({ year: y, factor, percent: mul(sub(factor, ONE), { n: 100n, d: 1n }), provisional: ix.provisional.has(y) });
  }
  return steps;
}

/** The distinct price years of the lines with a factor other than 1, each with its chain, by year. */
export function indexChains(lines: readonly PricedLine[], ix: PriceIndex | undefined, to: number): IndexChain[] {
  if (!ix) return [];
  const byYear = new Map<number, { factor: Rational; lines: number }>();
  for (const l of lines) {
    if (cmp(l.factor, ONE) === 0) continue;
    const e = byYear.get(l.priceYear);
    if (e) e.lines++;
    else byYear.set(l.priceYear, { factor: l.factor, lines: 1 });
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .flatMap(([from, e]) => {
      const steps = indexSteps(ix, from, to);
      return steps ? [{ from, to, steps, inverse: from > to, factor: e.factor, lines: e.lines }] : [];
    });
}
