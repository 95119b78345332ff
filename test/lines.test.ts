/**
 * `calc --lines`: one row per priced line (CSV, JSON Lines, xlsx), and the figures rebuilt from it.
 *
 * Fixture test/fixtures/audit: cohort `gezinnen` (horizon 2 jaar), rates audit-2024 (price year 2024;
 * begeleiding 2022, detentie 2023). CPI: 2023 +3.8 %, 2024 +3.3 %, so 2022 → 2024 = 1.038 × 1.033 =
 * 1.072254 = 536127/500000 and 2023 → 2024 = 1.033. Discount 2.25 %: year-2 weight 1 / 1.0225 = 400/409.
 * A year is 365 days; a month 365/12.
 *
 * Computed by hand before running the tool (cents):
 * au-1, horizon 2 jaar = 730 days, years [0, 365) and [365, 730):
 *   current 1 ots € 1,000/month × 730/(365/12) = 24 months = 2,400,000; half in each year: 1,200,000 + 1,200,000;
 *     PV = 1,200,000 + 1,200,000 × 400/409 = 1,200,000 + 1,173,594.132… = 2,373,594.132… → 2,373,594
 *   current 2 begeleiding 6,400 × 1.072254 = 6,862.4256/hour × 2 per week × 182.5/7 weeks (365/7 hours)
 *     = 2,504,785.344 / 7 = 357,826.477… → all in year 1: [357,826, 0]; PV 357,826
 *   threat 1 detentie 50,000 × 1.033 = 51,650/day × 60 days × 0.5 = 1,549,500, from maand 13 (day 365):
 *     all in year 2: [0, 1,549,500]; PV = 1,549,500 × 400/409 = 1,515,403.422… → 1,515,403
 *   threat 2 ots as current 1: PV 2,373,594
 *   breakthrough 1 custom item € 1,500 once (price year 2024, factor 1), year 1: 150,000
 *   breakthrough 2 begeleiding 1 per week from maand 7, no `for`: the rest of the horizon, 730 − 182.5
 *     = 547.5 days, 1095/14 hours; exact 6,862.4256 × 1095/14 = 536,739.716… ; year 1 holds
 *     182.5/547.5 = 1/3 → 178,913.238… → 178,913, year 2 holds 2/3 → 357,826.477… → 357,826;
 *     undiscounted 536,739; PV = 178,913 + 357,826 × 400/409 = 178,913 + 349,952.078… → 528,865
 *   totals: current 2,731,420; threat 3,888,997; breakthrough 678,865; baten 3,210,132
 * au-2, horizon 18 maanden = 547.5 days, years [0, 365) and [365, 547.5):
 *   current ots 18 months = 1,800,000: 2/3 and 1/3 → [1,200,000, 600,000]; PV 1,200,000 + 586,797.066… → 1,786,797
 *   threat 1 uitzetting € 6,000 once × 0.4 = 240,000, from maand 13: year 2; PV 240,000 × 400/409 = 234,718.826… → 234,719
 *   threat 2 detentie 51,650 × 91.25 days × 0.25 = 1,178,265.625 → year 1: 1,178,266
 *   breakthrough begeleiding 2 per week from maand 7: rest 547.5 − 182.5 = 365 days = 730/7 hours,
 *     exact 715,652.955…, half per year: 357,826.477… → [357,826, 357,826]; PV 357,826 + 349,952.078… → 707,778
 *   totals: current 1,786,797; threat 1,412,985; breakthrough 707,778; baten 705,207
 * all: baten 3,915,339; mean 1,957,669.5 → 1,957,670
 * per law: Jeugdwet baten 2,373,594; Strafrecht 1,515,403 + 1,178,266 = 2,693,669;
 *   Wmo 234,719 − (528,865 + 707,778) = −1,001,924; Participatiewet −150,000 (sum 3,915,339)
 * per payer: justitie baten 2,693,669; gemeente 3,915,339 − 2,693,669 = 1,221,670
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES, run } from './helpers.js';

// Each test runs the CLI several times; on a busy machine that takes longer than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });

const audit = join(FIXTURES, 'audit');

interface LineJson {
  cohort: string | null;
  case: string;
  scenario: 'current' | 'threat' | 'breakthrough';
  nr: number;
  rate: string | null;
  item: string | null;
  law: string;
  payer: string;
  investment: boolean;
  price: number;
  price_year: number;
  index_factor: number;
  index_factor_exact: string;
  quantity: number;
  quantity_exact: string;
  count: number;
  chance: number;
  years: number[];
  undiscounted: number;
  present_value: number;
  discount_rate: number | null;
  from: string | null;
  source: string;
}

interface Amounts {
  current: number;
  threat: number;
  breakthrough: number;
  baten: number;
  besparing: number;
}
interface CalcJson {
  cases: Array<Amounts & { id: string }>;
  totals: Amounts & { cases: number; mean_baten: number; investment: number };
  breakdowns: { all: { by_law: Array<Amounts & { law: string }>; by_payer: Array<Amounts & { payer: string }> } };
}

async function lines(args: readonly string[], cwd?: string): Promise<LineJson[]> {
  const r = await run(['calc', ...args, '--lines', '--format', 'json'], cwd ? { cwd } : {});
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const text = r.stdout;
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as LineJson);
}

async function calcJson(args: readonly string[], cwd?: string): Promise<CalcJson> {
  const r = await run(['calc', ...args, '--format', 'json'], cwd ? { cwd } : {});
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as CalcJson;
}

/** Every report figure from the line rows alone: per case, per law, per payer, the total and the mean. */
function rebuild(rows: readonly LineJson[], key: 'case' | 'law' | 'payer'): Map<string, Amounts> {
  const m = new Map<string, Amounts>();
  for (const r of rows) {
    const k = r[key];
    const a = m.get(k) ?? { current: 0, threat: 0, breakthrough: 0, baten: 0, besparing: 0 };
    a[r.scenario] += r.present_value;
    a.baten = a.threat - a.breakthrough;
    a.besparing = a.current - a.breakthrough;
    m.set(k, a);
  }
  return m;
}

