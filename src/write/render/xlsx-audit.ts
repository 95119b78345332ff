/**
 * The audit sheets of the workbook: the lines (one row per priced line, with a formula wherever the
 * figure can be recomputed in the sheet), the per-year figures and present values of multi-year cases,
 * and published against computed. Used by `calc --format xlsx` and by `calc --lines --format xlsx`
 * (the lines sheet alone). Formatting only: every figure comes from src/reports/; each formula carries
 * doorbraak's own figure as its cached result.
 */
import { type Rational, toDecimalString } from '../../data/rational.js';
import { SCENARIOS } from '../../data/model.js';
import type { CaseYears, LineRow } from '../../reports/lines.js';
import { yearColumns } from '../../reports/lines.js';
import type { PublishedCheck } from '../../reports/published.js';
import type { Marks } from '../../reports/small-numbers.js';
import { type Disclosure, disclosureNotes, hiddenText } from '../disclosure.js';
import { derivationText, scenarioLabel } from '../explain-grid.js';
import { type MoneyStyle, texts, unitWord } from '../i18n/index.js';
import { FACTOR_PLACES, fraction, linesHeader, sourceText } from '../lines-grid.js';
import { type XCell, type XSheet, centsToDecimal, col, workbook } from '../xlsx.js';

const txt = (v: string, bold?: boolean): XCell => ({ t: 'text', v, ...(bold ? { bold } : {}) });
const euro = (cents: bigint, bold?: boolean): XCell => ({ t: 'euro', cents, ...(bold ? { bold } : {}) });
const fEuro = (f: string, cents: bigint, bold?: boolean): XCell => ({ t: 'formula', f, fmt: 'euro', cached: centsToDecimal(cents), ...(bold ? { bold } : {}) });
const dec = (r: Rational): string => toDecimalString(r, FACTOR_PLACES);
/** A fraction of cents as decimal euros for a cached result. */
const eurosOf = (cents: Rational): string => toDecimalString({ n: cents.n, d: cents.d * 100n }, 10);
/** An exact value as a formula "n/d" (so the fraction stays visible and exact in the formula bar), or a number. */
const exactNum = (r: Rational): XCell => (r.d === 1n ? { t: 'num', v: r.n.toString() } : { t: 'formula', f: `${r.n}/${r.d}`, fmt: 'num', cached: dec(r) });
const head = (names: readonly string[]): XCell[] => names.map((n) => txt(n, true));
/** A sheet name in a formula reference. */
const ref = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
/** A text as a criterion of SUMIFS. */
const crit = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Rows of one worksheet in Excel (and LibreOffice): 1,048,576, one of them the header. */
export const XLSX_MAX_ROWS = 1_048_576;

/** True when the lines fit one worksheet (with the header row). */
export function linesFitSheet(rows: readonly LineRow[]): boolean {
  return rows.length + 1 <= XLSX_MAX_ROWS;
}

/** Where the columns of the lines sheet are, for the formulas of this sheet and of the per-year sheet. */
interface LinesLayout {
  readonly years: number;
  readonly case: string;
  readonly scenario: string;
  readonly price: string;
  readonly factor: string;
  readonly quantity: string;
  readonly count: string;
  readonly chance: string;
  readonly exact: string;
  /** The column of year t (1-based). */
  readonly year: (t: number) => string;
  readonly undiscounted: string;
  readonly presentValue: string;
  readonly discount: string;
  readonly lastRow: number;
}

/** The columns of linesHeader, with 'exact' after 'chance'. */
function layout(rows: readonly LineRow[]): LinesLayout {
  const years = yearColumns(rows);
  const y0 = 22; // W: after the 21 fixed columns and 'exact' (V)
  return {
    years,
    case: 'B',
    scenario: 'C',
    price: 'L',
    factor: 'O',
    quantity: 'Q',
    count: 'T',
    chance: 'U',
    exact: 'V',
    year: (t) => col(y0 + t - 1),
    undiscounted: col(y0 + years),
    presentValue: col(y0 + years + 1),
    discount: col(y0 + years + 2),
    lastRow: rows.length + 1,
  };
}

