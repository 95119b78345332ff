/**
 * Top cost items: the current-scenario lines of all cases, grouped by what they are (a rate by its id,
 * a custom item by its label), totalled, and the N largest taken. Each is paired with the realised
 * breakthrough of the case where that item weighed most.
 *
 * - Where an item weighed most: the case with the largest sum of that item's current lines; on a tie
 *   the case that comes first in report order (cohort, then case id).
 * - The realised breakthrough of a case: its largest custom `item:` line in the breakthrough scenario
 *   (on a tie, the first in the file); a case without one is represented by its title.
 * - Order: total, largest first; on a tie, by key (`rate:<id>` / `item:<label>`) in code-point order.
 */
import { compareStrings } from '../data/diagnostic.js';
import type { PricedCase, PricedLine } from '../data/pricing.js';
import { rat, roundHalfAwayFromZero } from '../data/rational.js';

export const DEFAULT_TOP = 5;

export interface RealisedBreakthrough {
  /** The label of the largest custom item, or the case title when there is none. */
  readonly text: string;
  readonly from: 'item' | 'title';
  /** The item's cost in cents (absent for a title). */
  readonly costCents?: bigint;
}

export interface TopItem {
  /** `rate:<id>` or `item:<label>`. */
  readonly key: string;
  readonly kind: 'rate' | 'item';
  /** The rate id, for rates. */
  readonly rate?: string;
  readonly label: string;
  /** Distinct laws of the grouped lines, sorted. */
  readonly laws: readonly string[];
  readonly totalCents: bigint;
  /** totalCents ÷ the total of all current lines, per mille, rounded half away from zero; undefined when that total is 0. */
  readonly sharePermille?: bigint;
  /** Number of cases with this item in their current scenario. */
  readonly cases: number;
  /** The case where the item weighed most, and that case's amount of it. */
  readonly topCase: { readonly id: string; readonly title: string; readonly cents: bigint };
  readonly breakthrough: RealisedBreakthrough;
}

export interface TopItems {
  readonly n: number;
  /** Total of all current lines, for shares. */
  readonly currentTotalCents: bigint;
  readonly items: readonly TopItem[];
}

function keyOf(l: PricedLine): string {
  return l.line.kind === 'rate' ? `rate:${l.line.rate}` : `item:${l.line.item}`;
}

function realisedBreakthrough(p: PricedCase): RealisedBreakthrough {
  let best: PricedLine | undefined;
  for (const l of p.lines.breakthrough) {
    if (l.line.kind === 'item' && (!best || l.costCents > best.costCents)) best = l;
  }
  return best ? { text: best.label, from: 'item', costCents: best.costCents } : { text: p.case.title, from: 'title' };
}

/** `priced` in report order. */
export function topItems(priced: readonly PricedCase[], n: number = DEFAULT_TOP): TopItems {
  interface Acc {
    key: string;
    first: PricedLine;
    laws: Set<string>;
    total: bigint;
    perCase: Map<number, bigint>;
  }
  const acc = new Map<string, Acc>();
  let currentTotal = 0n;
  priced.forEach((p, ci) => {
    for (const l of p.lines.current) {
      currentTotal += l.costCents;
      const key = keyOf(l);
      const a = acc.get(key) ?? { key, first: l, laws: new Set<string>(), total: 0n, perCase: new Map<number, bigint>() };
      a.laws.add(l.law);
      a.total += l.costCents;
      a.perCase.set(ci, (a.perCase.get(ci) ?? 0n) + l.costCents);
      acc.set(key, a);
    }
  });
  const sorted = [...acc.values()].sort((a, b) => (a.total > b.total ? -1 : a.total < b.total ? 1 : compareStrings(a.key, b.key)));
  const items = sorted.slice(0, Math.max(0, n)).map((a): TopItem => {
    let topIndex = -1;
    let topCents = 0n;
    for (const [ci, cents] of a.perCase) {
      if (topIndex < 0 || cents > topCents || (cents === topCents && ci < topIndex)) {
        topIndex = ci;
        topCents = cents;
      }
    }
    const p = priced[topIndex] as PricedCase;
    const line = a.first.line;
    return {
      key: a.key,
      kind: line.kind,
      ...(line.kind === 'rate' ? { rate: line.rate } : {}),
      label: a.first.label,
      laws: [...a.laws].sort(compareStrings),
      totalCents: a.total,
      ...(currentTotal !== 0n ? { sharePermille: roundHalfAwayFromZero(rat(a.total * 1000n, currentTotal)) } : {}),
      cases: a.perCase.size,
      topCase: { id: p.case.id, title: p.case.title, cents: topCents },
      breakthrough: realisedBreakthrough(p),
    };
  });
  return { n, currentTotalCents: currentTotal, items };
}
