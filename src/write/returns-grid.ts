/**
 * The sections of issue 16 as grids, shared by the terminal table, Markdown, CSV and HTML: investment
 * and return per case, programme costs and the programme's net result with break-even and
 * projections, who invests and who gains (per payer, per law), and the evidence by grade with the
 * optional optimism bias. Formatting only; every figure comes from src/reports/returns.ts.
 */
import { type Rational, mul, rat, toDecimalString } from '../data/rational.js';
import type { CalcReport } from '../reports/calc.js';
import type { OptimismBias } from '../reports/evidence.js';
import type { InvestmentFigures } from '../reports/investment.js';
import type { ReturnsReport } from '../reports/returns.js';
import type { Marks } from '../reports/small-numbers.js';
import type { GainTable } from '../reports/who-gains.js';
import { type Disclosure, discloseRow, disclosureNotes } from './disclosure.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, moneyCents, share, text } from './grid.js';
import { type Lang, type MoneyStyle, formatMoney, localDecimal, texts } from './i18n/index.js';

const pct = (r: Rational, lang: Lang): string => `${localDecimal(toDecimalString(mul(r, rat(100)), 2), lang)}%`;

/** "A 0%, B 10%, C 25%" */
export function biasSpec(b: OptimismBias, lang: Lang): string {
  return (['A', 'B', 'C'] as const).map((g) => `${g} ${pct(b[g], lang)}`).join(', ');
}

/** Euros avoided per euro invested, as an amount with cents: € 4,50. */
const perEuro = (f: InvestmentFigures): Cell => (f.returnPerEuro ? moneyCents(mul(f.returnPerEuro, rat(100))) : text('–'));

function payback(f: InvestmentFigures, lang: Lang): Cell {
  const w = texts(lang).returns;
  if (f.paybackMonth === undefined) return text('–');
  return text(f.paybackMonth === null ? w.paybackNever : w.paybackMonth(f.paybackMonth));
}

const figures = (f: InvestmentFigures, lang: Lang): Cell[] => [money(f.investment), money(f.avoided), money(f.netBaten), perEuro(f), payback(f, lang)];

/** Investment and return per case, per cohort (when there are several) and in total. */
export function investmentGrid(r: ReturnsReport, calc: CalcReport, style: MoneyStyle): Grid {
  const { labels, returns: w } = texts(style.lang);
  const inv = r.investment;
  const showCohort = inv.cases.some((c) => c.cohort !== undefined);
  const lead = (id: string, cohort: string): Cell[] => [text(id), ...(showCohort ? [text(cohort)] : [])];
  const rows: GridRow[] = inv.cases.map((c) => ({ kind: 'body', cells: [...lead(c.id, c.cohort ?? ''), ...figures(c, style.lang)] }));
  if (calc.cohorts.length > 1) {
    for (const c of inv.cohorts) rows.push({ kind: 'subtotal', cells: [...lead(`${labels.total} ${c.id}`, labels.cases(c.cases)), ...figures(c, style.lang)] });
  }
  rows.push({ kind: 'total', cells: [...lead(labels.total, labels.cases(inv.total.cases)), ...figures(inv.total, style.lang)] });
  const t = inv.total;
  const summary = t.returnPerEuro
    ? [w.investmentSummary(formatMoney(t.netBaten, style), formatMoney(t.investment, style), formatMoney(mul(t.returnPerEuro, rat(100)), { ...style, cents: true }))]
    : [];
  const noProgramme = r.programme.cohorts.length === 0 && r.programme.without.length ? [w.noProgramme(r.programme.without.map((c) => c.id).join(', '))] : [];
  return {
    title: w.investmentTitle,
    header: [labels.case, ...(showCohort ? [labels.cohort] : []), w.investment, w.avoided, w.netBaten, w.returnPerEuro, w.payback],
    align: ['left', ...(showCohort ? (['left'] as const) : []), 'right', 'right', 'right', 'right', 'left'],
    rows,
    notes: [...summary, w.investmentNote, w.paybackNote, ...noProgramme],
  };
}

