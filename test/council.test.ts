/**
 * Council sections of calc, pinned against hand-computed figures on test/fixtures/council
 * (rates: jz € 1,000 Jeugdwet/gemeente, pol € 500 Politiewet/politie, wmo € 300 Wmo/gemeente, all once).
 *
 * Cohort c (published: 3,300 over 2 cases — matches):
 *   c-1 current 2×jz + pol = 2,500; threat 3×jz + 2×pol = 4,000; breakthrough item 600 (Wmo) + jz = 1,600; baten 2,400
 *   c-2 current jz + wmo = 1,300;   threat 3×pol = 1,500;           breakthrough 2×wmo = 600;               baten 900
 * Cohort d (published: 2,500 over 1 case, mean 2,500 — differs):
 *   d-1 current jz = 1,000; threat 2×jz = 2,000; breakthrough nothing; baten 2,000
 *
 * Cohort c per law (current / threat / breakthrough / baten):
 *   Jeugdwet   3,000 / 3,000 / 1,000 /  2,000
 *   Politiewet   500 / 2,500 /     0 /  2,500
 *   Wmo          300 /     0 / 1,200 / −1,200   ← the breakthrough costs more under the Wmo than the threat did
 *   total      3,800 / 5,500 / 2,200 /  3,300
 * Baten shares, per mille of 3,300: 2,500 → 757.58, 2,000 → 606.06, −1,200 → −363.64;
 *   floors 757 + 606 + (−364) = 999; the one missing unit goes to the largest remainder (.58, Politiewet):
 *   758 + 606 − 364 = 1000 → 75.8%, 60.6%, −36.4%.
 * Current shares of 3,800: 789.47, 131.58, 78.95 → floors 789 + 131 + 78 = 998; +1 to .95 (Wmo) and .58 (Politiewet):
 *   789, 132, 79.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rat } from '../src/data/rational.js';
import { totalsOf } from '../src/reports/calc.js';
import { parseProjectList, project } from '../src/reports/projection.js';
import { largestRemainder } from '../src/reports/shares.js';
import { formatMoney } from '../src/write/i18n/index.js';
import { FIXTURES, run, tempTree } from './helpers.js';

const cwd = join(FIXTURES, 'council');
const calcJson = async (...extra: string[]) => {
  const r = await run(['calc', '.', '--format', 'json', ...extra], { cwd });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
};
const json = await calcJson('--project', '30,40');

describe('largest-remainder shares', () => {
  it('add up to exactly the scale, negatives included', async () => {
    expect(largestRemainder([2500n, 2000n, -1200n])).toEqual([758n, 606n, -364n]);
    expect(largestRemainder([1n, 1n, 1n])).toEqual([334n, 333n, 333n]); // tie: the earlier group
    expect(largestRemainder([5n, -5n])).toBeUndefined(); // a zero total has no shares
    expect(largestRemainder([2n, 1n], 100n)).toEqual([67n, 33n]); // 2/3 and 1/3
  });
});

describe('breakdowns', () => {
  const cohortC = json.breakdowns.cohorts.find((c: { id: string }) => c.id === 'c');

  it('per law in cohort c, with a negative per-law baten, summing exactly to the total', async () => {
    expect(cohortC.by_law).toEqual([
      {
        law: 'Politiewet',
        cases: 2, // c-1 (current and threat) and c-2 (threat)
        current: 50000,
        threat: 250000,
        breakthrough: 0,
        baten: 250000,
        besparing: 50000,
        shares_permille: { current: 132, threat: 455, breakthrough: 0, baten: 758, besparing: 313 },
      },
      {
        law: 'Jeugdwet',
        cases: 2,
        current: 300000,
        threat: 300000,
        breakthrough: 100000,
        baten: 200000,
        besparing: 200000,
        shares_permille: { current: 789, threat: 545, breakthrough: 455, baten: 606, besparing: 1250 },
      },
      {
        law: 'Wmo',
        cases: 2, // c-1 (the 600 item) and c-2
        current: 30000,
        threat: 0,
        breakthrough: 120000,
        baten: -120000,
        besparing: -90000,
        shares_permille: { current: 79, threat: 0, breakthrough: 545, baten: -364, besparing: -563 },
      },
    ]);
    // threat 2,500/5,500 = 454.55 and 3,000/5,500 = 545.45: floors 454 + 545 = 999, +1 to .55 (Politiewet)
    // breakthrough 1,000/2,200 = 454.55 and 1,200/2,200 = 545.45: 454 + 545 = 999, +1 to .55 (Jeugdwet) → 455, 545
    // besparing of 1,600: 500 → 312.5, 2,000 → 1,250, −900 → −562.5; floors 312 + 1250 − 563 = 999, +1 to the first .5 (Politiewet)
  });

  it('per payer in cohort c', async () => {
    expect(cohortC.by_payer.map((g: Record<string, unknown>) => [g.payer, g.baten, (g.shares_permille as Record<string, number>).baten])).toEqual([
      ['politie', 250000, 758],
      ['gemeente', 80000, 242], // gemeente 3,000 − 2,200 = 800; 800/3,300 = 242.42
    ]);
  });

  it('every breakdown sums to the totals, to the cent, and its shares to 1000', async () => {
    const scopes = [
      { b: json.breakdowns.all, t: json.totals },
      ...json.breakdowns.cohorts.map((c: { id: string }) => ({ b: c, t: json.cohorts.find((x: { id: string }) => x.id === c.id).totals })),
    ];
    for (const { b, t } of scopes) {
      for (const dim of ['by_law', 'by_payer']) {
        for (const k of ['current', 'threat', 'breakthrough', 'baten', 'besparing']) {
          expect(b[dim].reduce((s: number, g: Record<string, number>) => s + g[k]!, 0)).toBe(t[k]);
          const shares = b[dim].map((g: { shares_permille: Record<string, number | null> }) => g.shares_permille[k]);
          if (t[k] !== 0) expect(shares.reduce((s: number, x: number) => s + x, 0)).toBe(1000);
          else expect(shares.every((x: unknown) => x === null)).toBe(true);
        }
      }
    }
  });

  // Every group of this 3-case fixture is smaller than 5: --min-group 1 shows their figures (docs/tracking.md).
  it('shows the negative share in the table, the Markdown and the CSV', async () => {
    const md = (await run(['calc', '.', '--format', 'md', '--min-group', '1'], { cwd })).stdout;
    expect(md).toContain('| Wmo | € 300 | 7,9% | € 0 | 0,0% | € 1.200 | 54,5% | € -1.200 | -36,4% | € -900 | -56,3% |');
    const csv = (await run(['calc', '.', '--format', 'csv', '--min-group', '1'], { cwd })).stdout;
    expect(csv).toContain('\r\nPer wet (cohort c)\r\nwet;huidige inzet;%;dreigend scenario;%;na doorbraak;%;baten;%;besparing;%\r\n');
    expect(csv).toContain('\r\nWmo;300;7,9%;0;0,0%;1200;54,5%;-1200;-36,4%;-900;-56,3%\r\n');
    const table = (await run(['calc', '.', '--lang', 'en', '--sections', 'law', '--min-group', '1'], { cwd })).stdout;
    expect(table).toMatch(/│ Wmo +│ +€300 │ +6\.3% │/); // all cases: 300 of 4,800 = 62.5 per mille → 63 (largest remainder)
  });
});

describe('top cost items', () => {
  it('groups current lines by rate, pairs each with the breakthrough of the case where it weighed most', async () => {
    // jz: c-1 2,000 + c-2 1,000 + d-1 1,000 = 4,000 (most in c-1, whose largest item is the role model)
    // pol: c-1 500; wmo: c-2 300 (c-2 has no custom item: its title stands in)
    expect(json.top_items.n).toBe(5);
    expect(json.top_items.current_total).toBe(480000);
    expect(json.top_items.items.map((x: Record<string, any>) => [x.key, x.total, x.share_permille, x.cases, x.top_case.id, x.breakthrough.text, x.breakthrough.from])).toEqual([
      ['rate:jz', 400000, 833, 3, 'c-1', 'Rolmodel voor de jongere', 'item'],
      ['rate:pol', 50000, 104, 1, 'c-1', 'Rolmodel voor de jongere', 'item'],
      ['rate:wmo', 30000, 63, 1, 'c-2', 'Begeleiding in plaats van politie', 'title'],
    ]);
  });

  it('--top N limits the list; --top 0 leaves the section out', async () => {
    expect((await calcJson('--top', '1')).top_items.items).toHaveLength(1);
    const md = (await run(['calc', '.', '--format', 'md', '--top', '0'], { cwd })).stdout;
    expect(md).not.toContain('Grootste kostenposten');
    expect((await run(['calc', '.', '--format', 'md', '--top', '2'], { cwd })).stdout).toContain('## Grootste kostenposten in de huidige inzet (top 2)');
  });
});

describe('projections', () => {
  it('Veilige handen: € 323,005 over 6 cases → € 1,615,025 for 30 and € 2,153,367 for 40', async () => {
    const t = totalsOf(Array.from({ length: 6 }, (_, i) => ({ current: 0n, threat: i === 0 ? 5_383_500n : 5_383_400n, breakthrough: 0n, baten: i === 0 ? 5_383_500n : 5_383_400n, besparing: 0n })));
    expect(t.baten).toBe(32_300_500n);
    const [p30, p40] = project(t, [30, 40]);
    expect(p30!.baten).toEqual(rat(161_502_500)); // 32,300,500 × 30 / 6, exact
    expect(p40!.baten).toEqual(rat(32_300_500n * 40n, 6)); // 215,336,666.67 cents
    expect(p40!.batenCents).toBe(215_336_667n);
    expect(formatMoney(p30!.baten, { lang: 'nl', cents: false })).toBe('€ 1.615.025');
    expect(formatMoney(p40!.baten, { lang: 'nl', cents: false })).toBe('€ 2.153.367');
    expect(formatMoney(p40!.baten, { lang: 'en', cents: true })).toBe('€2,153,366.67');
  });

  it('the CLI projects per cohort and overall, labelled as a projection', async () => {
    // all: 5,300 over 3 → 53,000 for 30, 70,666.67 for 40; c: 3,300 over 2 → 49,500 / 66,000; d: 2,000 → 60,000 / 80,000
    expect(json.projections.sizes).toEqual([30, 40]);
    expect(json.projections.all).toEqual([
      { cases: 30, baten: 5_300_000, baten_exact: '5300000' },
      { cases: 40, baten: 7_066_667, baten_exact: '21200000/3' },
    ]);
    expect(json.projections.cohorts).toEqual([
      { id: 'c', projections: [ { cases: 30, baten: 4_950_000, baten_exact: '4950000' }, { cases: 40, baten: 6_600_000, baten_exact: '6600000' } ] },
      { id: 'd', projections: [ { cases: 30, baten: 6_000_000, baten_exact: '6000000' }, { cases: 40, baten: 8_000_000, baten_exact: '8000000' } ] },
    ]);
    const md = (await run(['calc', '.', '--format', 'md', '--project', '30,40', '--min-group', '1'], { cwd })).stdout;
    expect(md).toContain('## Projectie (rekenvoorbeeld, geen meting)');
    expect(md).toContain('| **alle casussen** | **3** | **€ 5.300** | **€ 1.767** | **€ 53.000** | **€ 70.667** |');
    expect(md).toContain('| cohort c | 2 | € 3.300 | € 1.650 | € 49.500 | € 66.000 |');
    expect((await run(['calc', '.', '--format', 'md'], { cwd })).stdout).not.toContain('Projectie');
  });

  it('the whole 323,005 example through the CLI', async () => {
    const files: Record<string, string> = {
      'vh/cohort.yaml': 'cohort: vh\ntitle: VH\npublished: { baten: 323005, cases: 6, mean: 53834, source: test }\n',
    };
    for (let i = 1; i <= 6; i++) {
      files[`vh/vh-${i}.yaml`] = `case: vh-${i}\ntitle: Case ${i}\ncurrent: []\nthreat:\n  - item: Dreiging\n    price: ${i === 1 ? 53835 : 53834}\n    law: Jeugdwet\n    payer: gemeente\nbreakthrough: []\n`;
    }
    const dir = tempTree(files);
    const r = await run(['calc', 'vh', '--project', '30,40', '--strict-published'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0); // the published figures match: 323,005, 6 cases, 53,834.17 → 53,834
    expect(r.stdout).toMatch(/│ alle casussen +│ +6 │ +€ 323\.005 │ +€ 53\.834 │ +€ 1\.615\.025 │ +€ 2\.153\.367 │/);
  });

  it('a malformed list is a usage error (exit 2)', async () => {
    expect(parseProjectList('30,40')).toEqual([30, 40]);
    expect(parseProjectList('30, 40, 30')).toEqual([30, 40]);
    expect(parseProjectList('30,,')).toEqual([30]); // empty pieces are ignored
    for (const bad of ['', ',', '30,x', '0', '-5', '3.5']) expect(parseProjectList(bad)).toBeUndefined();
    const r = await run(['calc', '.', '--project', '30,x'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('verwacht aantallen casussen gescheiden door komma’s, bijv. 30,40');
    expect((await run(['calc', '.', '--top', 'vijf'], { cwd })).status).toBe(2);
  });
});

describe('published figures', () => {
  it('shows published vs computed and the difference', async () => {
    expect(json.published).toEqual([
      {
        cohort: 'c',
        file: 'c/cohort.yaml',
        source: 'fixture C',
        published: { cases: 2, baten: 330000, mean: 165000, mean_given: false },
        computed: { cases: 2, baten: 330000, mean: 165000 },
        difference: { cases: 0, baten: 0, mean: 0, mean_exact: '0' },
        matches: { cases: true, baten: true, mean: true },
        ok: true,
      },
      {
        cohort: 'd',
        file: 'd/cohort.yaml',
        source: 'fixture D',
        published: { cases: 1, baten: 250000, mean: 250000, mean_given: true },
        computed: { cases: 1, baten: 200000, mean: 200000 },
        difference: { cases: 0, baten: -50000, mean: -50000, mean_exact: '-50000' },
        matches: { cases: true, baten: false, mean: false },
        ok: false,
      },
    ]);
  });

  it('a mismatch exits 0 by default and 1 with --strict-published, after printing the report', async () => {
    const plain = await run(['calc', '.', '--sections', 'gepubliceerd', '--min-group', '1'], { cwd });
    expect(plain.status).toBe(0);
    expect(plain.stderr).toBe('');
    expect(plain.stdout).toMatch(/│ d +│ baten +│ +€ 2\.500 │ +€ 2\.000 │ +€ -500 │ nee +│/);
    const strict = await run(['calc', '.', '--sections', 'gepubliceerd', '--strict-published', '--min-group', '1'], { cwd });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe(plain.stdout);
    // Each differing figure at its own place in the `published` line: baten at 4:14, mean at 4:37.
    expect(strict.stderr).toBe(
      "d/cohort.yaml:4:14: gepubliceerde cijfers van cohort 'd' wijken af van de berekende: baten € 2.500 gepubliceerd, € 2.000 berekend\n" +
        "d/cohort.yaml:4:37: gepubliceerde cijfers van cohort 'd' wijken af van de berekende: gemiddeld per casus € 2.500 gepubliceerd, € 2.000 berekend\n",
    );
    const en = await run(['calc', '.', '--strict-published', '--lang', 'en', '--format', 'json'], { cwd });
    expect(en.status).toBe(1);
    expect(en.stderr).toBe(
      "d/cohort.yaml:4:14: published figures of cohort 'd' differ from the computed ones: avoided costs €2,500 published, €2,000 computed\n" +
        "d/cohort.yaml:4:37: published figures of cohort 'd' differ from the computed ones: mean per case €2,500 published, €2,000 computed\n",
    );
    expect((await run(['calc', 'c', '--strict-published'], { cwd })).status).toBe(0);
  });

  it('the bundled cohorts differ from their published figures, and plain calc still exits 0', async () => {
    const r = await run(['calc', 'cases/', '--all']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Gepubliceerd tegenover berekend');
    expect((await run(['calc', 'cases/', '--strict-published'])).status).toBe(1);
  });
});
