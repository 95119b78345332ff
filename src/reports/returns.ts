/**
 * Did it pay off, and for whom (issue 16): the investment and return per case, the programme costs
 * with the net result and break-even, who invests and who gains, and the evidence behind the baten
 * by grade with an optional optimism bias. Pure data; see docs/arithmetic.md and docs/reports.md.
 */
import type { Diagnostic } from '../data/diagnostic.js';
import type { Cohort } from '../data/model.js';
import type { PricedCase, PricingOptions } from '../data/pricing.js';
import type { CalcReport } from './calc.js';
import { type EvidenceReport, type OptimismBias, evidenceReport } from './evidence.js';
import { type InvestmentReport, investmentReport } from './investment.js';
import { type ProgrammeReport, programmeReport } from './programme.js';
import { type WhoGains, whoGains } from './who-gains.js';

export interface ReturnsOptions {
  /** The pricing options of the run: programme costs are indexed as custom items are. */
  readonly pricing: PricingOptions;
  /** Case counts to project to (--project). */
  readonly project: readonly number[];
  /** --optimism-bias */
  readonly optimismBias?: OptimismBias;
}

export interface ReturnsReport {
  readonly investment: InvestmentReport;
  readonly programme: ProgrammeReport;
  readonly whoGains: WhoGains;
  readonly evidence: EvidenceReport;
}

/** `priced` in report order, `calc` the calc report of the same cases; diagnostics for a programme cost that cannot be indexed. */
export function returnsReport(priced: readonly PricedCase[], cohorts: readonly Cohort[], calc: CalcReport, opts: ReturnsOptions): ReturnsReport | Diagnostic[] {
  const programme = programmeReport(priced, cohorts, calc, opts.pricing, opts.project);
  if (Array.isArray(programme)) return programme;
  return {
    investment: investmentReport(priced, calc),
    programme,
    whoGains: whoGains(priced, programme),
    evidence: evidenceReport(priced, opts.optimismBias),
  };
}