/** Every programme cost of every cohort, with its price year, index factor, amount and source. */
export function programmeCostsGrid(r: ReturnsReport, style: MoneyStyle): Grid {
  const { labels, returns: w } = texts(style.lang);
  const rows: GridRow[] = r.programme.cohorts.flatMap((c) =>
    c.costs.map(
      (x): GridRow => ({
        kind: 'body',
        cells: [
          text(c.id),
          text(x.item),
          text(x.payer),
          text(x.per === 'once' ? w.perOnce : x.per === 'year' ? w.perYear(x.times) : w.perCase(x.times)),
          moneyCents(x.priceCents),
          text(String(x.priceYear)),
          text(localDecimal(toDecimalString(x.factor, 6), style.lang)),
          money(x.amount),
          text(x.source),
        ],
      }),
    ),
  );
  return {
    title: w.programmeCostsTitle,
    header: [labels.cohort, w.item, labels.payer, w.per, w.price, w.priceYear, w.factor, w.amount, w.source],
    align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'left'],
    rows,
    notes: [],
    fullText: true,
    wrapAt: 32,
  };
}

/** Per cohort with programme costs: baten, programme costs, net result, mean and break-even. */
export function programmeResultGrid(r: ReturnsReport, style: MoneyStyle): Grid {
  const { labels, returns: w } = texts(style.lang);
  const p = r.programme;
  const rows: GridRow[] = p.cohorts.map((c) => ({
    kind: 'body',
    cells: [text(c.id), int(c.cases), money(c.baten), money(c.total), money(c.net), money(c.meanBaten), c.breakEven ? int(c.breakEven.cases) : text(w.breakEvenNever)],
  }));
  if (p.cohorts.length > 1) rows.push({ kind: 'total', cells: [text(labels.total), int(p.total.cases), money(p.total.baten), money(p.total.costs), money(p.total.net), EMPTY, EMPTY] });
  return {
    title: w.programmeTitle,
    header: [labels.cohort, w.casesCol, labels.baten, w.programmeCosts, w.netResult, labels.mean, w.breakEven],
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows,
    notes: [
      w.programmeNote,
      ...p.cohorts.flatMap((c) => (c.breakEven ? [w.breakEvenSentence(c.id, formatMoney(c.meanBaten, style), c.breakEven.cases)] : [])),
      ...(p.without.length ? [w.noProgramme(p.without.map((c) => c.id).join(', '))] : []),
    ],
  };
}

/** --project with programme costs: per cohort and N, gross baten, programme costs and net. */
export function programmeProjectionGrid(r: ReturnsReport, style: MoneyStyle): Grid {
  const { labels, returns: w } = texts(style.lang);
  return {
    title: w.projectionTitle,
    header: [labels.cohort, w.projectedCases, w.gross, w.programmeCosts, w.net],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: r.programme.cohorts.flatMap((c) => c.projections.map((x): GridRow => ({ kind: 'body', cells: [text(c.id), int(x.cases), money(x.gross), money(x.costs), money(x.net)] }))),
    notes: [w.projectionNote],
  };
}

/**
 * Who invests and who gains, by payer (with programme costs, when given) or by law. `d` and `marks`:
 * small groups (docs/tracking.md), shown as the format asks, as per law and per payer.
 */
export function whoGainsGrid(t: GainTable, withProgramme: boolean, style: MoneyStyle, d?: Disclosure, marks?: Marks): Grid {
  const { labels, returns: w } = texts(style.lang);
  const prog = withProgramme && t.dimension === 'payer';
  const rows: GridRow[] = t.rows.map((g, i) => ({
    kind: 'body',
    cells: discloseRow(
      [text(g.key), money(g.invested), money(g.avoided), money(g.net), ...(prog ? [money(g.programme), money(g.netAfterProgramme)] : []), text(w.positions[g.position])],
      marks?.[i],
      d,
    ),
  }));
  const x = t.total;
  rows.push({
    kind: 'total',
    cells: [text(labels.total), money(x.invested), money(x.avoided), money(x.net), ...(prog ? [money(x.programme), money(x.netAfterProgramme)] : []), EMPTY],
  });
  return {
    title: w.whoTitle(t.dimension),
    header: [
      t.dimension === 'payer' ? labels.payer : labels.law,
      w.invested,
      w.avoided,
      w.netPosition,
      ...(prog ? [w.programmeCosts, w.netAfterProgramme] : []),
      w.position,
    ],
    align: ['left', 'right', 'right', 'right', ...(prog ? (['right', 'right'] as const) : []), 'left'],
    rows,
    notes: [w.whoNote, ...(prog ? [w.whoProgrammeNote] : []), ...disclosureNotes(marks ?? [], d)],
  };
}

