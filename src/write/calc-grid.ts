/** The calc report as a grid: one row per case, then per-cohort subtotals, the total and the mean. */
import type { Amounts } from '../data/amounts.js';
import type { CalcReport, Totals } from '../reports/calc.js';
import { type Cell, EMPTY, type Grid, type GridRow, money, text } from './grid.js';
import { formatDuration, mixedHorizonsNote } from './calc-view.js';
import { type MoneyStyle, formatMoney, texts } from './i18n/index.js';

function amounts(a: Amounts): Cell[] {
  return [money(a.current), money(a.threat), money(a.breakthrough), money(a.baten), money(a.besparing)];
}

export interface CalcGridOptions {
  /** The headline as the first note (Markdown, CSV, HTML); the terminal prints it above the table. */
  readonly headline?: boolean;
}

export function calcGrid(r: CalcReport, style: MoneyStyle, opts: CalcGridOptions = {}): Grid {
  const { labels, calcView } = texts(style.lang);
  const showCohort = r.rows.some((x) => x.cohort !== undefined);
  const lead = (id: string, title: string, cohort?: string, horizon?: string): Cell[] => [
    text(id),
    text(title),
    ...(showCohort ? [text(cohort ?? '')] : []),
    horizon === undefined ? EMPTY : text(horizon),
  ];
  const rows: GridRow[] = r.rows.map((x) => ({ kind: 'body', cells: [...lead(x.id, x.title, x.cohort, formatDuration(x.horizon, style.lang)), ...amounts(x)] }));
  if (r.cohorts.length > 1) {
    for (const c of r.cohorts) {
      rows.push({ kind: 'subtotal', cells: [...lead(`${labels.total} ${c.id}`, labels.cases(c.totals.cases), c.id), ...amounts(c.totals)] });
    }
  }
  rows.push({ kind: 'total', cells: [...lead(labels.total, labels.cases(r.totals.cases), ''), ...amounts(r.totals)] });
  rows.push({ kind: 'mean', cells: [...lead(labels.mean, '', ''), EMPTY, EMPTY, EMPTY, money(r.totals.meanBaten), EMPTY] });
  const mixed = mixedHorizonsNote(r.horizons, style.lang);
  return {
    header: [labels.case, labels.title, ...(showCohort ? [labels.cohort] : []), calcView.horizon, labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing],
    align: ['left', 'left', ...(showCohort ? ['left' as const] : []), 'left', 'right', 'right', 'right', 'right', 'right'],
    rows,
    notes: [
      ...(opts.headline === false ? [] : [headline(r.totals, style), ...(mixed ? [mixed] : [])]),
      labels.amountsNote(style.cents),
      ...(style.cents ? [] : [calcView.rounding]),
    ],
    // On a narrow terminal: the case and its baten stay longest, then the horizon and the title (cut
    // to 16 characters at the least); the threat and breakthrough (together), the current support,
    // the besparing and the cohort (cut to 8) move below first.
    fit: [{ keep: 0 }, { keep: 3, minWidth: 16 }, ...(showCohort ? [{ keep: 8, minWidth: 8 }] : []), { keep: 2 }, { keep: 6 }, { keep: 4 }, { keep: 4 }, { keep: 1 }, { keep: 7 }],
  };
}

/** Above the terminal table: the headline, and a note when the total adds up different horizons. */
export function calcLead(r: CalcReport, style: MoneyStyle): string[] {
  const mixed = mixedHorizonsNote(r.horizons, style.lang);
  return [headline(r.totals, style), ...(mixed ? [mixed] : [])];
}

/** "6 casussen, € 323.005 baten, € 53.834 per casus". */
export function headline(t: Totals, style: MoneyStyle): string {
  const labels = texts(style.lang).labels;
  return labels.headline(labels.cases(t.cases), formatMoney(t.baten, style), formatMoney(t.meanBaten, style));
}
