/**
 * The workbook's sheets of following cases over time (docs/tracking.md): follow-up (difference and
 * realised baten as formulas, totals as SUM), patterns (the mean as a formula) with the cocktails, and
 * the distribution of the value scores. A workbook is passed on: small groups show "< 5 casussen".
 */
import { roundHalfAwayFromZero, toDecimalString } from '../../data/rational.js';
import type { CalcReport } from '../../reports/calc.js';
import type { Marks } from '../../reports/small-numbers.js';
import type { TrackingReport } from '../../reports/tracking.js';
import { type Disclosure, hiddenText } from '../disclosure.js';
import { type MoneyStyle, formatExact, texts } from '../i18n/index.js';
import { whenText } from '../tracking-grid.js';
import { type XCell, type XSheet, centsToDecimal } from '../xlsx.js';

const txt = (v: string, bold?: boolean): XCell => ({ t: 'text', v, ...(bold ? { bold } : {}) });
const euro = (cents: bigint, bold?: boolean): XCell => ({ t: 'euro', cents, ...(bold ? { bold } : {}) });
const fEuro = (f: string, cents: bigint, bold?: boolean): XCell => ({ t: 'formula', f, fmt: 'euro', cached: centsToDecimal(cents), ...(bold ? { bold } : {}) });
const head = (names: readonly string[]): XCell[] => names.map((n) => txt(n, true));

function followUpSheet(t: TrackingReport, style: MoneyStyle): XSheet | undefined {
  const f = t.followups;
  if (!f) return undefined;
  const { labels, tracking: w } = texts(style.lang);
  const rows: XCell[][] = [head([labels.case, w.measurement, w.period, w.expected, w.threatLevel, w.realised, w.difference, w.realisedBaten, w.signal])];
  f.rows.forEach((r, i) => {
    const n = i + 2;
    rows.push([
      txt(r.id),
      txt(whenText(r, style.lang)),
      txt(w.days(formatExact(r.period.days, style.lang, { places: 2, fraction: false }))),
      euro(r.expected),
      euro(r.threat),
      euro(r.realised),
      fEuro(`F${n}-D${n}`, r.difference),
      fEuro(`E${n}-F${n}`, r.realisedBaten),
      txt(r.backAtThreat ? w.backAtThreat : ''),
    ]);
  });
  const last = f.rows.length + 1;
  const x = f.totals;
  const sum = (c: string, cents: bigint): XCell => fEuro(`SUM(${c}2:${c}${last})`, cents, true);
  rows.push([
    txt(labels.total, true),
    txt(labels.cases(x.cases), true),
    { t: 'empty' },
    sum('D', x.expected),
    sum('E', x.threat),
    sum('F', x.realised),
    sum('G', x.difference),
    sum('H', x.realisedBaten),
    txt(x.backAtThreat ? `${x.backAtThreat}× ${w.backAtThreat}` : ''),
  ]);
  rows.push([], [txt(w.followupNote)]);
  return { name: w.followupSheet, rows, widths: [12, 18, 14, 20, 16, 16, 14, 20, 26], header: true };
}

function patternsSheet(t: TrackingReport, style: MoneyStyle, d: Disclosure): XSheet | undefined {
  if (!t.patterns.length) return undefined;
  const { labels, tracking: w } = texts(style.lang);
  const rows: XCell[][] = [];
  const hidden = (ms: Marks | undefined, i: number, key: string): XCell[] | undefined => {
    const m = ms?.[i];
    return m ? [txt(key), txt(hiddenText(m, d))] : undefined;
  };
  t.patterns.forEach((p, n) => {
    const marks = d.small.patterns[n];
    if (rows.length) rows.push([]);
    rows.push([txt(w.patternsTitle(p.dimension), true)]);
    rows.push(head([w.dimension[p.dimension], w.casesCol, labels.baten, labels.mean, w.median]));
    p.groups.forEach((g, i) => {
      const key = g.key ?? w.none(p.dimension);
      const r = rows.length + 1;
      rows.push(
        hidden(marks?.groups, i, key) ?? [
          txt(key),
          { t: 'int', v: g.cases },
          euro(g.baten),
          { t: 'formula', f: `C${r}/B${r}`, fmt: 'euro', cached: toDecimalString({ n: g.mean.n, d: g.mean.d * 100n }, 10) },
          euro(roundHalfAwayFromZero(g.median)),
        ],
      );
    });
    if (p.cocktails?.length) {
      rows.push([], [txt(w.cocktailsTitle, true)], head([w.combination, w.casesCol, labels.baten, labels.mean]));
      p.cocktails.forEach((c, i) => {
        const key = c.words.join(' + ');
        const r = rows.length + 1;
        rows.push(
          hidden(marks?.cocktails, i, key) ?? [
            txt(key),
            { t: 'int', v: c.cases },
            euro(c.baten),
            { t: 'formula', f: `C${r}/B${r}`, fmt: 'euro', cached: toDecimalString({ n: c.mean.n, d: c.mean.d * 100n }, 10) },
          ],
        );
      });
    }
  });
  const marked = d.small.patterns.some((m) => [...m.groups, ...m.cocktails].some((x) => x !== undefined));
  rows.push([], [txt(w.overlapNote)], ...(marked ? [[txt(w.publishNote(d.small.k))]] : []));
  return { name: w.patternsSheet, rows, widths: [36, 12, 16, 20, 20] };
}

function valuesSheet(t: TrackingReport, calc: CalcReport, style: MoneyStyle, d: Disclosure): XSheet | undefined {
  const v = t.values;
  if (!v) return undefined;
  const { labels, council, tracking: w } = texts(style.lang);
  const scores = v.all.values[0]?.counts.map((_, i) => String(i + 1)) ?? [];
  const rows: XCell[][] = [head([council.scope, w.value, w.scored, ...scores, w.medianScore])];
  const add = (scope: string, s: typeof v.all, mark?: Marks[number]): void => {
    for (const x of s.values) {
      rows.push(
        mark
          ? [txt(scope), txt(x.value), txt(hiddenText(mark, d))]
          : [txt(scope), txt(x.value), { t: 'int', v: x.scored }, ...x.counts.map((c): XCell => ({ t: 'int', v: c })), txt(formatExact(x.median, style.lang, { places: 1, fraction: false }))],
      );
    }
  };
  add(labels.allCases, v.all);
  if (calc.cohorts.length > 1 || (calc.cohorts[0] !== undefined && calc.cohorts[0].totals.cases !== calc.totals.cases)) {
    v.cohorts.forEach((s, i) => add(labels.cohortScope(s.cohort?.id ?? ''), s, d.small.values[i]));
  }
  rows.push([], [txt(w.scaleNote)]);
  return { name: w.valuesSheet, rows, widths: [28, 18, 10, 8, 8, 8, 8, 8, 10], header: true };
}

/** The sheets, in order: follow-up, patterns, values (those with something to show). */
export function trackingSheets(t: TrackingReport, calc: CalcReport, style: MoneyStyle, d: Disclosure): XSheet[] {
  return [followUpSheet(t, style), patternsSheet(t, style, d), valuesSheet(t, calc, style, d)].filter((s): s is XSheet => s !== undefined);
}