/** The baten by grade of the rates they rest on; with --optimism-bias the correction per grade. */
export function evidenceGrid(r: ReturnsReport, style: MoneyStyle): Grid {
  const { labels, returns: w } = texts(style.lang);
  const e = r.evidence;
  const ob = e.optimismBias;
  const rows: GridRow[] = e.rows.map((g) => ({
    kind: 'body',
    cells: [
      text(w.grades[g.grade]),
      money(g.threat),
      money(g.breakthrough),
      money(g.baten),
      share(g.sharePermille),
      ...(ob ? [text(g.bias ? pct(g.bias, style.lang) : ''), money(-(g.correction ?? 0n))] : []),
    ],
  }));
  rows.push({
    kind: 'total',
    cells: [
      text(labels.total),
      money(e.total.threat),
      money(e.total.breakthrough),
      money(e.total.baten),
      share(e.rows.some((g) => g.sharePermille !== undefined) ? 1000n : undefined),
      ...(ob ? [EMPTY, money(-ob.correction)] : []),
    ],
  });
  if (ob) rows.push({ kind: 'total', cells: [text(w.adjusted), EMPTY, EMPTY, money(ob.adjusted), EMPTY, EMPTY, EMPTY] });
  const byGrade = (g: string) => e.rows.find((x) => x.grade === g)?.baten ?? 0n;
  return {
    title: w.evidenceTitle,
    header: [w.grade, labels.threat, labels.breakthrough, labels.baten, w.share, ...(ob ? [w.bias, w.correction] : [])],
    align: ['left', 'right', 'right', 'right', 'right', ...(ob ? (['right', 'right'] as const) : [])],
    rows,
    notes: [
      w.evidenceSummary(formatMoney(e.total.baten, style), formatMoney(byGrade('C'), style), formatMoney(byGrade('none'), style)),
      w.evidenceNote,
      ...(ob ? [w.biasNote(biasSpec(ob.bias, style.lang)), w.biasSummary(formatMoney(e.total.baten, style), formatMoney(ob.correction, style), formatMoney(ob.adjusted, style))] : []),
    ],
  };
}

/** True when the report has something to say about investments or programme costs. */
export function hasReturns(r: ReturnsReport): boolean {
  return r.investment.any || r.programme.cohorts.length > 0;
}

/** All sections of issue 16, in order; the evidence section is always there. */
/** The investment and return per case; none when no line is marked as an investment. */
export function investmentGrids(r: ReturnsReport, calc: CalcReport, style: MoneyStyle): Grid[] {
  return r.investment.any ? [investmentGrid(r, calc, style)] : [];
}

/** Programme costs, the programme's net result and break-even, and its projections; none without programme costs. */
export function programmeGrids(r: ReturnsReport, style: MoneyStyle): Grid[] {
  if (!r.programme.cohorts.length) return [];
  const out = [programmeCostsGrid(r, style), programmeResultGrid(r, style)];
  if (r.programme.cohorts.some((c) => c.projections.length)) out.push(programmeProjectionGrid(r, style));
  return out;
}

/** Who invests, who gains: per payer, then per law (small groups as `d` says). */
export function whoGainsGrids(r: ReturnsReport, style: MoneyStyle, d?: Disclosure): Grid[] {
  const m = d?.small.gains;
  return hasReturns(r)
    ? [whoGainsGrid(r.whoGains.byPayer, r.whoGains.programme, style, d, m?.payer), whoGainsGrid(r.whoGains.byLaw, false, style, d, m?.law)]
    : [];
}

/** How much of the baten rests on each grade of evidence (and the optimism-bias step when asked). */
export function evidenceGrids(r: ReturnsReport, style: MoneyStyle): Grid[] {
  return [evidenceGrid(r, style)];
}
