/**
 * The calc report as an Excel workbook for finance staff: amounts as numbers in a euro format, and
 * formulas where a finance officer expects them (baten and besparing per case, totals as SUM over the
 * case rows, the mean as total ÷ count, shares as amount ÷ total), so the workbook recomputes when
 * someone edits a figure. Each formula carries the report's own figure as its cached result.
 * Formatting only: every figure comes from the reports.
 */
import { AMOUNT_KEYS } from '../../data/amounts.js';
import { type Rational, toDecimalString } from '../../data/rational.js';
import type { Breakdown } from '../../reports/breakdown.js';
import type { CalcReport } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { EconomicsReport } from '../../reports/economics.js';
import type { RateUse } from '../../reports/rates-used.js';
import type { ReturnsReport } from '../../reports/returns.js';
import { headline } from '../calc-grid.js';
import { economicsNotes } from '../economics-grid.js';
import { type MoneyStyle, texts, unitWord } from '../i18n/index.js';
import { type XCell, type XSheet, centsToDecimal, workbook } from '../xlsx.js';
import type { Marks } from '../../reports/small-numbers.js';
import type { TrackingReport } from '../../reports/tracking.js';
import { type Disclosure, hiddenText } from '../disclosure.js';
import { statusLine } from '../tracking-grid.js';
import { trackingSheets } from './xlsx-tracking.js';
import type { LockCitation } from '../../reports/audit.js';
import type { CaseYears, LineRow } from '../../reports/lines.js';
import { linesFitSheet, linesSheet, perYearSheet, publishedSheet } from './xlsx-audit.js';
import { returnsSheets } from './xlsx-returns.js';

export interface XlsxReportInput {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  /** Investment and return, programme costs, who gains, evidence by grade (issue 16). */
  readonly returns?: ReturnsReport;
  readonly rates: readonly RateUse[];
  readonly digest: string;
  readonly version: string;
  /** The audit trail: every priced line, the per-year figures of multi-year cases, the lock cited. */
  readonly lines?: readonly LineRow[];
  readonly caseYears?: readonly CaseYears[];
  readonly lock?: LockCitation;
  /** Status, follow-up, patterns, value scores and small-number marks (docs/tracking.md). */
  readonly tracking?: TrackingReport;
}

/** A workbook is passed on: small groups show no figures (docs/tracking.md). */
function disclosureOf(r: XlsxReportInput, style: MoneyStyle): Disclosure | undefined {
  return r.tracking ? { small: r.tracking.small, publish: true, lang: style.lang } : undefined;
}

const txt = (v: string, bold?: boolean): XCell => ({ t: 'text', v, ...(bold ? { bold } : {}) });
const euro = (cents: bigint, bold?: boolean): XCell => ({ t: 'euro', cents, ...(bold ? { bold } : {}) });
const fEuro = (f: string, cents: bigint, bold?: boolean): XCell => ({ t: 'formula', f, fmt: 'euro', cached: centsToDecimal(cents), ...(bold ? { bold } : {}) });
const fInt = (f: string, n: number, bold?: boolean): XCell => ({ t: 'formula', f, fmt: 'int', cached: String(n), ...(bold ? { bold } : {}) });
/** An exact fraction of cents as decimal euros for a cached result (10 decimals). */
const eurosOf = (cents: Rational): string => toDecimalString({ n: cents.n, d: cents.d * 100n }, 10);
const permille = (p: bigint | undefined): string => (p === undefined ? '' : toDecimalString({ n: p, d: 1000n }, 3));
const head = (names: readonly string[]): XCell[] => names.map((n) => txt(n, true));
/** A sheet name in a formula reference. */
const ref = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** Cases: one row per case; baten and besparing as formulas over the scenario columns. */
function casesSheet(r: XlsxReportInput, style: MoneyStyle): XSheet {
  const { labels, xlsx: words } = texts(style.lang);
  // With --status all, a status column after the amounts (docs/tracking.md).
  const marked = r.tracking?.status.marked === true;
  const status = (i: number): XCell[] => (marked && r.tracking ? [txt(texts(style.lang).tracking.status[r.tracking.cases[i]?.status ?? 'afgerond'])] : []);
  const rows: XCell[][] = [
    head([labels.case, labels.title, labels.cohort, labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing, ...(marked ? [texts(style.lang).tracking.statusCol] : [])]),
  ];
  r.calc.rows.forEach((x, i) => {
    const row = i + 2;
    rows.push([txt(x.id), txt(x.title), txt(x.cohort ?? ''), euro(x.current), euro(x.threat), euro(x.breakthrough), fEuro(`E${row}-F${row}`, x.baten), fEuro(`D${row}-F${row}`, x.besparing), ...status(i)]);
  });
  return { name: words.casesSheet, rows, widths: [12, 44, 18, 16, 18, 16, 16, 16, ...(marked ? [12] : [])], header: true };
}

