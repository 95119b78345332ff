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
import { calcGrid, headline } from '../calc-grid.js';
import { breakdownGrid, projectionGrid, publishedGrid, showCohortScopes, topItemsGrid } from '../council-grid.js';
import { economicsGrids, economicsNotes } from '../economics-grid.js';
import { type Cell, type Grid, type GridRow, int, money, moneyCents, text } from '../grid.js';
import { LABELS, type Lang, type MoneyStyle, formatInt, formatMoney } from '../i18n.js';
import { REPORT_LABELS, formatPermille, unitWord } from '../i18n-reports.js';
import { PALETTE, type Segment, barChart, esc, groupedBarChart, stackedBar } from '../svg.js';

/** Everything the HTML report shows, computed before rendering. */
export interface HtmlReportInput {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  readonly rates: readonly RateUse[];
  /** sha256 over the sorted sha256 of every input file (src/reports/digest.ts). */
  readonly digest: string;
  readonly inputFiles: number;
  readonly version: string;
}

const H = {
  nl: {
    kicker: 'Doorbraakmethode · rapportage baten',
    title: 'Baten van de doorbraken',
    docTitle: (h: string) => `Doorbraak: ${h}`,
    cases: 'casussen',
    baten: 'baten',
    perCase: 'gemiddeld per casus',
    contents: 'Inhoud',
    batenPerCase: 'Baten per casus',
    batenChart: 'Staafdiagram: baten per casus (dreigend scenario − na doorbraak)',
    scenarios: 'Drie scenario’s per casus',
    scenariosIntro: 'Per casus de kosten van de huidige inzet, het dreigend scenario (als er niets verandert) en de situatie na de doorbraak (de doorbraak zelf inbegrepen).',
    scenariosChart: 'Staafdiagram: huidige inzet, dreigend scenario en na doorbraak per casus',
    lawPayer: 'Baten per wet en per betaler',
    lawChart: 'Gestapelde staaf: baten per wet (alle casussen)',
    payerChart: 'Gestapelde staaf: baten per betaler (alle casussen)',
    negativeLegend: 'Lichte segmenten links van de nullijn: onder die wet of betaler kost de doorbraak meer dan het dreigend scenario.',
    perCohort: 'Per cohort',
    top: 'Grootste kostenposten en hun doorbraken',
    economics: 'Prijspeil en rekenwijze',
    rates: 'Gebruikte tarieven en bronnen',
    ratesIntro: 'Elk tarief waarmee een regel in deze casussen is geprijsd, met prijs, prijsjaar, kwaliteit en bron. Kwaliteit: A officieel tarief, B afgeleid, C zwak of schatting.',
    unit: 'eenheid',
    lines: 'regels',
    accountability: 'Verantwoording',
    digest: 'Inhoudshash van de invoer (sha256)',
    digestNote: (n: number) =>
      `sha256 over de gesorteerde sha256-hashes van ${n === 1 ? 'het invoerbestand' : `alle ${n} invoerbestanden`} (casussen, cohorten, tarieventabellen en de prijsindex als die is gebruikt). Dezelfde invoer geeft dezelfde hash, waar en wanneer ook.`,
    version: 'doorbraak-versie',
    tables: 'Tarieventabellen',
    priceYear: 'prijsjaar',
    reproduce: 'Dit rapport bevat geen datum of tijd: dezelfde invoer en dezelfde versie geven hetzelfde bestand. Vrije tekst uit de casusbestanden (values, note) staat er niet in.',
    grade: 'kwaliteit',
  },
  en: {
    kicker: 'Doorbraakmethode · avoided costs report',
    title: 'Avoided costs of the breakthroughs',
    docTitle: (h: string) => `Doorbraak: ${h}`,
    cases: 'cases',
    baten: 'avoided costs (baten)',
    perCase: 'mean per case',
    contents: 'Contents',
    batenPerCase: 'Avoided costs per case',
    batenChart: 'Bar chart: avoided costs per case (threat − after breakthrough)',
    scenarios: 'Three scenarios per case',
    scenariosIntro: 'For each case the cost of the current support, of the threat scenario (if nothing changes) and after the breakthrough (the breakthrough itself included).',
    scenariosChart: 'Bar chart: current support, threat scenario and after breakthrough per case',
    lawPayer: 'Avoided costs by law and by payer',
    lawChart: 'Stacked bar: avoided costs by law (all cases)',
    payerChart: 'Stacked bar: avoided costs by payer (all cases)',
    negativeLegend: 'Light segments left of the zero line: under that law or payer the breakthrough costs more than the threat scenario.',
    perCohort: 'Per cohort',
    top: 'Largest cost items and their breakthroughs',
    economics: 'Price year and method',
    rates: 'Rates used and their sources',
    ratesIntro: 'Every rate a line of these cases was priced with, with its price, price year, grade and source. Grade: A official tariff, B derived, C weak or estimate.',
    unit: 'unit',
    lines: 'lines',
    accountability: 'Accountability',
    digest: 'Content hash of the inputs (sha256)',
    digestNote: (n: number) =>
      `sha256 over the sorted sha256 hashes of ${n === 1 ? 'the input file' : `all ${n} input files`} (cases, cohorts, rate tables and the price index when one was used). The same inputs give the same hash, wherever and whenever.`,
    version: 'doorbraak version',
    tables: 'Rate tables',
    priceYear: 'price year',
    reproduce: 'This report holds no date or time: the same inputs and the same version give the same file. Free text from the case files (values, note) is not in it.',
    grade: 'grade',
  },
} as const;

