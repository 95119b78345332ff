/**
 * Patterns (docs/tracking.md): the cases grouped by a tag list (`problems`, `kind`) or by cohort, with
 * per group the number of cases, the baten, the mean and the median baten per case; and for problems
 * the combinations that recur (cocktails). Pure.
 *
 * - A case with several words counts in the group of each, so tag groups overlap and their baten do not
 *   add up to the total; a case without any word counts in the group `key: null` ("none").
 * - mean = baten ÷ cases and median = the middle baten per case (the mean of the two middle ones for
 *   an even number of cases), both exact, rounded once when shown.
 * - A cocktail is a combination of 2 to 4 problems that occur together in at least 2 cases. A
 *   combination is left out when a larger listed combination occurs in exactly as many cases (it says
 *   nothing more).
 */
import { compareStrings } from '../data/diagnostic.js';
import type { PricedCase } from '../data/pricing.js';
import { type Rational, rat } from '../data/rational.js';

export const BY_DIMENSIONS = ['problems', 'kind', 'cohort'] as const;
export type ByDimension = (typeof BY_DIMENSIONS)[number];

export interface PatternGroup {
  /** The word or cohort id; null for the cases without one. */
  readonly key: string | null;
  readonly cases: number;
  readonly baten: bigint;
  /** baten ÷ cases, exact (cents). */
  readonly mean: Rational;
  /** The middle baten per case, exact (cents). */
  readonly median: Rational;
}

export interface Cocktail {
  /** The problems, in byte order. */
  readonly words: readonly string[];
  readonly cases: number;
  readonly baten: bigint;
  readonly mean: Rational;
}

export interface PatternsReport {
  readonly dimension: ByDimension;
  /** Largest groups first (cases, then baten, then key); the group without a word last. */
  readonly groups: readonly PatternGroup[];
  /** For problems only. */
  readonly cocktails?: readonly Cocktail[];
  /** The cases grouped. */
  readonly cases: number;
}

/** Largest and smallest combination size of a cocktail. */
export const COCKTAIL_MIN = 2;
export const COCKTAIL_MAX = 4;

export function medianOf(values: readonly bigint[]): Rational {
  if (!values.length) return rat(0);
  const v = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? rat(v[mid]!) : rat(v[mid - 1]! + v[mid]!, 2);
}

function wordsOf(p: PricedCase, d: ByDimension): readonly string[] {
  if (d === 'cohort') return p.case.cohort !== undefined ? [p.case.cohort] : [];
  return (p.case[d] ?? []).map((t) => t.word);
}

/** True when any case carries a word of this tag list. */
export function hasTags(priced: readonly PricedCase[], d: ByDimension): boolean {
  return priced.some((p) => wordsOf(p, d).length > 0);
}

function group(key: string | null, batens: readonly bigint[]): PatternGroup {
  const baten = batens.reduce((s, x) => s + x, 0n);
  return { key, cases: batens.length, baten, mean: rat(baten, batens.length), median: medianOf(batens) };
}

/** Every combination of `size` words of `words` (in order). */
function combinations(words: readonly string[], size: number, from = 0, acc: string[] = [], out: string[][] = []): string[][] {
  if (acc.length === size) {
    out.push([...acc]);
    return out;
  }
  for (let i = from; i <= words.length - (size - acc.length); i++) {
    acc.push(words[i]!);
    combinations(words, size, i + 1, acc, out);
    acc.pop();
  }
  return out;
}

export function cocktails(priced: readonly PricedCase[]): Cocktail[] {
  const found = new Map<string, { words: string[]; batens: bigint[] }>();
  for (const p of priced) {
    const words = [...new Set(wordsOf(p, 'problems'))].sort(compareStrings);
    for (let size = COCKTAIL_MIN; size <= Math.min(COCKTAIL_MAX, words.length); size++) {
      for (const combo of combinations(words, size)) {
        const key = combo.join('\0');
        const g = found.get(key) ?? { words: combo, batens: [] };
        g.batens.push(p.baten);
        found.set(key, g);
      }
    }
  }
  const recurring = [...found.values()].filter((g) => g.batens.length >= 2);
  const contains = (big: readonly string[], small: readonly string[]): boolean => small.every((w) => big.includes(w));
  const kept = recurring.filter(
    (g) => !recurring.some((h) => h.words.length > g.words.length && h.batens.length === g.batens.length && contains(h.words, g.words)),
  );
  return kept
    .map((g) => {
      const baten = g.batens.reduce((s, x) => s + x, 0n);
      return { words: g.words, cases: g.batens.length, baten, mean: rat(baten, g.batens.length) };
    })
    .sort(
      (a, b) =>
        b.cases - a.cases || b.words.length - a.words.length || (a.baten > b.baten ? -1 : a.baten < b.baten ? 1 : 0) || compareStrings(a.words.join(' '), b.words.join(' ')),
    );
}

export function patterns(priced: readonly PricedCase[], dimension: ByDimension): PatternsReport {
  const byKey = new Map<string, bigint[]>();
  const none: bigint[] = [];
  for (const p of priced) {
    const words = new Set(wordsOf(p, dimension));
    if (!words.size) none.push(p.baten);
    for (const w of words) {
      const list = byKey.get(w) ?? [];
      list.push(p.baten);
      byKey.set(w, list);
    }
  }
  const groups = [...byKey.entries()]
    .map(([k, b]) => group(k, b))
    .sort((a, b) => b.cases - a.cases || (a.baten > b.baten ? -1 : a.baten < b.baten ? 1 : 0) || compareStrings(a.key!, b.key!));
  if (none.length) groups.push(group(null, none));
  return { dimension, groups, ...(dimension === 'problems' ? { cocktails: cocktails(priced) } : {}), cases: priced.length };
}
