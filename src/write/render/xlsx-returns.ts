/**
 * The sheets of issue 16 in the calc workbook: investment and return per case, who invests and who
 * gains (per payer, per law), the programme costs with the net result and break-even, and the
 * evidence by grade. Formulas where finance staff expect them (avoided = net baten + investment,
 * return = avoided ÷ investment, net = avoided − invested, totals as SUM, net result, break-even,
 * corrections), each with the report's own figure as its cached result. Formatting only.
 */
import { type Rational, mul, rat, toDecimalString } from '../../data/rational.js';
import type { InvestmentFigures } from '../../reports/investment.js';
import type { ReturnsReport } from '../../reports/returns.js';
import type { Marks } from '../../reports/small-numbers.js';
import type { GainRow, GainTable } from '../../reports/who-gains.js';
import { type Disclosure, disclosureNotes, hiddenText } from '../disclosure.js';
import { type MoneyStyle, localDecimal, texts } from '../i18n/index.js';
import { hasReturns } from '../returns-grid.js';
import { type XCell, type XSheet, centsToDecimal } from '../xlsx.js';

const txt = (v: string, bold?: boolean): XCell => ({ t: 'text', v, ...(bold ? { bold } : {}) });
const euro = (cents: bigint, bold?: boolean): XCell => ({ t: 'euro', cents, ...(bold ? { bold } : {}) });
const fEuro = (f: string, cents: bigint, bold?: boolean): XCell => ({ t: 'formula', f, fmt: 'euro', cached: centsToDecimal(cents), ...(bold ? { bold } : {}) });
const head = (names: readonly string[]): XCell[] => names.map((n) => txt(n, true));
/** An exact fraction as a decimal for a cached result (10 decimals). */
const dec = (r: Rational): string => toDecimalString(r, 10);
const EMPTY: XCell = { t: 'empty' };

/** The exact per-case programme cost: an amount when it is whole cents, else the exact decimal euros as a constant. */
function perCaseCell(cents: Rational): XCell {
  if (cents.d === 1n) return euro(cents.n);
  const euros = toDecimalString(mul(cents, rat(1, 100)), 10);
  return { t: 'formula', f: euros, fmt: 'euro', cached: euros };
}

function payback(f: InvestmentFigures, style: MoneyStyle): XCell {
  const w = texts(style.lang).returns;
  if (f.paybackMonth === undefined) return EMPTY;
  return txt(f.paybackMonth === null ? w.paybackNever : w.paybackMonth(f.paybackMonth));
}

/** Investment per case: avoided = net baten + investment, return = avoided ÷ investment, SUM totals. */
function investmentSheet(r: ReturnsReport, style: MoneyStyle): XSheet {
  const { labels, returns: w } = texts(style.lang);
  const rows: XCell[][] = [head([labels.case, labels.cohort, w.investment, w.netBaten, w.avoided, w.returnPerEuro, w.payback])];
  const perEuro = (row: number, f: InvestmentFigures, bold?: boolean): XCell => ({
    t: 'formula',
    f: `IF(C${row}=0,"",E${row}/C${row})`,
    fmt: 'euro',
    cached: f.returnPerEuro ? dec(f.returnPerEuro) : '',
    ...(bold ? { bold } : {}),
  });
  r.investment.cases.forEach((c, i) => {
    const row = i + 2;
    rows.push([txt(c.id), txt(c.cohort ?? ''), euro(c.investment), euro(c.netBaten), fEuro(`D${row}+C${row}`, c.avoided), perEuro(row, c), payback(c, style)]);
  });
  const n = r.investment.cases.length;
  const t = r.investment.total;
  const row = n + 2;
  const sum = (c: string, cents: bigint): XCell => fEuro(n ? `SUM(${c}2:${c}${n + 1})` : '0', cents, true);
  rows.push([txt(labels.total, true), txt(labels.cases(t.cases), true), sum('C', t.investment), sum('D', t.netBaten), sum('E', t.avoided), perEuro(row, t, true), payback(t, style)]);
  rows.push([], [txt(w.investmentNote)], [txt(w.paybackNote)]);
  return { name: w.investmentSheet, rows, widths: [14, 18, 16, 16, 16, 18, 22], header: true };
}

