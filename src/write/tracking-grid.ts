/**
 * Following cases over time (docs/tracking.md) as grids, shared by the table, Markdown and CSV
 * renderers (and the tables of the HTML report): the status line and column, the follow-ups, the
 * patterns and cocktails, and the distribution of the value scores. Small groups are shown as the
 * format asks (src/write/disclosure.ts). Every figure comes from src/reports/.
 */
import type { CalcReport } from '../reports/calc.js';
import type { FollowUpReport, FollowUpRow } from '../reports/followup.js';
import type { PatternsReport } from '../reports/patterns.js';
import type { PatternMarks } from '../reports/small-numbers.js';
import type { StatusSummary } from '../reports/status.js';
import type { TrackingReport } from '../reports/tracking.js';
import type { ScopeScores, ValueScoresReport } from '../reports/value-scores.js';
import { CASE_STATUSES, SCORE_MAX, SCORE_MIN } from '../data/tracking.js';
import { type Disclosure, discloseRow, disclosureNotes } from './disclosure.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, text } from './grid.js';
import { type Lang, type MoneyStyle, formatExact, texts } from './i18n/index.js';

/** "6 afgerond; 4 lopend, niet meegeteld". */
export function statusLine(s: StatusSummary, lang: Lang): string {
  const counted = s.counted.map((st) => [st, s.counts[st]] as const);
  const leftOut = CASE_STATUSES.filter((st) => s.leftOut[st] > 0).map((st) => [st, s.leftOut[st]] as const);
  return texts(lang).tracking.statusLine(counted, leftOut);
}

/** The statuses as a small table (CSV, which has no notes). */
export function statusGrid(s: StatusSummary, lang: Lang): Grid {
  const t = texts(lang).tracking;
  return {
    title: t.statusTitle,
    header: [t.statusCol, t.casesCol, t.countedCol],
    align: ['left', 'right', 'left'],
    rows: CASE_STATUSES.map((st) => ({ kind: 'body', cells: [text(t.status[st]), int(s.counts[st]), text(s.counted.includes(st) ? t.yes : t.no)] })),
    notes: [statusLine(s, lang)],
  };
}

/**
 * The per-case grid of calc with what following cases adds: a status column when counted cases are
 * not all completed, the cohort subtotals of small cohorts shown as the format asks and, with
 * `statusAt`, the status line as that note (after the headline; the terminal and HTML show it above
 * the table instead).
 */
export function trackedMainGrid(g: Grid, calc: CalcReport, t: TrackingReport, d: Disclosure, statusAt?: number): Grid {
  const words = texts(d.lang).tracking;
  const marked = t.status.marked;
  let body = 0;
  let sub = 0;
  const subtotals = calc.cohorts.length > 1;
  const rows = g.rows.map((r): GridRow => {
    let cells: Cell[] = [...r.cells];
    if (r.kind === 'body') {
      const c = t.cases[body++];
      if (marked) cells.push(c ? text(words.status[c.status]) : EMPTY);
      return { ...r, cells };
    }
    if (r.kind === 'subtotal' && subtotals) cells = discloseRow(cells, d.small.cohorts[sub++], d);
    if (marked) cells.push(EMPTY);
    return { ...r, cells };
  });
  const notes = [...g.notes];
  if (t.status.show && statusAt !== undefined) notes.splice(statusAt, 0, statusLine(t.status, d.lang));
  notes.push(...disclosureNotes(subtotals ? d.small.cohorts : [], d));
  return {
    ...g,
    header: marked ? [...g.header, words.statusCol] : g.header,
    align: marked ? [...g.align, 'left'] : g.align,
    rows,
    notes,
    // On a narrow terminal the status moves below after the besparing and the current support.
    ...(g.fit ? { fit: marked ? [...g.fit, { keep: 5 }] : g.fit } : {}),
  };
}

/** "na 6 months" or "op 2025-03-01". */
export function whenText(r: Pick<FollowUpRow, 'when'>, lang: Lang): string {
  const t = texts(lang).tracking;
  return r.when.kind === 'after' ? t.after(r.when.duration.text) : t.on(r.when.date.text);
}

