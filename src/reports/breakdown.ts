/**
 * Breakdowns: every amount of the report (current, threat, breakthrough, baten, besparing) split by
 * the law or the payer of each priced line. A group's amount is the exact sum of its lines' cents, so
 * the groups add up to the total to the cent; shares are per mille (tenths of a percent), rounded by
 * largest remainder so that they add up to exactly 100%.
 */
import { AMOUNT_KEYS, type AmountKey, type Amounts, amountsOf } from '../data/amounts.js';
import { compareStrings } from '../data/diagnostic.js';
import { SCENARIOS } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { largestRemainder } from './shares.js';

const DIMENSIONS = ['law', 'payer'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Shares = Readonly<Record<AmountKey, bigint | undefined>>;

export interface BreakdownGroup extends Amounts {
  /** The law or payer. */
  readonly key: string;
  /** The number of cases with at least one line under it (for small-number suppression, docs/tracking.md). */
  readonly cases: number;
  /** Share of each amount's total, per mille; undefined when that total is zero. */
  readonly sharesPermille: Shares;
}

export interface Breakdown {
  readonly dimension: Dimension;
  /** Groups ordered by baten (largest first), then by name. */
  readonly groups: readonly BreakdownGroup[];
  /** The sum of the groups: equal to the report's totals. */
  readonly total: Amounts;
}

function breakdown(priced: readonly PricedCase[], dimension: Dimension): Breakdown {
  const sums = new Map<string, { current: bigint; threat: bigint; breakthrough: bigint; cases: number; last?: PricedCase }>();
  for (const p of priced) {
    for (const s of SCENARIOS) {
      for (const l of p.lines[s]) {
        const key = l[dimension];
        const g = sums.get(key) ?? { current: 0n, threat: 0n, breakthrough: 0n, cases: 0 };
        g[s] += l.costCents;
        if (g.last !== p) g.cases++;
        g.last = p;
        sums.set(key, g);
      }
    }
  }
  const amounts = [...sums.entries()]
    .map(([key, g]) => ({ key, ...amountsOf(g), cases: g.cases }))
    .sort((a, b) => (a.baten > b.baten ? -1 : a.baten < b.baten ? 1 : compareStrings(a.key, b.key)));
  const shares = {} as Record<AmountKey, bigint[] | undefined>;
  for (const k of AMOUNT_KEYS) shares[k] = largestRemainder(amounts.map((a) => a[k]));
  const groups = amounts.map((a, i) => ({
    ...a,
    sharesPermille: Object.fromEntries(AMOUNT_KEYS.map((k) => [k, shares[k]?.[i]])) as Shares,
  }));
  const total = { current: 0n, threat: 0n, breakthrough: 0n, baten: 0n, besparing: 0n };
  for (const g of groups) for (const k of AMOUNT_KEYS) total[k] += g[k];
  return { dimension, groups, total };
}

export interface Breakdowns {
  readonly law: Breakdown;
  readonly payer: Breakdown;
}

export function breakdowns(priced: readonly PricedCase[]): Breakdowns {
  return { law: breakdown(priced, 'law'), payer: breakdown(priced, 'payer') };
}