const CSS = `
:root { --ink: #1a1a1a; --muted: #4d4d4d; --rule: #d0d0d0; --band: #f3f5f7; --accent: #005a8c; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; }
main { max-width: 62rem; margin: 0 auto; padding: 2.5rem 2rem 4rem; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 0.75rem; padding-top: 0.25rem; border-top: 3px solid var(--accent); padding-top: 0.6rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
p { margin: 0.5rem 0; max-width: 46rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }
.headline { font-size: 1.3rem; font-weight: 600; margin: 0.25rem 0 1.25rem; }
.keyfigures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1.25rem; padding: 0; }
.keyfigures div { flex: 1 1 12rem; background: var(--band); border-left: 6px solid var(--accent); padding: 0.8rem 1rem; }
.keyfigures dt { font-size: 0.85rem; color: var(--muted); }
.keyfigures dd { margin: 0.1rem 0 0; font-size: 1.9rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.lede { color: var(--muted); font-size: 0.95rem; }
nav.toc { margin: 1.5rem 0 0; font-size: 0.95rem; }
nav.toc ol { margin: 0.25rem 0 0; padding-left: 1.4rem; columns: 2; }
nav.toc a { color: var(--accent); }
section { margin-top: 3rem; }
figure { margin: 1rem 0 1.25rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 12px; fill: #1a1a1a; }
svg.chart text.small { font-size: 11px; fill: #404040; }
svg.chart text.strong { font-weight: 600; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
table.wide { font-size: 0.78rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.35rem; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); text-align: left; font-weight: 600; }
thead th.num { text-align: right; white-space: normal; }
tbody th { text-align: left; font-weight: normal; }
td.long, th.long { min-width: 11rem; overflow-wrap: anywhere; }
table.rates td.source { min-width: 18rem; overflow-wrap: anywhere; font-size: 0.8rem; }
table.rates code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.78rem; color: var(--muted); }
td.grade { text-align: center; }
.muted { color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; overflow-wrap: normal; }
td.nw, th.nw { white-space: nowrap; overflow-wrap: normal; }
tr.total th, tr.total td, tr.mean th, tr.mean td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.subtotal th, tr.subtotal td { background: var(--band); font-weight: 600; }
.note { color: var(--muted); font-size: 0.85rem; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85rem; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  body { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  section { margin-top: 0; break-before: page; }
  header + section { break-before: auto; margin-top: 2rem; }
  h2, h3, caption { break-after: avoid; }
  figure, tr, .keyfigures { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table.wide { font-size: 7.5pt; }
  th, td { padding: 0.2rem 0.3rem; }
  a { color: inherit; text-decoration: none; }
}
`;