describe('calc --lines on the hand-computed fixture', () => {
  let rows: LineJson[] = [];
  beforeAll(async () => {
    rows = await lines([audit]);
  });

  it('one JSON object per line, with the hand-computed years, undiscounted sums and present values', async () => {
    expect(rows.map((r) => [r.case, r.scenario, r.nr, r.rate ?? r.item, r.years, r.undiscounted, r.present_value])).toEqual([
      ['au-1', 'current', 1, 'ots', [1_200_000, 1_200_000], 2_400_000, 2_373_594],
      ['au-1', 'current', 2, 'begeleiding', [357_826, 0], 357_826, 357_826],
      ['au-1', 'threat', 1, 'detentie', [0, 1_549_500], 1_549_500, 1_515_403],
      ['au-1', 'threat', 2, 'ots', [1_200_000, 1_200_000], 2_400_000, 2_373_594],
      ['au-1', 'breakthrough', 1, 'Huurachterstand aflossen', [150_000, 0], 150_000, 150_000],
      ['au-1', 'breakthrough', 2, 'begeleiding', [178_913, 357_826], 536_739, 528_865],
      ['au-2', 'current', 1, 'ots', [1_200_000, 600_000], 1_800_000, 1_786_797],
      ['au-2', 'threat', 1, 'uitzetting', [0, 240_000], 240_000, 234_719],
      ['au-2', 'threat', 2, 'detentie', [1_178_266, 0], 1_178_266, 1_178_266],
      ['au-2', 'breakthrough', 1, 'begeleiding', [357_826, 357_826], 715_652, 707_778],
    ]);
  });

  it('price as stated, price year, the index factor as a decimal and a fraction, quantity, count, chance, source', async () => {
    const b = rows[5]!;
    expect(b).toMatchObject({
      cohort: 'gezinnen',
      rate: 'begeleiding',
      item: null,
      law: 'Wmo',
      payer: 'gemeente',
      price: 6400,
      price_year: 2022,
      index_factor: 1.072254,
      index_factor_exact: '536127/500000',
      quantity: 78.214285714286,
      quantity_exact: '1095/14',
      count: 1,
      chance: 1,
      discount_rate: 0.0225,
      from: 'maand 7',
      source: 'test/fixtures/audit/gezinnen/au-1.yaml:20',
    });
    expect(rows[2]).toMatchObject({ price: 50000, price_year: 2023, index_factor: 1.033, index_factor_exact: '1033/1000', chance: 0.5, from: 'maand 13' });
    expect(rows[4]).toMatchObject({ rate: null, item: 'Huurachterstand aflossen', law: 'Participatiewet', price: 150000, index_factor: 1, from: null });
  });

  it('the rows of a case add up to its scenario totals to the cent; law, payer, total and mean rebuilt from the rows', async () => {
    const calc = await calcJson([audit]);
    const byCase = rebuild(rows, 'case');
    expect(Object.fromEntries(byCase)).toEqual({
      'au-1': { current: 2_731_420, threat: 3_888_997, breakthrough: 678_865, baten: 3_210_132, besparing: 2_052_555 },
      'au-2': { current: 1_786_797, threat: 1_412_985, breakthrough: 707_778, baten: 705_207, besparing: 1_079_019 },
    });
    for (const c of calc.cases) expect(byCase.get(c.id)).toEqual({ current: c.current, threat: c.threat, breakthrough: c.breakthrough, baten: c.baten, besparing: c.besparing });
    const law = rebuild(rows, 'law');
    expect([...law].map(([k, a]) => [k, a.baten]).sort()).toEqual([
      ['Jeugdwet', 2_373_594],
      ['Participatiewet', -150_000],
      ['Strafrecht', 2_693_669],
      ['Wmo', -1_001_924],
    ]);
    expect(rebuild(rows, 'payer').get('justitie')!.baten).toBe(2_693_669);
    expect(rebuild(rows, 'payer').get('gemeente')!.baten).toBe(1_221_670);
    const baten = rows.reduce((s, r) => s + (r.scenario === 'threat' ? r.present_value : r.scenario === 'breakthrough' ? -r.present_value : 0), 0);
    expect(baten).toBe(3_915_339);
    expect(calc.totals.mean_baten).toBe(Math.round(baten / 2)); // 1,957,669.5 → 1,957,670
  });
});

