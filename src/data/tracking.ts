/**
 * Following cases over time (docs/tracking.md): a case's status, the dates of its course, follow-up
 * measurements after the breakthrough, structured tags (problems, breakthrough kinds) and scores for
 * the three values. The types of the model, and the date arithmetic a follow-up period needs.
 */
import type { Position } from './diagnostic.js';
import { DAYS_PER, type Duration } from './duration.js';
import { mul, rat } from './rational.js';

/** The course of a case; a case without `status` is completed. */
export const CASE_STATUSES = ['afgerond', 'lopend', 'gestopt'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The words accepted in a file (and for --status): the Dutch names and their English aliases. */
export const STATUS_WORDS: Readonly<Record<string, CaseStatus>> = {
  afgerond: 'afgerond',
  completed: 'afgerond',
  lopend: 'lopend',
  running: 'lopend',
  gestopt: 'gestopt',
  stopped: 'gestopt',
};

/** The status a case counts with: `afgerond` when the file gives none. */
export function statusOf(c: { readonly status?: CaseStatus }): CaseStatus {
  return c.status ?? 'afgerond';
}

/** An ISO date, to the day (`2024-03-15`) or to the month (`2024-03`). */
export interface CaseDate {
  /** As written. */
  readonly text: string;
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  /** 1–31; undefined for a date to the month. */
  readonly day?: number;
}

export interface CaseDates {
  readonly start?: CaseDate;
  readonly breakthrough?: CaseDate;
}

/** A word of a tag list (`problems`, `kind`) with where it was written, for vocabulary messages. */
export interface Tag {
  readonly word: string;
  readonly pos: Position;
}

/** The tag lists of a case. */
export const TAG_KEYS = ['problems', 'kind'] as const;
export type TagKey = (typeof TAG_KEYS)[number];

/** Allowed words per tag list, declared by a cohort (`tags:`) or a tags.yaml. */
export type Vocabulary = Readonly<Partial<Record<TagKey, readonly string[]>>>;

/** Scores of the values, on the scale 1–5 (docs/tracking.md). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** When a follow-up was measured: a time after the breakthrough, or a date. */
export type FollowUpWhen = { readonly kind: 'after'; readonly duration: Duration } | { readonly kind: 'date'; readonly date: CaseDate };

/** Days from the first day of 1970 to a date's first day (proleptic Gregorian calendar). */
function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Parse `YYYY-MM-DD` or `YYYY-MM`; undefined when it is not a real date of that form. */
export function parseCaseDate(text: string): CaseDate | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return undefined;
  if (m[3] === undefined) return { text: text.trim(), year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { text: text.trim(), year, month, day };
}

/** Compare two dates; a date to the month compares by its month only. */
export function compareDates(a: CaseDate, b: CaseDate): number {
  const ma = a.year * 12 + a.month;
  const mb = b.year * 12 + b.month;
  if (ma !== mb || a.day === undefined || b.day === undefined) return ma - mb;
  return a.day - b.day;
}

/**
 * The time from `from` to `to` as a duration (docs/arithmetic.md): in calendar days when both dates
 * give the day, else in whole months (a month is 365/12 days, as everywhere). Undefined when `to`
 * is not after `from`.
 */
export function periodBetween(from: CaseDate, to: CaseDate): Duration | undefined {
  if (from.day !== undefined && to.day !== undefined) {
    const days = dayNumber(to.year, to.month, to.day) - dayNumber(from.year, from.month, from.day);
    if (days <= 0) return undefined;
    return { text: `${from.text} → ${to.text}`, amount: rat(days), unit: 'day', days: rat(days) };
  }
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  if (months <= 0) return undefined;
  return { text: `${from.text} → ${to.text}`, amount: rat(months), unit: 'month', days: mul(rat(months), DAYS_PER.month) };
}
