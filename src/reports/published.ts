/**
 * Published figures against computed ones. A cohort.yaml may carry the figures that were published
 * for it (`published: { baten, cases, mean?, source }`); the report shows both and the difference
 * (computed − published).
 *
 * A figure matches when:
 * - cases: the numbers are equal;
 * - baten: the amounts are equal to the cent;
 * - mean: when a mean was published, the computed mean rounded to the precision it was published in
 *   (whole euros, or cents when it has cents) equals it; without a published mean, the exact
 *   computed mean equals published baten / published cases.
 */
import { type Diagnostic, diag } from '../data/diagnostic.js';
import type { Cohort, Published } from '../data/model.js';
import { type Rational, rat, roundHalfAwayFromZero, sub } from '../data/rational.js';
import type { CohortTotals } from './calc.js';

export interface PublishedCheck {
  readonly cohort: string;
  readonly title: string;
  readonly source: string;
  /** The cohort file and position, for messages. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly published: { readonly cases: number; readonly baten: bigint; readonly mean: Rational; readonly meanGiven: boolean };
  readonly computed: { readonly cases: number; readonly baten: bigint; readonly mean?: Rational };
  /** computed − published. */
  readonly difference: { readonly cases: number; readonly baten: bigint; readonly mean?: Rational };
  readonly matches: { readonly cases: boolean; readonly baten: boolean; readonly mean: boolean };
  readonly ok: boolean;
  /** Where each published figure is written (the `published` lines of cohort.yaml). */
  readonly positions?: Published['positions'];
}

export function publishedChecks(cohorts: readonly Cohort[], totals: readonly CohortTotals[]): PublishedCheck[] {
  const out: PublishedCheck[] = [];
  for (const c of cohorts) {
    const p = c.published;
    if (!p) continue;
    const t = totals.find((x) => x.id === c.id)?.totals;
    const cases = t?.cases ?? 0;
    const baten = t?.baten ?? 0n;
    const mean = cases ? rat(baten, cases) : undefined;
    const pubMean = p.meanCents !== undefined ? rat(p.meanCents) : rat(p.bateCents, p.cases);
    let meanOk: boolean;
    if (!mean) meanOk = false;
    else if (p.meanCents !== undefined) {
      const unit = p.meanCents % 100n === 0n ? 100n : 1n;
      meanOk = roundHalfAwayFromZero(rat(mean.n, mean.d * unit)) * unit === p.meanCents;
    } else meanOk = mean.n * pubMean.d === pubMean.n * mean.d;
    const matches = { cases: cases === p.cases, baten: baten === p.bateCents, mean: meanOk };
    out.push({
      cohort: c.id,
      title: c.title,
      source: p.source,
      file: c.file,
      line: c.pos.line,
      col: c.pos.col,
      published: { cases: p.cases, baten: p.bateCents, mean: pubMean, meanGiven: p.meanCents !== undefined },
      computed: { cases, baten, ...(mean ? { mean } : {}) },
      difference: { cases: cases - p.cases, baten: baten - p.bateCents, ...(mean ? { mean: sub(mean, pubMean) } : {}) },
      matches,
      ok: matches.cases && matches.baten && matches.mean,
      ...(p.positions ? { positions: p.positions } : {}),
    });
  }
  return out;
}

/**
 * The checks that failed, as errors (`calc --strict-published`): one for each figure that differs,
 * at the line of cohort.yaml where it is published (the cohort's first line when that is unknown).
 */
export function publishedMismatches(checks: readonly PublishedCheck[]): Diagnostic[] {
  const cents = (r: Rational): string => roundHalfAwayFromZero(r).toString();
  const figures = ['cases', 'baten', 'mean'] as const;
  return checks
    .filter((p) => !p.ok)
    .flatMap((p) =>
      figures
        .filter((f) => !p.matches[f])
        .map((figure) =>
          diag(p.positions?.[figure] ?? { file: p.file, line: p.line, col: p.col }, 'published.mismatch', {
            cohort: p.cohort,
            figure,
            pub_cases: p.published.cases,
            cases: p.computed.cases,
            pub_baten: p.published.baten.toString(),
            baten: p.computed.baten.toString(),
            pub_mean: cents(p.published.mean),
            mean: p.computed.mean ? cents(p.computed.mean) : '',
            mean_ok: p.matches.mean ? 'yes' : 'no',
          }),
        ),
    );
}
