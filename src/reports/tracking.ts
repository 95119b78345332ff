/**
 * Everything calc reports about following cases over time (docs/tracking.md), next to the calc and
 * council reports of the same counted cases: which cases were counted and which left out, the
 * follow-ups, the patterns, the value scores, the tags per case, and the small-number marks of every
 * breakdown. Pure.
 */
import type { PricedCase } from '../data/pricing.js';
import { type CaseDates, type CaseStatus, statusOf } from '../data/tracking.js';
import type { CalcReport } from './calc.js';
import type { CouncilReport } from './council.js';
import { type FollowUpReport, followUpReport } from './followup.js';
import { type ByDimension, type PatternsReport, hasTags, patterns } from './patterns.js';
import { type SmallNumbers, smallNumbers } from './small-numbers.js';
import type { StatusSummary } from './status.js';
import { type ValueScoresReport, valueScores } from './value-scores.js';
import type { WhoGains } from './who-gains.js';

export interface TrackingOptions {
  /** --by; undefined: problems and kind, when any counted case has them. */
  readonly by?: readonly ByDimension[];
  /** --min-group. */
  readonly minGroup: number;
  /** Who invests, who gains (issue 16), whose rows per payer and per law are marked like the breakdowns. */
  readonly whoGains?: WhoGains;
}

/** What a case adds to its row: its status, dates, tags and scores. */
export interface CaseTags {
  readonly id: string;
  readonly status: CaseStatus;
  readonly dates?: CaseDates;
  readonly problems: readonly string[];
  readonly kind: readonly string[];
  readonly scores: Readonly<Record<string, number>>;
}

export interface TrackingReport {
  readonly status: StatusSummary;
  /** Aligned with calc.rows. */
  readonly cases: readonly CaseTags[];
  readonly followups?: FollowUpReport;
  readonly patterns: readonly PatternsReport[];
  readonly values?: ValueScoresReport;
  readonly small: SmallNumbers;
}

/** Per case its status, dates, tags and scores, in report order. */
export function caseTagsOf(priced: readonly PricedCase[]): CaseTags[] {
  return priced.map((p) => ({
    id: p.case.id,
    status: statusOf(p.case),
    ...(p.case.dates ? { dates: p.case.dates } : {}),
    problems: (p.case.problems ?? []).map((t) => t.word),
    kind: (p.case.kind ?? []).map((t) => t.word),
    scores: p.case.scores ?? {},
  }));
}

/** The groupings shown: --by as given, else problems and kind when the cases carry them. */
export function groupingsOf(priced: readonly PricedCase[], by?: readonly ByDimension[]): ByDimension[] {
  if (by) return [...by];
  return (['problems', 'kind'] as const).filter((d) => hasTags(priced, d));
}

/** `priced`: the counted cases, in report order (the same that calc and council were made from). */
export function trackingReport(
  priced: readonly PricedCase[],
  calc: CalcReport,
  council: CouncilReport,
  status: StatusSummary,
  opts: TrackingOptions,
): TrackingReport {
  const pats = groupingsOf(priced, opts.by).map((d) => patterns(priced, d));
  const values = valueScores(
    priced,
    calc.cohorts.map((c) => ({ id: c.id, title: c.title })),
  );
  const followups = followUpReport(priced);
  return {
    status,
    cases: caseTagsOf(priced),
    ...(followups ? { followups } : {}),
    patterns: pats,
    ...(values ? { values } : {}),
    small: smallNumbers(calc, council, pats, values, opts.minGroup, opts.whoGains),
  };
}
