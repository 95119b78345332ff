/**
 * The calc report as one self-contained HTML file for a council: inline CSS and SVG only (no fonts,
 * scripts or images from elsewhere), printable on A4, in Dutch by default. Every chart has a title
 * and is followed by a table with the same figures. Formatting only: every figure comes from the
 * reports (src/reports/), and the tables are the same grids the other formats show.
 */
import type { Rate } from '../../data/model.js';
import type { CalcReport } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { EconomicsReport } from '../../reports/economics.js';
import type { RateUse } from '../../reports/rates-used.js';
import type { LockCitation } from '../../reports/audit.js';
import type { ReturnsReport } from '../../reports/returns.js';
import { calcGrid, headline } from '../calc-grid.js';
import { mixedHorizonsNote } from '../calc-view.js';
import { breakdownGrid, projectionGrid, publishedGrid, scopeMarks, showCohortScopes, topItemsGrid } from '../council-grid.js';
import { economicsGrids, economicsNotes } from '../economics-grid.js';
import { type Cell, type Grid, type GridRow, money, text } from '../grid.js';
import { type MoneyStyle, formatInt, formatMoney, texts, unitWord } from '../i18n/index.js';
import { PALETTE, type Segment, barChart, esc, groupedBarChart, stackedBar } from '../svg.js';
import { cellText } from './cell.js';
import { HTML_STYLE } from './html-style.js';
import type { TrackingReport } from '../../reports/tracking.js';
import type { Disclosure } from '../disclosure.js';
import { statusLine, trackedMainGrid } from '../tracking-grid.js';
import { trackingSections } from './html-tracking.js';
import { returnsSections } from './html-returns.js';

/** Everything the HTML report shows, computed before rendering. */
export interface HtmlReportInput {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  /** Investment and return, programme costs, who gains, evidence by grade (issue 16). */
  readonly returns?: ReturnsReport;
  readonly rates: readonly RateUse[];
  /** sha256 over the sorted sha256 of every input file (src/reports/digest.ts). */
  readonly digest: string;
  readonly inputFiles: number;
  readonly version: string;
  /** The lock file calc wrote in the same run: a council note can cite it and anyone can verify it. */
  readonly lock?: LockCitation;
  /** Status, follow-up, patterns, value scores and small-number marks (docs/tracking.md). */
  readonly tracking?: TrackingReport;
}

/** An HTML report is passed on: small groups show no figures (docs/tracking.md). */
function disclosureOf(r: HtmlReportInput, style: MoneyStyle): Disclosure | undefined {
  return r.tracking ? { small: r.tracking.small, publish: true, lang: style.lang } : undefined;
}

function cellHtml(c: Cell, style: MoneyStyle): { html: string; num: boolean } {
  return { html: esc(cellText(c, style)), num: c.kind === 'money' || c.kind === 'int' || c.kind === 'share' };
}

