/** The calc report as a grid: one row per case, then per-cohort subtotals, the total and the mean. */
import type { Amounts } from '../data/amounts.js';
import type { CalcReport, Totals } from '../reports/calc.js';
import { type Cell, EMPTY, type Grid, type GridRow, money, text } from './grid.js';
import { type MoneyStyle, formatMoney, texts } from './i18n/index.js';

function amounts(a: Amounts): Cell[] {
  return [money(a.current), money(a.threat), money(a.breakthrough), money(a.baten), money(a.besparing)];
}

export function calcGrid(r: CalcReport, style: MoneyStyle): Grid {
  const labels = texts(style.lang).labels;
  const showCohort = r.rows.some((x) => x.cohort !== undefined);
  const lead = (id: string, title: string, cohort?: string): Cell[] => [text(id), text(title), ...(showCohort ? [text(cohort ?? '')] : [])];
  const rows: GridRow[] = r.rows.map((x) => ({ kind: 'body', cells: [...lead(x.id, x.title, x.cohort), ...amounts(x)] }));
  if (r.cohorts.length > 1) {
    for (const c of r.cohorts) {
      rows.push({ kind: 'subtotal', cells: [...lead(`${labels.total} ${c.id}`, labels.cases(c.totals.cases), c.id), ...amounts(c.totals)] });
    }
  }
  rows.push({ kind: 'total', cells: [...lead(labels.total, labels.cases(r.totals.cases), ''), ...amounts(r.totals)] });
  rows.push({ kind: 'mean', cells: [...lead(labels.mean, '', ''), EMPTY, EMPTY, EMPTY, money(r.totals.meanBaten), EMPTY] });
  return {
    header: [labels.case, labels.title, ...(showCohort ? [labels.cohort] : []), labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing],
    align: ['left', 'left', ...(showCohort ? ['left' as const] : []), 'right', 'right', 'right', 'right', 'right'],
    rows,
    notes: [headline(r.totals, style), labels.amountsNote(style.cents)],
  };
}

/** "6 casussen, € 323.005 baten, € 53.834 per casus". */
export function headline(t: Totals, style: MoneyStyle): string {
  const labels = texts(style.lang).labels;
  return labels.headline(labels.cases(t.cases), formatMoney(t.baten, style), formatMoney(t.meanBaten, style));
}
