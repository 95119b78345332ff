/**
 * The council sections of the calc report as grids, shared by the table, Markdown and CSV renderers:
 * breakdowns by law and payer, the top current cost items, projections and published-vs-computed.
 */
import { AMOUNT_KEYS } from '../data/amounts.js';
import type { Breakdown } from '../reports/breakdown.js';
import type { CalcReport } from '../reports/calc.js';
import type { CouncilReport, ScopeSections } from '../reports/council.js';
import type { PublishedCheck } from '../reports/published.js';
import type { BreakdownMarks, Mark, Marks } from '../reports/small-numbers.js';
import { type Disclosure, discloseRow, disclosureNotes } from './disclosure.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, share, text } from './grid.js';
import { type MoneyStyle, texts } from './i18n/index.js';

/** Per-cohort sections are shown when the cohorts do not simply coincide with all cases. */
export function showCohortScopes(calc: CalcReport): boolean {
  if (calc.cohorts.length > 1) return true;
  const only = calc.cohorts[0];
  return only !== undefined && only.totals.cases !== calc.totals.cases;
}

/** `d` and `marks`: small groups (docs/tracking.md), shown as the format asks. */
export function breakdownGrid(b: Breakdown, scope: string, style: MoneyStyle, d?: Disclosure, marks?: { readonly rows: Marks; readonly scope?: Mark }): Grid {
  const { labels, council } = texts(style.lang);
  const rows: GridRow[] = b.groups.map((g, i) => ({
    kind: 'body',
    cells: discloseRow([text(g.key), ...AMOUNT_KEYS.flatMap((k) => [money(g[k]), share(g.sharesPermille[k])])], marks?.rows[i], d),
  }));
  const full = (k: (typeof AMOUNT_KEYS)[number]): bigint | undefined => (b.groups.some((g) => g.sharesPermille[k] !== undefined) ? 1000n : undefined);
  rows.push({ kind: 'total', cells: discloseRow([text(labels.total), ...AMOUNT_KEYS.flatMap((k) => [money(b.total[k]), share(full(k))])], marks?.scope, d) });
  const negative = b.groups.some((g) => AMOUNT_KEYS.some((k) => g[k] < 0n));
  return {
    title: `${b.dimension === 'law' ? council.byLaw : council.byPayer} (${scope})`,
    header: [
      b.dimension === 'law' ? labels.law : labels.payer,
      ...[labels.current, labels.threat, labels.breakthrough, labels.baten, labels.besparing].flatMap((h) => [h, council.share]),
    ],
    align: ['left', ...AMOUNT_KEYS.flatMap(() => ['right' as const, 'right' as const])],
    rows,
    notes: [council.sharesNote, ...(negative ? [council.negativeNote] : []), ...disclosureNotes([...(marks?.rows ?? []), marks?.scope], d)],
    // On a narrow terminal each amount moves with its share: the baten stay longest, then the
    // threat, the breakthrough, the current support and the besparing.
    fit: [{ keep: 0 }, { keep: 4 }, { keep: 4 }, { keep: 2 }, { keep: 2 }, { keep: 3 }, { keep: 3 }, { keep: 1 }, { keep: 1 }, { keep: 5 }, { keep: 5 }],
  };
}

function scopeName(s: ScopeSections, style: MoneyStyle): string {
  const labels = texts(style.lang).labels;
  return s.cohort ? labels.cohortScope(s.cohort.id) : labels.allCases;
}

/** The marks of a scope's law and payer breakdowns (`i`: its index in c.cohorts, undefined for all cases). */
export function scopeMarks(d: Disclosure | undefined, i?: number): { law?: { rows: Marks; scope?: Mark }; payer?: { rows: Marks; scope?: Mark } } {
  const m: BreakdownMarks | undefined = d ? (i === undefined ? d.small.breakdowns.all : d.small.breakdowns.cohorts[i]) : undefined;
  if (!m) return {};
  return { law: { rows: m.law, ...(m.scope ? { scope: m.scope } : {}) }, payer: { rows: m.payer, ...(m.scope ? { scope: m.scope } : {}) } };
}

