/**
 * Which horizons a report adds up. A total, mean or projection over cases with different horizons
 * (12 months next to 3 years, whose amounts are present values) is still a sum, but it is not a
 * comparison of like with like; the report says so (src/write/calc-view.ts).
 */
import { type Duration, cmpDays } from '../data/duration.js';

export interface HorizonGroup {
  /** The horizon as the first case with this length wrote it. */
  readonly horizon: Duration;
  readonly cases: number;
  /** Longer than a year: the amounts of these cases are present values. */
  readonly multiYear: boolean;
}

export interface HorizonMix {
  /** One group per length of horizon (12 months and 1 year are one length), shortest first. */
  readonly groups: readonly HorizonGroup[];
  /** More than one length: totals and means add up different windows. */
  readonly mixed: boolean;
  /** Some cases are priced over more than a year. */
  readonly multiYear: boolean;
}

/** The horizons of these cases (rows of the calc report), grouped by length. */
export function horizonMix(rows: readonly { readonly horizon: Duration; readonly multiYear: boolean }[]): HorizonMix {
  const groups: { horizon: Duration; cases: number; multiYear: boolean }[] = [];
  for (const r of rows) {
    const g = groups.find((x) => cmpDays(x.horizon, r.horizon) === 0);
    if (g) g.cases++;
    else groups.push({ horizon: r.horizon, cases: 1, multiYear: r.multiYear });
  }
  groups.sort((a, b) => cmpDays(a.horizon, b.horizon));
  return { groups, mixed: groups.length > 1, multiYear: groups.some((g) => g.multiYear) };
}
