/** The economics through the real CLI: default indexation, options, sections and bad input. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MINI_RATES, ROOT, run, tempTree, golden } from './helpers.js';

const cwd = join(FIXTURES, 'basic');
const base = ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml'];

describe('calc economics', () => {
  it('indexes to the newest table year by default and says so (golden)', async () => {
    const r = await run(base, { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Prijspeil 2024; tarieven uit andere jaren geïndexeerd met cpi-nl.');
    expect(r.stdout).toContain('Indexfactoren: 2014 ×1,310012 (1 regel), 2022 ×1,072254 (2 regels).');
    golden('economics.table.nl.txt', r.stdout);
  });

  it('JSON: indexed a-2 and the economics keys (golden)', async () => {
    const r = await run([...base, '--format', 'json', '--sensitivity', '--simulate', '200', '--seed', '3'], { cwd });
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    // a-2 by hand in test/economics.test.ts: threat 3,224,596 + 600,006; breakthrough 274,497 + 8
    expect(j.cases.find((c: { id: string }) => c.id === 'a-2')).toMatchObject({ threat: 3_824_602, breakthrough: 274_505 });
    expect(j.economics.price_year).toBe(2024);
    expect(j.economics.indexation[1]).toEqual({ from: 2022, to: 2024, factor: { decimal: '1.072254', fraction: '536127/500000' }, lines: 2 });
    golden('economics.json', r.stdout);
  });

  it('--price-year 2023 deflates 2024 rates by 1.033; outside the series is a usage error', async () => {
    const j = JSON.parse((await run([...base, '--format', 'json', '--price-year', '2023'], { cwd })).stdout);
    // a-1 breakthrough: the custom item € 9,000 has no price year of its own, so it is in the report's
    // price year, 2023 (factor 1); ambulant is a 2024 rate: 4,056 / 1.033 = 3,926.427… → 3,926.43
    expect(j.cases.find((c: { id: string }) => c.id === 'a-1').breakthrough).toBe(900_000 + 392_643);
    const bad = await run([...base, '--price-year', '2031'], { cwd });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("doorbraak: --price-year '2031': de prijsindex cpi-nl loopt van 2005 tot en met 2026\n");
  });

  it('--discount must be a percentage; --simulate a positive count', async () => {
    expect(await run([...base, '--discount', 'abc'], { cwd })).toMatchObject({
      status: 2,
      stderr: "doorbraak: --discount 'abc': geef een percentage van 0 tot 100 (niet 100), bijv. 2.25, 2,25 of 2.25% (allemaal 2,25%); 0 = niet verdisconteren\n",
    });
    expect(await run([...base, '--simulate', '0', '--lang', 'en'], { cwd })).toMatchObject({ status: 2, stderr: "doorbraak: --simulate '0': give a number of draws from 1 to 1,000,000\n" });
  });

  it('the simulation is the same for the same seed', async () => {
    const a = (await run([...base, '--simulate', '300', '--seed', '11'], { cwd })).stdout;
    expect((await run([...base, '--simulate', '300', '--seed', '11'], { cwd })).stdout).toBe(a);
    expect(a).toContain('Simulatie: 300 trekkingen, seed 11');
  });

  it('multi-year case and cohort adjustments: present values, per-year section, gross and net', async () => {
    const dir = tempTree({
      'rates.yaml': MINI_RATES,
      'c/cohort.yaml': 'cohort: c\ntitle: C\nhorizon: 3 years\ndeadweight: 0.2\nattribution: 0.8\n',
      'c/m-1.yaml': 'case: m-1\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough:\n  - item: Eenmalig\n    price: 9000\n    law: Wmo\n    payer: gemeente\n    from: jaar 2\n',
    });
    const r = await run(['calc', 'c', '--rates', 'rates.yaml', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    // threat PV 21,128.18 (see economics.test.ts); breakthrough PV 8,801.96 → baten 12,326.22
    expect(j.totals.baten).toBe(1_232_622);
    expect(j.economics.present_value).toBe(true);
    expect(j.economics.undiscounted.baten).toBe(2_160_000 - 900_000);
    // deadweight 0.2 × 12,326.22 = 2,465.244 → 2,465.24; after 9,860.98; × 0.8 = 7,888.784 → 7,888.78
    expect(j.economics.adjustments.cohorts[0]).toMatchObject({ gross_baten: 1_232_622, deadweight_cents: 246_524, after_deadweight: 986_098, net_baten: 788_878 });
    const table = (await run(['calc', 'c', '--rates', 'rates.yaml', '--all'], { cwd: dir })).stdout;
    expect(table).toContain('Meerjarige horizon: bedragen zijn contante waarden tegen 2,25%');
    expect(table).toContain('Per jaar (niet verdisconteerd)');
    expect(table).toContain('netto baten');
  });

  it('multi-year simulation: the simulated mean is the computed present value', async () => {
    // Three years at the default 2.25%, lines spread over the years in every way the pricing knows: a
    // monthly rate starting mid-year, a one-off in year 2, hours per week, total hours over 30 months,
    // days near the end, a monthly item over the whole horizon.
    const lines = (threatExtra: string, itemExtra: string): string =>
      'case: m-1\nhorizon: 3 years\ncurrent: []\nthreat:\n' +
      `  - rate: ots\n    for: 18 months\n    from: month 7\n${threatExtra}` +
      '  - rate: huisuitzetting\n    from: month 14\n  - rate: ambulant\n    hours: 2 per week\n    for: 2 years\n' +
      '  - rate: ambulant\n    hours: 100\n    for: 30 months\nbreakthrough:\n  - rate: jeugdzorg-plus\n    for: 20 days\n    from: month 30\n' +
      `  - item: Huur\n    price: 50\n    unit: month\n    law: Wmo\n    payer: gemeente\n${itemExtra}`;
    const simulated = async (yaml: string, draws: number) => {
      const dir = tempTree({ 'rates.yaml': MINI_RATES, 'c/m-1.yaml': yaml });
      const r = await run(['calc', 'c', '--rates', 'rates.yaml', '--format', 'json', '--simulate', String(draws), '--seed', '5'], { cwd: dir });
      expect(r.stderr).toBe('');
      const j = JSON.parse(r.stdout);
      expect(j.economics.present_value).toBe(true);
      // the present value is far from the undiscounted sum: a simulation that did not discount would fail
      expect(Math.abs(j.economics.undiscounted.baten - j.totals.baten)).toBeGreaterThan(500);
      return { pv: j.totals.baten as number, sim: j.economics.simulation.total as Record<'p10' | 'p50' | 'p90' | 'mean', number> };
    };
    // Nothing uncertain: every draw is the present value, computed in floating point (within a cent).
    const fixed = await simulated(lines('', ''), 50);
    for (const k of ['p10', 'p50', 'p90', 'mean'] as const) expect(Math.abs(fixed.sim[k] - fixed.pv), k).toBeLessThanOrEqual(1);
    // A chance and a symmetric price range: the mean of 4,000 draws is within 1.5% of the expectation.
    const uncertain = await simulated(lines('    chance: 0.5\n', '    price_low: 30\n    price_high: 70\n'), 4000);
    expect(uncertain.sim.p10).toBeLessThan(uncertain.sim.p90);
    expect(Math.abs(uncertain.sim.mean - uncertain.pv) / uncertain.pv).toBeLessThan(0.015);
  });

  it('bad economics keys are reported with positions', async () => {
    const dir = tempTree({
      'rates.yaml': MINI_RATES,
      'c/cohort.yaml': 'cohort: c\ndeadweight: 1.5\n',
      'c/x.yaml': 'case: x\ncurrent: []\nthreat:\n  - rate: ots\n    from: month 13\n  - rate: ots\n    for: 2 months\n    for_low: 1 month\nbreakthrough: []\n',
    });
    const r = await run(['calc', 'c', '--rates', 'rates.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        "c/cohort.yaml:2:13: 'deadweight' moet tussen 0 en 1 liggen, niet 1.5",
        "c/x.yaml:5:11: 'from: month 13' begint na het einde van de horizon (12 months)",
        "c/x.yaml:8:5: 'for_low' zonder 'for_high'; geef een lage en een hoge schatting samen",
        '',
      ].join('\n'),
    );
  });
});
