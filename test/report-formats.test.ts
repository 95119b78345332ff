/**
 * The council-facing formats of calc: the self-contained HTML report (golden file, no network,
 * accessibility), the xlsx workbook read back with an independent reader (exceljs: values, number
 * formats, formulas and their cached results, byte-identical runs) and the CSV conventions per
 * language. The real browser check is in test/browser.test.ts.
 * To accept a deliberate change of the HTML: UPDATE_GOLDEN=1 npx vitest run test/report-formats.test.ts
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HTML_STYLE } from '../src/write/render/html-style.js';
import { PALETTE } from '../src/write/svg.js';
import { FIXTURES, ROOT, golden, run } from './helpers.js';

const cwd = join(FIXTURES, 'basic');
// --no-indexation as in test/cli-golden.test.ts: the figures stay hand-computable.
const base = ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--no-indexation'];

const tmp = (): string => mkdtempSync(join(tmpdir(), 'doorbraak-formats-'));

/** The style sheet lives in src/write/render/html-style.ts; the golden file holds a placeholder, so a style change does not churn it. */
const STYLE = `<style>${HTML_STYLE}</style>`;
const STYLE_PLACEHOLDER = '<style>/* src/write/render/html-style.ts */</style>';

describe('calc --format html', () => {
  it('golden: the fixture in Dutch, with a projection', async () => {
    const r = await run([...base, '--format', 'html', '--project', '30,40'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split(STYLE)).toHaveLength(2);
    golden('calc.html.nl.html', r.stdout.replace(STYLE, STYLE_PLACEHOLDER));
  });

  it('is self-contained: no scripts, no external resources, no date', async () => {
    const html = (await run([...base, '--format', 'html'], { cwd })).stdout;
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|\shref="(?!#)/i);
    expect(html).not.toMatch(/20\d\d-\d\d-\d\d|\d\d:\d\d:\d\d/);
  });

  it('headline and key figures are the report’s (hand-computed in test/pricing.test.ts)', async () => {
    const html = (await run([...base, '--format', 'html'], { cwd })).stdout;
    // l-1 8,944.00 + a-1 76,369.00 + a-2 28,054.98 = 113,367.98 → € 113.368; / 3 = 37,789.33 → € 37.789
    expect(html).toContain('<p class="headline" id="headline">3 casussen, € 113.368 baten, € 37.789 per casus</p>');
    expect(html).toContain('<dd id="kf-baten">€ 113.368</dd>');
    expect(html).toContain('<dd id="kf-mean">€ 37.789</dd>');
    expect(html).toContain('<html lang="nl">');
  });

  it('English with --lang en', async () => {
    const html = (await run([...base, '--format', 'html', '--lang', 'en'], { cwd })).stdout;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('3 cases, €113,368 avoided costs (baten), €37,789 per case');
    expect(html).toContain('Rates used and their sources');
  });

  it('accessible: every chart is an image with a title, inside a figure followed by a table', async () => {
    const html = (await run([...base, '--format', 'html'], { cwd })).stdout;
    const svgs = [...html.matchAll(/<svg id="([^"]+)" class="chart" role="img" aria-labelledby="([^"]+)"/g)];
    expect(svgs.map((m) => m[1])).toEqual(['chart-baten', 'chart-scenarios', 'chart-law', 'chart-payer']);
    for (const m of svgs) expect(html).toContain(`<title id="${m[2]}">`);
    // each figure is followed (after an optional heading) by a table
    const afterFigures = [...html.matchAll(/<\/figure>\n(.{0,40})/g)].map((m) => m[1]);
    expect(afterFigures).toHaveLength(4);
    for (const a of afterFigures) expect(a).toMatch(/^<div class="table-wrap"><table/);
    // one h1, sections with h2 headings, table headers with scope
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toMatch(/<section id="tarieven" aria-labelledby="tarieven-h">\n<h2 id="tarieven-h">/);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row"');
  });

  it('the inputs’ content hash depends on the contents only and names the version', async () => {
    const html = (await run([...base, '--format', 'html'], { cwd })).stdout;
    const digest = /<dd class="hash" id="inputs-digest">([0-9a-f]{64})<\/dd>/.exec(html)?.[1];
    expect(digest).toBeDefined();
    // the same files named differently (other order, absolute paths) give the same hash
    const again = (await run(['calc', join(cwd, 'loose'), join(cwd, 'cohort-a'), '--rates', join(cwd, 'rates.yaml'), '--no-indexation', '--format', 'html'], { cwd: ROOT })).stdout;
    expect(/id="inputs-digest">([0-9a-f]{64})</.exec(again)?.[1]).toBe(digest);
    // with indexation the price index is an input too, so the hash changes
    const indexed = (await run([...base.filter((a) => a !== '--no-indexation'), '--format', 'html'], { cwd })).stdout;
    expect(/id="inputs-digest">([0-9a-f]{64})</.exec(indexed)?.[1]).not.toBe(digest);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(html).toContain(`<dd id="doorbraak-version">${version}</dd>`);
  });

  it('free text never appears, whatever the case files hold', async () => {
    const html = (await run(['calc', 'cases/', '--format', 'html'], {})).stdout;
    expect(html).not.toMatch(/betrokkenheid|legitimiteit/i);
  });

  it('-o writes the same bytes as stdout', async () => {
    const dir = tmp();
    const out = join(dir, 'report.html');
    const r = await run([...base, '--format', 'html', '-o', out], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await run([...base, '--format', 'html'], { cwd })).stdout);
  });

  it('chart colours have at least 3:1 contrast on white (WCAG 1.4.11)', async () => {
    const lum = (hex: string): number => {
      const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    for (const c of PALETTE) expect((1 + 0.05) / (lum(c) + 0.05)).toBeGreaterThanOrEqual(3);
    // text colours of the stylesheet: at least 4.5:1 (AA) on white and on the key-figure band
    const html = (await run([...base, '--format', 'html'], { cwd })).stdout;
    const ink = /--ink: (#[0-9a-f]{6})/.exec(html)![1]!;
    const muted = /--muted: (#[0-9a-f]{6})/.exec(html)![1]!;
    const accent = /--accent: (#[0-9a-f]{6})/.exec(html)![1]!;
    const band = /--band: (#[0-9a-f]{6})/.exec(html)![1]!;
    for (const t of [ink, muted, accent]) {
      for (const bg of ['#ffffff', band]) {
        const [a, b] = [lum(t), lum(bg)].sort((x, y) => y - x);
        expect((a! + 0.05) / (b! + 0.05)).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

interface CalcJson {
  cases: Array<{ id: string; cohort?: string; current: number; threat: number; breakthrough: number; baten: number; besparing: number }>;
  totals: { cases: number; current: number; threat: number; breakthrough: number; baten: number; besparing: number; mean_baten: number };
  breakdowns: { all: { by_law: Array<{ law: string; baten: number }> } };
}

// Written as "€"\ #,##0.00;"€"\ \-#,##0.00 (styles.xml); exceljs reports it without the escapes.
const EURO_FMT = '"€" #,##0.00;"€" -#,##0.00';
const cents = (v: number): number => Math.round(v * 100);

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

describe('calc --format xlsx', () => {
  it('without -o: a usage error (exit 2), nothing on stdout', async () => {
    const r = await run([...base, '--format', 'xlsx'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('doorbraak: --format xlsx schrijft een binair werkboek: geef een bestand met -o, bijv. -o baten.xlsx\n');
    expect((await run([...base, '--format', 'xlsx', '--lang', 'en'], { cwd })).stderr).toBe(
      'doorbraak: --format xlsx writes a binary workbook: give a file with -o, e.g. -o baten.xlsx\n',
    );
  });

  it('the same inputs give the same bytes', async () => {
    const dir = tmp();
    expect((await run([...base, '--format', 'xlsx', '-o', join(dir, 'a.xlsx')], { cwd })).status).toBe(0);
    expect((await run([...base, '--format', 'xlsx', '-o', join(dir, 'b.xlsx')], { cwd, env: { TZ: 'Pacific/Kiritimati' } })).status).toBe(0);
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });

  it('fixture: hand-computed amounts as euro numbers, baten as a formula', async () => {
    const dir = tmp();
    const file = join(dir, 'baten.xlsx');
    expect((await run([...base, '--format', 'xlsx', '-o', file], { cwd })).status).toBe(0);
    const wb = await readBook(file);
    // the fixture marks no investment and has no programme costs: of issue 16's sheets only the evidence by grade
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Casussen', 'Totalen', 'Per wet', 'Per betaler', 'Grootste posten', 'Onderbouwing', 'Gepubliceerd', 'Regels', 'Tarieven', 'Verantwoording']);
    const ws = wb.getWorksheet('Casussen')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'casus', 'titel', 'cohort', 'huidige inzet', 'dreigend scenario', 'na doorbraak', 'baten', 'besparing']);
    // report order: l-1 (no cohort), a-1, a-2. a-1 by hand (test/pricing.test.ts): current 12,000.00 +
    // 63,875.00 = 75,875.00; threat 89,425.00; breakthrough 9,000 + 4,056 = 13,056.00; baten 76,369.00
    const a1 = ws.getRow(3);
    expect(a1.getCell(1).value).toBe('a-1');
    expect(a1.getCell(4).value).toBe(75875);
    expect(a1.getCell(5).value).toBe(89425);
    expect(a1.getCell(6).value).toBe(13056);
    expect(a1.getCell(7).value).toEqual({ formula: 'E3-F3', result: 76369 });
    expect(a1.getCell(8).value).toEqual({ formula: 'D3-F3', result: 62819 });
    expect(a1.getCell(4).numFmt).toBe(EURO_FMT);
    expect(a1.getCell(7).numFmt).toBe(EURO_FMT);
    // a-2 has cents: threat 30,615.06
    expect(ws.getRow(4).getCell(5).value).toBe(30615.06);
    // the header row is frozen
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('bundled cases: SUM over the case rows, SUMIF per cohort, mean = total / count; cached results equal calc json', async () => {
    const dir = tmp();
    const file = join(dir, 'baten.xlsx');
    // --min-group 1: every law shows its figures (with the default of 5, groups of fewer cases show none; test/tracking.test.ts)
    expect((await run(['calc', 'cases/', '--format', 'xlsx', '--project', '30,40', '--min-group', '1', '-o', file])).status).toBe(0);
    const j = JSON.parse((await run(['calc', 'cases/', '--format', 'json'])).stdout) as CalcJson;
    const wb = await readBook(file);
    const cases = wb.getWorksheet('Casussen')!;
    const n = j.cases.length;
    expect(cases.rowCount).toBe(n + 1);
    j.cases.forEach((c, i) => {
      const row = cases.getRow(i + 2);
      expect(row.getCell(1).value).toBe(c.id);
      expect(cents(row.getCell(4).value as number)).toBe(c.current);
      expect(cents(row.getCell(5).value as number)).toBe(c.threat);
      expect(cents(row.getCell(6).value as number)).toBe(c.breakthrough);
      expect(cents((row.getCell(7).value as { result: number }).result)).toBe(c.baten);
    });
    const tot = wb.getWorksheet('Totalen')!;
    expect(tot.getRow(1).values).toEqual([undefined, 'bereik', 'aantal casussen', 'huidige inzet', 'dreigend scenario', 'na doorbraak', 'baten', 'besparing', 'gemiddeld per casus']);
    // two cohorts: one SUMIF row each, then all cases
    const cohortRow = tot.getRow(3);
    expect(cohortRow.getCell(1).value).toBe('cohort veilige-handen');
    expect(cohortRow.getCell(2).value).toEqual({ formula: `COUNTIF('Casussen'!$C$2:$C$${n + 1},"veilige-handen")`, result: 6 });
    expect((cohortRow.getCell(6).value as { formula: string }).formula).toBe(`SUMIF('Casussen'!$C$2:$C$${n + 1},"veilige-handen",'Casussen'!$G$2:$G$${n + 1})`);
    const all = tot.getRow(4);
    expect(all.getCell(1).value).toBe('alle casussen');
    expect(all.getCell(2).value).toEqual({ formula: `COUNTA('Casussen'!$A$2:$A$${n + 1})`, result: n });
    const keys = ['current', 'threat', 'breakthrough', 'baten', 'besparing'] as const;
    keys.forEach((k, i) => {
      const col = String.fromCharCode(68 + i); // D..H on the cases sheet
      const v = all.getCell(3 + i).value as { formula: string; result: number };
      expect(v.formula).toBe(`SUM('Casussen'!$${col}$2:$${col}$${n + 1})`);
      expect(cents(v.result)).toBe(j.totals[k]);
      // the cached total is the sum of the case rows as written
      expect(j.cases.reduce((a, c) => a + c[k], 0)).toBe(j.totals[k]);
      expect(all.getCell(3 + i).numFmt).toBe(EURO_FMT);
    });
    const mean = all.getCell(8).value as { formula: string; result: number };
    expect(mean.formula).toBe('IF(B4=0,"",F4/B4)');
    expect(cents(mean.result)).toBe(j.totals.mean_baten);
    // projections: mean × N
    expect(tot.getRow(7).getCell(1).value).toBe('projectie 30 casussen');
    expect((tot.getRow(7).getCell(6).value as { formula: string }).formula).toBe('H4*B7');
    // per law: amounts, SUM total, share = baten / total baten
    const law = wb.getWorksheet('Per wet')!;
    const groups = j.breakdowns.all.by_law;
    expect(law.getRow(2).getCell(1).value).toBe(groups[0]!.law);
    expect((law.getRow(2).getCell(7).value as { formula: string }).formula).toBe(`IF(E$${groups.length + 2}=0,"",E2/E$${groups.length + 2})`);
    expect(law.getRow(2).getCell(7).numFmt).toBe('0.00%');
    const lawTotal = law.getRow(groups.length + 2).getCell(5).value as { formula: string; result: number };
    expect(lawTotal.formula).toBe(`SUM(E2:E${groups.length + 1})`);
    expect(cents(lawTotal.result)).toBe(j.totals.baten);
    // rates used, with sources
    const rates = wb.getWorksheet('Tarieven')!;
    expect(rates.getRow(1).values).toEqual([undefined, 'tarief', 'omschrijving', 'eenheid', 'prijs per eenheid', 'prijsjaar', 'kwaliteit', 'bron', 'tabel', 'regels']);
    const ots = rates.getRows(2, rates.rowCount - 1)!.find((r) => r.getCell(1).value === 'ots')!;
    expect(ots.getCell(4).numFmt).toBe(EURO_FMT);
    expect(String(ots.getCell(7).value)).not.toBe('');
  });

  it('English sheet names with --lang en', async () => {
    const dir = tmp();
    const file = join(dir, 'en.xlsx');
    expect((await run([...base, '--format', 'xlsx', '--lang', 'en', '-o', file], { cwd })).status).toBe(0);
    const wb = await readBook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Cases', 'Totals', 'By law', 'By payer', 'Top items', 'Evidence', 'Published', 'Lines', 'Rates used', 'About']);
  });
});

describe('calc --format csv conventions', () => {
  it('Dutch: BOM, ";" and a decimal comma; English: BOM, "," and a decimal point', async () => {
    const nl = (await run([...base, '--format', 'csv', '--cents'], { cwd })).stdout;
    const en = (await run([...base, '--format', 'csv', '--cents', '--lang', 'en'], { cwd })).stdout;
    for (const s of [nl, en]) {
      expect(s.charCodeAt(0)).toBe(0xfeff);
      expect(s).toContain('\r\n');
    }
    // a-2's threat is 30,615.06 (cents): no grouping, the language's decimal mark
    expect(nl.split('\r\n')[0]).toBe('\uFEFFcasus;titel;cohort;horizon;huidige inzet;dreigend scenario;na doorbraak;baten;besparing');
    expect(nl).toMatch(/^a-2;Werkplek bij een schildersbedrijf;cohort-a;12 maanden;11608,63;30615,06;2560,08;28054,98;9048,55\r$/m);
    expect(en.split('\r\n')[0]).toBe('\uFEFFcase,title,cohort,horizon,current support,threat scenario,after breakthrough,avoided costs,savings');
    expect(en).toMatch(/^a-2,Werkplek bij een schildersbedrijf,cohort-a,12 months,11608\.63,30615\.06,2560\.08,28054\.98,9048\.55\r$/m);
    // shares: "66,7%" style in Dutch, "66.7%" in English
    expect(nl).toMatch(/;\d+,\d%/);
    expect(en).toMatch(/,\d+\.\d%/);
  });
});
