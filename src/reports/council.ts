/**
 * The council sections of the calc report, as pure data: breakdowns by law and payer, the top current
 * cost items, projections and published-vs-computed, over all cases and per cohort.
 */
import type { Cohort } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { type Breakdowns, breakdowns } from './breakdown.js';
import type { CalcReport } from './calc.js';
import { type Projection, project } from './projection.js';
import { type PublishedCheck, publishedChecks } from './published.js';
import { DEFAULT_TOP, type TopItems, topItems } from './top-items.js';

export interface CouncilOptions {
  /** Number of top cost items (default 5; 0 leaves the section out). */
  readonly top?: number;
  /** Case counts to project to (empty: no projection). */
  readonly project?: readonly number[];
}

export interface ScopeSections {
  /** Undefined for all cases together. */
  readonly cohort?: { readonly id: string; readonly title: string };
  readonly breakdowns: Breakdowns;
  readonly projections: readonly Projection[];
}

export interface CouncilReport {
  readonly all: ScopeSections;
  /** One entry per cohort with cases, in report order. */
  readonly cohorts: readonly ScopeSections[];
  readonly topItems: TopItems;
  /** The case counts projected to, as asked. */
  readonly projectSizes: readonly number[];
  readonly published: readonly PublishedCheck[];
}

/** `priced` in report order; `calc` the calc report of the same cases. */
export function councilReport(
  priced: readonly PricedCase[],
  cohorts: readonly Cohort[],
  calc: CalcReport,
  opts: CouncilOptions = {},
): CouncilReport {
  const sizes = opts.project ?? [];
  return {
    all: { breakdowns: breakdowns(priced), projections: project(calc.totals, sizes) },
    cohorts: calc.cohorts.map((c) => ({
      cohort: { id: c.id, title: c.title },
      breakdowns: breakdowns(priced.filter((p) => p.case.cohort === c.id)),
      projections: project(c.totals, sizes),
    })),
    topItems: topItems(priced, opts.top ?? DEFAULT_TOP),
    projectSizes: sizes,
    published: publishedChecks(cohorts, calc.cohorts),
  };
}
