/**
 * Small numbers are not published (docs/tracking.md). In every breakdown by tag, cohort, law or payer,
 * a group of fewer than k cases (default 5, --min-group) is marked `small`: the formats meant to be
 * passed on (html, xlsx, csv, md) show "< 5 casussen" instead of its figures, the working formats
 * (terminal, JSON) show everything with a note. The headline and the totals over all cases stay.
 *
 * When the groups of a breakdown add up to a total that is shown (per law and per payer), one hidden
 * group could be recomputed as total − the others; so when exactly one group is small, the group with
 * the fewest cases among the others is hidden too (`complement`), as Statistics Netherlands does.
 * Tag groups overlap (a case counts under each of its words) and cohort rows sit next to the cases
 * they sum, so they get no complement. This file decides; the renderers only read the marks.
 */
import type { Breakdown } from './breakdown.js';
import type { CalcReport } from './calc.js';
import type { CouncilReport } from './council.js';
import type { PatternsReport } from './patterns.js';
import type { ValueScoresReport } from './value-scores.js';
import type { GainTable, WhoGains } from './who-gains.js';

export const DEFAULT_MIN_GROUP = 5;

export type Mark = 'small' | 'complement';
export type Marks = readonly (Mark | undefined)[];

/** Marks for groups of these case counts; `partition`: the groups add up to a total that is shown. */
export function groupMarks(cases: readonly number[], k: number, partition: boolean): (Mark | undefined)[] {
  const marks: (Mark | undefined)[] = cases.map((n) => (n < k ? 'small' : undefined));
  if (partition && marks.filter((m) => m === 'small').length === 1) {
    let pick = -1;
    cases.forEach((n, i) => {
      if (marks[i] === undefined && (pick < 0 || n <= cases[pick]!)) pick = i;
    });
    if (pick >= 0) marks[pick] = 'complement';
  }
  return marks;
}

export interface BreakdownMarks {
  /** The scope itself (a cohort) is small: its totals are hidden too. Never set for all cases. */
  readonly scope?: Mark;
  readonly law: Marks;
  readonly payer: Marks;
}

export interface PatternMarks {
  readonly groups: Marks;
  readonly cocktails: Marks;
}

export interface SmallNumbers {
  readonly k: number;
  readonly breakdowns: { readonly all: BreakdownMarks; readonly cohorts: readonly BreakdownMarks[] };
  /** calc.cohorts: the cohort subtotals, and the cohort rows of projections. */
  readonly cohorts: Marks;
  /** council.published: the computed figures of a cohort. */
  readonly published: Marks;
  /** Aligned with the patterns reports. */
  readonly patterns: readonly PatternMarks[];
  /** valueScores.cohorts. */
  readonly values: Marks;
  /** Who invests, who gains (issue 16): the rows per payer and per law, when there is such a report. */
  readonly gains?: { readonly payer: Marks; readonly law: Marks };
  /** How many groups are marked, anywhere. */
  readonly marked: number;
}

function breakdownMarks(law: Breakdown, payer: Breakdown, k: number, scopeCases?: number): BreakdownMarks {
  const small = scopeCases !== undefined && scopeCases < k;
  const all = (b: Breakdown): Marks => b.groups.map(() => 'small' as const);
  if (small) return { scope: 'small', law: all(law), payer: all(payer) };
  return { law: groupMarks(law.groups.map((g) => g.cases), k, true), payer: groupMarks(payer.groups.map((g) => g.cases), k, true) };
}

/**
 * Who invests, who gains: its rows add up to a total that is shown, like per law and per payer. A
 * payer with programme costs but no line in any case (cases 0) holds no case's figures: never marked.
 */
function gainMarks(t: GainTable, k: number): Marks {
  const withCases = t.rows.map((r, i) => [r.cases, i] as const).filter(([n]) => n > 0);
  const marks = groupMarks(
    withCases.map(([n]) => n),
    k,
    true,
  );
  const out: (Mark | undefined)[] = t.rows.map(() => undefined);
  withCases.forEach(([, i], j) => (out[i] = marks[j]));
  return out;
}

export function smallNumbers(
  calc: CalcReport,
  council: CouncilReport,
  patterns: readonly PatternsReport[],
  values: ValueScoresReport | undefined,
  k: number = DEFAULT_MIN_GROUP,
  whoGains?: WhoGains,
): SmallNumbers {
  const cohortCases = new Map(calc.cohorts.map((c) => [c.id, c.totals.cases]));
  const breakdowns = {
    all: breakdownMarks(council.all.breakdowns.law, council.all.breakdowns.payer, k),
    cohorts: council.cohorts.map((s) => breakdownMarks(s.breakdowns.law, s.breakdowns.payer, k, cohortCases.get(s.cohort?.id ?? '') ?? 0)),
  };
  const cohorts = groupMarks(
    calc.cohorts.map((c) => c.totals.cases),
    k,
    false,
  );
  const published = groupMarks(
    council.published.map((p) => p.computed.cases),
    k,
    false,
  );
  const pats = patterns.map((p) => ({
    groups: groupMarks(
      p.groups.map((g) => g.cases),
      k,
      false,
    ),
    cocktails: groupMarks(
      (p.cocktails ?? []).map((c) => c.cases),
      k,
      false,
    ),
  }));
  const vals = groupMarks(
    (values?.cohorts ?? []).map((s) => s.cases),
    k,
    false,
  );
  const gains = whoGains ? { payer: gainMarks(whoGains.byPayer, k), law: gainMarks(whoGains.byLaw, k) } : undefined;
  const count = (ms: Marks): number => ms.filter((m) => m !== undefined).length;
  const marked =
    [breakdowns.all, ...breakdowns.cohorts].reduce((n, b) => n + count(b.law) + count(b.payer), 0) +
    count(cohorts) +
    count(published) +
    pats.reduce((n, p) => n + count(p.groups) + count(p.cocktails), 0) +
    count(vals) +
    (gains ? count(gains.payer) + count(gains.law) : 0);
  return { k, breakdowns, cohorts, published, patterns: pats, values: vals, ...(gains ? { gains } : {}), marked };
}
