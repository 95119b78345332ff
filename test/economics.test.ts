/**
 * The economics (docs/economics.md) against figures computed by hand: indexation factors, the split of
 * a line over the years of a multi-year horizon, present values, deadweight/attribution, sensitivity,
 * and the seeded simulation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjust, discountWeight, indexFactor, parseRate, parseStart, presentValue, yearShares, yearsIn } from '../src/data/economics.js';
import { type PricedCase, type PricingOptions, priceAll } from '../src/data/pricing.js';
import { rat } from '../src/data/rational.js';
import { Xoshiro128, percentile, simulate, triangular } from '../src/reports/simulate.js';
import { DEFAULT_INDEX_FILE, loadIndex } from '../src/read/index-series.js';
import { loadInputs } from '../src/read/load.js';
import { FIXTURES, MINI_RATES, ROOT, tempTree } from './helpers.js';

const cpi = loadIndex(DEFAULT_INDEX_FILE, ROOT).index!;

function price(files: Record<string, string>, opts: PricingOptions = {}): Map<string, PricedCase> {
  const dir = tempTree({ 'rates.yaml': MINI_RATES, ...files });
  const inputs = loadInputs(['.'], { cwd: dir, rates: ['rates.yaml'] });
  expect(inputs.diagnostics).toEqual([]);
  const p = priceAll(inputs.cases, inputs.rateSets, opts);
  expect(p.diagnostics).toEqual([]);
  return new Map(p.priced.map((x) => [x.case.id, x]));
}

describe('price index', () => {
  it('loads the bundled CBS series without problems, 2005 to 2026 (2026 provisional)', () => {
    expect(loadIndex(DEFAULT_INDEX_FILE, ROOT).diagnostics).toEqual([]);
    expect(Math.min(...cpi.levels.keys())).toBe(2005);
    expect(Math.max(...cpi.levels.keys())).toBe(2026);
    expect([...cpi.provisional]).toEqual([2026]);
  });

  it('chains 2025 (CBS 3.3 %, first year on 2025 = 100) and 2026 (provisional 2.3 %) onto the series', () => {
    // 2024 → 2025: 1.033; 2024 → 2026: 1.033 × 1.023 = 1.056759; 2022 → 2025: 1.038 × 1.033 × 1.033
    expect(indexFactor(cpi, 2024, 2025)).toEqual(rat(1033, 1000));
    expect(indexFactor(cpi, 2024, 2026)).toEqual(rat(1_056_759, 1_000_000));
    expect(indexFactor(cpi, 2022, 2025)).toEqual(rat(1_107_638_382, 1_000_000_000));
  });

  it('factor = product of (1 + change/100) over the years after the price year, exactly', () => {
    // 2022 → 2024: 1.038 × 1.033 = 1.072254
    expect(indexFactor(cpi, 2022, 2024)).toEqual(rat(1_072_254, 1_000_000));
    // 2024 → 2022 is the inverse; the same year is exactly 1
    expect(indexFactor(cpi, 2024, 2022)).toEqual(rat(1_000_000, 1_072_254));
    expect(indexFactor(cpi, 2024, 2024)).toEqual(rat(1));
    // 2023 → 2024: 1.033
    expect(indexFactor(cpi, 2023, 2024)).toEqual(rat(1033, 1000));
    expect(indexFactor(cpi, 2004, 2024)).toBeUndefined();
  });

  it('the basic fixture indexed to 2024: a-2 (rates from 2022 and 2014), a-1 unchanged', () => {
    const dir = join(FIXTURES, 'basic');
    const inputs = loadInputs(['cohort-a'], { cwd: dir, rates: ['rates.yaml'] });
    const p = priceAll(inputs.cases, inputs.rateSets, { index: cpi, priceYear: 2024 });
    const a2 = p.priced.find((x) => x.case.id === 'a-2')!;
    // begeleiding (2022) € 64 × 3 h/week × 365/7 weeks × 1.072254 = 10,734.794331… → € 10,734.79
    expect(a2.lines.current[0]!.costCents).toBe(1_073_479n);
    // bewind is priced in 2024: factor 1, € 1,597.20 as before
    expect(a2.lines.current[1]!.costCents).toBe(159_720n);
    // jeugddetentie (2014) € 547 × 90 × 0.5 × 1.006 × 1.003 × 1.014 × 1.017 × 1.026 × 1.013 × 1.027 × 1.100 × 1.038 × 1.033
    //   = 24,615 × 1.310012475617… = 32,245.957087… → € 32,245.96
    expect(a2.lines.threat[0]!.costCents).toBe(3_224_596n);
    // begeleiding 40 hours: € 64 × 40 × 1.072254 = 2,744.97024 → € 2,744.97
    expect(a2.lines.breakthrough[0]!.costCents).toBe(274_497n);
    expect(a2.baten).toBe(3_224_596n + 600_006n - 274_497n - 8n);
    const a1 = p.priced.find((x) => x.case.id === 'a-1')!;
    expect(a1.baten).toBe(7_636_900n); // every rate of a-1 is priced in 2024
  });
});

describe('multi-year horizons', () => {
  it('a horizon of at most a year is one year; longer horizons count started years', () => {
    expect(yearsIn(rat(365))).toBe(1);
    expect(yearsIn(rat(366))).toBe(2);
    expect(yearsIn(rat(3 * 365))).toBe(3);
  });

  it('from: month 7 is 6 months (182.5 days) in; year 2 is 365 days in', () => {
    expect(parseStart('month 7')).toMatchObject({ unit: 'month', n: 7, offsetDays: rat(365, 2) });
    expect(parseStart('jaar 2')).toMatchObject({ unit: 'year', n: 2, offsetDays: rat(365) });
    expect(parseStart('month 0')).toEqual({ kind: 'format', text: 'month 0' });
    expect(parseStart('6 months')).toEqual({ kind: 'format', text: '6 months' });
  });

  it('year shares: overlap with each year ÷ length; a one-off falls in the year of its start', () => {
    // 12 months from day 182.5: 182.5 days in year 1, 182.5 in year 2
    expect(yearShares(rat(365, 2), rat(365), 3)).toEqual([rat(1, 2), rat(1, 2), rat(0)]);
    expect(yearShares(rat(365), rat(0), 3)).toEqual([rat(0), rat(1), rat(0)]);
  });

  it('discounting: year t weighs 1 / 1.0225^(t − 1); "2.25%" parses exactly', () => {
    expect(parseRate('2.25%')).toEqual(rat(9, 400));
    expect(parseRate('2,25 %')).toEqual(rat(9, 400));
    expect(parseRate('0')).toEqual(rat(0));
    expect(parseRate('100%')).toBeUndefined();
    // A bare number is a percentage too: 2.25 and 2,25 are 2.25 %, 0.5 is 0.5 % (not 50 %).
    expect(parseRate('2.25')).toEqual(rat(9, 400));
    expect(parseRate('2,25')).toEqual(rat(9, 400));
    expect(parseRate('0.5')).toEqual(rat(1, 200));
    expect(parseRate('100')).toBeUndefined();
    expect(parseRate('-1')).toBeUndefined();
    expect(discountWeight(rat(9, 400), 1)).toEqual(rat(1));
    expect(discountWeight(rat(9, 400), 3)).toEqual(rat(160_000, 167_281)); // 1 / (409/400)^2
    // 1,000 + 1,000 / 1.0225 = 1,000 + 977.99511… = 1,977.99511… cents
    expect(presentValue([1000n, 1000n], rat(9, 400))).toEqual(rat(809_000, 409));
  });

  const threeYears = {
    'c.yaml': `case: m-1
horizon: 3 years
current: []
threat:
  - rate: ots
breakthrough:
  - item: Eenmalig
    price: 9000
    law: Wmo
    payer: gemeente
    from: year 2
  - rate: ots
    from: month 7
    for: 12 months
`,
  };

  it('a 3-year case: per-year cents, undiscounted sums and present values by hand', () => {
    const p = price(threeYears).get('m-1')!;
    expect(p.multiYear).toBe(true);
    const [ots] = p.lines.threat;
    // ots € 600 a month, no `for`: 36 months = € 21,600, € 7,200 in each year
    expect(ots!.years.map((y) => y.cents)).toEqual([720_000n, 720_000n, 720_000n]);
    expect(ots!.undiscountedCents).toBe(2_160_000n);
    // PV = 7,200 + 7,200/1.0225 + 7,200/1.0225² = 7,200 + 7,041.5648 + 6,886.6160 = 21,128.1808… → € 21,128.18
    expect(ots!.costCents).toBe(2_112_818n);
    const [once, later] = p.lines.breakthrough;
    // € 9,000 once, from year 2: all in year 2; PV 9,000 / 1.0225 = 8,801.9559… → € 8,801.96
    expect(once!.years.map((y) => y.cents)).toEqual([0n, 900_000n, 0n]);
    expect(once!.costCents).toBe(880_196n);
    // ots from month 7 for 12 months: 6 months in year 1 (€ 3,600) and 6 in year 2 (€ 3,600)
    // PV = 3,600 + 3,600 / 1.0225 = 3,600 + 3,520.7824 = 7,120.7824 → € 7,120.78
    expect(later!.years.map((y) => y.cents)).toEqual([360_000n, 360_000n, 0n]);
    expect(later!.costCents).toBe(712_078n);
    expect(p.totals).toEqual({ current: 0n, threat: 2_112_818n, breakthrough: 880_196n + 712_078n });
    expect(p.baten).toBe(2_112_818n - 1_592_274n);
    expect(p.undiscounted).toEqual({ current: 0n, threat: 2_160_000n, breakthrough: 1_620_000n });
    expect(p.years.map((y) => y.breakthrough)).toEqual([360_000n, 1_260_000n, 0n]);
  });

  it('--discount 0 gives the undiscounted sums; a one-year horizon ignores the rate', () => {
    const p = price(threeYears, { discount: rat(0) }).get('m-1')!;
    expect(p.totals).toEqual(p.undiscounted);
    const one = price({ 'c.yaml': 'case: o-1\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n' }, { discount: rat(1, 2) }).get('o-1')!;
    expect(one.multiYear).toBe(false);
    expect(one.totals.threat).toBe(720_000n); // € 600 × 12 months
  });
});

describe('honest adjustments', () => {
  it('gross → minus deadweight → times attribution → net, each step rounded once', () => {
    // gross € 1,000.05; deadweight 0.2 → 200.01; after 800.04; × 0.8 = 640.032 → € 640.03
    expect(adjust(100_005n, { deadweight: rat(1, 5), attribution: rat(4, 5) })).toEqual({
      gross: 100_005n,
      deadweightCents: 20_001n,
      afterDeadweight: 80_004n,
      net: 64_003n,
    });
  });
});

describe('low/central/high estimates', () => {
  const files = {
    'c.yaml': `case: u-1
current: []
threat:
  - rate: jeugdzorg-plus
    for: 2 months
    for_low: 1 month
    for_high: 3 months
    price_low: 600
    price_high: 800
breakthrough:
  - rate: ambulant
    hours: 10
    count: 2
    count_low: 1
    count_high: 3
`,
  };
  it('central, all low and all high by hand', () => {
    // central: 700 × 2 × 365/12 = 42,583.33; breakthrough 78 × 10 × 2 = 1,560 → baten 41,023.33
    expect(price(files).get('u-1')!.baten).toBe(4_258_333n - 156_000n);
    // low: 600 × 365/12 = 18,250.00; breakthrough 78 × 10 × 1 = 780 → 17,470.00
    expect(price(files, { estimate: () => 'low' }).get('u-1')!.baten).toBe(1_825_000n - 78_000n);
    // high: 800 × 3 × 365/12 = 73,000.00; breakthrough 78 × 10 × 3 = 2,340 → 70,660.00
    expect(price(files, { estimate: () => 'high' }).get('u-1')!.baten).toBe(7_300_000n - 234_000n);
  });
});

describe('simulation', () => {
  it('xoshiro128** is deterministic for a seed and gives floats in [0, 1)', () => {
    const a = new Xoshiro128(42);
    const b = new Xoshiro128(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Xoshiro128(43).next()).not.toBe(xs[0]);
  });

  it('triangular inverse CDF and nearest-rank percentiles', () => {
    expect(triangular(0, 400, 500, 600)).toBe(400);
    expect(triangular(0.5, 400, 500, 600)).toBe(500);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });

  const symmetric = {
    'c.yaml': `case: s-1
current: []
threat:
  - item: Symmetrisch
    price: 500
    price_low: 400
    price_high: 600
    law: Wmo
    payer: gemeente
breakthrough: []
`,
  };

  it('the same seed gives the same result; P50 of a symmetric case is within 1% of the central estimate', () => {
    const priced = [...price(symmetric).values()];
    const a = simulate(priced, 5000, 7);
    expect(simulate(priced, 5000, 7)).toEqual(a);
    // central € 500.00 = 50,000 cents; tolerance 1% = 500 cents
    expect(Number(a.total.p50)).toBeGreaterThan(49_500);
    expect(Number(a.total.p50)).toBeLessThan(50_500);
    // triangular(400, 500, 600): P10 = 400 + √(0.1 × 200 × 100) = 444.72, P90 = 555.28 (within € 2)
    expect(Math.abs(Number(a.total.p10) - 44_472)).toBeLessThan(200);
    expect(Math.abs(Number(a.total.p90) - 55_528)).toBeLessThan(200);
  });
});
