/**
 * The council sections of the calc report as grids, shared by the table, Markdown and CSV renderers:
 * breakdowns by law and payer, the top current cost items, projections and published-vs-computed.
 */
import { AMOUNT_KEYS } from '../data/amounts.js';
import type { Breakdown } from '../reports/breakdown.js';
import type { CalcReport } from '../reports/calc.js';
import type { CouncilReport, ScopeSections } from '../reports/council.js';
import type { PublishedCheck } from '../reports/published.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, share, text } from './grid.js';
import { type MoneyStyle, texts } from './i18n/index.js';

/** Per-cohort sections are shown when the cohorts do not simply coincide with all cases. */
export function showCohortScopes(calc: CalcReport): boolean {
  if (calc.cohorts.length > 1) return true;
  const only = calc.cohorts[0];
  return only !== undefined && only.totals.cases !== calc.totals.cases;
}

export function breakdownGrid(b: Breakdown, scope: string, style: MoneyStyle): Grid {
  const { labels, council } = texts(style.lang);
  const rows: GridRow[] = b.groups.map((g) => ({
    kind: 'body',
    cells: [text(g.key), ...AMOUNT_KEYS.flatMap((k) => [money(g[k]), share(g.sharesPermille[k])])],
  }));
  const full = (k: (typeof AMOUNT_KEYS)[number]): bigint | undefined => (b.groups.some((g) => g.sharesPermille[k] !== undefined) ? 1000n : undefined);
  rows.push({ kind: 'total', cells: [text(labels.total), ...AMOUNT_KEYS.flatMap((k) => [money(b.total[k]), share(full(k))])] });
  const negative = b.groups.some((g) => AMOUNT_KEYS.some((k) => g[k] < 0n));
  return {
    title: `${b.dimension === 'law' ? council.byLaw : council.byPayer} (${scope})`,
    header: [
      b.dimension === 'law' ? labels.law : labels.payer,
      ...[labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing].flatMap((h) => [h, council.share]),
    ],
    align: ['left', ...AMOUNT_KEYS.flatMap(() => ['right' as const, 'right' as const])],
    rows,
    notes: [council.sharesNote, ...(negative ? [council.negativeNote] : [])],
    // On a narrow terminal each amount moves with its share: the baten stay longest, then the
    // threat, the breakthrough, the current support and the besparing.
    fit: [{ keep: 0 }, { keep: 4 }, { keep: 4 }, { keep: 2 }, { keep: 2 }, { keep: 3 }, { keep: 3 }, { keep: 1 }, { keep: 1 }, { keep: 5 }, { keep: 5 }],
  };
}

function scopeName(s: ScopeSections, style: MoneyStyle): string {
  const labels = texts(style.lang).labels;
  return s.cohort ? labels.cohortScope(s.cohort.id) : labels.allCases;
}

export function breakdownGrids(calc: CalcReport, c: CouncilReport, style: MoneyStyle): Grid[] {
  const scopes = [c.all, ...(showCohortScopes(calc) ? c.cohorts : [])];
  return scopes.flatMap((s) => [breakdownGrid(s.breakdowns.law, scopeName(s, style), style), breakdownGrid(s.breakdowns.payer, scopeName(s, style), style)]);
}

/** The breakdowns by one dimension: all cases, then per cohort when there are several. */
export function dimensionGrids(dimension: 'law' | 'payer', calc: CalcReport, c: CouncilReport, style: MoneyStyle): Grid[] {
  const scopes = [c.all, ...(showCohortScopes(calc) ? c.cohorts : [])];
  return scopes.map((s) => breakdownGrid(s.breakdowns[dimension], scopeName(s, style), style));
}