/** One row per priced line; exact cost, the years, the undiscounted sum and the present value as formulas. */
export function linesSheet(rows: readonly LineRow[], style: MoneyStyle): XSheet {
  const { audit } = texts(style.lang);
  const lang = style.lang;
  const L = layout(rows);
  const header = linesHeader(L.years, lang);
  // 'exact' goes after 'chance' (the 21st column), before the years.
  const names = [...header.slice(0, 21), audit.columns.exact, ...header.slice(21)];
  const out: XCell[][] = [head(names)];
  rows.forEach((r, i) => {
    const n = i + 2;
    const cells: XCell[] = [
      txt(r.cohort ?? ''),
      txt(r.case),
      txt(scenarioLabel(r.scenario, lang)),
      { t: 'int', v: r.nr },
      txt(r.rate ?? ''),
      txt(r.table ?? ''),
      txt(r.item ?? ''),
      txt(r.label),
      txt(r.law),
      txt(r.payer),
      txt(unitWord(r.unit, false, lang)),
      euro(r.priceCents),
      txt(r.override ? audit.yes : audit.no),
      { t: 'num', v: String(r.priceYear) },
      exactNum(r.factor),
      txt(fraction(r.factor)),
      exactNum(r.quantity),
      txt(fraction(r.quantity)),
      txt(derivationText(r.line, lang)),
      exactNum(r.count),
      exactNum(r.chance),
      // price (euros) × factor × quantity × count × chance, unrounded
      { t: 'formula', f: `${L.price}${n}*${L.factor}${n}*${L.quantity}${n}*${L.count}${n}*${L.chance}${n}`, fmt: 'euro', cached: eurosOf(r.exactCents) },
    ];
    for (let t = 1; t <= L.years; t++) {
      const cents = r.years[t - 1];
      if (cents === undefined) cells.push({ t: 'empty' });
      else if (r.years.length === 1) cells.push(fEuro(`ROUND(${L.exact}${n},2)`, cents));
      else if (r.shares) {
        const sh = r.shares[t - 1]!;
        cells.push(fEuro(sh.n === 0n ? '0' : sh.n === sh.d ? `ROUND(${L.exact}${n},2)` : `ROUND(${L.exact}${n}*${sh.n}/${sh.d},2)`, cents));
      } else cells.push(euro(cents));
    }
    cells.push(fEuro(`SUM(${L.year(1)}${n}:${L.year(L.years)}${n})`, r.undiscountedCents));
    if (r.discount) {
      // Σ year t / (1 + r)^(t − 1), rounded once
      const terms = r.years.map((_, k) => (k === 0 ? `${L.year(1)}${n}` : `${L.year(k + 1)}${n}/(1+${L.discount}${n})^${k}`));
      cells.push(fEuro(`ROUND(${terms.join('+')},2)`, r.presentValueCents));
      cells.push({ t: 'pct', v: dec(r.discount) });
    } else {
      cells.push(fEuro(`${L.undiscounted}${n}`, r.presentValueCents));
      cells.push({ t: 'empty' });
    }
    cells.push(txt(sourceText(r)), txt(r.investment ? audit.yes : audit.no));
    out.push(cells);
  });
  const widths = [16, 10, 18, 5, 26, 14, 30, 40, 16, 12, 10, 14, 8, 9, 12, 18, 12, 16, 60, 8, 8, 14, ...Array.from({ length: L.years }, () => 14), 16, 16, 10, 36];
  return { name: audit.linesSheet, rows: out, widths, header: true };
}

/**
 * Per multi-year case: each year's undiscounted amounts (SUMIFS over the lines sheet), the discount
 * weight, the undiscounted sum and the present value (SUMIFS over the lines' present values).
 */
export function perYearSheet(cases: readonly CaseYears[], rows: readonly LineRow[], style: MoneyStyle): XSheet {
  const { labels, economics: econ, audit } = texts(style.lang);
  const L = layout(rows);
  const lines = ref(audit.linesSheet);
  const range = (c: string): string => `${lines}!$${c}$2:$${c}$${L.lastRow}`;
  const out: XCell[][] = [head([labels.case, labels.cohort, econ.year, econ.weight, labels.current, labels.threat, labels.breakthrough, labels.baten])];
  const scenarioCol = ['E', 'F', 'G'] as const;
  for (const c of cases) {
    const first = out.length + 1;
    for (const y of c.years) {
      const n = out.length + 1;
      const r = toDecimalString(c.discount, FACTOR_PLACES);
      const weight = toDecimalString(weightOf(c.discount, y.year), FACTOR_PLACES);
      out.push([
        txt(c.case),
        txt(c.cohort ?? ''),
        { t: 'int', v: y.year },
        { t: 'formula', f: `1/(1+${r})^${y.year - 1}`, fmt: 'num', cached: weight },
        ...SCENARIOS.map((s) =>
          fEuro(`SUMIFS(${range(L.year(y.year))},${range(L.case)},${crit(c.case)},${range(L.scenario)},${crit(scenarioLabel(s, style.lang))})`, y[s]),
        ),
        fEuro(`F${n}-G${n}`, y.threat - y.breakthrough),
      ]);
    }
    const last = out.length;
    const u = out.length + 1;
    out.push([
      txt(c.case, true),
      txt(c.cohort ?? ''),
      txt(econ.undiscounted, true),
      { t: 'empty' },
      ...scenarioCol.map((k, i) => fEuro(`SUM(${k}${first}:${k}${last})`, c.undiscounted[SCENARIOS[i]!], true)),
      fEuro(`F${u}-G${u}`, c.undiscounted.threat - c.undiscounted.breakthrough, true),
    ]);
    const p = out.length + 1;
    out.push([
      txt(c.case, true),
      txt(c.cohort ?? ''),
      txt(econ.presentValueRow, true),
      { t: 'pct', v: toDecimalString(c.discount, FACTOR_PLACES), bold: true },
      ...SCENARIOS.map((s) => fEuro(`SUMIFS(${range(L.presentValue)},${range(L.case)},${crit(c.case)},${range(L.scenario)},${crit(scenarioLabel(s, style.lang))})`, c.presentValue[s], true)),
      fEuro(`F${p}-G${p}`, c.presentValue.threat - c.presentValue.breakthrough, true),
    ]);
  }
  out.push([]);
  out.push([txt(audit.perYearNote)]);
  return { name: audit.perYearSheet, rows: out, widths: [12, 18, 26, 18, 16, 18, 16, 16], header: true };
}