/** Totals: per cohort (SUMIF on the cohort column of the cases sheet) when there are several, then all cases (SUM); projections below. */
function totalsSheet(r: XlsxReportInput, style: MoneyStyle): XSheet {
  const { labels, council: councilWords, xlsx: words } = texts(style.lang);
  const { calc, council } = r;
  const totals = calc.totals;
  const n = calc.rows.length;
  const casesRef = ref(words.casesSheet);
  const range = (c: string): string => `${casesRef}!$${c}$2:$${c}$${n + 1}`;
  const rows: XCell[][] = [head([councilWords.scope, words.count, labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing, labels.mean])];
  const amountCols = ['D', 'E', 'F', 'G', 'H'] as const;
  const keys = AMOUNT_KEYS;
  if (calc.cohorts.length > 1) {
    const d = disclosureOf(r, style);
    for (const [i, c] of calc.cohorts.entries()) {
      const row = rows.length + 1;
      const crit = `"${c.id.replace(/"/g, '""')}"`;
      const mark = d?.small.cohorts[i];
      if (mark && d) {
        rows.push([txt(labels.cohortScope(c.id)), txt(hiddenText(mark, d))]);
        continue;
      }
      rows.push([
        txt(labels.cohortScope(c.id)),
        fInt(`COUNTIF(${range('C')},${crit})`, c.totals.cases),
        ...amountCols.map((col, k) => fEuro(`SUMIF(${range('C')},${crit},${range(col)})`, c.totals[keys[k]!])),
        { t: 'formula', f: `IF(B${row}=0,"",F${row}/B${row})`, fmt: 'euro', cached: eurosOf(c.totals.meanBaten) },
      ]);
    }
  }
  const totalRow = rows.length + 1;
  rows.push([
    txt(labels.allCases, true),
    fInt(n ? `COUNTA(${range('A')})` : '0', totals.cases, true),
    ...amountCols.map((col, k) => fEuro(n ? `SUM(${range(col)})` : '0', totals[keys[k]!], true)),
    { t: 'formula', f: `IF(B${totalRow}=0,"",F${totalRow}/B${totalRow})`, fmt: 'euro', cached: totals.cases ? eurosOf(totals.meanBaten) : '', bold: true },
  ]);
  if (council.projectSizes.length) {
    rows.push([]);
    rows.push(head([councilWords.projectionTitle]));
    council.all.projections.forEach((p) => {
      rows.push([txt(councilWords.projectedFor(p.cases)), { t: 'int', v: p.cases }, { t: 'empty' }, { t: 'empty' }, { t: 'empty' }, fEuro(`H${totalRow}*B${rows.length + 1}`, p.batenCents)]);
    });
    rows.push([txt(councilWords.projectionNote)]);
  }
  return { name: words.totalsSheet, rows, widths: [28, 16, 16, 18, 16, 16, 16, 20], header: true };
}

/**
 * By law or by payer: amounts per group, baten and besparing and the shares as formulas, a SUM row.
 * Small groups (docs/tracking.md) show "< 5 casussen"; their amounts together are one row, so that
 * the SUM still gives the total.
 */
