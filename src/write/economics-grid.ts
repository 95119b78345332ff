/**
 * The economics sections as grids and notes (shared by table, Markdown and CSV): the price year line,
 * per-year figures with the present value, the deadweight/attribution steps, sensitivity and the
 * simulation. Formatting only; every figure comes from src/reports/economics.ts.
 */
import type { EconomicsReport } from '../reports/economics.js';
import { type Rational, toDecimalString } from '../data/rational.js';
import { type Cell, EMPTY, type Grid, type GridRow, money, text } from './grid.js';
import { type Lang, type MoneyStyle, formatMoney, localDecimal, texts } from './i18n/index.js';

const pct = (r: Rational, lang: Lang): string => `${localDecimal(toDecimalString({ n: r.n * 100n, d: r.d }, 4), lang)}%`;
const dec = (r: Rational, places: number, lang: Lang): string => localDecimal(toDecimalString(r, places), lang);


/** Sentences for under the main grid: price year, index factors, present values. */
export function economicsNotes(e: EconomicsReport, style: MoneyStyle): string[] {
  const words = texts(style.lang).economics;
  const notes: string[] = [];
  const ix = e.indexation;
  if (ix.index) notes.push(words.priceYear(ix.priceYear, ix.index.id, ix.index.provisional));
  else notes.push(words.priceYearNoIndex(ix.priceYear));
  if (ix.factors.length) notes.push(words.factors(ix.factors.map((f) => words.factor(f.from, dec(f.factor, 6, style.lang), f.lines)).join(', ')));
  if (e.horizon.multiYear) notes.push(words.presentValue(pct(e.horizon.discount, style.lang), formatMoney(e.horizon.undiscounted.baten, style)));
  return notes;
}

const amounts = (a: { current: bigint; threat: bigint; breakthrough: bigint; baten: bigint; besparing: bigint }): Cell[] => [
  money(a.current),
  money(a.threat),
  money(a.breakthrough),
  money(a.baten),
  money(a.besparing),
];

/** The per-year figures and the present value, for a report with a horizon longer than a year. */
export function yearsGrid(e: EconomicsReport, style: MoneyStyle): Grid | undefined {
  if (!e.horizon.multiYear) return undefined;
  const { labels, economics: words } = texts(style.lang);
  const rows: GridRow[] = e.horizon.years.map((y) => ({ kind: 'body', cells: [text(String(y.year)), text(dec(y.weight, 6, style.lang)), ...amounts(y)] }));
  rows.push({ kind: 'total', cells: [text(words.undiscounted), EMPTY, ...amounts(e.horizon.undiscounted)] });
  rows.push({ kind: 'total', cells: [text(words.presentValueRow), text(pct(e.horizon.discount, style.lang)), ...amounts(e.horizon.presentValue)] });
  const head5 = [labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing];
  return {
    title: words.perYear,
    header: [words.year, words.weight, ...head5],
    align: ['left', 'right', ...RIGHT5],
    rows,
    notes: [],
    // On a narrow terminal: the baten first, then threat and breakthrough, then the rest.
    fit: [{ keep: 0 }, { keep: 4 }, { keep: 3 }, { keep: 2 }, { keep: 2 }, { keep: 1 }, { keep: 3 }],
  };
}

/** Deadweight and attribution per cohort, when a cohort declares them. */
export function adjustmentsGrid(e: EconomicsReport, style: MoneyStyle): Grid | undefined {
  if (!e.adjustments) return undefined;
  const { labels, economics: words } = texts(style.lang);
  const a = e.adjustments;
  const rows: GridRow[] = a.cohorts.map((c) => ({
    kind: 'body',
    cells: [text(c.id), money(c.gross), text(pct(c.deadweight, style.lang)), money(-c.deadweightCents), money(c.afterDeadweight), text(pct(c.attribution, style.lang)), money(c.net), money(c.meanNet)],
  }));
  rows.push({ kind: 'total', cells: [text(labels.total), money(a.gross), EMPTY, EMPTY, EMPTY, EMPTY, money(a.net), money(a.meanNet)] });
  return {
    title: words.adjustmentsTitle,
    header: [labels.cohort, words.gross, words.deadweight, words.minusDeadweight, words.afterDeadweight, words.attribution, words.net, words.meanNet],
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    rows,
    notes: [words.adjustmentsNote(formatMoney(a.net, style), formatMoney(a.gross, style))],
  };
}

/** Baten per case with every estimate low, central and high (--sensitivity). */
export function sensitivityGrid(e: EconomicsReport, style: MoneyStyle): Grid | undefined {
  if (!e.sensitivity) return undefined;
  const { labels, economics: words } = texts(style.lang);
  const s = e.sensitivity;
  const rows: GridRow[] = s.rows.map((r) => ({ kind: 'body', cells: [text(r.id), money(r.low), money(r.central), money(r.high)] }));
  rows.push({ kind: 'total', cells: [text(labels.total), money(s.total.low), money(s.total.central), money(s.total.high)] });
  rows.push({ kind: 'mean', cells: [text(labels.mean), money(s.mean.low), money(s.mean.central), money(s.mean.high)] });
  return {
    title: words.sensitivityTitle,
    header: [labels.case, words.low, words.central, words.high],
    align: ['left', 'right', 'right', 'right'],
    rows,
    notes: [words.sensitivityNote],
  };
}

/** P10, P50, P90 and the mean of the simulated baten (--simulate). */
export function simulationGrid(e: EconomicsReport, style: MoneyStyle): Grid | undefined {
  if (!e.simulation) return undefined;
  const words = texts(style.lang).economics;
  const s = e.simulation;
  const row = (label: string, v: { p10: bigint; p50: bigint; p90: bigint; mean: bigint }): GridRow => ({
    kind: 'body',
    cells: [text(label), money(v.p10), money(v.p50), money(v.p90), money(v.mean)],
  });
  return {
    title: words.simulationTitle(String(s.draws), s.seed),
    header: [words.measure, 'P10', 'P50', 'P90', words.average],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: [row(words.totalBaten, s.total), row(words.perCase, s.perCase)],
    notes: [words.simulationNote],
  };
}

const RIGHT5 = ['right', 'right', 'right', 'right', 'right'] as const;

/** Extra grids below the main one, in a fixed order; empty when there is nothing to show. */
export function economicsGrids(e: EconomicsReport, style: MoneyStyle): Grid[] {
  return [yearsGrid(e, style), adjustmentsGrid(e, style), sensitivityGrid(e, style), simulationGrid(e, style)].filter((g): g is Grid => g !== undefined);
}
