/**
 * The diff report laid out as grids: per case, changed rates, baten per law and the totals (terminal
 * table and Markdown, one grid per section), or as one long grid for CSV (a row per figure, with the
 * section in the first column). Rate prices are always shown in cents: they are unit prices.
 */
import type { DiffReport, RateChange, RateField, RateRef } from '../reports/diff.js';
import { AMOUNT_KEYS, type AmountKey } from '../data/amounts.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, text } from './grid.js';
import { type Lang, type MoneyStyle, formatMoney, plainNumber, texts, unitWord } from './i18n/index.js';

function unitPrice(r: RateRef | undefined, lang: Lang, plain: boolean): string {
  if (!r) return '';
  const style = { lang, cents: true };
  const p = plain ? plainNumber(r.priceCents, style) : formatMoney(r.priceCents, style);
  return r.unit === 'once' ? `${p} ${unitWord('once', false, lang)}` : `${p}/${unitWord(r.unit, false, lang)}`;
}

function changeText(c: RateChange, lang: Lang): string {
  const words = texts(lang).diff;
  if (c.change === 'added') return `${words.added} (${c.new?.table ?? ''})`;
  if (c.change === 'removed') return `${words.removed} (${c.old?.table ?? ''})`;
  const parts = c.fields.map((f) => {
    if (f === 'price') return words.fields.price;
    const o = f === 'unit' ? unitWord(c.old!.unit, false, lang) : c.old![f];
    const n = f === 'unit' ? unitWord(c.new!.unit, false, lang) : c.new![f];
    return `${words.fields[f]} ${o} → ${n}`;
  });
  return `${words.changed}: ${parts.join(', ')}`;
}

function totalLabel(f: AmountKey, lang: Lang): string {
  return texts(lang).labels[f];
}

/** Both sides at one price year (as calc), or as the tables state them (--as-stated). */
export function basisNote(r: DiffReport, style: MoneyStyle): string {
  const audit = texts(style.lang).audit;
  return r.basis ? audit.diffIndexed(r.basis.priceYear, r.basis.index) : audit.diffAsStated;
}

const tablesText = (ts: DiffReport['oldTables']): string => ts.map((t) => `${t.id} (${t.file})`).join(', ');

export function diffGrids(r: DiffReport, style: MoneyStyle): Grid[] {
  const { labels, rates: rateWords, diff: words } = texts(style.lang);
  const showCohort = r.cases.some((c) => c.cohort !== undefined);
  const cases: Grid = {
    title: words.titleCases,
    header: [labels.case, labels.title, ...(showCohort ? [labels.cohort] : []), words.old, words.new, words.delta],
    align: ['left', 'left', ...(showCohort ? ['left' as const] : []), 'right', 'right', 'right'],
    rows: [
      ...r.cases.map((c): GridRow => ({
        kind: 'body',
        cells: [text(c.id), text(c.title), ...(showCohort ? [text(c.cohort ?? '')] : []), money(c.old.baten), money(c.new.baten), money(c.delta.baten)],
      })),
      {
        kind: 'total',
        cells: [text(labels.total), text(labels.cases(r.new.cases)), ...(showCohort ? [EMPTY] : []), money(r.old.baten), money(r.new.baten), money(r.delta.baten)],
      },
    ],
    notes: [],
  };
  const rates: Grid = {
    title: words.titleRates,
    header: [rateWords.rate, words.change, words.old, words.new, words.usedBy],
    align: ['left', 'left', 'right', 'right', 'right'],
    rows: r.rates.map((c) => ({
      kind: 'body',
      cells: [text(c.id), text(changeText(c, style.lang)), text(unitPrice(c.old, style.lang, false)), text(unitPrice(c.new, style.lang, false)), int(c.cases)],
    })),
    notes: r.rates.length ? [] : [words.noRateChanges],
  };
  const laws: Grid = {
    title: words.titleLaws,
    header: [labels.law, words.old, words.new, words.delta],
    align: ['left', 'right', 'right', 'right'],
    rows: r.laws.map((l) => ({ kind: 'body', cells: [text(l.law), money(l.old), money(l.new), money(l.delta)] })),
    notes: [],
  };
  const totals: Grid = {
    title: words.titleTotals,
    header: [words.field, words.old, words.new, words.delta],
    align: ['left', 'right', 'right', 'right'],
    rows: [
      ...AMOUNT_KEYS.map((f): GridRow => ({ kind: f === 'baten' ? 'total' : 'body', cells: [text(totalLabel(f, style.lang)), money(r.old[f]), money(r.new[f]), money(r.delta[f])] })),
      { kind: 'mean', cells: [text(labels.mean), money(r.old.meanBaten), money(r.new.meanBaten), money(r.delta.meanBatenCents)] },
    ],
    notes: [words.note(tablesText(r.oldTables), tablesText(r.newTables)), basisNote(r, style), labels.amountsNote(style.cents)],
  };
  return [cases, rates, laws, totals];
}

/** One long grid for CSV: section; id; label; old; new; difference. */
export function diffLongGrid(r: DiffReport, style: MoneyStyle): Grid {
  const { labels, rates: rateWords, diff: words } = texts(style.lang);
  const row = (section: string, id: string, label: string, old: Cell, now: Cell, delta: Cell): GridRow => ({ kind: 'body', cells: [text(section), text(id), text(label), old, now, delta] });
  const rows: GridRow[] = [
    ...r.cases.map((c) => row(labels.case, c.id, c.title, money(c.old.baten), money(c.new.baten), money(c.delta.baten))),
    ...r.rates.map((c) => row(rateWords.rate, c.id, changeText(c, style.lang), text(unitPrice(c.old, style.lang, true)), text(unitPrice(c.new, style.lang, true)), EMPTY)),
    ...r.laws.map((l) => row(labels.law, l.law, labels.baten, money(l.old), money(l.new), money(l.delta))),
    ...AMOUNT_KEYS.map((f) => row(labels.total, f, totalLabel(f, style.lang), money(r.old[f]), money(r.new[f]), money(r.delta[f]))),
    row(labels.total, 'mean_baten', labels.mean, money(r.old.meanBaten), money(r.new.meanBaten), money(r.delta.meanBatenCents)),
  ];
  return { header: [words.section, words.id, rateWords.label, words.old, words.new, words.delta], align: ['left', 'left', 'left', 'right', 'right', 'right'], rows, notes: [] };
}