export function followUpGrid(f: FollowUpReport, style: MoneyStyle): Grid {
  const { labels, tracking: t } = texts(style.lang);
  const rows: GridRow[] = f.rows.map((r) => ({
    kind: 'body',
    cells: [
      text(r.id),
      text(whenText(r, style.lang)),
      text(t.days(formatExact(r.period.days, style.lang, { places: 2, fraction: false }))),
      money(r.expected),
      money(r.threat),
      money(r.realised),
      money(r.difference),
      money(r.realisedBaten),
      text(r.backAtThreat ? t.backAtThreat : ''),
    ],
  }));
  const x = f.totals;
  rows.push({
    kind: 'total',
    cells: [text(labels.total), text(labels.cases(x.cases)), EMPTY, money(x.expected), money(x.threat), money(x.realised), money(x.difference), money(x.realisedBaten), x.backAtThreat ? text(`${x.backAtThreat}× ${t.backAtThreat}`) : EMPTY],
  });
  return {
    title: t.followupTitle,
    header: [labels.case, t.measurement, t.period, t.expected, t.threatLevel, t.realised, t.difference, t.realisedBaten, t.signal],
    align: ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    rows,
    notes: [t.followupNote, ...(x.backAtThreat ? [t.flaggedNote(x.backAtThreat)] : [])],
  };
}

export function patternsGrid(p: PatternsReport, marks: PatternMarks | undefined, style: MoneyStyle, d?: Disclosure): Grid {
  const { labels, tracking: t } = texts(style.lang);
  return {
    title: t.patternsTitle(p.dimension),
    header: [t.dimension[p.dimension], t.casesCol, labels.baten, labels.mean, t.median],
    align: ['left', 'right', 'right', 'right', 'right'],
    rows: p.groups.map((g, i) => ({
      kind: 'body',
      cells: discloseRow([text(g.key ?? t.none(p.dimension)), int(g.cases), money(g.baten), money(g.mean), money(g.median)], marks?.groups[i], d),
    })),
    notes: [p.dimension === 'cohort' ? t.cohortNote : t.overlapNote, ...disclosureNotes(marks?.groups ?? [], d)],
  };
}

export function cocktailsGrid(p: PatternsReport, marks: PatternMarks | undefined, style: MoneyStyle, d?: Disclosure): Grid {
  const { labels, tracking: t } = texts(style.lang);
  const list = p.cocktails ?? [];
  return {
    title: t.cocktailsTitle,
    header: [t.combination, t.casesCol, labels.baten, labels.mean],
    align: ['left', 'right', 'right', 'right'],
    rows: list.map((c, i) => ({
      kind: 'body',
      cells: discloseRow([text(c.words.join(' + ')), int(c.cases), money(c.baten), money(c.mean)], marks?.cocktails[i], d),
    })),
    notes: [list.length ? t.cocktailsNote : t.noCocktails, ...disclosureNotes(marks?.cocktails ?? [], d)],
  };
}

function scoreRows(s: ScopeScores, scope: string, lang: Lang): Cell[][] {
  return s.values.map((v) => [text(scope), text(v.value), int(v.scored), ...v.counts.map((n) => int(n)), text(formatExact(v.median, lang, { places: 1, fraction: false }))]);
}

export function valueScoresGrid(v: ValueScoresReport, calc: CalcReport, style: MoneyStyle, d?: Disclosure): Grid {
  const { labels, council, tracking: t } = texts(style.lang);
  const scores = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => String(SCORE_MIN + i));
  const rows: GridRow[] = scoreRows(v.all, labels.allCases, style.lang).map((cells) => ({ kind: 'body', cells }));
  const perCohort = calc.cohorts.length > 1 || (calc.cohorts[0] !== undefined && calc.cohorts[0].totals.cases !== calc.totals.cases);
  if (perCohort) {
    v.cohorts.forEach((s, i) => {
      for (const cells of scoreRows(s, labels.cohortScope(s.cohort?.id ?? ''), style.lang)) rows.push({ kind: 'body', cells: discloseRow(cells, d?.small.values[i], d, 2) });
    });
  }
  return {
    title: t.valuesTitle,
    header: [council.scope, t.value, t.scored, ...scores, t.medianScore],
    align: ['left', 'left', 'right', ...scores.map(() => 'right' as const), 'right'],
    rows,
    notes: [t.scaleNote, ...disclosureNotes(perCohort ? (d?.small.values ?? []) : [], d)],
  };
}

/** Every tracking section in order: status (CSV only), follow-up, patterns with cocktails, value scores. */
export function trackingGrids(t: TrackingReport, calc: CalcReport, style: MoneyStyle, d: Disclosure, opts: { statusTable?: boolean } = {}): Grid[] {
  const out: Grid[] = [];
  if (opts.statusTable && t.status.show) out.push(statusGrid(t.status, style.lang));
  if (t.followups) out.push(followUpGrid(t.followups, style));
  t.patterns.forEach((p, i) => {
    out.push(patternsGrid(p, d.small.patterns[i], style, d));
    if (p.cocktails) out.push(cocktailsGrid(p, d.small.patterns[i], style, d));
  });
  if (t.values) out.push(valueScoresGrid(t.values, calc, style, d));
  return out;
}