describe('a pivot of the line export reproduces every report figure (bundled cases)', () => {
  let rows: LineJson[] = [];
  let calc: CalcJson;
  beforeAll(async () => {
    rows = await lines(['cases/']);
    calc = await calcJson(['cases/']);
  });

  it('per case, per law, per payer, the totals and the headline', async () => {
    const byCase = rebuild(rows, 'case');
    expect(byCase.size).toBe(calc.cases.length);
    for (const c of calc.cases) expect(byCase.get(c.id)).toEqual({ current: c.current, threat: c.threat, breakthrough: c.breakthrough, baten: c.baten, besparing: c.besparing });
    const pick = (a: Amounts): Amounts => ({ current: a.current, threat: a.threat, breakthrough: a.breakthrough, baten: a.baten, besparing: a.besparing });
    const law = rebuild(rows, 'law');
    expect(law.size).toBe(calc.breakdowns.all.by_law.length);
    for (const g of calc.breakdowns.all.by_law) expect(law.get(g.law)).toEqual(pick(g));
    const payer = rebuild(rows, 'payer');
    expect(payer.size).toBe(calc.breakdowns.all.by_payer.length);
    for (const g of calc.breakdowns.all.by_payer) expect(payer.get(g.payer)).toEqual(pick(g));
    const total = [...byCase.values()].reduce((s, a) => s + a.baten, 0);
    expect(total).toBe(calc.totals.baten);
    // the headline's mean: total ÷ cases, rounded once (half away from zero; all positive here)
    expect(Math.round(total / byCase.size)).toBe(calc.totals.mean_baten);
    // the investment (issue 16): the rows marked as such add up to the total investment
    expect(rows.filter((r) => r.investment).reduce((s, r) => s + r.present_value, 0)).toBe(calc.totals.investment);
    // pinned, not computed by hand here: the € 70.041 of the investment table (test/fixtures/returns
    // has the hand-computed investment figures); this test checks that the rows rebuild it
    expect(calc.totals.investment).toBe(7004145);
    // one-year cases: the present value is the undiscounted cost and the only year
    for (const r of rows) expect([r.undiscounted, r.years.length, r.discount_rate]).toEqual([r.present_value, 1, null]);
  });
});

