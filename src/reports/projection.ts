/**
 * Projection: what the mean baten per case would give for N cases, total / cases × N, kept exact and
 * rounded once when shown (323,005 over 6 cases → 1,615,025 for 30 and 2,153,366.67 → 2,153,367 for 40).
 * A projection is arithmetic on the measured mean, not a measured figure.
 */
import { type Rational, rat, roundHalfAwayFromZero } from '../data/rational.js';
import type { Totals } from './calc.js';

export interface Projection {
  /** The number of cases projected to. */
  readonly cases: number;
  /** baten / measured cases × cases, exact (cents). */
  readonly baten: Rational;
  /** The same, rounded once to whole cents. */
  readonly batenCents: bigint;
}

export function project(t: Totals, sizes: readonly number[]): Projection[] {
  if (!t.cases) return [];
  return sizes.map((n) => {
    const baten = rat(t.baten * BigInt(n), t.cases);
    return { cases: n, baten, batenCents: roundHalfAwayFromZero(baten) };
  });
}

/** Parse "30,40" (or "30, 40" / "30 40"): positive whole numbers, each once, in the order given. */
export function parseProjectList(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter((x) => x !== '');
  if (!parts.length) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[1-9]\d{0,6}$/.test(p)) return undefined;
    const n = Number(p);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}
