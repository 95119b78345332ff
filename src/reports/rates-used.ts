/** The rates the priced cases actually use, with their sources: the "where does each euro come from" list. */
import { compareStrings } from '../data/diagnostic.js';
import type { Rate } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { SCENARIOS } from '../data/model.js';

export interface RateUse {
  readonly rate: Rate;
  /** Number of lines (over all cases and scenarios) priced with this rate. */
  readonly lines: number;
  /** Lines that override the table price. */
  readonly overrides: number;
}

export function ratesUsed(priced: readonly PricedCase[]): RateUse[] {
  const uses = new Map<string, { rate: Rate; lines: number; overrides: number }>();
  for (const p of priced) {
    for (const s of SCENARIOS) {
      for (const l of p.lines[s]) {
        if (!l.rate) continue;
        const key = `${l.rate.table}\0${l.rate.id}`;
        const u = uses.get(key) ?? { rate: l.rate, lines: 0, overrides: 0 };
        u.lines++;
        if (l.override) u.overrides++;
        uses.set(key, u);
      }
    }
  }
  return [...uses.values()].sort((a, b) => compareStrings(a.rate.id, b.rate.id) || compareStrings(a.rate.table, b.rate.table));
}