export function topItemsGrid(c: CouncilReport, style: MoneyStyle): Grid {
  const { labels, council } = texts(style.lang);
  const t = c.topItems;
  const rows: GridRow[] = t.items.map((x, i) => {
    return {
      kind: 'body',
      cells: [
        int(i + 1),
        text(x.rate ? `${x.label} (${x.rate})` : x.label),
        text(x.laws.join(', ')),
        money(x.totalCents),
        share(x.sharePermille),
        int(x.cases),
        text(x.topCase.id),
        text(x.breakthrough.text),
      ],
    };
  });
  return {
    title: council.topTitle(t.n),
    header: [council.rank, council.item, labels.law, council.totalCurrent, council.shareOfCurrent, council.casesCol, council.weighedMost, council.realised],
    align: ['right', 'left', 'left', 'right', 'right', 'right', 'left', 'left'],
    rows,
    notes: [council.topNote],
    fullText: true,
    wrapAt: 36,
    // On a narrow terminal: the item, its total and share, then the breakthrough it was paired with.
    fit: [{ keep: 0 }, { keep: 1, minWidth: 28 }, { keep: 7 }, { keep: 2 }, { keep: 3 }, { keep: 6 }, { keep: 5 }, { keep: 4, minWidth: 28 }],
  };
}

export function projectionGrid(calc: CalcReport, c: CouncilReport, style: MoneyStyle): Grid {
  const { labels, council } = texts(style.lang);
  const scopes: Array<{ name: string; s: ScopeSections; cases: number; baten: bigint; mean: Cell; kind: GridRow['kind'] }> = [];
  if (showCohortScopes(calc)) {
    c.cohorts.forEach((s, i) => {
      const t = calc.cohorts[i]!.totals;
      scopes.push({ name: scopeName(s, style), s, cases: t.cases, baten: t.baten, mean: money(t.meanBaten), kind: 'body' });
    });
  }
  const totals = calc.totals;
  scopes.push({ name: labels.allCases, s: c.all, cases: totals.cases, baten: totals.baten, mean: totals.cases ? money(totals.meanBaten) : EMPTY, kind: 'total' });
  return {
    title: council.projectionTitle,
    header: [council.scope, council.measuredCases, council.measuredBaten, labels.mean, ...c.projectSizes.map((n) => council.projectedFor(n))],
    align: ['left', 'right', 'right', 'right', ...c.projectSizes.map(() => 'right' as const)],
    rows: scopes.map((x) => ({
      kind: x.kind,
      cells: [text(x.name), int(x.cases), money(x.baten), x.mean, ...c.projectSizes.map((_, i) => (x.s.projections[i] ? money(x.s.projections[i].baten) : EMPTY))],
    })),
    notes: [council.projectionNote],
  };
}

export function publishedGrid(checks: readonly PublishedCheck[], style: MoneyStyle): Grid {
  const { labels, council } = texts(style.lang);
  const yn = (b: boolean): Cell => text(b ? council.yes : council.no);
  const rows: GridRow[] = [];
  for (const p of checks) {
    rows.push({ kind: 'body', cells: [text(p.cohort), text(council.figCases), int(p.published.cases), int(p.computed.cases), int(p.difference.cases), yn(p.matches.cases)] });
    rows.push({ kind: 'body', cells: [text(p.cohort), text(council.figBaten), money(p.published.baten), money(p.computed.baten), money(p.difference.baten), yn(p.matches.baten)] });
    rows.push({
      kind: 'body',
      cells: [
        text(p.cohort),
        text(labels.mean),
        money(p.published.mean),
        p.computed.mean ? money(p.computed.mean) : EMPTY,
        p.difference.mean ? money(p.difference.mean) : EMPTY,
        yn(p.matches.mean),
      ],
    });
  }
  return {
    title: council.publishedTitle,
    header: [labels.cohort, council.figure, council.published, council.computed, council.difference, council.matches],
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
    rows,
    notes: [council.publishedNote, ...checks.map((p) => council.sourceOf(p.cohort, p.source))],
    // On a narrow terminal: the cohort and figure, published and computed, whether they match; then the difference.
    fit: [{ keep: 0 }, { keep: 0 }, { keep: 1 }, { keep: 1 }, { keep: 3 }, { keep: 2 }],
  };
}

/** All council sections, in order: breakdowns, top items, projections (when asked), published (when any). */
export function councilGrids(calc: CalcReport, c: CouncilReport, style: MoneyStyle): Grid[] {
  const out = breakdownGrids(calc, c, style);
  if (c.topItems.n > 0) out.push(topItemsGrid(c, style));
  if (c.projectSizes.length) out.push(projectionGrid(calc, c, style));
  if (c.published.length) out.push(publishedGrid(c.published, style));
  return out;
}
