/**
 * The HTML report's sections of following cases over time (docs/tracking.md): the follow-ups
 * (expected against realised, as a chart and a table), the patterns (baten per problem and per kind
 * of breakthrough as bar charts, with the tables and the recurring cocktails) and the distribution of
 * the value scores. Small groups are left out of the charts and shown as "< 5 casussen" in the tables.
 */
import type { CalcReport } from '../../reports/calc.js';
import type { Marks } from '../../reports/small-numbers.js';
import type { TrackingReport } from '../../reports/tracking.js';
import type { Disclosure } from '../disclosure.js';
import type { Grid } from '../grid.js';
import { type MoneyStyle, formatMoney, texts } from '../i18n/index.js';
import { PALETTE, barChart, esc, groupedBarChart } from '../svg.js';
import { cocktailsGrid, followUpGrid, patternsGrid, valueScoresGrid } from '../tracking-grid.js';

/** A section of the report (html.ts): anchor, heading, body. */
export interface TrackingSection {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

type Table = (g: Grid, opts?: { caption?: boolean; notes?: boolean }) => string;

const num = (c: bigint): number => Number(c);

/** Follow-up: per case expected, threat level and realised over the period since the breakthrough. */
function followUpSection(t: TrackingReport, style: MoneyStyle, table: Table): TrackingSection | undefined {
  const f = t.followups;
  if (!f) return undefined;
  const words = texts(style.lang).tracking;
  const series = [
    { name: words.expectedShort, colour: PALETTE[2] },
    { name: words.threatLevel, colour: PALETTE[1] },
    { name: words.realised, colour: PALETTE[0] },
  ];
  const groups = f.rows.map((r) => ({
    label: r.id,
    sub: r.backAtThreat ? words.backAtThreat : r.title,
    values: [num(r.expected), num(r.threat), num(r.realised)],
    texts: [formatMoney(r.expected, style), formatMoney(r.threat, style), formatMoney(r.realised, style)],
  }));
  const g = followUpGrid(f, style);
  return {
    id: 'vervolgmeting',
    title: words.htmlFollowup,
    body: `<figure>${groupedBarChart('chart-followup', words.htmlFollowupChart, series, groups)}</figure>\n${table(g)}`,
  };
}

/** Patterns: per grouping a bar chart of the baten of the groups that may be shown, then the tables. */
function patternsSection(t: TrackingReport, style: MoneyStyle, d: Disclosure, table: Table): TrackingSection | undefined {
  if (!t.patterns.length) return undefined;
  const words = texts(style.lang).tracking;
  const hidden = (ms: Marks, i: number): boolean => ms[i] !== undefined;
  let body = `<p>${esc(words.htmlPatternsIntro)}</p>\n`;
  t.patterns.forEach((p, n) => {
    const marks = d.small.patterns[n];
    const grid = patternsGrid(p, marks, style, d);
    const bars = p.groups
      .filter((_, i) => !hidden(marks?.groups ?? [], i))
      .map((x) => ({ label: x.key ?? words.none(p.dimension), value: num(x.baten), text: formatMoney(x.baten, style) }));
    const omitted = bars.length < p.groups.length;
    body += `<h3>${esc(grid.title ?? '')}</h3>\n`;
    if (bars.length) body += `<figure>${barChart(`chart-pattern-${p.dimension}`, words.htmlPatternsChart(words.dimension[p.dimension]), bars)}</figure>\n`;
    if (omitted) body += `<p class="note">${esc(words.htmlChartSmall(d.small.k))}</p>\n`;
    body += table(grid, { caption: false });
    if (p.cocktails) {
      const c = cocktailsGrid(p, marks, style, d);
      body += `<h3>${esc(c.title ?? '')}</h3>\n${table(c, { caption: false })}`;
    }
  });
  return { id: 'patronen', title: words.htmlPatterns, body };
}

function valuesSection(t: TrackingReport, calc: CalcReport, style: MoneyStyle, d: Disclosure, table: Table): TrackingSection | undefined {
  if (!t.values) return undefined;
  return { id: 'waarden', title: texts(style.lang).tracking.htmlValues, body: table(valueScoresGrid(t.values, calc, style, d), { caption: false }) };
}

/** The sections, in order: follow-up, patterns, values (those with something to show). */
export function trackingSections(t: TrackingReport, calc: CalcReport, style: MoneyStyle, d: Disclosure, table: Table): TrackingSection[] {
  return [followUpSection(t, style, table), patternsSection(t, style, d, table), valuesSection(t, calc, style, d, table)].filter(
    (s): s is TrackingSection => s !== undefined,
  );
}
