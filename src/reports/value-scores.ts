/**
 * The three values, structured (docs/tracking.md): how the scores (1–5) of betrokkenheid,
 * legitimiteit, rendement and any other scored value are distributed, over all cases and per
 * cohort. Only the scores: the free text of `values` never enters an aggregate. Pure.
 */
import { compareStrings } from '../data/diagnostic.js';
import type { PricedCase } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';
import { SCORE_MAX, SCORE_MIN } from '../data/tracking.js';
import { medianOf } from './patterns.js';

/** The values of the method, shown first and in this order; other scored values follow by name. */
export const METHOD_VALUES = ['betrokkenheid', 'legitimiteit', 'rendement'] as const;

export interface ValueDistribution {
  readonly value: string;
  /** Cases with a score for this value. */
  readonly scored: number;
  /** counts[i] = cases with score SCORE_MIN + i. */
  readonly counts: readonly number[];
  /** The middle score (a half for an even number of scores). */
  readonly median: Rational;
}

export interface ScopeScores {
  /** Undefined: all cases. */
  readonly cohort?: { readonly id: string; readonly title: string };
  /** The cases in the scope, scored or not. */
  readonly cases: number;
  readonly values: readonly ValueDistribution[];
}

export interface ValueScoresReport {
  readonly all: ScopeScores;
  /** Per cohort with cases, in the order given. */
  readonly cohorts: readonly ScopeScores[];
}

function valueOrder(a: string, b: string): number {
  const ia = (METHOD_VALUES as readonly string[]).indexOf(a);
  const ib = (METHOD_VALUES as readonly string[]).indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return compareStrings(a, b);
}

function scope(priced: readonly PricedCase[], cohort?: { id: string; title: string }): ScopeScores {
  const byValue = new Map<string, number[]>();
  for (const p of priced) {
    for (const [k, score] of Object.entries(p.case.scores ?? {})) {
      const list = byValue.get(k) ?? [];
      list.push(score);
      byValue.set(k, list);
    }
  }
  const values = [...byValue.keys()].sort(valueOrder).map((value) => {
    const scores = byValue.get(value)!;
    const counts = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => scores.filter((x) => x === SCORE_MIN + i).length);
    return { value, scored: scores.length, counts, median: medianOf(scores.map((x) => BigInt(x))) };
  });
  return { ...(cohort ? { cohort } : {}), cases: priced.length, values };
}

/** Undefined when no case has a score. */
export function valueScores(priced: readonly PricedCase[], cohorts: readonly { readonly id: string; readonly title: string }[]): ValueScoresReport | undefined {
  if (!priced.some((p) => p.case.scores && Object.keys(p.case.scores).length)) return undefined;
  return {
    all: scope(priced),
    cohorts: cohorts
      .map((c) => scope(priced.filter((p) => p.case.cohort === c.id), { id: c.id, title: c.title }))
      .filter((s) => s.cases > 0),
  };
}
