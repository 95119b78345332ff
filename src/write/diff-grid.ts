/**
 * The diff report laid out as grids: per case, changed rates, baten per law and the totals (terminal
 * table and Markdown, one grid per section), or as one long grid for CSV (a row per figure, with the
 * section in the first column). Rate prices are always shown in cents: they are unit prices.
 */
import type { RateUnit } from '../data/duration.js';
import type { DiffReport, RateChange, RateField, RateRef } from '../reports/diff.js';
import { AMOUNT_KEYS, type AmountKey } from '../data/amounts.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, money, text } from './grid.js';
import { LABELS, type Lang, type MoneyStyle, formatMoney, plainNumber } from './i18n.js';
import { VC_LABELS } from './labels-versioning.js';

const UNITS: Record<Lang, Record<RateUnit, string>> = {
  nl: { hour: 'uur', day: 'dag', week: 'week', month: 'maand', year: 'jaar', once: 'eenmalig' },
  en: { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year', once: 'once' },
};
const FIELDS: Record<Lang, Record<RateField, string>> = {
  nl: { price: 'prijs', unit: 'eenheid', law: 'wet', payer: 'betaler' },
  en: { price: 'price', unit: 'unit', law: 'law', payer: 'payer' },
};

function unitPrice(r: RateRef | undefined, lang: Lang, plain: boolean): string {
  if (!r) return '';
  const style = { lang, cents: true };
  const p = plain ? plainNumber(r.priceCents, style) : formatMoney(r.priceCents, style);
  return r.unit === 'once' ? `${p} ${UNITS[lang].once}` : `${p}/${UNITS[lang][r.unit]}`;
}

function changeText(c: RateChange, lang: Lang): string {
  const V = VC_LABELS[lang];
  if (c.change === 'added') return `${V.added} (${c.new?.table ?? ''})`;
  if (c.change === 'removed') return `${V.removed} (${c.old?.table ?? ''})`;
  const parts = c.fields.map((f) => {
    if (f === 'price') return FIELDS[lang].price;
    const o = f === 'unit' ? UNITS[lang][c.old!.unit] : c.old![f];
    const n = f === 'unit' ? UNITS[lang][c.new!.unit] : c.new![f];
    return `${FIELDS[lang][f]} ${o} → ${n}`;
  });
  return `${V.changed}: ${parts.join(', ')}`;
}

function totalLabel(f: AmountKey, lang: Lang): string {
  return LABELS[lang][f];
}

const tablesText = (ts: DiffReport['oldTables']): string => ts.map((t) => `${t.id} (${t.file})`).join(', ');

export function diffGrids(r: DiffReport, style: MoneyStyle): Grid[] {
  const L = LABELS[style.lang];
  const V = VC_LABELS[style.lang];
  const showCohort = r.cases.some((c) => c.cohort !== undefined);
  const cases: Grid = {
    title: V.diffTitleCases,
    header: [L.case, L.title, ...(showCohort ? [L.cohort] : []), V.old, V.new, V.delta],
    align: ['left', 'left', ...(showCohort ? ['left' as const] : []), 'right', 'right', 'right'],
    rows: [
      ...r.cases.map((c): GridRow => ({
        kind: 'body',
        cells: [text(c.id), text(c.title), ...(showCohort ? [text(c.cohort ?? '')] : []), money(c.old.baten), money(c.new.baten), money(c.delta.baten)],
      })),
      {
        kind: 'total',
        cells: [text(L.total), text(L.cases(r.new.cases)), ...(showCohort ? [EMPTY] : []), money(r.old.baten), money(r.new.baten), money(r.delta.baten)],
      },
    ],
    notes: [],
  };
  const rates: Grid = {
    title: V.diffTitleRates,
    header: [V.rate, V.change, V.old, V.new, V.usedBy],
    align: ['left', 'left', 'right', 'right', 'right'],
    rows: r.rates.map((c) => ({
      kind: 'body',
      cells: [text(c.id), text(changeText(c, style.lang)), text(unitPrice(c.old, style.lang, false)), text(unitPrice(c.new, style.lang, false)), int(c.cases)],
    })),
    notes: r.rates.length ? [] : [V.noRateChanges],
  };
  const laws: Grid = {
    title: V.diffTitleLaws,
    header: [V.law, V.old, V.new, V.delta],
    align: ['left', 'right', 'right', 'right'],
    rows: r.laws.map((l) => ({ kind: 'body', cells: [text(l.law), money(l.old), money(l.new), money(l.delta)] })),
    notes: [],
  };
  const totals: Grid = {
    title: V.diffTitleTotals,
    header: [V.field, V.old, V.new, V.delta],
    align: ['left', 'right', 'right', 'right'],
    rows: [
      ...AMOUNT_KEYS.map((f): GridRow => ({ kind: f === 'baten' ? 'total' : 'body', cells: [text(totalLabel(f, style.lang)), money(r.old[f]), money(r.new[f]), money(r.delta[f])] })),
      { kind: 'mean', cells: [text(L.mean), money(r.old.meanBaten), money(r.new.meanBaten), EMPTY] },
    ],
    notes: [V.diffNote(tablesText(r.oldTables), tablesText(r.newTables)), L.amountsNote(style.cents)],
  };
  return [cases, rates, laws, totals];
}

/** One long grid for CSV: section; id; label; old; new; difference. */
export function diffLongGrid(r: DiffReport, style: MoneyStyle): Grid {
  const L = LABELS[style.lang];
  const V = VC_LABELS[style.lang];
  const row = (section: string, id: string, label: string, old: Cell, now: Cell, delta: Cell): GridRow => ({ kind: 'body', cells: [text(section), text(id), text(label), old, now, delta] });
  const rows: GridRow[] = [
    ...r.cases.map((c) => row(L.case, c.id, c.title, money(c.old.baten), money(c.new.baten), money(c.delta.baten))),
    ...r.rates.map((c) => row(V.rate, c.id, changeText(c, style.lang), text(unitPrice(c.old, style.lang, true)), text(unitPrice(c.new, style.lang, true)), EMPTY)),
    ...r.laws.map((l) => row(V.law, l.law, L.baten, money(l.old), money(l.new), money(l.delta))),
    ...AMOUNT_KEYS.map((f) => row(L.total, f, totalLabel(f, style.lang), money(r.old[f]), money(r.new[f]), money(r.delta[f]))),
  ];
  return { header: [V.section, V.id, V.label, V.old, V.new, V.delta], align: ['left', 'left', 'left', 'right', 'right', 'right'], rows, notes: [] };
}
