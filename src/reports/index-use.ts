/**
 * Which figures of the price index a calculation used: the yearly changes that the indexation factors
 * of its lines are made of, with their provisional flags. A lock records them (src/reports/lock.ts),
 * so that `verify` compares the figures used rather than the whole index file, and a report says
 * "voorlopig indexcijfer" only when a provisional figure was actually used.
 */
import { type PriceIndex, chainYears } from '../data/economics.js';
import { SCENARIOS } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';

export interface IndexYearUsed {
  readonly year: number;
  /** The yearly change in percent, exactly as in the series. */
  readonly change: Rational;
  readonly provisional: boolean;
}

/**
 * The years of the index whose change entered at least one line's factor (from the line's price year
 * to the report's price year), in order. Empty without indexation.
 */
export function indexYearsUsed(priced: readonly PricedCase[], index: PriceIndex | undefined, priceYear: number | undefined): IndexYearUsed[] {
  if (!index || priceYear === undefined) return [];
  const from = new Set<number>();
  for (const p of priced) for (const s of SCENARIOS) for (const l of p.lines[s]) from.add(l.priceYear);
  const years = new Set<number>();
  for (const y of from) for (const c of chainYears(y, priceYear)) years.add(c);
  return [...years]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const change = index.changes.get(year);
      return change ? [{ year, change, provisional: index.provisional.has(year) }] : [];
    });
}
