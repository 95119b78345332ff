/**
 * Every arithmetic rule of design.md against figures computed by hand (the computation is written out
 * next to each expectation). Fixture: test/fixtures/basic, priced with its rates.yaml.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceAll, type PricedCase } from '../src/data/pricing.js';
import { loadInputs } from '../src/read/load.js';
import { calcReport } from '../src/reports/calc.js';
import { FIXTURES } from './helpers.js';

const dir = join(FIXTURES, 'basic');
const inputs = loadInputs(['cohort-a', 'loose'], { cwd: dir, rates: ['rates.yaml'] });
const priced = priceAll(inputs.cases, inputs.rateSets);
const byId = new Map<string, PricedCase>(priced.priced.map((p) => [p.case.id, p]));
const cents = (id: string, s: 'current' | 'threat' | 'breakthrough') => byId.get(id)!.lines[s].map((l) => l.costCents);

describe('pricing by hand', () => {
  it('loads without problems', () => {
    expect(inputs.diagnostics).toEqual([]);
    expect(priced.diagnostics).toEqual([]);
    expect(inputs.cases.map((c) => c.id)).toEqual(['l-1', 'a-1', 'a-2']);
  });

  it('a-1: a line without `for` lasts the horizon; month = 365/12 days; chance weights; hours per week', () => {
    // ots: € 12,000 a year × 12-month horizon (365/365 year) = € 12,000.00
    // jeugdzorg-plus: € 700 a day × 3 months = 3 × 365/12 = 91.25 days → € 63,875.00
    expect(cents('a-1', 'current')).toEqual([1_200_000n, 6_387_500n]);
    // jeugdzorg-plus: € 700 × 6 maanden (182.5 days) × chance 0.7 = € 89,425.00
    expect(cents('a-1', 'threat')).toEqual([8_942_500n]);
    // item € 9,000 once; ambulant € 78 × 2 hours a week × 26 weken = € 4,056.00
    expect(cents('a-1', 'breakthrough')).toEqual([900_000n, 405_600n]);
    const p = byId.get('a-1')!;
    expect(p.totals).toEqual({ current: 7_587_500n, threat: 8_942_500n, breakthrough: 1_305_600n });
    // baten = 89,425.00 − 13,056.00 = 76,369.00; besparing = 75,875.00 − 13,056.00 = 62,819.00
    expect(p.baten).toBe(7_636_900n);
    expect(p.besparing).toBe(6_281_900n);
  });

  it('a-2: hours per week over the horizon, counts, and rounding half away from zero once per line', () => {
    // begeleiding € 64 × 3 hours/week × 365/7 weeks = 10,011.428571… → € 10,011.43
    // bewind € 133.10 a month × 12 months = € 1,597.20
    expect(cents('a-2', 'current')).toEqual([1_001_143n, 159_720n]);
    // jeugddetentie € 547 × 90 dagen × 0.5 = € 24,615.00; crisis € 1,000.01 a week × 2 weeks × count 3 = € 6,000.06
    expect(cents('a-2', 'threat')).toEqual([2_461_500n, 600_006n]);
    // begeleiding € 64 × 40 hours (a total) = € 2,560.00; herstel € 0.05 × 3 × 0.5 = 0.075 → € 0.08 (half away from zero)
    expect(cents('a-2', 'breakthrough')).toEqual([256_000n, 8n]);
    // baten = 30,615.06 − 2,560.08 = 28,054.98; besparing = 11,608.63 − 2,560.08 = 9,048.55
    expect(byId.get('a-2')!.baten).toBe(2_805_498n);
    expect(byId.get('a-2')!.besparing).toBe(904_855n);
  });

  it('l-1: own horizon, price override, custom items per month and per day', () => {
    // horizon 6 months = 182.5 days. ambulant € 78 × 4 hours/maand × 6 months = € 1,872.00
    expect(cents('l-1', 'current')).toEqual([187_200n]);
    // ots € 12,000/year × 182.5/365 = € 6,000.00; jeugdzorg-plus overridden to € 650 × 365/12 days = 19,770.8333… → € 19,770.83
    expect(cents('l-1', 'threat')).toEqual([600_000n, 1_977_083n]);
    expect(byId.get('l-1')!.lines.threat[1]!.override).toBe(true);
    // Begeleid wonen € 2,500/month × 6 = € 15,000.00; Vervoer € 10.01/day × 182.5 = 1,826.825 → € 1,826.83
    expect(cents('l-1', 'breakthrough')).toEqual([1_500_000n, 182_683n]);
    // baten = 25,770.83 − 16,826.83 = 8,944.00; besparing = 1,872.00 − 16,826.83 = −14,954.83
    expect(byId.get('l-1')!.baten).toBe(894_400n);
    expect(byId.get('l-1')!.besparing).toBe(-1_495_483n);
  });

  it('totals are sums of cents; the mean is rounded once', () => {
    const r = calcReport(priced.priced, inputs.cohorts, priced.tables);
    // baten: 8,944.00 + 76,369.00 + 28,054.98 = 113,367.98; mean = 113,367.98 / 3 = 37,789.3266… → € 37,789.33 (cents)
    expect(r.totals.baten).toBe(11_336_798n);
    expect(r.totals.meanBatenCents).toBe(3_778_933n);
    expect(r.totals.cases).toBe(3);
    expect(r.cohorts.map((c) => [c.id, c.totals.cases, c.totals.baten])).toEqual([['cohort-a', 2, 10_442_398n]]);
  });
});
