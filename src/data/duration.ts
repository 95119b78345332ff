/**
 * Durations and units. Everything converts through days: week = 7, month = 365/12, year = 365 days.
 * Dutch and English unit words are accepted.
 */
import { type Rational, rat, mul, div, parseDecimal } from './rational.js';

export const RATE_UNITS = ['hour', 'day', 'week', 'month', 'year', 'once'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** Days in one unit, exactly. */
export const DAYS_PER: Record<TimeUnit, Rational> = {
  day: rat(1),
  week: rat(7),
  month: rat(365, 12),
  year: rat(365),
};

/** Unit words, singular and plural, English and Dutch. */
export const UNIT_WORDS: Record<string, TimeUnit> = {
  day: 'day',
  days: 'day',
  dag: 'day',
  dagen: 'day',
  week: 'week',
  weeks: 'week',
  weken: 'week',
  month: 'month',
  months: 'month',
  maand: 'month',
  maanden: 'month',
  year: 'year',
  years: 'year',
  jaar: 'year',
  jaren: 'year',
};

export interface Duration {
  /** As written, e.g. "3 months". */
  readonly text: string;
  readonly amount: Rational;
  readonly unit: TimeUnit;
  /** Exact length in days. */
  readonly days: Rational;
}

export type DurationError =
  | { kind: 'format'; text: string }
  | { kind: 'unit'; text: string; unit: string }
  | { kind: 'nonpositive'; text: string }
  | { kind: 'no-unit'; text: string };

export function parseDuration(value: string | number): Duration | DurationError {
  if (typeof value === 'number') return { kind: 'no-unit', text: String(value) };
  const text = value.trim();
  const m = /^([+-]?\d+(?:[.,]\d+)?)\s*([\p{L}]+)$/u.exec(text);
  if (!m) {
    if (/^[+-]?\d+(?:[.,]\d+)?$/.test(text)) return { kind: 'no-unit', text };
    return { kind: 'format', text };
  }
  const amount = parseDecimal(m[1] ?? '');
  const word = (m[2] ?? '').toLowerCase();
  const unit = UNIT_WORDS[word];
  if (!amount) return { kind: 'format', text };
  if (!unit) return { kind: 'unit', text, unit: m[2] ?? '' };
  if (amount.n <= 0n) return { kind: 'nonpositive', text };
  return { text, amount, unit, days: mul(amount, DAYS_PER[unit]) };
}

export function isDuration(x: Duration | DurationError): x is Duration {
  return !('kind' in x);
}

/** A duration of whole days, e.g. the default horizon of 12 months. */
function durationOf(amount: number, unit: TimeUnit): Duration {
  const a = rat(amount);
  return { text: `${amount} ${unit}${amount === 1 ? '' : 's'}`, amount: a, unit, days: mul(a, DAYS_PER[unit]) };
}

export const DEFAULT_HORIZON: Duration = durationOf(12, 'month');

/** How many of `unit` fit in `days` (days → weeks, months or years). */
export function daysIn(days: Rational, unit: TimeUnit): Rational {
  return div(days, DAYS_PER[unit]);
}

/** Hours on an hour rate: a total, or N per day/week/month/year times the line's duration. */
export interface HoursSpec {
  readonly text: string;
  readonly amount: Rational;
  /** Undefined for a total number of hours. */
  readonly per?: TimeUnit;
}

export type HoursError = { kind: 'format'; text: string } | { kind: 'nonpositive'; text: string };

export function parseHours(value: string | number): HoursSpec | HoursError {
  const text = String(value).trim();
  const m = /^(\d+(?:[.,]\d+)?|[+-]\d+(?:[.,]\d+)?)(?:\s*(?:per|\/)\s*([\p{L}]+))?$/u.exec(text);
  if (!m) return { kind: 'format', text };
  const amount = parseDecimal(m[1] ?? '');
  if (!amount) return { kind: 'format', text };
  let per: TimeUnit | undefined;
  if (m[2] !== undefined) {
    per = UNIT_WORDS[m[2].toLowerCase()];
    if (!per) return { kind: 'format', text };
  }
  if (amount.n <= 0n) return { kind: 'nonpositive', text };
  return per ? { text, amount, per } : { text, amount };
}

export function isHours(x: HoursSpec | HoursError): x is HoursSpec {
  return !('kind' in x);
}

/** Compare two durations by length in days. */
export function cmpDays(a: Duration, b: Duration): number {
  const l = a.days.n * b.days.d;
  const r = b.days.n * a.days.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
