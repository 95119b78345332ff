/**
 * The line export (`calc --lines`) as one long grid for CSV: a header, then one row per priced line.
 * Amounts in euros with cents (the language's decimal mark, no grouping), factors as decimals with up
 * to 12 places and as the exact fraction. Formatting only: every figure comes from src/reports/lines.ts.
 */
import { type Rational, toDecimalString } from '../data/rational.js';
import type { LineRow } from '../reports/lines.js';
import { yearColumns } from '../reports/lines.js';
import { derivationText, scenarioLabel } from './explain-grid.js';
import { type Cell, EMPTY, type Grid, type GridRow, int, moneyCents, text } from './grid.js';
import { type Lang, type MoneyStyle, localDecimal, texts, unitWord } from './i18n/index.js';

/** Decimals of a factor in the export: exact for every factor a CPI chain of one-decimal changes gives. */
export const FACTOR_PLACES = 12;

/** A decimal as the language writes it in a spreadsheet: "1,072254" (nl), "1.072254" (en). */
export const decimal = (r: Rational, lang: Lang): string => localDecimal(toDecimalString(r, FACTOR_PLACES), lang);

/**
 * An exact fraction that no spreadsheet reads as a date: "536127 / 500000", or the whole number.
 * (Excel opens "1/2" as the 1st of February.)
 */
export const fraction = (r: Rational): string => (r.d === 1n ? r.n.toString() : `${r.n} / ${r.d}`);

/** "cases/x.yaml:12" */
export const sourceText = (r: LineRow): string => `${r.source.file}:${r.source.line}`;

/** The column headers: the fixed ones, one per year of the longest horizon, then the totals and the source. */
export function linesHeader(years: number, lang: Lang): string[] {
  const c = texts(lang).audit.columns;
  return [
    c.cohort,
    c.case,
    c.scenario,
    c.nr,
    c.rate,
    c.table,
    c.item,
    c.label,
    c.law,
    c.payer,
    c.unit,
    c.price,
    c.override,
    c.priceYear,
    c.factor,
    c.factorFraction,
    c.quantity,
    c.quantityFraction,
    c.derivation,
    c.count,
    c.chance,
    ...Array.from({ length: years }, (_, i) => c.year(i + 1)),
    c.undiscounted,
    c.presentValue,
    c.discount,
    c.source,
    c.investment,
  ];
}

export function linesGrid(rows: readonly LineRow[], style: MoneyStyle): Grid {
  const lang = style.lang;
  const words = texts(lang).audit;
  const n = yearColumns(rows);
  const body: GridRow[] = rows.map((r) => {
    const cells: Cell[] = [
      text(r.cohort ?? ''),
      text(r.case),
      text(scenarioLabel(r.scenario, lang)),
      int(r.nr),
      text(r.rate ?? ''),
      text(r.table ?? ''),
      text(r.item ?? ''),
      text(r.label),
      text(r.law),
      text(r.payer),
      text(unitWord(r.unit, false, lang)),
      moneyCents(r.priceCents),
      text(r.override ? words.yes : words.no),
      int(r.priceYear),
      text(decimal(r.factor, lang)),
      text(fraction(r.factor)),
      text(decimal(r.quantity, lang)),
      text(fraction(r.quantity)),
      text(derivationText(r.line, lang)),
      text(decimal(r.count, lang)),
      text(decimal(r.chance, lang)),
      ...Array.from({ length: n }, (_, i) => (i < r.years.length ? moneyCents(r.years[i]!) : EMPTY)),
      moneyCents(r.undiscountedCents),
      moneyCents(r.presentValueCents),
      r.discount ? text(decimal(r.discount, lang)) : EMPTY,
      text(sourceText(r)),
      text(r.investment ? words.yes : words.no),
    ];
    return { kind: 'body', cells };
  });
  const header = linesHeader(n, lang);
  return { header, align: header.map(() => 'left'), rows: body, notes: [] };
}
