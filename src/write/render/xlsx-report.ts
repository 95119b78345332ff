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
import { headline } from '../calc-grid.js';
import { economicsNotes } from '../economics-grid.js';
import { LABELS, type Lang, type MoneyStyle } from '../i18n.js';
import { REPORT_LABELS, unitWord } from '../i18n-reports.js';
import { type XCell, type XSheet, centsToDecimal, workbook } from '../xlsx.js';

export interface XlsxReportInput {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  readonly rates: readonly RateUse[];
  readonly digest: string;
  readonly version: string;
}

const S = {
  nl: {
    cases: 'Casussen',
    totals: 'Totalen',
    byLaw: 'Per wet',
    byPayer: 'Per betaler',
    top: 'Grootste posten',
    rates: 'Tarieven',
    about: 'Verantwoording',
    scope: 'bereik',
    count: 'aantal casussen',
    shareBaten: 'aandeel baten',
    rateIdCol: 'tarief',
    unit: 'eenheid',
    grade: 'kwaliteit',
    lines: 'regels',
    item: 'kostenpost',
    digest: 'inhoudshash invoer (sha256)',
    version: 'doorbraak-versie',
    headline: 'kernzin',
    note: 'toelichting',
    formulas:
      'Baten en besparing per casus, de totalen (SOM over de casusregels), het gemiddelde (totaal ÷ aantal) en de aandelen zijn formules: het werkboek rekent mee als u een bedrag wijzigt.',
    amounts: 'Bedragen in euro, exact op de cent zoals doorbraak ze berekent.',
  },
  en: {
    cases: 'Cases',
    totals: 'Totals',
    byLaw: 'By law',
    byPayer: 'By payer',
    top: 'Top items',
    rates: 'Rates used',
    about: 'About',
    scope: 'scope',
    count: 'number of cases',
    shareBaten: 'share of avoided costs',
    rateIdCol: 'rate',
    unit: 'unit',
    grade: 'grade',
    lines: 'lines',
    item: 'cost item',
    digest: 'content hash of the inputs (sha256)',
    version: 'doorbraak version',
    headline: 'headline',
    note: 'note',
    formulas:
      'Avoided costs and savings per case, the totals (SUM over the case rows), the mean (total ÷ count) and the shares are formulas: the workbook recomputes when you edit an amount.',
    amounts: 'Amounts in euros, exact to the cent as doorbraak computes them.',
  },
} as const;

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

function unitText(u: RateUse['rate']['unit'], lang: Lang): string {
  return u === 'once' ? REPORT_LABELS[lang].once : unitWord(u, false, lang);
}

function breakdownSheet(name: string, b: Breakdown, keyHeader: string, style: MoneyStyle): XSheet {
  const L = LABELS[style.lang];
  const s = S[style.lang];
  const n = b.groups.length;
  const totalRow = n + 2;
  const rows: XCell[][] = [head([keyHeader, L.current, L.threat, L.breakthrough, L.baten, L.besparing, s.shareBaten])];
  b.groups.forEach((g, i) => {
    const r = i + 2;
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
    txt(L.total, true),
    sum('B', b.total.current),
    sum('C', b.total.threat),
    sum('D', b.total.breakthrough),
    sum('E', b.total.baten),
    sum('F', b.total.besparing),
    { t: 'formula', f: `IF(E${totalRow}=0,"",SUM(G2:G${n + 1}))`, fmt: 'pct', cached: b.total.baten === 0n ? '' : '1', bold: true },
  ]);
  return { name, rows, widths: [28, 16, 18, 16, 16, 16, 14], header: true };
}