describe('calc --lines as CSV and as a workbook', () => {
  it('CSV: Dutch ";" and decimal comma, English "," and decimal point; one row per line', async () => {
    const nl = (await run(['calc', audit, '--lines', '--format', 'csv'])).stdout;
    const en = (await run(['calc', audit, '--lines', '--format', 'csv', '--lang', 'en'])).stdout;
    const nlRows = nl.split('\r\n');
    expect(nlRows[0]).toBe(
      '\uFEFFcohort;casus;scenario;nr;tarief;tabel;eigen post;omschrijving;wet;betaler;eenheid;prijs per eenheid;eigen prijs;prijsjaar;indexfactor;indexfactor (breuk);hoeveelheid;hoeveelheid (breuk);afleiding hoeveelheid;aantal;kans;jaar 1;jaar 2;niet verdisconteerd;kosten (contante waarde);disconteringsvoet;bron;investering',
    );
    expect(nlRows.length).toBe(1 + 10 + 1); // header, ten lines, and the final CRLF
    expect(nlRows[2]).toBe(
      'gezinnen;au-1;huidige inzet;2;begeleiding;audit-2024;;Begeleiding thuis;Wmo;gemeente;uur;64,00;nee;2022;1,072254;536127 / 500000;52,142857142857;365 / 7;"6 maanden = 182,5 dagen; 2 per week × 182,5/7 weken = 52,142857… (365/7) uur";1;1;3578,26;0,00;3578,26;3578,26;0,0225;test/fixtures/audit/gezinnen/au-1.yaml:5;nee',
    );
    expect(en.split('\r\n')[0]!.startsWith('\uFEFFcohort,case,scenario,nr,rate,table,custom item,label,law,payer,unit,unit price,own price,price year,index factor')).toBe(true);
    expect(en).toContain('\r\ngezinnen,au-1,threat scenario,1,detentie,audit-2024,,Jeugddetentie,Strafrecht,justitie,day,500.00,no,2023,1.033,1033 / 1000,60,60,from month 13: 60 dagen,1,0.5,0.00,15495.00,15495.00,15154.03,0.0225,');
  });

  it('--lines with a format that is not data is a usage error (exit 2)', async () => {
    for (const f of ['table', 'md', 'html']) {
      const r = await run(['calc', audit, '--lines', '--format', f]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`doorbraak: --lines schrijft csv, json (één object per regel) of xlsx, niet '${f}': geef bijv. --format csv\n`);
    }
    expect((await run(['calc', audit, '--lines', '--format', 'xlsx'])).status).toBe(2);
  });

  it('xlsx: the lines sheet recomputes every figure with its formulas (evaluated here in floating point, as a spreadsheet does)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-lines-'));
    const file = join(dir, 'regels.xlsx');
    expect((await run(['calc', audit, '--lines', '--format', 'xlsx', '-o', file])).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Regels']);
    const ws = wb.getWorksheet('Regels')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(19, 27)).toEqual(['aantal', 'kans', 'exact (niet afgerond)', 'jaar 1', 'jaar 2', 'niet verdisconteerd', 'kosten (contante waarde)', 'disconteringsvoet']);
    const json = await lines([audit]);
    expect(ws.rowCount).toBe(json.length + 1);
    // au-1 breakthrough 2: begeleiding, a third in year 1, two thirds in year 2
    const r7 = ws.getRow(7);
    expect(r7.getCell('O').value).toEqual({ formula: '536127/500000', result: 1.072254 });
    expect(r7.getCell('Q').value).toEqual({ formula: '1095/14', result: 78.214285714286 });
    expect(r7.getCell('V').value).toMatchObject({ formula: 'L7*O7*Q7*T7*U7' });
    expect(r7.getCell('W').value).toEqual({ formula: 'ROUND(V7*1/3,2)', result: 1789.13 });
    expect(r7.getCell('X').value).toEqual({ formula: 'ROUND(V7*2/3,2)', result: 3578.26 });
    expect(r7.getCell('Y').value).toEqual({ formula: 'SUM(W7:X7)', result: 5367.39 });
    expect(r7.getCell('Z').value).toEqual({ formula: 'ROUND(W7+X7/(1+AA7)^1,2)', result: 5288.65 });
    json.forEach((j, i) => {
      const row = ws.getRow(i + 2);
      const got = ['W', 'X', 'Y', 'Z'].map((c) => Math.round(evaluate(ws, `${c}${i + 2}`) * 100));
      expect(got).toEqual([j.years[0], j.years[1], j.undiscounted, j.present_value]);
      // and the cached results are doorbraak's own figures
      expect(['W', 'X', 'Y', 'Z'].map((c) => Math.round(((row.getCell(c).value as { result: number }).result ?? 0) * 100))).toEqual(got);
    });
  });
});

