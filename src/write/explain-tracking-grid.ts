/**
 * What `explain` shows of following a case over time (docs/tracking.md): status, dates and tags in the
 * case grid, the scores beside the values, and per follow-up measurement its lines (derived as the
 * scenario lines are) and expected against realised, with the computation spelt out.
 */
import type { Case } from '../data/model.js';
import type { PricedFollowUp } from '../data/pricing.js';
import { statusOf } from '../data/tracking.js';
import type { ExplainReport } from '../reports/explain.js';
import type { FollowUpFigures } from '../reports/followup.js';
import { derivationText, explainGrids } from './explain-grid.js';
import { type Grid, type GridRow, int, money, moneyCents, text } from './grid.js';
import { type Lang, type MoneyStyle, formatExact, formatExactEuros, formatMoney, texts, unitWord } from './i18n/index.js';
import { whenText } from './tracking-grid.js';

const WRAP = 48;

/** Rows for the case grid: status, dates, problems, kind (those given; the status always). */
export function caseTrackingRows(c: Case, lang: Lang): GridRow[] {
  const t = texts(lang).tracking;
  const kv = (k: string, v: string): GridRow => ({ kind: 'body', cells: [text(k), text(v)] });
  const rows = [kv(t.statusCol, t.status[statusOf(c)])];
  if (c.dates?.start) rows.push(kv(t.start, c.dates.start.text));
  if (c.dates?.breakthrough) rows.push(kv(t.breakthroughDate, c.dates.breakthrough.text));
  if (c.problems?.length) rows.push(kv(t.dimension.problems, c.problems.map((x) => x.word).join(', ')));
  if (c.kind?.length) rows.push(kv(t.dimension.kind, c.kind.map((x) => x.word).join(', ')));
  return rows;
}

/** The lines of one measurement, derived like the scenario lines; their sum is what was realised. */
export function followUpLinesGrid(f: PricedFollowUp, figures: FollowUpFigures, n: number, style: MoneyStyle): Grid {
  const { labels, rates: rateWords, explain: words, tracking: t } = texts(style.lang);
  const rows: GridRow[] = f.lines.map((l) => {
    const amount = formatMoney(l.unitPriceCents, { lang: style.lang, cents: true });
    const unit = unitWord(l.unit, false, style.lang);
    return {
      kind: 'body',
      cells: [
        int(l.index + 1),
        text(l.line.kind === 'rate' ? l.line.rate : `${rateWords.customItem}: ${l.label}`),
        text(l.unit === 'once' ? `${amount} (${unit})` : `${amount} / ${unit}`),
        // A follow-up line without `for` lasts the period since the breakthrough, its "horizon".
        text(derivationText(l, style.lang).replace(`(${words.horizonMark})`, `(${t.period})`)),
        text(formatExact(l.count, style.lang)),
        text(formatExact(l.chance, style.lang)),
        text(formatExactEuros(l.exactCents, style.lang)),
        moneyCents(l.undiscountedCents),
      ],
    };
  });
  rows.push({ kind: 'subtotal', cells: [text(labels.total), ...Array.from({ length: 6 }, () => text('')), moneyCents(f.realisedCents)] });
  return {
    title: t.followupLinesTitle(n, whenText(figures, style.lang)),
    header: [words.nr, words.post, rateWords.unitPrice, words.quantity, words.count, words.chance, words.exactCost, words.cost],
    align: ['right', 'left', 'right', 'left', 'right', 'right', 'right', 'right'],
    rows,
    notes: [],
    fullText: true,
    wrapAt: WRAP,
  };
}

/** Per measurement: the period, expected and threat level with their computation, realised, and the signal. */
export function followUpSummaryGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { explain: words, tracking: t } = texts(style.lang);
  const cents = (c: bigint): string => formatMoney(c, { lang: style.lang, cents: true });
  const days = (f: FollowUpFigures): string => t.days(formatExact(f.period.days, style.lang));
  const rows: GridRow[] = r.followups.flatMap((f, i): GridRow[] => {
    const ratio = `${formatExact(f.period.days, style.lang)}/${formatExact(f.horizon.days, style.lang)}`;
    const head = `${i + 1}. ${whenText(f, style.lang)} (${days(f)})`;
    return [
      { kind: 'body', cells: [text(head), text(t.expected), money(f.expected), text(`${cents(r.priced.undiscounted.breakthrough)} × ${ratio} = ${formatExactEuros(f.expectedExact, style.lang)}`)] },
      { kind: 'body', cells: [text(''), text(t.threatLevel), money(f.threat), text(`${cents(r.priced.undiscounted.threat)} × ${ratio} = ${formatExactEuros(f.threatExact, style.lang)}`)] },
      { kind: 'body', cells: [text(''), text(t.realised), money(f.realised), text('')] },
      { kind: 'body', cells: [text(''), text(t.difference), money(f.difference), text(`${cents(f.realised)} − ${cents(f.expected)}`)] },
      { kind: 'total', cells: [text(''), text(t.realisedBaten), money(f.realisedBaten), text(`${cents(f.threat)} − ${cents(f.realised)}${f.backAtThreat ? ` (${t.backAtThreat})` : ''}`)] },
    ];
  });
  return {
    title: t.followupExplainTitle,
    header: [t.measurement, '', words.amount, words.computation],
    align: ['left', 'left', 'right', 'left'],
    rows,
    notes: [t.followupNote],
    fullText: true,
    wrapAt: WRAP,
  };
}

/** The follow-up grids of a case: the summary, then the lines of every measurement. */
export function followUpGrids(r: ExplainReport, style: MoneyStyle): Grid[] {
  const fs = r.priced.followups ?? [];
  if (!fs.length) return [];
  return [followUpSummaryGrid(r, style), ...fs.map((f, i) => followUpLinesGrid(f, r.followups[i]!, i + 1, style))];
}

/** The values with their scores beside the free text (a value may have either or both). */
export function valuesScoresGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { explain: words, tracking: t } = texts(style.lang);
  const values = r.case.values ?? {};
  const scores = r.case.scores ?? {};
  const keys = [...Object.keys(values), ...Object.keys(scores).filter((k) => !(k in values))];
  return {
    title: words.valuesTitle,
    header: [words.field, words.value, t.score],
    align: ['left', 'left', 'right'],
    rows: keys.map((k) => ({ kind: 'body', cells: [text(k), text(values[k] ?? ''), scores[k] !== undefined ? int(scores[k]) : text('')] })),
    notes: [t.scale],
    fullText: true,
    wrapAt: WRAP,
  };
}

/** explain's grids with what following a case over time adds (the case grid, the values, the follow-ups). */
export function trackedExplainGrids(r: ExplainReport, style: MoneyStyle): Grid[] {
  const words = texts(style.lang).explain;
  const [first, ...rest] = explainGrids(r, style);
  const out: Grid[] = first ? [{ ...first, rows: [...first.rows, ...caseTrackingRows(r.case, style.lang)] }, ...rest] : rest;
  if (r.case.scores && Object.keys(r.case.scores).length) {
    const i = out.findIndex((g) => g.title === words.valuesTitle);
    const notesAt = out.findIndex((g) => g.title === words.notesTitle);
    if (i >= 0) out[i] = valuesScoresGrid(r, style);
    else out.splice(notesAt >= 0 ? notesAt : out.length, 0, valuesScoresGrid(r, style));
  }
  return [...out, ...followUpGrids(r, style)];
}