export function calcWorkbookSheets(r: XlsxReportInput, style: MoneyStyle): XSheet[] {
  const L = LABELS[style.lang];
  const R = REPORT_LABELS[style.lang];
  const s = S[style.lang];
  const { calc, council } = r;
  const T = calc.totals;
  const n = calc.rows.length;
  const last = n + 1;

  // Cases: one row per case; baten and besparing as formulas over the scenario columns.
  const cases: XCell[][] = [head([L.case, L.title, L.cohort, L.current, L.threat, L.breakthrough, L.baten, L.besparing])];
  calc.rows.forEach((x, i) => {
    const row = i + 2;
    cases.push([txt(x.id), txt(x.title), txt(x.cohort ?? ''), euro(x.current), euro(x.threat), euro(x.breakthrough), fEuro(`E${row}-F${row}`, x.baten), fEuro(`D${row}-F${row}`, x.besparing)]);
  });

  // Totals: per cohort (SUMIF on the cohort column) when there are several, then all cases (SUM).
  const C = ref(s.cases);
  const range = (c: string): string => `${C}!$${c}$2:$${c}$${last}`;
  const totals: XCell[][] = [head([s.scope, s.count, L.current, L.threat, L.breakthrough, L.baten, L.besparing, L.mean])];
  const amountCols = ['D', 'E', 'F', 'G', 'H'] as const;
  const keys = AMOUNT_KEYS;
  if (calc.cohorts.length > 1) {
    for (const c of calc.cohorts) {
      const row = totals.length + 1;
      const crit = `"${c.id.replace(/"/g, '""')}"`;
      totals.push([
        txt(R.cohortScope(c.id)),
        fInt(`COUNTIF(${range('C')},${crit})`, c.totals.cases),
        ...amountCols.map((col, k) => fEuro(`SUMIF(${range('C')},${crit},${range(col)})`, c.totals[keys[k]!])),
        { t: 'formula', f: `IF(B${row}=0,"",F${row}/B${row})`, fmt: 'euro', cached: eurosOf(c.totals.meanBaten) },
      ]);
    }
  }
  const totalRow = totals.length + 1;
  totals.push([
    txt(R.allCases, true),
    fInt(n ? `COUNTA(${range('A')})` : '0', T.cases, true),
    ...amountCols.map((col, k) => fEuro(n ? `SUM(${range(col)})` : '0', T[keys[k]!], true)),
    { t: 'formula', f: `IF(B${totalRow}=0,"",F${totalRow}/B${totalRow})`, fmt: 'euro', cached: T.cases ? eurosOf(T.meanBaten) : '', bold: true },
  ]);
  if (council.projectSizes.length) {
    totals.push([]);
    totals.push(head([R.projectionTitle]));
    council.all.projections.forEach((p) => {
      totals.push([txt(R.projectedFor(p.cases)), { t: 'int', v: p.cases }, { t: 'empty' }, { t: 'empty' }, { t: 'empty' }, fEuro(`H${totalRow}*B${totals.length + 1}`, p.batenCents)]);
    });
    totals.push([txt(R.projectionNote)]);
  }

  const top: XCell[][] = [head([R.rank, s.item, s.rateIdCol, R.law, R.totalCurrent, R.shareOfCurrent, R.casesCol, R.weighedMost, R.realised])];
  council.topItems.items.forEach((x, i) => {
    top.push([
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

  const rates: XCell[][] = [head([s.rateIdCol, R.label, s.unit, R.unitPrice, R.priceYear, s.grade, R.source, R.table, s.lines])];
  for (const u of r.rates) {
    rates.push([
      txt(u.rate.id),
      txt(u.rate.label),
      txt(unitText(u.rate.unit, style.lang)),
      euro(u.rate.priceCents),
      { t: 'int', v: u.rate.priceYear },
      txt(u.rate.grade ?? ''),
      txt(u.rate.source),
      txt(u.rate.table),
      { t: 'int', v: u.lines },
    ]);
  }

  const about: XCell[][] = [
    [txt(s.headline, true), txt(headline(T, style))],
    ...economicsNotes(r.economics, style).map((x) => [txt(s.note, true), txt(x)]),
    [txt(s.note, true), txt(L.amountsNote(true))],
    [txt(s.note, true), txt(s.amounts)],
    [txt(s.note, true), txt(s.formulas)],
    ...calc.tables.map((t) => [txt(R.table, true), txt(`${t.id}: ${t.title} (${R.priceYear} ${t.priceYear}; ${t.file})`)]),
    [txt(s.digest, true), txt(r.digest)],
    [txt(s.version, true), txt(r.version)],
  ];

  const sheets: XSheet[] = [
    { name: s.cases, rows: cases, widths: [12, 44, 18, 16, 18, 16, 16, 16], header: true },
    { name: s.totals, rows: totals, widths: [28, 16, 16, 18, 16, 16, 16, 20], header: true },
    breakdownSheet(s.byLaw, council.all.breakdowns.law, R.law, style),
    breakdownSheet(s.byPayer, council.all.breakdowns.payer, R.payer, style),
  ];
  if (council.topItems.n > 0) sheets.push({ name: s.top, rows: top, widths: [6, 44, 24, 16, 18, 12, 10, 14, 44], header: true });
  sheets.push({ name: s.rates, rows: rates, widths: [26, 40, 10, 14, 10, 10, 60, 14, 8], header: true });
  sheets.push({ name: s.about, rows: about, widths: [30, 100] });
  return sheets;
}

/** The workbook's bytes: the same report gives the same bytes. */
export function renderXlsx(r: XlsxReportInput, style: MoneyStyle): Buffer {
  return workbook(calcWorkbookSheets(r, style));
}

