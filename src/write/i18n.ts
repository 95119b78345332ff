/**
 * Language and number formatting. Dutch by default (€ 226.953), English on request (€226,953).
 * Formatting is done by hand, not with Intl, so that output never depends on the machine's ICU data.
 */
import { type Rational, rat, roundHalfAwayFromZero } from '../data/rational.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export interface MoneyStyle {
  readonly lang: Lang;
  /** Show cents (€ 1.234,56) instead of whole euros (€ 1.235). */
  readonly cents: boolean;
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
  const s = style.cents ? `${abs / 100n}${style.lang === 'nl' ? ',' : '.'}${(abs % 100n).toString().padStart(2, '0')}` : abs.toString();
  return (neg ? '-' : '') + s;
}

/** "€ 226.953" (nl) or "€226,953" (en); negative "€ -1.234" (nl), "-€1,234" (en). */
export function formatMoney(amountCents: bigint | Rational, style: MoneyStyle): string {
  const v = displayUnits(amountCents, style.cents);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const euros = style.cents ? abs / 100n : abs;
  const rest = style.cents ? (abs % 100n).toString().padStart(2, '0') : '';
  if (style.lang === 'nl') {
    return `€ ${neg ? '-' : ''}${group(euros.toString(), '.')}${style.cents ? ',' + rest : ''}`;
  }
  return `${neg ? '-' : ''}€${group(euros.toString(), ',')}${style.cents ? '.' + rest : ''}`;
}

/** A count or other integer with grouping: 12.345 (nl), 12,345 (en). */
export function formatInt(n: number | bigint, lang: Lang): string {
  const neg = n < 0;
  const s = group((neg ? -BigInt(n) : BigInt(n)).toString(), lang === 'nl' ? '.' : ',');
  return (neg ? '-' : '') + s;
}

/** A decimal given as a string with '.', in the language's notation. */
export function localDecimal(s: string, lang: Lang): string {
  return lang === 'nl' ? s.replace('.', ',') : s;
}

export interface Labels {
  case: string;
  title: string;
  cohort: string;
  current: string;
  threat: string;
  breakthrough: string;
  baten: string;
  besparing: string;
  total: string;
  mean: string;
  cases: (n: number) => string;
  headline: (n: string, baten: string, mean: string) => string;
  noCohort: string;
  amountsNote: (cents: boolean) => string;
}

export const LABELS: Record<Lang, Labels> = {
  nl: {
    case: 'casus',
    title: 'titel',
    cohort: 'cohort',
    current: 'huidige inzet',
    threat: 'dreigend scenario',
    breakthrough: 'na doorbraak',
    baten: 'baten',
    besparing: 'besparing',
    total: 'totaal',
    mean: 'gemiddeld per casus',
    cases: (n) => (n === 1 ? '1 casus' : `${n} casussen`),
    headline: (n, baten, mean) => `${n}, ${baten} baten, ${mean} per casus`,
    noCohort: '(geen cohort)',
    amountsNote: (cents) =>
      `Bedragen in euro${cents ? '' : ', afgerond op hele euro’s'}. Baten = dreigend scenario − na doorbraak; besparing = huidige inzet − na doorbraak.`,
  },
  en: {
    case: 'case',
    title: 'title',
    cohort: 'cohort',
    current: 'current support',
    threat: 'threat scenario',
    breakthrough: 'after breakthrough',
    baten: 'avoided costs',
    besparing: 'savings',
    total: 'total',
    mean: 'mean per case',
    cases: (n) => (n === 1 ? '1 case' : `${n} cases`),
    headline: (n, baten, mean) => `${n}, ${baten} avoided costs (baten), ${mean} per case`,
    noCohort: '(no cohort)',
    amountsNote: (cents) =>
      `Amounts in euros${cents ? '' : ', rounded to whole euros'}. Avoided costs (baten) = threat − after breakthrough; savings = current − after breakthrough.`,
  },
};
