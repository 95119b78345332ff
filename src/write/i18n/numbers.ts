/**
 * Numbers as each language writes them. Dutch by default (€ 226.953, 66,7%), English on request
 * (€226,953, 66.7%). Formatting is done by hand, not with Intl, so that output never depends on the
 * machine's ICU data.
 */
import { type Rational, hasAtMostDecimals, mul, rat, roundHalfAwayFromZero, toDecimalString, toFractionString } from '../../data/rational.js';
import type { Lang } from './types.js';

export interface MoneyStyle {
  readonly lang: Lang;
  /** Show cents (€ 1.234,56) instead of whole euros (€ 1.235). */
  readonly cents: boolean;
}

const decimalMark = (lang: Lang): string => (lang === 'nl' ? ',' : '.');
const groupMark = (lang: Lang): string => (lang === 'nl' ? '.' : ',');

function group(digits: string, lang: Lang): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark(lang));
}

/** Round an amount in cents (exact) to what is displayed: whole euros, or cents with --cents. */
export function displayUnits(amountCents: bigint | Rational, cents: boolean): bigint {
  const r = typeof amountCents === 'bigint' ? rat(amountCents) : amountCents;
  return cents ? roundHalfAwayFromZero(r) : roundHalfAwayFromZero({ n: r.n, d: r.d * 100n });
}

/** A plain number for CSV and spreadsheets: no grouping, decimal comma in Dutch. */
export function plainNumber(amountCents: bigint | Rational, style: MoneyStyle): string {
  const v = displayUnits(amountCents, style.cents);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const s = style.cents ? `${abs / 100n}${decimalMark(style.lang)}${(abs % 100n).toString().padStart(2, '0')}` : abs.toString();
  return (neg ? '-' : '') + s;
}

/** The euro sign and a sign before digits: "€ 1.234" / "€ -1.234" (nl), "€1,234" / "-€1,234" (en). */
function euroSign(body: string, neg: boolean, lang: Lang): string {
  return lang === 'nl' ? `€ ${neg ? '-' : ''}${body}` : `${neg ? '-' : ''}€${body}`;
}

/** "€ 226.953" (nl) or "€226,953" (en); negative "€ -1.234" (nl), "-€1,234" (en). */
export function formatMoney(amountCents: bigint | Rational, style: MoneyStyle): string {
  const v = displayUnits(amountCents, style.cents);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const euros = style.cents ? abs / 100n : abs;
  const rest = style.cents ? decimalMark(style.lang) + (abs % 100n).toString().padStart(2, '0') : '';
  return euroSign(group(euros.toString(), style.lang) + rest, neg, style.lang);
}

/** A difference with its sign: "€ +1.278" / "€ -1.278" (nl), "+€1,278" / "-€1,278" (en); zero unsigned. */
export function formatSignedMoney(cents: bigint, style: MoneyStyle): string {
  const s = formatMoney(cents, style);
  if (cents <= 0n || s === formatMoney(0n, style)) return s;
  return style.lang === 'nl' ? s.replace('€ ', '€ +') : `+${s}`;
}

/** A count or other integer with grouping: 12.345 (nl), 12,345 (en). */
export function formatInt(n: number | bigint, lang: Lang): string {
  const neg = n < 0;
  const s = group((neg ? -BigInt(n) : BigInt(n)).toString(), lang);
  return (neg ? '-' : '') + s;
}

/** A decimal given as a string with '.', in the language's notation. */
export function localDecimal(s: string, lang: Lang): string {
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** A share in per mille as a percentage with one decimal: 667 → "66,7%" (nl), "66.7%" (en); "–" when undefined. */
export function formatPermille(p: bigint | undefined, lang: Lang): string {
  if (p === undefined) return '–';
  const neg = p < 0n;
  const a = neg ? -p : p;
  return `${neg ? '-' : ''}${a / 10n}${decimalMark(lang)}${a % 10n}%`;
}

/**
 * An exact number for a reader with a calculator: the decimal itself when it has at most `places`
 * decimals ("91,25"), else rounded to `places` with "…" and the exact fraction ("52,142857… (365/7)").
 */
export function formatExact(r: Rational, lang: Lang, opts: { places?: number; group?: boolean; fraction?: boolean } = {}): string {
  const places = opts.places ?? 6;
  const exact = hasAtMostDecimals(r, places);
  const dec = toDecimalString(r, places);
  const [i = '', f] = dec.split('.');
  const neg = i.startsWith('-');
  const intPart = opts.group ? (neg ? '-' : '') + group(neg ? i.slice(1) : i, lang) : i;
  const text = intPart + (f ? decimalMark(lang) + f : '');
  if (exact) return text;
  return `${text}…${opts.fraction === false ? '' : ` (${toFractionString(r)})`}`;
}

/** Euros, exactly, from a fraction of cents: "€ 4.067,142857… (28470/7)". */
export function formatExactEuros(cents: Rational, lang: Lang): string {
  const e = mul(cents, rat(1, 100));
  const s = formatExact(e, lang, { places: 6, group: true });
  // show at least two decimals for whole-cent amounts: € 31.937,50
  let body = s;
  if (hasAtMostDecimals(e, 2)) {
    const [i = '', f = ''] = s.split(decimalMark(lang));
    body = `${i}${decimalMark(lang)}${f.padEnd(2, '0')}`;
  }
  return body.startsWith('-') ? euroSign(body.slice(1), true, lang) : euroSign(body, false, lang);
}

/** The field separator of CSV: ';' in Dutch (what Dutch Excel opens with a decimal comma), ',' in English. */
export function csvSeparator(lang: Lang): string {
  return lang === 'nl' ? ';' : ',';
}