/**
 * A block of who-gains rows from row `start` (1-based, the header), with net = avoided − invested and
 * SUM totals. Small groups (docs/tracking.md) show "< 5 casussen"; their amounts together are one row,
 * so that the SUM still gives the total (as on the law and payer sheets).
 */
function gainsBlock(t: GainTable, withProgramme: boolean, start: number, style: MoneyStyle, d?: Disclosure, marks?: Marks): XCell[][] {
  const { labels, returns: w } = texts(style.lang);
  const prog = withProgramme && t.dimension === 'payer';
  const rows: XCell[][] = [
    head([t.dimension === 'payer' ? labels.payer : labels.law, w.invested, w.avoided, w.netPosition, ...(prog ? [w.programmeCosts, w.netAfterProgramme] : []), w.position]),
  ];
  const hidden = d ? t.rows.filter((_, i) => marks?.[i]) : [];
  const figures = (key: string, g: Omit<GainRow, 'key' | 'cases' | 'position'>, position: string): void => {
    const row = start + rows.length;
    rows.push([
      txt(key),
      euro(g.invested),
      euro(g.avoided),
      fEuro(`C${row}-B${row}`, g.net),
      ...(prog ? [euro(g.programme), fEuro(`D${row}-E${row}`, g.netAfterProgramme)] : []),
      txt(position),
    ]);
  };
  t.rows.forEach((g, i) => {
    const mark = marks?.[i];
    if (mark && d) rows.push([txt(g.key), txt(hiddenText(mark, d))]);
    else figures(g.key, g, w.positions[g.position]);
  });
  if (hidden.length) {
    const sum = (f: (g: GainRow) => bigint): bigint => hidden.reduce((a, g) => a + f(g), 0n);
    const together = { invested: sum((g) => g.invested), avoided: sum((g) => g.avoided), net: sum((g) => g.net), programme: sum((g) => g.programme), netAfterProgramme: sum((g) => g.netAfterProgramme) };
    figures(texts(style.lang).tracking.withheldTogether, together, '');
  }
  const first = start + 1;
  const last = start + rows.length - 1;
  const sum = (c: string, cents: bigint): XCell => fEuro(rows.length > 1 ? `SUM(${c}${first}:${c}${last})` : '0', cents, true);
  rows.push([
    txt(labels.total, true),
    sum('B', t.total.invested),
    sum('C', t.total.avoided),
    sum('D', t.total.net),
    ...(prog ? [sum('E', t.total.programme), sum('F', t.total.netAfterProgramme)] : []),
  ]);
  return rows;
}

function whoSheet(r: ReturnsReport, style: MoneyStyle, d?: Disclosure): XSheet {
  const { returns: w } = texts(style.lang);
  const m = d?.small.gains;
  const payer = gainsBlock(r.whoGains.byPayer, r.whoGains.programme, 1, style, d, m?.payer);
  const lawStart = payer.length + 3;
  const notes = disclosureNotes([...(m?.payer ?? []), ...(m?.law ?? [])], d).map((n) => [txt(n)]);
  const rows: XCell[][] = [
    ...payer,
    [],
    [txt(w.whoTitle('law'), true)],
    ...gainsBlock(r.whoGains.byLaw, false, lawStart, style, d, m?.law),
    [],
    [txt(w.whoNote)],
    ...notes,
  ];
  return { name: w.whoSheet, rows, widths: [22, 16, 16, 16, 18, 24, 30], header: true };
}