export function breakdownGrids(calc: CalcReport, c: CouncilReport, style: MoneyStyle, d?: Disclosure): Grid[] {
  const scopes = [c.all, ...(showCohortScopes(calc) ? c.cohorts : [])];
  return scopes.flatMap((s, n) => {
    const m = scopeMarks(d, n === 0 ? undefined : n - 1);
    return [breakdownGrid(s.breakdowns.law, scopeName(s, style), style, d, m.law), breakdownGrid(s.breakdowns.payer, scopeName(s, style), style, d, m.payer)];
  });
}

/** The breakdowns by one dimension: all cases, then per cohort when there are several (small groups as `d` says). */
export function dimensionGrids(dimension: 'law' | 'payer', calc: CalcReport, c: CouncilReport, style: MoneyStyle, d?: Disclosure): Grid[] {
  const scopes = [c.all, ...(showCohortScopes(calc) ? c.cohorts : [])];
  return scopes.map((s, n) => breakdownGrid(s.breakdowns[dimension], scopeName(s, style), style, d, scopeMarks(d, n === 0 ? undefined : n - 1)[dimension]));
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

export function projectionGrid(calc: CalcReport, c: CouncilReport, style: MoneyStyle, d?: Disclosure): Grid {
  const { labels, council } = texts(style.lang);
  const scopes: Array<{ name: string; s: ScopeSections; cases: number; baten: bigint; mean: Cell; kind: GridRow['kind']; mark?: Mark }> = [];
  if (showCohortScopes(calc)) {
    c.cohorts.forEach((s, i) => {
      const t = calc.cohorts[i]!.totals;
      const mark = d?.small.cohorts[i];
      scopes.push({ name: scopeName(s, style), s, cases: t.cases, baten: t.baten, mean: money(t.meanBaten), kind: 'body', ...(mark ? { mark } : {}) });
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
      cells: discloseRow([text(x.name), int(x.cases), money(x.baten), x.mean, ...c.projectSizes.map((_, i) => (x.s.projections[i] ? money(x.s.projections[i].baten) : EMPTY))], x.mark, d),
    })),
    notes: [council.projectionNote, ...disclosureNotes(scopes.map((x) => x.mark), d)],
  };
}

export function publishedGrid(checks: readonly PublishedCheck[], style: MoneyStyle, d?: Disclosure): Grid {
  const { labels, council } = texts(style.lang);
  const yn = (b: boolean): Cell => text(b ? council.yes : council.no);
  const rows: GridRow[] = [];
  // A small cohort keeps its published figures; its computed ones are hidden (docs/tracking.md).
  const row = (i: number, cells: Cell[]): GridRow => ({ kind: 'body', cells: discloseRow(cells, d?.small.published[i], d, 3) });
  checks.forEach((p, i) => {
    // The number of cases is in the per-case table anyway; the amounts of a small cohort are not shown.
    rows.push({ kind: 'body', cells: [text(p.cohort), text(council.figCases), int(p.published.cases), int(p.computed.cases), int(p.difference.cases), yn(p.matches.cases)] });
    rows.push(row(i, [text(p.cohort), text(council.figBaten), money(p.published.baten), money(p.computed.baten), money(p.difference.baten), yn(p.matches.baten)]));
    rows.push(
      row(i, [
        text(p.cohort),
        text(labels.mean),
        money(p.published.mean),
        p.computed.mean ? money(p.computed.mean) : EMPTY,
        p.difference.mean ? money(p.difference.mean) : EMPTY,
        yn(p.matches.mean),
      ]),
    );
  });
  return {
    title: council.publishedTitle,
    header: [labels.cohort, council.figure, council.published, council.computed, council.difference, council.matches],
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
    rows,
    notes: [council.publishedNote, ...checks.map((p) => council.sourceOf(p.cohort, p.source)), ...disclosureNotes(d?.small.published ?? [], d)],
    // On a narrow terminal: the cohort and figure, published and computed, whether they match; then the difference.
    fit: [{ keep: 0 }, { keep: 0 }, { keep: 1 }, { keep: 1 }, { keep: 3 }, { keep: 2 }],
  };
}

/** All council sections, in order: breakdowns, top items, projections (when asked), published (when any). */
export function councilGrids(calc: CalcReport, c: CouncilReport, style: MoneyStyle, d?: Disclosure): Grid[] {
  const out = breakdownGrids(calc, c, style, d);
  if (c.topItems.n > 0) out.push(topItemsGrid(c, style));
  if (c.projectSizes.length) out.push(projectionGrid(calc, c, style, d));
  if (c.published.length) out.push(publishedGrid(c.published, style, d));
  return out;
}