/** A spreadsheet's ROUND on a double: the 15-digit decimal, halves away from zero. */
function excelRound(x: number, places: number): number {
  const f = 10 ** places;
  const y = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * Math.floor(y + 0.5)) / f;
}

/** Evaluates the few formula shapes of the lines sheet: + − * / ^, ROUND, SUM over one row, cell references. */
function evaluate(ws: ExcelJS.Worksheet, addr: string): number {
  const v = ws.getCell(addr).value as unknown;
  if (typeof v === 'number') return v;
  if (v === null || v === undefined || v === '') return 0;
  if (typeof v === 'object' && v !== null && 'formula' in v) {
    let f = (v as { formula: string }).formula;
    f = f.replace(/SUM\(([A-Z]+)(\d+):([A-Z]+)\d+\)/g, (_m, a: string, n: string, b: string) => {
      const cols: string[] = [];
      for (let c = ws.getColumn(a).number; c <= ws.getColumn(b).number; c++) cols.push(`${ws.getColumn(c).letter}${n}`);
      return `(${cols.join('+')})`;
    });
    f = f.replace(/\b([A-Z]{1,2}\d+)\b/g, (_m, ref: string) => `(${evaluate(ws, ref)})`).replace(/\^/g, '**').replace(/ROUND\(/g, 'excelRound(');
    return Function('excelRound', `return ${f};`)(excelRound) as number;
  }
  throw new Error(`${addr}: ${JSON.stringify(v)}`);
}

describe('the workbook completes the picture: per year, published against computed, the lines', () => {
  it('multi-year cases: a per-year sheet whose present values are the sums of the lines’ present values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-book-'));
    const file = join(dir, 'baten.xlsx');
    expect((await run(['calc', audit, '--format', 'xlsx', '-o', file])).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Casussen', 'Totalen', 'Per wet', 'Per betaler', 'Grootste posten', 'Onderbouwing', 'Per jaar', 'Regels', 'Tarieven', 'Verantwoording']);
    const ws = wb.getWorksheet('Per jaar')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['casus', 'cohort', 'jaar', 'disconteringsfactor', 'huidige inzet', 'dreigend scenario', 'na doorbraak', 'baten']);
    // au-1: year 1, year 2, undiscounted, present value (by hand above)
    const vals = (r: number): unknown[] => ['A', 'C', 'E', 'F', 'G', 'H'].map((c) => {
      const v = ws.getRow(r).getCell(c).value as unknown;
      return typeof v === 'object' && v !== null && 'result' in v ? Math.round((v as { result: number }).result * 100) : v;
    });
    expect(vals(2)).toEqual(['au-1', 1, 1_200_000 + 357_826, 1_200_000, 150_000 + 178_913, 1_200_000 - 328_913]);
    expect(vals(3)).toEqual(['au-1', 2, 1_200_000, 1_549_500 + 1_200_000, 357_826, 2_749_500 - 357_826]);
    expect(vals(4)).toEqual(['au-1', 'totaal niet verdisconteerd', 2_757_826, 3_949_500, 686_739, 3_262_761]);
    expect(vals(5)).toEqual(['au-1', 'contante waarde', 2_731_420, 3_888_997, 678_865, 3_210_132]);
    expect(ws.getRow(3).getCell('D').value).toEqual({ formula: '1/(1+0.0225)^1', result: 0.977995110024 });
    expect((ws.getRow(5).getCell('E').value as { formula: string }).formula).toBe(
      `SUMIFS('Regels'!$Z$2:$Z$11,'Regels'!$B$2:$B$11,"au-1",'Regels'!$C$2:$C$11,"huidige inzet")`,
    );
    expect(vals(9)).toEqual(['au-2', 'contante waarde', 1_786_797, 1_412_985, 707_778, 705_207]);
  });

  it('published against computed, with the difference as a formula (fixture cohort-a: published € 100,000 over 2 cases)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-book-'));
    const file = join(dir, 'baten.xlsx');
    const cwd = join(FIXTURES, 'basic');
    // --min-group 1: cohort-a's 2 cases are a small group, whose computed figures a workbook leaves out (docs/tracking.md)
    expect((await run(['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--min-group', '1', '--format', 'xlsx', '-o', file], { cwd })).status).toBe(0);
    const calc = await calcJson(['cohort-a', 'loose', '--rates', 'rates.yaml'], cwd);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Gepubliceerd')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['cohort', 'cijfer', 'gepubliceerd', 'berekend', 'verschil', 'klopt', 'bron']);
    const baten = calc.cases.filter((c) => c.id.startsWith('a-')).reduce((s, c) => s + c.baten, 0);
    expect(ws.getRow(3).getCell('C').value).toBe(100000);
    expect(Math.round((ws.getRow(3).getCell('D').value as number) * 100)).toBe(baten);
    expect(ws.getRow(3).getCell('E').value).toMatchObject({ formula: 'D3-C3' });
    expect(Math.round((ws.getRow(3).getCell('E').value as { result: number }).result * 100)).toBe(baten - 10_000_000);
    expect(ws.getRow(4).getCell('D').value).toMatchObject({ formula: 'IF(D2=0,"",D3/D2)' });
  });
});