/** The costs (amounts as computed), then per cohort: programme costs (SUMIF), net result and break-even as formulas. */
function programmeSheet(r: ReturnsReport, style: MoneyStyle): XSheet {
  const { labels, returns: w } = texts(style.lang);
  const rows: XCell[][] = [head([labels.cohort, w.item, labels.payer, w.per, w.price, w.priceYear, w.factor, w.amount, w.source])];
  for (const c of r.programme.cohorts) {
    for (const x of c.costs) {
      rows.push([
        txt(c.id),
        txt(x.item),
        txt(x.payer),
        txt(x.per === 'once' ? w.perOnce : x.per === 'year' ? w.perYear(x.times) : w.perCase(x.times)),
        euro(x.priceCents),
        { t: 'int', v: x.priceYear },
        txt(localDecimal(toDecimalString(x.factor, 6), style.lang)),
        euro(x.amount),
        txt(x.source),
      ]);
    }
  }
  const last = rows.length;
  const costs = (id: string) => `SUMIF($A$2:$A$${last},"${id.replace(/"/g, '""')}",$H$2:$H$${last})`;
  rows.push([]);
  const top = rows.length + 1;
  rows.push(head([labels.cohort, w.casesCol, labels.baten, w.programmeCosts, w.netResult, w.fixed, w.perCaseCost, w.breakEven]));
  r.programme.cohorts.forEach((c, i) => {
    const row = top + 1 + i;
    rows.push([
      txt(c.id),
      { t: 'int', v: c.cases },
      euro(c.baten),
      fEuro(costs(c.id), c.total),
      fEuro(`C${row}-D${row}`, c.net),
      euro(c.fixed),
      perCaseCell(c.perCase),
      { t: 'formula', f: `IF(C${row}/B${row}-G${row}<=0,"",ROUNDUP(F${row}/(C${row}/B${row}-G${row}),0))`, fmt: 'int', cached: c.breakEven ? String(c.breakEven.cases) : '' },
    ]);
  });
  rows.push([], [txt(w.programmeNote)], ...(r.programme.without.length ? [[txt(w.noProgramme(r.programme.without.map((c) => c.id).join(', ')))]] : []));
  return { name: w.programmeSheet, rows, widths: [16, 32, 14, 16, 16, 12, 12, 16, 60], header: true };
}

/** Baten per grade (threat − breakthrough as a formula); with a bias, the correction per grade as ROUND(bias × (threat + breakthrough), 2). */
function evidenceSheet(r: ReturnsReport, style: MoneyStyle): XSheet {
  const { labels, returns: w } = texts(style.lang);
  const e = r.evidence;
  const ob = e.optimismBias;
  const rows: XCell[][] = [head([w.grade, labels.threat, labels.breakthrough, labels.baten, ...(ob ? [w.bias, w.correction] : [])])];
  e.rows.forEach((g, i) => {
    const row = i + 2;
    rows.push([
      txt(w.grades[g.grade]),
      euro(g.threat),
      euro(g.breakthrough),
      fEuro(`B${row}-C${row}`, g.baten),
      ...(ob && g.bias ? [{ t: 'pct', v: toDecimalString(g.bias, 6) } as XCell, fEuro(`ROUND(E${row}*(B${row}+C${row}),2)`, g.correction ?? 0n)] : []),
    ]);
  });
  const n = e.rows.length;
  const total = n + 2;
  const sum = (c: string, cents: bigint): XCell => fEuro(`SUM(${c}2:${c}${n + 1})`, cents, true);
  rows.push([txt(labels.total, true), sum('B', e.total.threat), sum('C', e.total.breakthrough), sum('D', e.total.baten), ...(ob ? [EMPTY, sum('F', ob.correction)] : [])]);
  if (ob) rows.push([txt(w.adjusted, true), EMPTY, EMPTY, fEuro(`D${total}-F${total}`, ob.adjusted, true)]);
  rows.push([], [txt(w.evidenceNote)]);
  return { name: w.evidenceSheet, rows, widths: [44, 18, 16, 16, 14, 16], header: true };
}

/** The sheets, in order; none about investments when no case marks one and no cohort has programme costs. */
export function returnsSheets(r: ReturnsReport, style: MoneyStyle, d?: Disclosure): XSheet[] {
  const out: XSheet[] = [];
  if (r.investment.any) out.push(investmentSheet(r, style));
  if (hasReturns(r)) out.push(whoSheet(r, style, d));
  if (r.programme.cohorts.length) out.push(programmeSheet(r, style));
  out.push(evidenceSheet(r, style));
  return out;
}
