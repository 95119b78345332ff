/**
 * Following cases over time (docs/tracking.md): status and dates, follow-up measurements, patterns
 * (problems, kinds, cocktails), value scores, and small numbers not published. Every figure below is
 * computed by hand from test/fixtures/tracking (prices in rates.yaml: opvang € 3,000/month, jeugdhulp
 * € 1,000/month, detentie € 300/day (Strafrecht, Rijk), begeleiding € 500/month; horizon 12 months =
 * 365 days; --no-indexation keeps the prices as written).
 *
 * The cases, by hand (€):
 *   t-01 (no status = afgerond)  current jeugdhulp 12 m = 12,000; threat opvang 12 m = 36,000;
 *        breakthrough begeleiding 12 m 6,000 + Verhuizing 2,000 (Wmo) = 8,000 → baten 28,000, besparing 4,000
 *   t-02 (completed = afgerond)  current 12,000; threat opvang 36,000 + detentie 30 d × 300 × 0.5 = 4,500 → 40,500;
 *        breakthrough jeugdhulp 6 m = 6,000 → baten 34,500, besparing 6,000
 *   t-03 (lopend)   current begeleiding 6,000; threat 36,000; breakthrough 6,000 → baten 30,000, besparing 0
 *   t-04 (gestopt)  current 12,000; threat detentie 60 d = 18,000; breakthrough 12,000 → baten 6,000, besparing 0
 *   t-05 (afgerond) current 12,000; threat jeugdhulp 12,000 + detentie 10 d 3,000 = 15,000;
 *        breakthrough Schuldhulp 1,500 (Participatiewet) + begeleiding 3 m 1,500 = 3,000 → baten 12,000, besparing 9,000
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { rat } from '../src/data/rational.js';
import { parseCaseDate, periodBetween } from '../src/data/tracking.js';
import { groupMarks } from '../src/reports/small-numbers.js';
import { parseStatusOption } from '../src/reports/status.js';
import { FIXTURES, ROOT, tempTree } from './helpers.js';

const cwd = join(FIXTURES, 'tracking');
const base = ['calc', 't', '--no-indexation'];

async function cli(argv: string[], dir = cwd) {
  let stdout = '';
  let stderr = '';
  const io = { out: (s: string) => void (stdout += s), err: (s: string) => void (stderr += s), env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

async function json(extra: string[] = []) {
  const r = await cli([...base, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('status: completed cases count, the others are named', () => {
  it('by default t-01, t-02, t-05 count; 1 running and 1 stopped are left out', async () => {
    const j = await json();
    expect(j.cases.map((c: { id: string }) => c.id)).toEqual(['t-01', 't-02', 't-05']);
    // current 3 × 12,000 = 36,000; threat 36,000 + 40,500 + 15,000 = 91,500; breakthrough 8,000 + 6,000 + 3,000 = 17,000
    // baten 74,500; besparing 19,000; mean 74,500 / 3 = 24,833.33… → 2,483,333 cents
    expect(j.totals).toEqual({ cases: 3, current: 3600000, threat: 9150000, breakthrough: 1700000, baten: 7450000, besparing: 1900000, mean_baten: 2483333, investment: 0, net_baten: 7450000 });
    expect(j.status).toEqual({ counted: ['afgerond'], cases: { afgerond: 3, lopend: 1, gestopt: 1 }, left_out: { afgerond: 0, lopend: 1, gestopt: 1 } });
    expect(j.cases.map((c: { status: string }) => c.status)).toEqual(['afgerond', 'afgerond', 'afgerond']);
    const t = await cli(base);
    expect(t.stdout).toContain('3 casussen, € 74.500 baten, € 24.833 per casus\n3 afgerond; 1 lopend en 1 gestopt, niet meegeteld\n');
    expect((await cli([...base, '--lang', 'en'])).stdout).toContain('3 completed; 1 running and 1 stopped, not counted\n');
  });

  it('--status all counts all five, each row marked with its status', async () => {
    const j = await json(['--status', 'all']);
    // current 36,000 + 6,000 + 12,000 = 54,000; threat 91,500 + 36,000 + 18,000 = 145,500;
    // breakthrough 17,000 + 6,000 + 12,000 = 35,000; baten 110,500; besparing 19,000; mean 110,500 / 5 = 22,100
    expect(j.totals).toEqual({ cases: 5, current: 5400000, threat: 14550000, breakthrough: 3500000, baten: 11050000, besparing: 1900000, mean_baten: 2210000, investment: 0, net_baten: 11050000 });
    expect(j.cases.map((c: { id: string; status: string }) => `${c.id} ${c.status}`)).toEqual(['t-01 afgerond', 't-02 afgerond', 't-03 lopend', 't-04 gestopt', 't-05 afgerond']);
    const md = (await cli([...base, '--status', 'all', '--format', 'md'])).stdout;
    expect(md).toContain('| casus | titel | cohort | horizon | huidige inzet | dreigend scenario | na doorbraak | baten | besparing | status |');
    expect(md).toContain('| t-03 | Running | t | 12 maanden | € 6.000 | € 36.000 | € 6.000 | € 30.000 | € 0 | lopend |');
    expect(md).toContain('5 casussen meegeteld: 3 afgerond, 1 lopend, 1 gestopt\n');
  });

  it('--status running (English alias) counts only t-03; the projection and published figures follow', async () => {
    const j = await json(['--status', 'running', '--project', '10']);
    expect(j.cases.map((c: { id: string }) => c.id)).toEqual(['t-03']);
    // 30,000 / 1 × 10 = 300,000
    expect(j.projections.all).toEqual([{ cases: 10, baten: 30000000, baten_exact: '30000000' }]);
    expect(j.status.left_out).toEqual({ afgerond: 3, lopend: 0, gestopt: 1 });
  });

  it('--status is parsed in Dutch and English; a wrong word is a usage error', async () => {
    expect(parseStatusOption('all')).toEqual(['afgerond', 'lopend', 'gestopt']);
    expect(parseStatusOption('lopend,completed')).toEqual(['afgerond', 'lopend']);
    expect(parseStatusOption('klaar')).toBeUndefined();
    const r = await cli([...base, '--status', 'klaar']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--status');
  });

  it('a lock records --status, and verify recomputes with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-lock-'));
    const lock = join(dir, 'f.lock.json');
    expect((await cli([...base, '--status', 'all', '--lock', lock])).status).toBe(0);
    expect(JSON.parse(readFileSync(lock, 'utf8')).command.status).toEqual(['afgerond', 'lopend', 'gestopt']);
    const v = await cli(['verify', lock]);
    expect(v.stdout).toContain('5 casussen');
    expect(v.status).toBe(0);
  });
});

describe('dates', () => {
  it('ISO dates to the day or the month; the period between them in days or in whole months', () => {
    expect(parseCaseDate('2024-02-29')).toEqual({ text: '2024-02-29', year: 2024, month: 2, day: 29 });
    expect(parseCaseDate('2023-02-29')).toBeUndefined();
    expect(parseCaseDate('2024-13')).toBeUndefined();
    // 2024-03-01 → 2024-09-01: 31 + 30 + 31 + 30 + 31 + 31 = 184 days
    expect(periodBetween(parseCaseDate('2024-03-01')!, parseCaseDate('2024-09-01')!)!.days).toEqual(rat(184));
    // to the month: 6 whole months = 6 × 365/12 = 182.5 days
    expect(periodBetween(parseCaseDate('2024-03')!, parseCaseDate('2024-09-15')!)!.days).toEqual(rat(365, 2));
    expect(periodBetween(parseCaseDate('2024-09')!, parseCaseDate('2024-09-30')!)).toBeUndefined();
  });
});

describe('follow-up: expected against realised', () => {
  it('per case the latest measurement, and the totals', async () => {
    const f = (await json()).followup;
    // t-01, after 6 months = 182.5 days of 365: expected 8,000 × 1/2 = 4,000; threat level 36,000 × 1/2 = 18,000;
    // realised begeleiding over the period: 500 × 6 = 3,000; difference −1,000; realised baten 15,000; expected baten 14,000
    expect(f.cases[0]).toEqual({
      id: 't-01',
      status: 'afgerond',
      measurements: 1,
      after: '6 months',
      date: null,
      period_days: '365/2',
      horizon_days: '365',
      expected: 400000,
      expected_exact: '400000',
      threat_level: 1800000,
      threat_level_exact: '1800000',
      realised: 300000,
      difference: -100000,
      expected_baten: 1400000,
      realised_baten: 1500000,
      back_at_threat: false,
    });
    // t-02: the date 2024-09-01 (184 days after 2024-03-01) is later than "after 2 months" (60.83 days).
    // expected 600,000 × 184/365 = 302,465.75… → 302,466 cents; threat level 4,050,000 × 184/365 = 2,041,643.83… → 2,041,644;
    // realised opvang 6 m 18,000 + detentie 30 d 9,000 = 27,000 ≥ 20,416.44: back at the threat level.
    // difference 2,700,000 − 302,466 = 2,397,534; realised baten 2,041,644 − 2,700,000 = −658,356; expected baten 1,739,178
    expect(f.cases[1]).toMatchObject({
      id: 't-02',
      measurements: 2,
      after: null,
      date: '2024-09-01',
      period_days: '184',
      expected: 302466,
      expected_exact: '22080000/73', // 110,400,000/365
      threat_level: 2041644,
      realised: 2700000,
      difference: 2397534,
      expected_baten: 1739178,
      realised_baten: -658356,
      back_at_threat: true,
    });
    // totals: expected 400,000 + 302,466 = 702,466; threat 1,800,000 + 2,041,644 = 3,841,644; realised 3,000,000;
    // difference −100,000 + 2,397,534 = 2,297,534; realised baten 1,500,000 − 658,356 = 841,644; expected baten 3,139,178
    expect(f.totals).toEqual({
      cases: 2,
      expected: 702466,
      threat_level: 3841644,
      realised: 3000000,
      difference: 2297534,
      expected_baten: 3139178,
      realised_baten: 841644,
      back_at_threat: 1,
    });
  });

  it('the table flags the case back at the threat level', async () => {
    const out = (await cli([...base, '--sections', 'vervolg'])).stdout;
    expect(out).toMatch(/│ t-02 +│ op 2024-09-01 +│ +184 dagen │ +€ 3\.025 │ +€ 20\.416 │ +€ 27\.000 │ +€ 23\.975 │ +€ -6\.584 │ terug op dreigend niveau +│/);
    expect(out).toContain('1 casus terug op dreigend niveau');
  });

  it('explain shows every measurement, expected and realised with the computation', async () => {
    const out = (await cli(['explain', 't-02', 't', '--no-indexation', '--format', 'md'])).stdout;
    expect(out).toContain('| status | afgerond |');
    expect(out).toContain('| doorbraak | 2024-03-01 |');
    // "after 2 months": 60.8333… days; expected 6,000 × (365/6)/365 = 1,000; threat level 40,500 / 6 = 6,750; nothing spent
    expect(out).toContain('| 1. na 2 months (60,833333… (365/6) dagen) | verwacht (na doorbraak) | € 1.000 | € 6.000,00 × 60,833333… (365/6)/365 = € 1.000,00 |');
    expect(out).toContain('|  | **gerealiseerde baten** | **€ 6.750** | **€ 6.750,00 − € 0,00** |');
    // 6,000 × 184/365 = 3,024.657534… = 220,800/73 euros
    expect(out).toContain('€ 6.000,00 × 184/365 = € 3.024,657534… (220800/73)');
    expect(out).toContain('## Vervolgmeting 2 (op 2024-09-01): regels');
    const j = JSON.parse((await cli(['explain', 't-02', 't', '--no-indexation', '--format', 'json'])).stdout);
    expect(j.followup.map((x: { realised: number; expected: number }) => [x.expected, x.realised])).toEqual([
      [100000, 0],
      [302466, 2700000],
    ]);
    expect(j.followup[1].lines.map((l: { cost: number }) => l.cost)).toEqual([1800000, 900000]);
  });
});

describe('patterns', () => {
  it('by problems: cases, baten, mean and median per problem; the cocktails, one of three problems', async () => {
    const [problems, kind] = (await json()).patterns;
    // geld: t-01, t-02, t-05: 28,000 + 34,500 + 12,000 = 74,500; mean 24,833.33; median 28,000
    // psychisch and wonen: t-01, t-02: 62,500, mean = median = 31,250 (equal: by name); opvoeding: t-02, t-05: 46,500, 23,250
    expect(problems.groups.map((g: Record<string, unknown>) => [g.key, g.cases, g.baten, g.mean_baten, g.median_baten])).toEqual([
      ['geld', 3, 7450000, 2483333, 2800000],
      ['psychisch', 2, 6250000, 3125000, 3125000],
      ['wonen', 2, 6250000, 3125000, 3125000],
      ['opvoeding', 2, 4650000, 2325000, 2325000],
    ]);
    // geld+psychisch+wonen in t-01 and t-02 (its pairs occur in the same two cases, so they are not listed);
    // geld+opvoeding in t-02 and t-05
    expect(problems.cocktails).toEqual([
      { problems: ['geld', 'psychisch', 'wonen'], cases: 2, baten: 6250000, mean_baten: 3125000, mean_baten_exact: '3125000' },
      { problems: ['geld', 'opvoeding'], cases: 2, baten: 4650000, mean_baten: 2325000, mean_baten_exact: '2325000' },
    ]);
    // kind: wonen t-01, t-02 = 62,500; financieel t-02, t-05 = 46,500; informeel t-05 = 12,000
    expect(kind.groups.map((g: Record<string, unknown>) => [g.key, g.cases, g.baten])).toEqual([
      ['wonen', 2, 6250000],
      ['financieel', 2, 4650000],
      ['informeel', 1, 1200000],
    ]);
    expect(kind.cocktails).toBeUndefined();
  });

  it('--by cohort groups by cohort; --by none leaves the patterns out', async () => {
    const j = await json(['--by', 'cohort', '--status', 'all']);
    expect(j.patterns.map((p: { by: string; groups: { key: string; cases: number; baten: number }[] }) => [p.by, p.groups.map((g) => [g.key, g.cases, g.baten])])).toEqual([
      ['cohort', [['t', 5, 11050000]]],
    ]);
    expect((await json(['--by', 'none'])).patterns).toEqual([]);
  });

  it('on the terminal: named under "more in this report", shown with --by or --sections patronen', async () => {
    const plain = (await cli(base)).stdout;
    expect(plain).not.toContain('Patronen per probleem');
    expect(plain).toMatch(/--sections patronen +patronen per probleem en soort doorbraak\n/);
    expect(plain).toMatch(/--sections vervolg +vervolgmetingen: hield de doorbraak stand\?\n/);
    expect(plain).toMatch(/--sections waarden +verdeling van de scores van de waarden\n/);
    const by = (await cli([...base, '--by', 'problems'])).stdout;
    expect(by).toContain('Patronen per probleem');
    expect(by).not.toContain('Patronen per soort doorbraak');
    expect(by).toMatch(/│ geld \* +│ +3 │ +€ 74\.500 │/);
    expect((await cli([...base, '--sections', 'patterns', '--lang', 'en'])).stdout).toContain('Patterns by kind of breakthrough');
  });
});

describe('value scores', () => {
  it('the distribution per value over the counted cases; free text stays out', async () => {
    const v = (await json()).value_scores;
    // betrokkenheid: t-01 2, t-05 4 → median 3; legitimiteit: t-05 5; rendement: t-05 3
    expect(v.all).toEqual({
      cases: 3,
      values: [
        { value: 'betrokkenheid', scored: 2, counts: [0, 1, 0, 1, 0], median: '3' },
        { value: 'legitimiteit', scored: 1, counts: [0, 0, 0, 0, 1], median: '5' },
        { value: 'rendement', scored: 1, counts: [0, 0, 1, 0, 0], median: '3' },
      ],
    });
    const md = (await cli([...base, '--format', 'md'])).stdout;
    expect(md).not.toContain('Participatiewet art. 35');
  });
});

describe('small numbers are not published', () => {
  // Per law (counted cases): Wmo in t-01, t-02, t-05 (3 cases), baten 72,000 − 9,500 = 62,500; Strafrecht in t-02,
  // t-05 (2 cases), 4,500 + 3,000 = 7,500; Jeugdwet 3 cases, 12,000 − 6,000 = 6,000; Participatiewet t-05 (1), −1,500.
  const k3 = [...base, '--min-group', '3'];

  it('md: the group of 2 (Strafrecht) shows "< 3 casussen", the others their figures, the total stays', async () => {
    const md = (await cli([...k3, '--format', 'md'])).stdout;
    expect(md).toContain('| Strafrecht | \\< 3 casussen |  |  |  |  |  |  |  |  |  |');
    expect(md).toContain('| Participatiewet | \\< 3 casussen |');
    expect(md).toMatch(/\| Wmo \| € 0 \| 0,0% \| € 72\.000 \| [\d,]+% \| € 9\.500 \| [\d,]+% \| € 62\.500 \|/);
    expect(md).toContain('| **totaal** | **€ 36.000** |');
    expect(md).not.toContain('€ 7.500');
    // per payer: Rijk (t-02, t-05) is the only small group, so gemeente is withheld too (else total − gemeente = Rijk)
    expect(md).toContain('| Rijk | \\< 3 casussen |');
    expect(md).toContain('| gemeente | afgeschermd |');
    // the kind "wonen" (2 cases) and the cocktails (2 cases each)
    expect(md).toContain('| wonen | \\< 3 casussen |');
    expect(md).toContain('| geld + psychisch + wonen | \\< 3 casussen |');
    expect(md).toContain('3 casussen, € 74.500 baten, € 24.833 per casus');
  });

  it('csv and html hide the same group; xlsx too, with the hidden amounts together so that SUM keeps the total', async () => {
    const csv = (await cli([...k3, '--format', 'csv'])).stdout;
    expect(csv).toContain('\r\nStrafrecht;< 3 casussen;;;;;;;;;\r\n');
    expect(csv).not.toMatch(/\r\nStrafrecht;\d/);
    const html = (await cli([...k3, '--format', 'html'])).stdout;
    expect(html).toContain('<th scope="row" class="nw">Strafrecht</th><td class="num">&lt; 3 casussen</td>');
    expect(html).not.toMatch(/Strafrecht: € 7\.500/);
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-xlsx-'));
    const file = join(dir, 'b.xlsx');
    expect((await cli([...k3, '--format', 'xlsx', '-o', file])).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const law = wb.getWorksheet('Per wet')!;
    const rows: unknown[][] = [];
    law.eachRow((r) => rows.push((r.values as unknown[]).slice(1, 3)));
    expect(rows.slice(1, 7)).toEqual([
      ['Wmo', 0],
      ['Strafrecht', '< 3 casussen'],
      ['Jeugdwet', 36000],
      ['Participatiewet', '< 3 casussen'],
      // Strafrecht and Participatiewet together: current 0
      ['afgeschermde groepen samen', 0],
      ['totaal', { formula: 'SUM(B2:B6)', result: 36000 }],
    ]);
    const baten = (row: number): unknown => (law.getRow(row).getCell(5).value as { result: number }).result;
    expect(baten(6)).toBe(6000); // 7,500 − 1,500
  });

  it("the workbook's published sheet (issue 18) hides a small cohort's computed figures, not its published ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-xlsx-'));
    const file = join(dir, 'b.xlsx');
    // The bundled cohorts: spoor-6 has 1 counted case, veilige-handen 6.
    expect((await cli(['calc', 'cases/', '--format', 'xlsx', '-o', file], ROOT)).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.getWorksheet('Gepubliceerd')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1, 5)));
    expect(rows.slice(1, 4)).toEqual([
      ['spoor-6', 'casussen', 12, 1],
      ['spoor-6', 'baten', 226953, '< 5 casussen'],
      ['spoor-6', 'gemiddeld per casus', 18913, '< 5 casussen'],
    ]);
    expect(rows[5]![3]).toEqual(expect.any(Number)); // veilige-handen: computed baten shown
  });

  it('terminal and json show the figures, with a note', async () => {
    const out = (await cli([...k3, '--sections', 'wet'])).stdout;
    expect(out).toMatch(/│ Strafrecht \* +│ +€ 0 │/);
    expect(out).toContain("*: een groep van minder dan 3 casussen. Deze cijfers zijn voor eigen gebruik: in html, xlsx, csv en md staat er '< 3 casussen' (--min-group).");
    const j = await json(['--min-group', '3']);
    expect(j.min_group).toBe(3);
    expect(j.breakdowns.all.by_law.map((g: { law: string; cases: number; baten: number }) => [g.law, g.cases, g.baten])).toEqual([
      ['Wmo', 3, 6250000],
      ['Strafrecht', 2, 750000],
      ['Jeugdwet', 3, 600000],
      ['Participatiewet', 1, -150000],
    ]);
  });

  it('one small group of a partition takes the smallest other one with it', () => {
    expect(groupMarks([3, 2, 3, 1], 2, true)).toEqual([undefined, 'complement', undefined, 'small']);
    expect(groupMarks([3, 2, 3, 1], 3, true)).toEqual([undefined, 'small', undefined, 'small']);
    expect(groupMarks([3, 2, 3, 1], 2, false)).toEqual([undefined, undefined, undefined, 'small']);
  });

  it('with the default of 5, a cohort of 3 hides its own breakdowns but not the totals', async () => {
    const md = (await cli([...base, '--format', 'md'])).stdout;
    expect(md).toContain('| Wmo | \\< 5 casussen |');
    expect(md).toContain('| **totaal** | **€ 36.000** |');
  });
});

describe('bad input', () => {
  const rates = 'table: r\ntitle: R\ncurrency: EUR\nprice_year: 2024\nrates:\n  - { id: a, label: A, unit: month, price: 10, law: Wmo, payer: gemeente, source: s }\n';
  const body = 'current: []\nthreat: []\nbreakthrough: []\n';

  it('a word outside the declared vocabulary, with a suggestion (cohort, then tags.yaml)', async () => {
    const dir = tempTree({
      'r.yaml': rates,
      'tags.yaml': 'problems: [wonen, geld]\nkind: [wonen]\n',
      'c/cohort.yaml': 'cohort: c\nrates: ../r.yaml\ntags:\n  problems: [wonen, psychisch]\n',
      'c/a.yaml': `case: a\nproblems: [psychish]\nkind: [financieel]\n${body}`,
    });
    const r = await cli(['check', 'c'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "c/a.yaml:2:12: onbekend woord 'psychish' in 'problems': niet toegestaan in c/cohort.yaml; bedoelde u 'psychisch'?\n" +
        "c/a.yaml:3:8: onbekend woord 'financieel' in 'kind': niet toegestaan in tags.yaml\n" +
        "r.yaml:6:5: waarschuwing: tarief 'a' wordt door geen enkele casus gebruikt\n",
    );
  });

  it('dates, follow-ups, scores and status, each with its own message', async () => {
    const dir = tempTree({
      'r.yaml': rates,
      'c/cohort.yaml': 'cohort: c\nrates: ../r.yaml\n',
      'c/a.yaml':
        `case: a\nstatus: klaar\ndates: { start: 2024-05, breakthrough: 2024-02-30 }\nvalues:\n  betrokkenheid: { score: 7 }\n` +
        `followup:\n  - date: 2024-09\n    lines: []\n  - { after: 1 month, lines: [{ rate: a, for: 2 months }] }\n  - { lines: [] }\n${body}`,
    });
    const r = await cli(['check', 'c', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "c/a.yaml:2:9: 'status' must be one of afgerond, lopend, gestopt, completed, running, stopped, not 'klaar'\n" +
        "c/a.yaml:3:40: 'breakthrough' is not a valid date: '2024-02-30'; write YYYY-MM-DD or, to the month, YYYY-MM\n" +
        "c/a.yaml:5:27: the score of 'betrokkenheid' must be a whole number from 1 to 5, not 7\n" +
        "c/a.yaml:7:11: follow-up on 2024-09: give the date of the breakthrough in 'dates: { breakthrough: … }', or write 'after: 6 months'\n" +
        "c/a.yaml:9:47: 'for: 2 months' is longer than the period since the breakthrough (1 month)\n" +
        "c/a.yaml:10:5: a follow-up lacks 'after' (time since the breakthrough, e.g. '6 months') or 'date'\n",
    );
  });

  it('Dutch names of the new keys say which key is meant', async () => {
    const dir = tempTree({
      'r.yaml': rates,
      'c/cohort.yaml': 'cohort: c\nrates: ../r.yaml\n',
      'c/a.yaml': `case: a\nproblemen: [wonen]\nsoort: [wonen]\ndates: { begin: 2024-01 }\n${body}`,
    });
    const r = await cli(['check', 'c', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.split('\n').filter((x) => x);
    expect(lines).toEqual([
      expect.stringMatching(/^c\/a\.yaml:2:1: .*'problemen'.*'problems'/),
      expect.stringMatching(/^c\/a\.yaml:3:1: .*'soort'.*'kind'/),
      expect.stringMatching(/^c\/a\.yaml:4:10: .*'begin'.*'start'/),
      expect.stringMatching(/^r\.yaml:6:5: warning: rate 'a' is not used/),
    ]);
  });

  it('the dates of a case are not privacy findings; a date elsewhere still is', async () => {
    const dir = tempTree({
      'r.yaml': rates,
      'c/cohort.yaml': 'cohort: c\nrates: ../r.yaml\n',
      'c/a.yaml': `case: a\ntitle: gesprek 2024-03-12\ndates: { start: 2024-03-01, breakthrough: 2024-06-15 }\ncurrent: [{ rate: a }]\nthreat: []\nbreakthrough: []\n`,
    });
    const r = await cli(['check', 'c'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((x) => x)).toEqual([expect.stringMatching(/^c\/a\.yaml:2:16: waarschuwing: 'title' lijkt een datum te bevatten/)]);
  });
});
