/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium` package, driven by
 * playwright-core) opens the report of the bundled cases, checks the headline figures against the calc
 * JSON of the same inputs, checks that every chart rendered with the expected number of bars and
 * segments, that print layout gives A4 pages, and saves a full-page screenshot under test-artifacts/.
 * Without /usr/bin/chromium the test is skipped, except under CI, where it fails (.ci/run installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupMarks } from '../src/reports/small-numbers.js';
import { ROOT, run } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium package (see .ci/run)`);
if (!present) console.warn(`browser test skipped: ${CHROMIUM} not found (install Debian's chromium package to run it)`);

const ARTIFACTS = join(ROOT, 'test-artifacts');

interface CalcJson {
  cases: Array<{ id: string; baten: number }>;
  totals: { cases: number; baten: number; mean_baten: number };
  breakdowns: { all: { by_law: Array<{ cases: number; baten: number }>; by_payer: Array<{ cases: number; baten: number }> } };
  who_gains: { by_payer: Gains[]; by_law: Gains[] };
}

interface Gains {
  payer?: string;
  law?: string;
  cases: number;
  invested: number;
  baten_before_investment: number;
  net: number;
  programme_costs: number;
  net_after_programme: number;
}

// Figures are compared as integers: the page's whole euros against the JSON's integer cents, rounded
// here with BigInt (half away from zero), never through floating point.
/** Integer cents (or a fraction of cents, num/den) to whole euros, half away from zero: 27303450 → 273035n. */
function wholeEuros(cents: number | bigint, den = 1n): bigint {
  const c = BigInt(cents);
  const e = ((c < 0n ? -c : c) * 2n + 100n * den) / (200n * den);
  return c < 0n ? -e : e;
}
/** A figure as the page shows it, "€ 273.034" or "€ -1.234" (Dutch grouping), to whole euros. */
function shownEuros(text: string): bigint {
  const m = /^€ (-?)(\d{1,3}(?:\.\d{3})*)$/.exec(text.trim());
  if (!m) throw new Error(`not a Dutch whole-euro figure: ${JSON.stringify(text)}`);
  return BigInt(m[1]! + m[2]!.replaceAll('.', ''));
}