/** 1 / (1 + r)^(t − 1), exact. */
function weightOf(r: Rational, t: number): Rational {
  let n = 1n;
  let d = 1n;
  for (let i = 1; i < t; i++) {
    n *= r.d;
    d *= r.d + r.n;
  }
  return { n, d };
}

/** Published against computed: cases, baten and mean per cohort, the difference as a formula. */
export function publishedSheet(checks: readonly PublishedCheck[], style: MoneyStyle, d?: Disclosure, marks?: Marks): XSheet {
  const { labels, council: words, rates, audit } = texts(style.lang);
  const out: XCell[][] = [head([labels.cohort, words.figure, words.published, words.computed, words.difference, words.matches, rates.source])];
  const yes = (b: boolean): XCell => txt(b ? words.yes : words.no);
  checks.forEach((p, i) => {
    const c = out.length + 1;
    out.push([txt(p.cohort), txt(words.figCases), { t: 'int', v: p.published.cases }, { t: 'int', v: p.computed.cases }, { t: 'formula', f: `D${c}-C${c}`, fmt: 'int', cached: String(p.difference.cases) }, yes(p.matches.cases), txt(p.source)]);
    // A small cohort keeps its published figures; its computed ones are not shown (docs/tracking.md).
    const mark = marks?.[i];
    const b = c + 1;
    const pubMean: XCell =
      p.published.meanGiven && p.published.mean.d === 1n
        ? euro(p.published.mean.n)
        : { t: 'formula', f: `IF(C${c}=0,"",C${b}/C${c})`, fmt: 'euro', cached: eurosOf(p.published.mean) };
    if (mark && d) {
      out.push([txt(p.cohort), txt(words.figBaten), euro(p.published.baten), txt(hiddenText(mark, d))]);
      out.push([txt(p.cohort), txt(labels.mean), pubMean, txt(hiddenText(mark, d))]);
      return;
    }
    out.push([txt(p.cohort), txt(words.figBaten), euro(p.published.baten), euro(p.computed.baten), fEuro(`D${b}-C${b}`, p.difference.baten), yes(p.matches.baten), txt('')]);
    const m = out.length + 1;
    out.push([
      txt(p.cohort),
      txt(labels.mean),
      pubMean,
      { t: 'formula', f: `IF(D${c}=0,"",D${b}/D${c})`, fmt: 'euro', cached: p.computed.mean ? eurosOf(p.computed.mean) : '' },
      { t: 'formula', f: `IF(D${c}=0,"",D${m}-C${m})`, fmt: 'euro', cached: p.difference.mean ? eurosOf(p.difference.mean) : '' },
      yes(p.matches.mean),
      txt(''),
    ]);
  });
  out.push([]);
  out.push([txt(words.publishedNote)]);
  for (const n of disclosureNotes(marks ?? [], d)) out.push([txt(n)]);
  return { name: audit.publishedSheet, rows: out, widths: [18, 22, 16, 16, 16, 8, 80], header: true };
}

/** `calc --lines --format xlsx`: a workbook with the lines sheet alone. */
export function renderLinesXlsx(rows: readonly LineRow[], style: MoneyStyle): Buffer {
  return workbook([linesSheet(rows, style)]);
}