function breakdownSheet(name: string, b: Breakdown, keyHeader: string, style: MoneyStyle, d?: Disclosure, marks?: Marks): XSheet {
  const { labels, xlsx: words } = texts(style.lang);
  const hidden = b.groups.filter((_, i) => marks?.[i]);
  const n = b.groups.length + (hidden.length ? 1 : 0);
  const totalRow = n + 2;
  const rows: XCell[][] = [head([keyHeader, labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing, words.shareBaten])];
  const shown = b.groups.map((g, i) => {
    const mark = marks?.[i];
    return mark && d ? { hide: hiddenText(mark, d), g } : { g };
  });
  if (hidden.length && d) {
    const sum = (k: 'current' | 'threat' | 'breakthrough' | 'baten' | 'besparing'): bigint => hidden.reduce((a, g) => a + g[k], 0n);
    const shares = (k: 'current' | 'threat' | 'breakthrough' | 'baten' | 'besparing'): bigint | undefined =>
      hidden.every((g) => g.sharesPermille[k] !== undefined) ? hidden.reduce((a, g) => a + g.sharesPermille[k]!, 0n) : undefined;
    const keys = ['current', 'threat', 'breakthrough', 'baten', 'besparing'] as const;
    const together = {
      key: texts(style.lang).tracking.withheldTogether,
      cases: 0,
      current: sum('current'),
      threat: sum('threat'),
      breakthrough: sum('breakthrough'),
      baten: sum('baten'),
      besparing: sum('besparing'),
      sharesPermille: Object.fromEntries(keys.map((k) => [k, shares(k)])) as Record<(typeof keys)[number], bigint | undefined>,
    };
    shown.push({ g: together });
  }
  shown.forEach(({ g, hide }, i) => {
    const r = i + 2;
    if (hide !== undefined) {
      rows.push([txt(g.key), txt(hide)]);
      return;
    }
    rows.push([
      txt(g.key),
      euro(g.current),
      euro(g.threat),
      euro(g.breakthrough),
      fEuro(`C${r}-D${r}`, g.baten),
      fEuro(`B${r}-D${r}`, g.besparing),
      { t: 'formula', f: `IF(E$${totalRow}=0,"",E${r}/E$${totalRow})`, fmt: 'pct', cached: permille(g.sharesPermille.baten) },
    ]);
  });
  const sum = (c: string, cents: bigint): XCell => fEuro(n ? `SUM(${c}2:${c}${n + 1})` : '0', cents, true);
  rows.push([
    txt(labels.total, true),
    sum('B', b.total.current),
    sum('C', b.total.threat),
    sum('D', b.total.breakthrough),
    sum('E', b.total.baten),
    sum('F', b.total.besparing),
    { t: 'formula', f: `IF(E${totalRow}=0,"",SUM(G2:G${n + 1}))`, fmt: 'pct', cached: b.total.baten === 0n ? '' : '1', bold: true },
  ]);
  if (hidden.length && d) rows.push([], [txt(texts(style.lang).tracking.publishNote(d.small.k))]);
  return { name, rows, widths: [28, 16, 18, 16, 16, 16, 14], header: true };
}

/** The largest current cost items with the breakthrough that replaced them. */
function topItemsSheet(r: XlsxReportInput, style: MoneyStyle): XSheet {
  const { labels, rates: rateWords, council: councilWords, xlsx: words } = texts(style.lang);
  const rows: XCell[][] = [
    head([
      councilWords.rank,
      councilWords.item,
      rateWords.rate,
      labels.law,
      councilWords.totalCurrent,
      councilWords.shareOfCurrent,
      councilWords.casesCol,
      councilWords.weighedMost,
      councilWords.realised,
    ]),
  ];
  r.council.topItems.items.forEach((x, i) => {
    rows.push([
      { t: 'int', v: i + 1 },
      txt(x.label),
      txt(x.rate ?? ''),
      txt(x.laws.join(', ')),
      euro(x.totalCents),
      x.sharePermille === undefined ? { t: 'empty' } : { t: 'pct', v: permille(x.sharePermille) },
      { t: 'int', v: x.cases },
      txt(x.topCase.id),
      txt(x.breakthrough.text),
    ]);
  });
  return { name: words.topSheet, rows, widths: [6, 44, 24, 16, 18, 12, 10, 14, 44], header: true };
}

