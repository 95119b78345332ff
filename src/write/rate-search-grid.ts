/**
 * `doorbraak rates` as a grid (Markdown, CSV) and as a list of cards for the terminal: every rate with
 * its id, label, unit, price as stated and indexed, law, payer, grade, price year, table and source.
 * Formatting only; every figure comes from src/reports/rate-search.ts.
 */
import type { RateSearchReport } from '../reports/rate-search.js';
import { type Grid, moneyCents, text } from './grid.js';
import { type Lang, type MoneyStyle, formatMoney, texts, unitWord } from './i18n/index.js';
import { wrapText } from './render/table.js';
import type { Style } from './style.js';

/** The sentences under the list: how many, from which tables, the price year and index, gaps, no match. */
export function rateSearchNotes(r: RateSearchReport, lang: Lang): string[] {
  const w = texts(lang).rateSearch;
  const notes: string[] = [];
  if (!r.rows.length) {
    const q = r.query;
    if (q.law !== undefined && r.suggestions.law.length) notes.push(w.noneFor(texts(lang).labels.law, q.law, r.suggestions.law.map((x) => `'${x}'`).join(', ')));
    else if (q.payer !== undefined && r.suggestions.payer.length) notes.push(w.noneFor(texts(lang).labels.payer, q.payer, r.suggestions.payer.map((x) => `'${x}'`).join(', ')));
    else notes.push(w.none);
  }
  notes.push(w.summary(r.rows.length, r.total, r.tables.map((t) => `${w.tableWord(t.id)}, ${t.file}`).join('; ')));
  notes.push(r.index ? w.priceNote(r.priceYear, r.index.id, r.index.provisional) : w.noIndexNote);
  for (const g of r.gaps) notes.push(w.gapNote(g.year, r.index?.id ?? '', g.rates));
  return notes;
}

/** One row per rate, every field in its own column (Markdown and CSV). */
export function rateSearchGrid(r: RateSearchReport, style: MoneyStyle): Grid {
  const { labels, rates: words, rateSearch: w } = texts(style.lang);
  const indexed = r.index !== undefined;
  return {
    title: w.title,
    header: [
      w.id,
      words.label,
      words.unit,
      w.priceAsStated,
      ...(indexed ? [w.indexedPrice(r.priceYear)] : []),
      labels.law,
      labels.payer,
      words.grade,
      words.priceYear,
      words.table,
      words.source,
    ],
    align: ['left', 'left', 'left', 'right', ...(indexed ? (['right'] as const) : []), 'left', 'left', 'left', 'right', 'left', 'left'],
    rows: r.rows.map((x) => ({
      kind: 'body',
      cells: [
        text(x.rate.id),
        text(x.rate.label),
        text(unitWord(x.rate.unit, false, style.lang)),
        moneyCents(x.rate.priceCents),
        ...(indexed ? [x.indexed ? moneyCents(x.indexed.cents) : text('–')] : []),
        text(x.rate.law),
        text(x.rate.payer),
        text(x.rate.grade ?? ''),
        text(String(x.rate.priceYear)),
        text(x.table.id),
        text(x.rate.source),
      ],
    })),
    notes: rateSearchNotes(r, style.lang),
    fullText: true,
  };
}

/** Width of the terminal cards. */
const WIDTH = 78;

/**
 * The terminal view: one card per rate, readable in 80 columns.
 *
 *   ots — Ondertoezichtstelling (OTS) door gecertificeerde instelling (per maand)
 *     € 624,00 per maand, prijsjaar 2024 → € 659,42 in prijspeil 2026
 *     Jeugdwet · gemeente · kwaliteit C · tabel nl-2026
 *     bron: estimate: …
 */
export function renderRateCards(r: RateSearchReport, lang: Lang, st: Style): string {
  const w = texts(lang).rateSearch;
  const cents = { lang, cents: true };
  const indent = (s: string, width: number): string =>
    wrapText(s, width)
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n');
  const cards = r.rows.map((x) => {
    const amount = formatMoney(x.rate.priceCents, cents);
    const price = x.rate.unit === 'once' ? `${amount} (${unitWord('once', false, lang)})` : w.per(amount, unitWord(x.rate.unit, false, lang));
    const when = x.indexed ? w.indexedLine(x.rate.priceYear, formatMoney(x.indexed.cents, cents), r.priceYear) : w.notIndexed(x.rate.priceYear);
    const facts = [x.rate.law, x.rate.payer, ...(x.rate.grade ? [w.gradeWord(x.rate.grade)] : []), w.tableWord(x.table.id)].join(' · ');
    return [
      // The id in bold (added after wrapping, so that the escape codes do not count as width).
      wrapText(`${x.rate.id} — ${x.rate.label}`, WIDTH)
        .split('\n')
        .map((l, i) => (i === 0 ? st.bold(x.rate.id) + l.slice(x.rate.id.length) : `    ${l}`))
        .join('\n'),
      indent(`${price}, ${when}`, WIDTH - 4),
      indent(facts, WIDTH - 4),
      indent(`${w.sourceWord}: ${x.rate.source}`, WIDTH - 4),
    ].join('\n');
  });
  const notes = rateSearchNotes(r, lang).map((n) => wrapText(n, WIDTH));
  return [...cards, notes.join('\n')].join('\n\n') + '\n';
}