describe.skipIf(!present)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const file = join(ARTIFACTS, 'report.html');
  let j: CalcJson;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const r = await run(['calc', 'cases/', '--project', '30,40', '--format', 'html', '-o', file]);
    expect(r.status).toBe(0);
    j = JSON.parse((await run(['calc', 'cases/', '--format', 'json'])).stdout) as CalcJson;
    // Imported here: playwright-core takes about a second to load, for nothing when the test is skipped.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      timeout: 60_000,
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the headline, draws every chart, prints on A4, and is screenshotted', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    // the headline and the key figures, against the JSON of the same inputs; the mean is rounded once,
    // from the exact total baten / cases
    const T = j.totals;
    const baten = wholeEuros(T.baten);
    const mean = wholeEuros(T.baten, BigInt(T.cases));
    const headline = /^(\d+) casussen, (€ -?[\d.]+) baten, (€ -?[\d.]+) per casus$/.exec(await page.locator('#headline').innerText());
    expect(headline).not.toBeNull();
    expect([Number(headline![1]), shownEuros(headline![2]!), shownEuros(headline![3]!)]).toEqual([T.cases, baten, mean]);
    expect(await page.locator('#kf-cases').innerText()).toBe(String(T.cases));
    expect(shownEuros(await page.locator('#kf-baten').innerText())).toBe(baten);
    expect(shownEuros(await page.locator('#kf-mean').innerText())).toBe(mean);
    expect(await page.title()).toContain(headline![2]!);

    // every chart rendered: a laid-out SVG with the expected number of bars or segments
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        const widths = [...s.querySelectorAll('g.bar rect, g.segment rect')].map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width);
        return {
          id: s.id,
          width: box.width,
          height: box.height,
          bars: s.querySelectorAll('g.bar').length,
          segments: s.querySelectorAll('g.segment').length,
          drawn: widths.filter((w) => w > 0).length,
          label: s.querySelector('title')?.textContent ?? '',
        };
      }),
    );
    // who invests, who gains (issue 16); the patterns (docs/tracking.md): by problem (opvoeding and psychisch
    // have 5 cases or more); every kind has fewer than 5 cases, so the kinds have a table but no chart
    expect(charts.map((c) => c.id)).toEqual(['chart-baten', 'chart-scenarios', 'chart-law', 'chart-payer', 'chart-gains-payer', 'chart-gains-law', 'chart-pattern-problems']);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(30);
      expect(c.label).not.toBe('');
      expect(c.drawn).toBe(c.bars + c.segments);
    }
    const n = j.cases.length;
    expect(charts[0]!.bars).toBe(n); // one bar per case
    expect(charts[1]!.bars).toBe(3 * n); // current, threat, after breakthrough per case
    // one segment per law / payer of 5 cases or more with non-zero baten, and one for the smaller ones together
    const segmentsOf = (gs: { cases: number; baten: number }[]): number =>
      gs.filter((g) => g.cases >= 5 && g.baten !== 0).length + (gs.filter((g) => g.cases < 5).reduce((a, g) => a + g.baten, 0) !== 0 ? 1 : 0);
    expect(charts[2]!.segments).toBe(segmentsOf(j.breakdowns.all.by_law));
    expect(charts[3]!.segments).toBe(segmentsOf(j.breakdowns.all.by_payer));
    expect(charts[6]!.bars).toBe(2);

    // the bar of each case carries its figure, in report order
    const barTexts = await page.$$eval('#chart-baten g.bar title', (ts) => ts.map((t) => t.textContent ?? ''));
    expect(barTexts.map((t) => shownEuros(t.split(':').pop()!))).toEqual(j.cases.map((c) => wholeEuros(c.baten)));

    // the table after the chart has the same figures
    const tableBaten = await page.$$eval('#baten tbody tr:not(.total):not(.mean) td.num', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(tableBaten.map(shownEuros)).toEqual(j.cases.map((c) => wholeEuros(c.baten)));

    // who invests, who gains (issue 16): one bar per non-zero investment, programme cost and avoided
    // amount, drawn left of the zero line for what is put in; then a table with the same figures. The
    // groups of fewer than 5 cases (and a withheld second one, docs/tracking.md) are one row together.
    const amounts = ['invested', 'programme_costs', 'baten_before_investment', 'net', 'net_after_programme'] as const;
    const chartRows = (gs: Gains[]): Array<Pick<Gains, (typeof amounts)[number]>> => {
      const counted = gs.filter((g) => g.cases > 0);
      const marks = groupMarks(
        counted.map((g) => g.cases),
        5,
        true,
      );
      const hidden = counted.filter((_, i) => marks[i]);
      const shown = gs.filter((g) => !hidden.includes(g));
      const sum = Object.fromEntries(amounts.map((k) => [k, hidden.reduce((a, g) => a + g[k], 0)])) as Pick<Gains, (typeof amounts)[number]>;
      return hidden.length ? [...shown, sum] : shown;
    };
    const bars = (gs: Gains[]) => chartRows(gs).reduce((n, g) => n + [g.invested, g.programme_costs, g.baten_before_investment].filter((v) => v !== 0).length, 0);
    expect(charts[4]!.bars).toBe(bars(j.who_gains.by_payer));
    expect(charts[5]!.bars).toBe(bars(j.who_gains.by_law));
    const geometry = await page.$$eval('#chart-gains-payer line, #chart-gains-payer g.bar', (els) =>
      els.map((e) => {
        const r = e.querySelector('rect') ?? e;
        return { title: e.querySelector('title')?.textContent ?? '', x: Number(r.getAttribute('x') ?? r.getAttribute('x1')), w: Number(r.getAttribute('width') ?? 0) };
      }),
    );
    const zero = geometry[0]!.x;
    for (const g of geometry.slice(1)) {
      const [, what] = /, (.*):/.exec(g.title) ?? [];
      if (what === 'investeert' || what === 'programmakosten') expect(g.x + g.w).toBeLessThanOrEqual(zero + 0.11);
    }
    const payerRows = await page.$$eval('#wie-wint > div.table-wrap:first-of-type tbody tr:not(.total)', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
    const shownPayers = new Set(chartRows(j.who_gains.by_payer).map((g) => (g as Gains).payer));
    expect(payerRows.map((r) => (shownPayers.has(r[0]) ? [r[0], ...r.slice(1, 6).map((c) => shownEuros(c!))] : r.slice(0, 2)))).toEqual(
      j.who_gains.by_payer.map((g) =>
        shownPayers.has(g.payer)
          ? [g.payer, ...[g.invested, g.baten_before_investment, g.net, g.programme_costs, g.net_after_programme].map((c) => wholeEuros(c))]
          : [g.payer, expect.stringMatching(/^(< 5 casussen|afgeschermd)$/)],
      ),
    );
    const netTexts = await page.$$eval('#chart-gains-payer g.net title', (ts) => ts.map((t) => t.textContent ?? ''));
    expect(netTexts.map((t) => shownEuros(t.split(':').pop()!))).toEqual(chartRows(j.who_gains.by_payer).map((g) => wholeEuros(g.net_after_programme)));

    // nothing was fetched from anywhere
    expect(requests).toEqual([]);

    // nothing overflows the page horizontally on screen
    // (no DOM types in this project's tsconfig: the page's document, typed by hand)
    const overflow = await page.evaluate(() => {
      const el = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);

    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });

    // print: A4 pages, one section per page at least
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'report.pdf'), pdf);
    const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    // A4 = 210 × 297 mm = 595.28 × 841.89 pt
    expect(Math.round(Number(mediaBox?.[1]))).toBe(595);
    expect(Math.round(Number(mediaBox?.[2]))).toBe(842);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    const sections = await page.locator('main > section').count();
    expect(pages).toBeGreaterThanOrEqual(sections);
    await page.close();
  }, 120_000);
});
