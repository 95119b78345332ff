/**
 * The simulation's multi-year branch against an independent oracle: exact pricing. With symmetric
 * low/high estimates (a triangular distribution's mean is its mode) and costs that are linear in
 * what is drawn, the expected simulated baten equal the computed present value, so the simulated
 * mean must come within a few standard errors of it. The spread of years and the discounting are
 * what the multi-year branch adds; the discount alone moves the figure by far more than the tolerance.
 */
import { describe, expect, it } from 'vitest';
import { priceAll } from '../src/data/pricing.js';
import { loadInputs } from '../src/read/load.js';
import { simulate } from '../src/reports/simulate.js';
import { MINI_RATES, tempTree } from './helpers.js';

// Three years (discounted at the default 2.25%): lines starting late, one spanning the boundary of
// years 1 and 2, a one-off cost in year 2 (with a Bernoulli chance) and in year 3, a drawn duration
// within year 2, a drawn count on an hours line spread over all three years. The breakthrough is
// small, so that discounting the threat's later years is not cancelled out in the baten.
const CASE = `case: m-1
horizon: 3 years
current: []
threat:
  - rate: ots
    for: 20 months
    from: month 4
    price_low: 500
    price_high: 700
  - rate: huisuitzetting
    price: 2000
    chance: 0.4
    from: jaar 2
  - item: Begeleid wonen
    unit: month
    price: 2000
    law: Wmo
    payer: gemeente
    for: 6 months
    for_low: 5 months
    for_high: 7 months
    from: jaar 2
  - item: Verhuizing
    unit: once
    price: 9000
    price_low: 7000
    price_high: 11000
    law: Wmo
    payer: gemeente
    from: jaar 3
breakthrough:
  - rate: ambulant
    hours: 40
    count: 2
    count_low: 1
    count_high: 3
    from: month 7
`;

function pricedCase() {
  const dir = tempTree({ 'rates.yaml': MINI_RATES, 'm-1.yaml': CASE });
  const inputs = loadInputs(['m-1.yaml'], { rates: ['rates.yaml'], cwd: dir });
  expect(inputs.diagnostics).toEqual([]);
  const { priced, diagnostics } = priceAll(inputs.cases, inputs.rateSets);
  expect(diagnostics).toEqual([]);
  return priced;
}

describe('simulation of a multi-year case', () => {
  it('the simulated mean is the computed present value, within the Monte Carlo error', () => {
    const priced = pricedCase();
    const p = priced[0]!;
    expect(p.multiYear).toBe(true);
    expect(p.years.length).toBe(3);
    const draws = 100_000;
    const s = simulate(priced, draws, 11);
    // Spread per draw (sd of a symmetric triangular distribution: (high − low) / √24): the chance
    // √(0.4 × 0.6) × € 2,000 ≈ € 980, the ots price € 200/√24 × 20 months ≈ € 816, the one-off
    // € 4,000/√24 ≈ € 816, the duration 2 months/√24 × € 2,000 ≈ € 816, the count 2/√24 × € 3,120
    // ≈ € 1,274: together √Σsd² ≈ € 2,140, under € 2,500. Standard error over 100,000 draws under
    // € 7.91; allow five of them.
    const tolerance = 5 * 791;
    expect(Math.abs(Number(s.total.mean - p.baten))).toBeLessThan(tolerance);
    // What would be measured without discounting differs by far more than that (the test can fail).
    const undiscounted = p.undiscounted.threat - p.undiscounted.breakthrough;
    expect(Math.abs(Number(undiscounted - p.baten))).toBeGreaterThan(10 * tolerance);
    // One case: per case is the total.
    expect(s.perCase).toEqual(s.total);
  });

  it('the same seed gives the same figures', () => {
    const priced = pricedCase();
    expect(simulate(priced, 2_000, 3)).toEqual(simulate(priced, 2_000, 3));
  });
});
