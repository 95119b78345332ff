/**
 * The five amounts every report shows, in this order: the three scenario totals (current support,
 * threat, after breakthrough) and the two differences, baten = threat − breakthrough (avoided costs)
 * and besparing = current − breakthrough (savings). Integer cents. The one place these names and the
 * two differences are defined.
 */
import { SCENARIOS } from './model.js';

export const AMOUNT_KEYS = [...SCENARIOS, 'baten', 'besparing'] as const;
export type AmountKey = (typeof AMOUNT_KEYS)[number];

/** The cost of each scenario, in cents. */
export interface ScenarioTotals {
  readonly current: bigint;
  readonly threat: bigint;
  readonly breakthrough: bigint;
}

export interface Amounts extends ScenarioTotals {
  /** threat − breakthrough */
  readonly baten: bigint;
  /** current − breakthrough */
  readonly besparing: bigint;
}

/** The scenario totals with baten and besparing. */
export function amountsOf(t: ScenarioTotals): Amounts {
  return { current: t.current, threat: t.threat, breakthrough: t.breakthrough, baten: t.threat - t.breakthrough, besparing: t.current - t.breakthrough };
}

/** The sum of several amounts (baten and besparing recomputed from the summed scenarios: the same figures). */
export function sumAmounts(rows: readonly ScenarioTotals[]): Amounts {
  let current = 0n;
  let threat = 0n;
  let breakthrough = 0n;
  for (const r of rows) {
    current += r.current;
    threat += r.threat;
    breakthrough += r.breakthrough;
  }
  return amountsOf({ current, threat, breakthrough });
}

/** now − old, amount by amount. */
export function amountsDelta(old: Amounts, now: Amounts): Amounts {
  return {
    current: now.current - old.current,
    threat: now.threat - old.threat,
    breakthrough: now.breakthrough - old.breakthrough,
    baten: now.baten - old.baten,
    besparing: now.besparing - old.besparing,
  };
}