/** The rates used, with price, price year, grade, source and the number of lines priced with each. */
function ratesSheet(r: XlsxReportInput, style: MoneyStyle): XSheet {
  const { rates: rateWords, xlsx: words } = texts(style.lang);
  const rows: XCell[][] = [
    head([rateWords.rate, rateWords.label, rateWords.unit, rateWords.unitPrice, rateWords.priceYear, rateWords.grade, rateWords.source, rateWords.table, words.lines]),
  ];
  for (const u of r.rates) {
    rows.push([
      txt(u.rate.id),
      txt(u.rate.label),
      txt(unitWord(u.rate.unit, false, style.lang)),
      euro(u.rate.priceCents),
      { t: 'int', v: u.rate.priceYear },
      txt(u.rate.grade ?? ''),
      txt(u.rate.source),
      txt(u.rate.table),
      { t: 'int', v: u.lines },
    ]);
  }
  return { name: words.ratesSheet, rows, widths: [26, 40, 10, 14, 10, 10, 60, 14, 8], header: true };
}

/** About: the headline, the notes, the rate tables, the hash over the inputs and the version. */
function aboutSheet(r: XlsxReportInput, style: MoneyStyle): XSheet {
  const { labels, rates: rateWords, xlsx: words } = texts(style.lang);
  const rows: XCell[][] = [
    [txt(words.headline, true), txt(headline(r.calc.totals, style))],
    ...(r.tracking?.status.show ? [[txt(words.note, true), txt(statusLine(r.tracking.status, style.lang))]] : []),
    ...economicsNotes(r.economics, style).map((x) => [txt(words.note, true), txt(x)]),
    [txt(words.note, true), txt(labels.amountsNote(true))],
    [txt(words.note, true), txt(words.amounts)],
    [txt(words.note, true), txt(words.formulas)],
    ...r.calc.tables.map((t) => [txt(rateWords.table, true), txt(`${t.id}: ${t.title} (${rateWords.priceYear} ${t.priceYear}; ${t.file})`)]),
    [txt(words.digest, true), txt(r.digest)],
    [txt(words.version, true), txt(r.version)],
    ...(r.lines ? [[txt(words.note, true), txt(linesFitSheet(r.lines) ? texts(style.lang).audit.linesNote : texts(style.lang).audit.linesTooMany(r.lines.length))]] : []),
    ...(r.lock
      ? [
          [txt(texts(style.lang).audit.lockFile, true), txt(r.lock.file)],
          [txt(texts(style.lang).audit.lockDigest, true), txt(r.lock.sha256)],
          [txt(words.note, true), txt(texts(style.lang).audit.lockNote(r.lock.file))],
        ]
      : []),
  ];
  return { name: words.aboutSheet, rows, widths: [30, 100] };
}

export function calcWorkbookSheets(r: XlsxReportInput, style: MoneyStyle): XSheet[] {
  const { labels, xlsx: words } = texts(style.lang);
  const d = disclosureOf(r, style);
  const sheets: XSheet[] = [
    casesSheet(r, style),
    totalsSheet(r, style),
    breakdownSheet(words.byLawSheet, r.council.all.breakdowns.law, labels.law, style, d, d?.small.breakdowns.all.law),
    breakdownSheet(words.byPayerSheet, r.council.all.breakdowns.payer, labels.payer, style, d, d?.small.breakdowns.all.payer),
  ];
  if (r.council.topItems.n > 0) sheets.push(topItemsSheet(r, style));
  // Did it pay off, and for whom (issue 16): investment, who gains, programme, evidence.
  if (r.returns) sheets.push(...returnsSheets(r.returns, style, d));
  // Following cases over time (docs/tracking.md): follow-up, patterns, values.
  if (r.tracking && d) sheets.push(...trackingSheets(r.tracking, r.calc, style, d));
  // The audit trail: per-year figures of multi-year cases, published against computed, every line
  // (unless there are more lines than a worksheet holds: then calc --lines --format csv has them).
  const lines = r.lines && linesFitSheet(r.lines) ? r.lines : undefined;
  if (lines && r.caseYears?.length) sheets.push(perYearSheet(r.caseYears, lines, style));
  if (r.council.published.length) sheets.push(publishedSheet(r.council.published, style, d, d?.small.published));
  if (lines) sheets.push(linesSheet(lines, style));
  sheets.push(ratesSheet(r, style), aboutSheet(r, style));
  return sheets;
}

/** The workbook's bytes: the same report gives the same bytes. */
export function renderXlsx(r: XlsxReportInput, style: MoneyStyle): Buffer {
  return workbook(calcWorkbookSheets(r, style));
}