/** A grid as an accessible table: header cells with scope, the first cell of each row a row header. */
export function htmlTable(g: Grid, style: MoneyStyle, opts: { caption?: boolean; notes?: boolean } = {}): string {
  const wide = g.header.length >= 8;
  const head = g.header.map((h, i) => `<th scope="col"${g.align[i] === 'right' ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const row = (r: GridRow): string => {
    const cells = r.cells
      .map((c, i) => {
        const { html, num } = cellHtml(c, style);
        // Slugs and ids (no spaces) do not wrap at their hyphens.
        const slug = c.kind === 'text' && c.text.length <= 24 && !/\s/.test(c.text);
        // Long text (titles, sources with addresses) may break anywhere, but keeps a readable width.
        const long = c.kind === 'text' && c.text.length > 30;
        const cls = num || g.align[i] === 'right' ? ' class="num"' : slug ? ' class="nw"' : long ? ' class="long"' : '';
        return i === 0 ? `<th scope="row"${cls}>${html}</th>` : `<td${cls}>${html}</td>`;
      })
      .join('');
    return `<tr${r.kind === 'body' ? '' : ` class="${r.kind}"`}>${cells}</tr>`;
  };
  const caption = opts.caption !== false && g.title ? `<caption>${esc(g.title)}</caption>` : '';
  return (
    `<div class="table-wrap"><table${wide ? ' class="wide"' : ''}>${caption}<thead><tr>${head}</tr></thead>` +
    `<tbody>\n${g.rows.map(row).join('\n')}\n</tbody></table></div>\n` +
    (opts.notes === false ? '' : notesHtml(g.notes))
  );
}

function notesHtml(notes: readonly string[]): string {
  return notes.map((n) => `<p class="note">${esc(n)}</p>\n`).join('');
}

/** Several tables in a row, with the notes they share printed once below them all. */
function tablesWithNotes(gs: readonly Grid[], style: MoneyStyle): { tables: string[]; notes: string } {
  const seen: string[] = [];
  for (const g of gs) for (const n of g.notes) if (!seen.includes(n)) seen.push(n);
  return { tables: gs.map((g) => htmlTable(g, style, { notes: false })), notes: notesHtml(seen) };
}

const num = (c: bigint): number => Number(c);

/** One section of the report: its anchor, its heading (also in the table of contents) and its body. */
interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

function sectionHtml(s: Section): string {
  return `<section id="${s.id}" aria-labelledby="${s.id}-h">\n<h2 id="${s.id}-h">${esc(s.title)}</h2>\n${s.body}</section>\n`;
}

/** A section of one table takes the table's title as its heading (no caption repeating it). */
function singleTableSection(id: string, g: Grid, style: MoneyStyle): Section {
  return { id, title: g.title ?? id, body: htmlTable(g, style, { caption: false }) };
}

/** 1. Baten per case: the chart, then the same figures as a table. */
function batenSection(r: HtmlReportInput, style: MoneyStyle): Section {
  const { labels, html: words } = texts(style.lang);
  const { rows, totals } = r.calc;
  const showCohort = rows.some((x) => x.cohort);
  const bars = rows.map((x) => ({ label: `${x.id} ${x.title}`, value: num(x.baten), text: formatMoney(x.baten, style) }));
  const table: Grid = {
    header: [labels.case, labels.title, ...(showCohort ? [labels.cohort] : []), labels.baten],
    align: ['left', 'left', ...(showCohort ? ['left' as const] : []), 'right'],
    rows: [
      ...rows.map((x): GridRow => ({ kind: 'body', cells: [text(x.id), text(x.title), ...(showCohort ? [text(x.cohort ?? '')] : []), money(x.baten)] })),
      { kind: 'total', cells: [text(labels.total), text(labels.cases(totals.cases)), ...(showCohort ? [text('')] : []), money(totals.baten)] },
      { kind: 'mean', cells: [text(labels.mean), text(''), ...(showCohort ? [text('')] : []), money(totals.meanBaten)] },
    ],
    notes: [],
  };
  return {
    id: 'baten',
    title: words.batenPerCase,
    body: `<figure>${barChart('chart-baten', words.batenChart, bars)}</figure>\n${htmlTable(table, style)}`,
  };
}

/** 2. The three scenarios per case, then the full per-case table with totals and notes. */
function scenariosSection(r: HtmlReportInput, style: MoneyStyle): Section {
  const { labels, html: words } = texts(style.lang);
  const series = [
    { name: labels.current, colour: PALETTE[0] },
    { name: labels.threat, colour: PALETTE[1] },
    { name: labels.breakthrough, colour: PALETTE[2] },
  ];
  const groups = r.calc.rows.map((x) => ({
    label: x.id,
    sub: x.title,
    values: [num(x.current), num(x.threat), num(x.breakthrough)],
    texts: [formatMoney(x.current, style), formatMoney(x.threat, style), formatMoney(x.breakthrough, style)],
  }));
  // The headline (and any mix of horizons, and the status line) is already at the top of the page.
  const plain = calcGrid(r.calc, style, { headline: false });
  const d = disclosureOf(r, style);
  const main = r.tracking && d ? trackedMainGrid(plain, r.calc, r.tracking, d) : plain;
  const notes = main.notes;
  return {
    id: 'scenarios',
    title: words.scenarios,
    body:
      `<p>${esc(words.scenariosIntro)}</p>\n<figure>${groupedBarChart('chart-scenarios', words.scenariosChart, series, groups)}</figure>\n` +
      htmlTable({ ...main, notes }, style),
  };
}

/** The chart's segments: small and withheld groups (docs/tracking.md) together as one. */
function segments(b: CouncilReport['all']['breakdowns']['law'], style: MoneyStyle, marks?: readonly (string | undefined)[]): Segment[] {
  const shown = b.groups.filter((_, i) => !marks?.[i]);
  const out: Segment[] = shown.map((g) => ({ label: g.key, value: num(g.baten), text: formatMoney(g.baten, style) }));
  if (shown.length < b.groups.length) {
    const rest = b.groups.filter((_, i) => marks?.[i]).reduce((a, g) => a + g.baten, 0n);
    out.push({ label: texts(style.lang).tracking.withheld, value: num(rest), text: formatMoney(rest, style) });
  }
  return out;
}

/** 3. Per law and per payer: stacked bars of the baten, each followed by its breakdown table; then per cohort. */
function lawPayerSection(r: HtmlReportInput, style: MoneyStyle): Section {
  const { labels, council: councilWords, html: words } = texts(style.lang);
  const all = r.council.all.breakdowns;
  const d = disclosureOf(r, style);
  const m = scopeMarks(d);
  // Only the groups the charts show (small ones are merged, docs/tracking.md).
  const negative = [...segments(all.law, style, m.law?.rows), ...segments(all.payer, style, m.payer?.rows)].some((g) => g.value < 0);
  const own = tablesWithNotes([breakdownGrid(all.law, labels.allCases, style, d, m.law), breakdownGrid(all.payer, labels.allCases, style, d, m.payer)], style);
  let body =
    `<h3>${esc(councilWords.byLaw)}</h3>\n<figure>${stackedBar('chart-law', words.lawChart, segments(all.law, style, m.law?.rows))}</figure>\n${own.tables[0]}` +
    `<h3>${esc(councilWords.byPayer)}</h3>\n<figure>${stackedBar('chart-payer', words.payerChart, segments(all.payer, style, m.payer?.rows))}</figure>\n${own.tables[1]}` +
    (negative ? `<p class="note">${esc(words.negativeLegend)}</p>\n` : '') +
    own.notes;
  if (showCohortScopes(r.calc)) {
    body += `<h3>${esc(words.perCohort)}</h3>\n`;
    const perCohort = tablesWithNotes(
      r.council.cohorts.flatMap((sc, i) => {
        const scope = labels.cohortScope(sc.cohort?.id ?? '');
        const cm = scopeMarks(d, i);
        return [breakdownGrid(sc.breakdowns.law, scope, style, d, cm.law), breakdownGrid(sc.breakdowns.payer, scope, style, d, cm.payer)];
      }),
      style,
    );
    body += perCohort.tables.join('') + perCohort.notes;
  }
  return { id: 'wet-betaler', title: words.lawPayer, body };
}

/** 4. The largest current cost items (unless --top 0). */
function topItemsSection(r: HtmlReportInput, style: MoneyStyle): Section | undefined {
  if (r.council.topItems.n <= 0) return undefined;
  const g = topItemsGrid(r.council, style);
  return { id: 'kostenposten', title: texts(style.lang).html.top, body: htmlTable({ ...g, title: g.title ?? '' }, style) };
}

/** 5. Projections (with --project). */
function projectionSection(r: HtmlReportInput, style: MoneyStyle): Section | undefined {
  return r.council.projectSizes.length ? singleTableSection('projectie', projectionGrid(r.calc, r.council, style, disclosureOf(r, style)), style) : undefined;
}

/** 6. Published against computed (when a cohort publishes figures). */
function publishedSection(r: HtmlReportInput, style: MoneyStyle): Section | undefined {
  return r.council.published.length ? singleTableSection('gepubliceerd', publishedGrid(r.council.published, style, disclosureOf(r, style)), style) : undefined;
}

/** 7. Price year and method: the economics notes and sections. */
function economicsSection(r: HtmlReportInput, style: MoneyStyle, economicsText: readonly string[]): Section {
  const { labels, html: words } = texts(style.lang);
  return {
    id: 'rekenwijze',
    title: words.economics,
    body:
      [...economicsText, labels.amountsNote(style.cents)].map((n) => `<p>${esc(n)}</p>\n`).join('') +
      economicsGrids(r.economics, style)
        .map((g) => htmlTable(g, style))
        .join(''),
  };
}

/** 8. The rates used, one row each: label with its id, unit, price, price year, grade, source with its table. */
function ratesSection(r: HtmlReportInput, style: MoneyStyle): Section {
  const { rates: rateWords, html: words } = texts(style.lang);
  const rows = r.rates.map(
    (u) =>
      `<tr><th scope="row" class="long">${esc(u.rate.label)}<br><code>${esc(u.rate.id)}</code></th>` +
      `<td class="nw">${esc(unitWord(u.rate.unit, false, style.lang))}</td>` +
      `<td class="num">${esc(formatMoney(u.rate.priceCents, { ...style, cents: true }))}</td>` +
      `<td class="num">${u.rate.priceYear}</td>` +
      `<td class="grade">${esc(u.rate.grade ?? '–')}</td>` +
      `<td class="source">${esc(u.rate.source)} <span class="muted">(${esc(rateWords.table)} ${esc(u.rate.table)})</span></td></tr>`,
  );
  const table =
    `<div class="table-wrap"><table class="rates"><thead><tr>` +
    `<th scope="col">${esc(rateWords.label)} / ${esc(rateWords.rate)}</th><th scope="col">${esc(rateWords.unit)}</th><th scope="col" class="num">${esc(rateWords.unitPrice)}</th>` +
    `<th scope="col" class="num">${esc(rateWords.priceYear)}</th><th scope="col">${esc(rateWords.grade)}</th><th scope="col">${esc(rateWords.source)}</th>` +
    `</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n`;
  return { id: 'tarieven', title: words.rates, body: `<p>${esc(words.ratesIntro)}</p>\n${table}` };
}

/** 9. Accountability: the hash over the inputs, the version, the rate tables. */
function accountabilitySection(r: HtmlReportInput, style: MoneyStyle): Section {
  const { rates: rateWords, html: words } = texts(style.lang);
  const tables = r.calc.tables.map((t) => `<li>${esc(t.id)}: ${esc(t.title)} (${esc(rateWords.priceYear)} ${t.priceYear}; ${esc(t.file)})</li>`).join('');
  return {
    id: 'verantwoording',
    title: words.accountability,
    body:
      `<dl class="facts">\n<dt>${esc(words.digest)}</dt><dd class="hash" id="inputs-digest">${esc(r.digest)}</dd>\n` +
      `<dt>${esc(words.version)}</dt><dd id="doorbraak-version">${esc(r.version)}</dd>\n` +
      `<dt>${esc(words.tables)}</dt><dd><ul>${tables}</ul></dd>\n` +
      (r.lock ? lockHtml(r.lock, style) : '') +
      `</dl>\n` +
      `<p class="note">${esc(words.digestNote(r.inputFiles))}</p>\n<p class="note">${esc(words.reproduce)}</p>\n` +
      (r.lock ? `<p class="note">${esc(texts(style.lang).audit.lockNote(r.lock.file))}</p>\n` : ''),
  };
}

/** The lock file calc wrote in the same run, and its sha256: what a council note cites. */
function lockHtml(lock: LockCitation, style: MoneyStyle): string {
  const audit = texts(style.lang).audit;
  return (
    `<dt>${esc(audit.lockFile)}</dt><dd id="lock-file"><code>${esc(lock.file)}</code></dd>\n` +
    `<dt>${esc(audit.lockDigest)}</dt><dd class="hash" id="lock-digest">${esc(lock.sha256)}</dd>\n`
  );
}

/** The top of the page: title, headline, key figures, how to read them, and the table of contents. */
function masthead(r: HtmlReportInput, style: MoneyStyle, headlineText: string, economicsText: readonly string[], sections: readonly Section[]): string {
  const { labels, html: words } = texts(style.lang);
  const totals = r.calc.totals;
  const cohortTitles = r.calc.cohorts.map((c) => c.title);
  // Under the headline only what changes how to read it: the price year and, when multi-year, present values.
  const howToRead = [mixedHorizonsNote(r.calc.horizons, style.lang), economicsText[0], ...(r.economics.horizon.multiYear ? [economicsText[economicsText.length - 1]] : [])].filter(
    (n): n is string => n !== undefined,
  );
  return (
    `<header>\n<p class="kicker">${esc(words.kicker)}</p>\n<h1>${esc(words.title)}</h1>\n` +
    (cohortTitles.length ? `<p class="lede">${cohortTitles.map(esc).join(' · ')}</p>\n` : '') +
    `<p class="headline" id="headline">${esc(headlineText)}</p>\n` +
    (r.tracking?.status.show ? `<p class="lede" id="status-line">${esc(statusLine(r.tracking.status, style.lang))}</p>\n` : '') +
    `<dl class="keyfigures">` +
    `<div><dt>${esc(words.cases)}</dt><dd id="kf-cases">${esc(formatInt(totals.cases, style.lang))}</dd></div>` +
    `<div><dt>${esc(words.baten)}</dt><dd id="kf-baten">${esc(formatMoney(totals.baten, style))}</dd></div>` +
    `<div><dt>${esc(labels.mean)}</dt><dd id="kf-mean">${esc(formatMoney(totals.meanBaten, style))}</dd></div>` +
    `</dl>\n` +
    howToRead.map((n) => `<p class="lede">${esc(n)}</p>\n`).join('') +
    `<nav class="toc" aria-label="${esc(words.contents)}"><strong>${esc(words.contents)}</strong><ol>` +
    sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('') +
    `</ol></nav>\n</header>\n`
  );
}

export function renderHtml(r: HtmlReportInput, style: MoneyStyle): string {
  const headlineText = headline(r.calc.totals, style);
  const economicsText = economicsNotes(r.economics, style);
  const sections = [
    batenSection(r, style),
    scenariosSection(r, style),
    lawPayerSection(r, style),
    // Did it pay off, and for whom (issue 16): investment and return, who gains, evidence by grade.
    ...(r.returns ? returnsSections(r.returns, r.calc, style, htmlTable, disclosureOf(r, style)) : []),
    topItemsSection(r, style),
    projectionSection(r, style),
    publishedSection(r, style),
    ...(r.tracking ? trackingSections(r.tracking, r.calc, style, disclosureOf(r, style)!, (g, o) => htmlTable(g, style, o)) : []),
    economicsSection(r, style, economicsText),
    ratesSection(r, style),
    accountabilitySection(r, style),
  ].filter((s): s is Section => s !== undefined);
  return (
    `<!DOCTYPE html>\n<html lang="${style.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="doorbraak ${esc(r.version)}">\n` +
    `<title>${esc(texts(style.lang).html.docTitle(headlineText))}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n` +
    masthead(r, style, headlineText, economicsText, sections) +
    sections.map(sectionHtml).join('') +
    `</main>\n</body>\n</html>\n`
  );
}