function cellHtml(c: Cell, style: MoneyStyle): { html: string; num: boolean } {
  switch (c.kind) {
    case 'text':
      return { html: esc(c.text), num: false };
    case 'money':
      return { html: esc(formatMoney(c.cents, c.showCents ? { ...style, cents: true } : style)), num: true };
    case 'int':
      return { html: esc(formatInt(c.value, style.lang)), num: true };
    case 'share':
      return { html: esc(formatPermille(c.permille, style.lang)), num: true };
    default:
      return { html: '', num: false };
  }
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

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(title)}</h2>\n${body}</section>\n`;
}

function unitText(u: Rate['unit'], lang: Lang): string {
  return u === 'once' ? REPORT_LABELS[lang].once : unitWord(u, false, lang);
}

/** The rates used, one row each: label with its id, unit, price, price year, grade, source with its table. */
function ratesTable(rates: readonly RateUse[], style: MoneyStyle): string {
  const R = REPORT_LABELS[style.lang];
  const h = H[style.lang];
  const rows = rates.map(
    (u) =>
      `<tr><th scope="row" class="long">${esc(u.rate.label)}<br><code>${esc(u.rate.id)}</code></th>` +
      `<td class="nw">${esc(unitText(u.rate.unit, style.lang))}</td>` +
      `<td class="num">${esc(formatMoney(u.rate.priceCents, { ...style, cents: true }))}</td>` +
      `<td class="num">${u.rate.priceYear}</td>` +
      `<td class="grade">${esc(u.rate.grade ?? '–')}</td>` +
      `<td class="source">${esc(u.rate.source)} <span class="muted">(${esc(R.table)} ${esc(u.rate.table)})</span></td></tr>`,
  );
  return (
    `<div class="table-wrap"><table class="rates"><thead><tr>` +
    `<th scope="col">${esc(R.label)} / ${esc(R.rateId)}</th><th scope="col">${esc(h.unit)}</th><th scope="col" class="num">${esc(R.unitPrice)}</th>` +
    `<th scope="col" class="num">${esc(R.priceYear)}</th><th scope="col">${esc(h.grade)}</th><th scope="col">${esc(R.source)}</th>` +
    `</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>\n`
  );
}

function segments(b: CouncilReport['all']['breakdowns']['law'], style: MoneyStyle): Segment[] {
  return b.groups.map((g) => ({ label: g.key, value: num(g.baten), text: formatMoney(g.baten, style) }));
}

export function renderHtml(r: HtmlReportInput, style: MoneyStyle): string {
  const h = H[style.lang];
  const L = LABELS[style.lang];
  const R = REPORT_LABELS[style.lang];
  const { calc, council } = r;
  const T = calc.totals;
  const head = headline(T, style);
  const sections: Array<{ id: string; title: string; body: string }> = [];

  // 1. Baten per case: the chart, then the same figures as a table.
  const caseLabel = (x: { id: string; title: string }): string => `${x.id} ${x.title}`;
  const batenBars = calc.rows.map((x) => ({ label: caseLabel(x), value: num(x.baten), text: formatMoney(x.baten, style) }));
  const batenTable: Grid = {
    header: [L.case, L.title, ...(calc.rows.some((x) => x.cohort) ? [L.cohort] : []), L.baten],
    align: ['left', 'left', ...(calc.rows.some((x) => x.cohort) ? ['left' as const] : []), 'right'],
    rows: [
      ...calc.rows.map((x): GridRow => ({ kind: 'body', cells: [text(x.id), text(x.title), ...(calc.rows.some((y) => y.cohort) ? [text(x.cohort ?? '')] : []), money(x.baten)] })),
      { kind: 'total', cells: [text(L.total), text(L.cases(T.cases)), ...(calc.rows.some((y) => y.cohort) ? [text('')] : []), money(T.baten)] },
      { kind: 'mean', cells: [text(L.mean), text(''), ...(calc.rows.some((y) => y.cohort) ? [text('')] : []), money(T.meanBaten)] },
    ],
    notes: [],
  };
  sections.push({
    id: 'baten',
    title: h.batenPerCase,
    body: `<figure>${barChart('chart-baten', h.batenChart, batenBars)}</figure>\n${htmlTable(batenTable, style)}`,
  });

  // 2. The three scenarios per case, then the full per-case table with totals and notes.
  const series = [
    { name: L.current, colour: PALETTE[0] },
    { name: L.threat, colour: PALETTE[1] },
    { name: L.breakthrough, colour: PALETTE[2] },
  ];
  const groups = calc.rows.map((x) => ({
    label: x.id,
    sub: x.title,
    values: [num(x.current), num(x.threat), num(x.breakthrough)],
    texts: [formatMoney(x.current, style), formatMoney(x.threat, style), formatMoney(x.breakthrough, style)],
  }));
  const main = calcGrid(calc, style);
  const mainNotes = main.notes.filter((n) => n !== head);
  sections.push({
    id: 'scenarios',
    title: h.scenarios,
    body: `<p>${esc(h.scenariosIntro)}</p>\n<figure>${groupedBarChart('chart-scenarios', h.scenariosChart, series, groups)}</figure>\n${htmlTable({ ...main, notes: mainNotes }, style)}`,
  });

  // 3. Per law and per payer: stacked bars of the baten, each followed by its breakdown table.
  const all = council.all.breakdowns;
  const negative = [...all.law.groups, ...all.payer.groups].some((g) => g.baten < 0n);
  const own = tablesWithNotes([breakdownGrid(all.law, R.allCases, style), breakdownGrid(all.payer, R.allCases, style)], style);
  let lp =
    `<h3>${esc(R.byLaw)}</h3>\n<figure>${stackedBar('chart-law', h.lawChart, segments(all.law, style))}</figure>\n${own.tables[0]}` +
    `<h3>${esc(R.byPayer)}</h3>\n<figure>${stackedBar('chart-payer', h.payerChart, segments(all.payer, style))}</figure>\n${own.tables[1]}` +
    (negative ? `<p class="note">${esc(h.negativeLegend)}</p>\n` : '') +
    own.notes;
  if (showCohortScopes(calc)) {
    lp += `<h3>${esc(h.perCohort)}</h3>\n`;
    const per = tablesWithNotes(
      council.cohorts.flatMap((sc) => {
        const scope = R.cohortScope(sc.cohort?.id ?? '');
        return [breakdownGrid(sc.breakdowns.law, scope, style), breakdownGrid(sc.breakdowns.payer, scope, style)];
      }),
      style,
    );
    lp += per.tables.join('') + per.notes;
  }
  sections.push({ id: 'wet-betaler', title: h.lawPayer, body: lp });

  if (council.topItems.n > 0) {
    const g = topItemsGrid(council, style);
    sections.push({ id: 'kostenposten', title: h.top, body: htmlTable({ ...g, title: g.title ?? '' }, style) });
  }
  // A section of one table takes the table's title as its heading (no caption repeating it).
  const single = (id: string, g: Grid): void => void sections.push({ id, title: g.title ?? id, body: htmlTable(g, style, { caption: false }) });
  if (council.projectSizes.length) single('projectie', projectionGrid(calc, council, style));
  if (council.published.length) single('gepubliceerd', publishedGrid(council.published, style));

  const econNotes = economicsNotes(r.economics, style);
  sections.push({
    id: 'rekenwijze',
    title: h.economics,
    body: [...econNotes, L.amountsNote(style.cents)].map((n) => `<p>${esc(n)}</p>\n`).join('') + economicsGrids(r.economics, style).map((g) => htmlTable(g, style)).join(''),
  });

  sections.push({ id: 'tarieven', title: h.rates, body: `<p>${esc(h.ratesIntro)}</p>\n${ratesTable(r.rates, style)}` });

  const tables = calc.tables.map((t) => `<li>${esc(t.id)}: ${esc(t.title)} (${esc(h.priceYear)} ${t.priceYear}; ${esc(t.file)})</li>`).join('');
  sections.push({
    id: 'verantwoording',
    title: h.accountability,
    body:
      `<dl class="facts">\n<dt>${esc(h.digest)}</dt><dd class="hash" id="inputs-digest">${esc(r.digest)}</dd>\n` +
      `<dt>${esc(h.version)}</dt><dd id="doorbraak-version">${esc(r.version)}</dd>\n` +
      `<dt>${esc(h.tables)}</dt><dd><ul>${tables}</ul></dd>\n</dl>\n` +
      `<p class="note">${esc(h.digestNote(r.inputFiles))}</p>\n<p class="note">${esc(h.reproduce)}</p>\n`,
  });

  const cohortTitles = calc.cohorts.map((c) => c.title);
  const masthead =
    `<header>\n<p class="kicker">${esc(h.kicker)}</p>\n<h1>${esc(h.title)}</h1>\n` +
    (cohortTitles.length ? `<p class="lede">${cohortTitles.map(esc).join(' · ')}</p>\n` : '') +
    `<p class="headline" id="headline">${esc(head)}</p>\n` +
    `<dl class="keyfigures">` +
    `<div><dt>${esc(h.cases)}</dt><dd id="kf-cases">${esc(formatInt(T.cases, style.lang))}</dd></div>` +
    `<div><dt>${esc(h.baten)}</dt><dd id="kf-baten">${esc(formatMoney(T.baten, style))}</dd></div>` +
    `<div><dt>${esc(h.perCase)}</dt><dd id="kf-mean">${esc(formatMoney(T.meanBaten, style))}</dd></div>` +
    `</dl>\n` +
    // Under the headline only what changes how to read it: the price year and, when multi-year, present values.
    [econNotes[0], ...(r.economics.horizon.multiYear ? [econNotes[econNotes.length - 1]] : [])]
      .filter((n): n is string => n !== undefined)
      .map((n) => `<p class="lede">${esc(n)}</p>\n`)
      .join('') +
    `<nav class="toc" aria-label="${esc(h.contents)}"><strong>${esc(h.contents)}</strong><ol>` +
    sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('') +
    `</ol></nav>\n</header>\n`;

  return (
    `<!DOCTYPE html>\n<html lang="${style.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="generator" content="doorbraak ${esc(r.version)}">\n` +
    `<title>${esc(h.docTitle(head))}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n` +
    masthead +
    sections.map((s) => section(s.id, s.title, s.body)).join('') +
    `</main>\n</body>\n</html>\n`
  );
}
