/**
 * The line export (`calc --lines`): one row per priced line, in long, tidy form, so that a pivot
 * table or a database rebuilds every report figure from the rows alone. Pure data: amounts in integer
 * cents, factors exact. A case's rows add up to its scenario totals to the cent, because a scenario
 * total is by definition the sum of its lines' cents (src/data/pricing.ts).
 */
import type { Position } from '../data/diagnostic.js';
import type { RateUnit } from '../data/duration.js';
import { SCENARIOS, type Scenario } from '../data/model.js';
import type { PricedCase, PricedLine } from '../data/pricing.js';
import { type Rational, div } from '../data/rational.js';

export interface LineRow {
  readonly cohort?: string;
  readonly case: string;
  readonly scenario: Scenario;
  /** 1-based number of the line within its scenario (as in explain). */
  readonly nr: number;
  /** The rate id; undefined for a custom item. */
  readonly rate?: string;
  /** The rate table the rate came from; undefined for a custom item. */
  readonly table?: string;
  /** The custom item's text; undefined for a rate line. */
  readonly item?: string;
  readonly label: string;
  readonly law: string;
  readonly payer: string;
  readonly unit: RateUnit;
  /** The unit price as stated (the table's, or the line's own `price`), before indexation. */
  readonly priceCents: bigint;
  /** True when a rate line states its own price. */
  readonly override: boolean;
  /** True for a breakthrough line marked `investment: true` (docs/arithmetic.md, net baten). */
  readonly investment: boolean;
  readonly priceYear: number;
  /** index[report year] / index[price year]; 1 without indexation. */
  readonly factor: Rational;
  readonly quantity: Rational;
  readonly count: Rational;
  readonly chance: Rational;
  /** The priced line, for the derivation text (a renderer spells it out). */
  readonly line: PricedLine;
  /** Exact undiscounted cost in cents: price × factor × quantity × count × chance. */
  readonly exactCents: Rational;
  /** Undiscounted cents per year of the horizon (one entry for a horizon of at most a year). */
  readonly years: readonly bigint[];
  /**
   * For a multi-year horizon, the share of the line in each year (they add up to 1): years[t] =
   * round(exactCents × share[t]). Undefined for a one-year horizon or a line that costs nothing.
   */
  readonly shares?: readonly Rational[];
  /** Σ years */
  readonly undiscountedCents: bigint;
  /** The line's cost in the report: the present value for a multi-year horizon, else = undiscounted. */
  readonly presentValueCents: bigint;
  /** The discount rate, for a case with a horizon longer than a year; undefined otherwise. */
  readonly discount?: Rational;
  /** Where the line is written: the case file and the line's position. */
  readonly source: Position;
}

function row(p: PricedCase, l: PricedLine): LineRow {
  const line = l.line;
  return {
    ...(p.case.cohort ? { cohort: p.case.cohort } : {}),
    case: p.case.id,
    scenario: l.scenario,
    nr: l.index + 1,
    ...(line.kind === 'rate' ? { rate: line.rate, ...(l.rate ? { table: l.rate.table } : {}) } : { item: line.item }),
    label: l.label,
    law: l.law,
    payer: l.payer,
    unit: l.unit,
    priceCents: l.unitPriceCents,
    override: l.override,
    investment: line.investment === true,
    priceYear: l.priceYear,
    factor: l.factor,
    quantity: l.quantity,
    count: l.count,
    chance: l.chance,
    line: l,
    exactCents: l.exactCents,
    years: l.years.map((y) => y.cents),
    ...(p.multiYear && l.exactCents.n !== 0n ? { shares: l.years.map((y) => div(y.exactCents, l.exactCents)) } : {}),
    undiscountedCents: l.undiscountedCents,
    presentValueCents: l.costCents,
    ...(p.multiYear ? { discount: p.discount } : {}),
    source: { file: p.case.file, line: line.pos.line, col: line.pos.col },
  };
}

/** Every priced line, in report order: case by case (as priced), scenario by scenario, line by line. */
export function lineRows(priced: readonly PricedCase[]): LineRow[] {
  return priced.flatMap((p) => SCENARIOS.flatMap((s) => p.lines[s].map((l) => row(p, l))));
}

/** The longest horizon in years among the rows (the number of per-year columns); at least 1. */
export function yearColumns(rows: readonly LineRow[]): number {
  return rows.reduce((n, r) => Math.max(n, r.years.length), 1);
}

/** Per multi-year case: the undiscounted cents of each scenario per year, the undiscounted sums and the present values. */
export interface CaseYears {
  readonly case: string;
  readonly cohort?: string;
  readonly discount: Rational;
  readonly years: readonly { readonly year: number; readonly current: bigint; readonly threat: bigint; readonly breakthrough: bigint }[];
  readonly undiscounted: { readonly current: bigint; readonly threat: bigint; readonly breakthrough: bigint };
  /** The case's figures in the report: Σ of its lines' present values. */
  readonly presentValue: { readonly current: bigint; readonly threat: bigint; readonly breakthrough: bigint };
}

export function caseYears(priced: readonly PricedCase[]): CaseYears[] {
  return priced
    .filter((p) => p.multiYear)
    .map((p) => ({
      case: p.case.id,
      ...(p.case.cohort ? { cohort: p.case.cohort } : {}),
      discount: p.discount,
      years: p.years.map((y, i) => ({ year: i + 1, ...y })),
      undiscounted: p.undiscounted,
      presentValue: p.totals,
    }));
}