describe('cited figures carry their lock', () => {
  it('HTML and xlsx written with --lock show the lock file and its sha256; verify accepts the lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-cite-'));
    const lock = join(dir, 'cijfers.lock.json');
    const html = await run(['calc', audit, '--format', 'html', '-o', join(dir, 'r.html'), '--lock', lock]);
    expect(html.status).toBe(0);
    const sha = createHash('sha256').update(readFileSync(lock)).digest('hex');
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toContain(`<dd class="hash" id="lock-digest">${sha}</dd>`);
    expect(page).toContain(`controleren met: doorbraak verify ${lock}`);
    expect((await run(['calc', audit, '--format', 'xlsx', '-o', join(dir, 'r.xlsx'), '--lock', lock])).status).toBe(0);
    expect(createHash('sha256').update(readFileSync(lock)).digest('hex')).toBe(sha);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'r.xlsx')) as unknown as ArrayBuffer);
    const about = wb.getWorksheet('Verantwoording')!;
    const pairs = about.getRows(1, about.rowCount)!.map((r) => [r.getCell(1).value, r.getCell(2).value]);
    expect(pairs).toContainEqual(['sha256 van het lock-bestand', sha]);
    expect(pairs).toContainEqual(['vastgelegd in (calc --lock)', lock]);
    expect((await run(['verify', lock])).status).toBe(0);
    // without --lock, nothing is cited
    expect((await run(['calc', audit, '--format', 'html'])).stdout).not.toContain('lock-digest');
  });
});

describe('more lines than a worksheet holds', () => {
  it('1,048,575 lines fit one sheet with its header; one more does not (the report leaves the sheet out, --lines --format xlsx refuses)', async () => {
    const { linesFitSheet } = await import('../src/write/render/xlsx-audit.js');
    expect(linesFitSheet(new Array(1_048_575))).toBe(true);
    expect(linesFitSheet(new Array(1_048_576))).toBe(false);
    const { messageText } = await import('../src/write/i18n/index.js');
    expect(messageText({ code: 'lines.xlsx_too_many', args: { lines: 1_048_576 } }, 'nl')).toBe(
      '1048576 regels passen niet op één werkblad (hoogstens 1.048.575); schrijf ze met --format csv of json',
    );
  });
});
