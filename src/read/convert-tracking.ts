/**
 * The keys of a case that follow it over time (docs/tracking.md) → domain values: `status`, `dates`,
 * `followup`, `problems`, `kind`, and the scores in `values`. Every problem gets its own message at
 * the exact key or value. Tag words are checked against a vocabulary later, when the case's cohort
 * and tags.yaml are known (src/read/vocabulary.ts).
 */
import type { Duration } from '../data/duration.js';
import type { FollowUp, Line } from '../data/model.js';
import { type CaseDate, type CaseDates, type CaseStatus, type FollowUpWhen, SCORE_MAX, SCORE_MIN, STATUS_WORDS, type Tag, compareDates, parseCaseDate, periodBetween } from '../data/tracking.js';
import type { Ctx } from './convert-context.js';
import type { PathSeg } from './yaml.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the tracking keys add to a case. */
export interface CaseTracking {
  status?: CaseStatus;
  dates?: CaseDates;
  problems?: readonly Tag[];
  kind?: readonly Tag[];
  scores?: Readonly<Record<string, number>>;
  followup?: readonly FollowUp[];
}

/** convertLine of convert.ts, handed in (it converts follow-up lines as scenario lines). */
export type LineConverter = (ctx: Ctx, r: unknown, path: PathSeg[], horizon: Duration) => Line | undefined;

function dateAt(ctx: Ctx, v: unknown, path: PathSeg[]): CaseDate | undefined {
  if (typeof v !== 'string') return undefined; // a wrong type is reported by the schema
  const d = parseCaseDate(v);
  if (!d) ctx.err(path, 'tracking.date_format', { key: String(path[path.length - 1]), date: v });
  return d;
}

function tagsAt(ctx: Ctx, v: unknown, key: string): Tag[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: Tag[] = [];
  v.forEach((w, i) => {
    if (typeof w !== 'string') return;
    if (out.some((t) => t.word === w)) ctx.err([key, i], 'tracking.tag_duplicate', { key, word: w });
    else out.push({ word: w, pos: ctx.at([key, i]) });
  });
  return out;
}

function scoresAt(ctx: Ctx, v: unknown): Record<string, number> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, number> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!isObj(x) || typeof x.score !== 'number') continue;
    const score = x.score;
    if (!Number.isInteger(score) || score < SCORE_MIN || score > SCORE_MAX) {
      ctx.err(['values', k, 'score'], 'tracking.score_range', { key: k, value: ctx.shown(score, ['values', k, 'score']), min: SCORE_MIN, max: SCORE_MAX });
    } else out[k] = score;
  }
  return Object.keys(out).length ? out : undefined;
}

function followupAt(ctx: Ctx, v: unknown, dates: CaseDates | undefined, convertLine: LineConverter): FollowUp[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: FollowUp[] = [];
  v.forEach((f, i) => {
    if (!isObj(f)) return;
    const path: PathSeg[] = ['followup', i];
    let when: FollowUpWhen | undefined;
    let period: Duration | undefined;
    if (f.after !== undefined && f.date !== undefined) ctx.err(path, 'tracking.followup_when_both');
    else if (f.after === undefined && f.date === undefined) ctx.err(path, 'tracking.followup_when_missing');
    else if (f.after !== undefined) {
      period = ctx.duration(f.after, [...path, 'after']);
      if (period) when = { kind: 'after', duration: period };
    } else {
      const date = dateAt(ctx, f.date, [...path, 'date']);
      const from = dates?.breakthrough;
      if (date && !from) ctx.err([...path, 'date'], 'tracking.followup_needs_breakthrough', { date: date.text });
      else if (date && from) {
        period = periodBetween(from, date);
        if (!period) ctx.err([...path, 'date'], 'tracking.followup_not_after', { date: date.text, breakthrough: from.text });
        else when = { kind: 'date', date };
      }
    }
    const lines: Line[] = [];
    if (Array.isArray(f.lines) && period) {
      const before = ctx.out.length;
      f.lines.forEach((r, j) => {
        const l = convertLine(ctx, r, [...path, 'lines', j], period!);
        if (l) lines.push(l);
      });
      // A follow-up line is measured over the period since the breakthrough, not over the horizon.
      for (let k = before; k < ctx.out.length; k++) {
        const d = ctx.out[k]!;
        if (d.code === 'value.for_beyond_horizon') ctx.out[k] = { ...d, code: 'tracking.for_beyond_period', args: { for: d.args.for ?? '', period: period.text } };
      }
    }
    if (when && period) out.push({ when, period, lines, pos: ctx.at(path) });
  });
  return out.length ? out : undefined;
}

/** The tracking keys of one case file (its raw data `o`). */
export function convertTracking(ctx: Ctx, o: Obj, convertLine: LineConverter): CaseTracking {
  const out: CaseTracking = {};
  if (typeof o.status === 'string' && STATUS_WORDS[o.status]) out.status = STATUS_WORDS[o.status];
  if (isObj(o.dates)) {
    const start = dateAt(ctx, o.dates.start, ['dates', 'start']);
    const breakthrough = dateAt(ctx, o.dates.breakthrough, ['dates', 'breakthrough']);
    if (start && breakthrough && compareDates(breakthrough, start) < 0) {
      ctx.err(['dates', 'breakthrough'], 'tracking.dates_order', { start: start.text, breakthrough: breakthrough.text });
    }
    if (start || breakthrough) out.dates = { ...(start ? { start } : {}), ...(breakthrough ? { breakthrough } : {}) };
  }
  const problems = tagsAt(ctx, o.problems, 'problems');
  if (problems?.length) out.problems = problems;
  const kind = tagsAt(ctx, o.kind, 'kind');
  if (kind?.length) out.kind = kind;
  const scores = scoresAt(ctx, o.values);
  if (scores) out.scores = scores;
  const followup = followupAt(ctx, o.followup, out.dates, convertLine);
  if (followup) out.followup = followup;
  return out;
}

/** The free text of `values`: a string as written, or the `text` of a `{ score, text }` entry. */
export function valueTexts(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string') out[k] = x;
    else if (isObj(x) && typeof x.text === 'string') out[k] = x.text;
  }
  return out;
}
