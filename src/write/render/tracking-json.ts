/**
 * Following cases over time in the `doorbraak.calc/1` JSON (docs/json.md): per case its status, dates,
 * tags and scores; and the sections `status`, `min_group`, `followup`, `patterns` and `value_scores`.
 * JSON is a working file: small groups keep their figures (each group carries its `cases`).
 */
import { type Rational, roundHalfAwayFromZero, toFractionString } from '../../data/rational.js';
import type { FollowUpFigures } from '../../reports/followup.js';
import type { PatternsReport } from '../../reports/patterns.js';
import type { CaseTags, TrackingReport } from '../../reports/tracking.js';
import type { ScopeScores } from '../../reports/value-scores.js';

const exact = (r: Rational): string => toFractionString(r);

/** The keys a case gets in `cases[]`. */
export function caseTagsJson(c: CaseTags): Record<string, unknown> {
  return {
    status: c.status,
    dates: c.dates ? { start: c.dates.start?.text ?? null, breakthrough: c.dates.breakthrough?.text ?? null } : null,
    problems: c.problems,
    kind: c.kind,
    scores: c.scores,
  };
}

/** One measurement: amounts in cents, exact fractions as strings. */
export function followUpFiguresJson(f: FollowUpFigures): Record<string, unknown> {
  return {
    after: f.when.kind === 'after' ? f.when.duration.text : null,
    date: f.when.kind === 'date' ? f.when.date.text : null,
    period_days: exact(f.period.days),
    horizon_days: exact(f.horizon.days),
    expected: f.expected,
    expected_exact: exact(f.expectedExact),
    threat_level: f.threat,
    threat_level_exact: exact(f.threatExact),
    realised: f.realised,
    difference: f.difference,
    expected_baten: f.expectedBaten,
    realised_baten: f.realisedBaten,
    back_at_threat: f.backAtThreat,
  };
}

function patternsJson(p: PatternsReport): Record<string, unknown> {
  const g = (x: { cases: number; baten: bigint; mean: Rational }) => ({
    cases: x.cases,
    baten: x.baten,
    mean_baten: roundHalfAwayFromZero(x.mean),
    mean_baten_exact: exact(x.mean),
  });
  return {
    by: p.dimension,
    cases: p.cases,
    groups: p.groups.map((x) => ({ key: x.key, ...g(x), median_baten: roundHalfAwayFromZero(x.median), median_baten_exact: exact(x.median) })),
    ...(p.cocktails ? { cocktails: p.cocktails.map((c) => ({ problems: c.words, ...g(c) })) } : {}),
  };
}

function scoresJson(s: ScopeScores): Record<string, unknown> {
  return {
    ...(s.cohort ? { id: s.cohort.id } : {}),
    cases: s.cases,
    values: s.values.map((v) => ({ value: v.value, scored: v.scored, counts: v.counts, median: exact(v.median) })),
  };
}

/** The top-level keys. */
export function trackingJson(t: TrackingReport): Record<string, unknown> {
  return {
    status: { counted: t.status.counted, cases: t.status.counts, left_out: t.status.leftOut },
    min_group: t.small.k,
    followup: t.followups
      ? {
          cases: t.followups.rows.map((r) => ({ id: r.id, status: r.status, measurements: r.measurements, ...followUpFiguresJson(r) })),
          totals: {
            cases: t.followups.totals.cases,
            expected: t.followups.totals.expected,
            threat_level: t.followups.totals.threat,
            realised: t.followups.totals.realised,
            difference: t.followups.totals.difference,
            expected_baten: t.followups.totals.expectedBaten,
            realised_baten: t.followups.totals.realisedBaten,
            back_at_threat: t.followups.totals.backAtThreat,
          },
        }
      : null,
    patterns: t.patterns.map(patternsJson),
    value_scores: t.values ? { all: scoresJson(t.values.all), cohorts: t.values.cohorts.map(scoresJson) } : null,
  };
}
