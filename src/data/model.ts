/** The domain model: rate tables, cohorts and cases after reading and validation. */
import type { Position } from './diagnostic.js';
import type { Duration, HoursSpec, RateUnit } from './duration.js';
import type { Rational } from './rational.js';
import type { Adjustment, StartSpec } from './economics.js';
import type { CaseDates, CaseStatus, FollowUpWhen, Tag, Vocabulary } from './tracking.js';

export type Grade = 'A' | 'B' | 'C';

export interface Rate {
  readonly id: string;
  readonly label: string;
  readonly unit: RateUnit;
  /** Price per unit in euro cents (exact: at most 2 decimals in euros). */
  readonly priceCents: bigint;
  readonly law: string;
  readonly payer: string;
  readonly grade?: Grade;
  readonly priceYear: number;
  readonly source: string;
  /** Id of the table this rate came from. */
  readonly table: string;
  readonly pos: Position;
}

export interface RateTable {
  readonly id: string;
  readonly title: string;
  readonly currency: string;
  readonly priceYear: number;
  readonly laws?: readonly string[];
  readonly payers?: readonly string[];
  readonly rates: readonly Rate[];
  readonly file: string;
  readonly pos: Position;
}

export interface Published {
  readonly bateCents: bigint;
  readonly cases: number;
  readonly meanCents?: bigint;
  readonly source: string;
  /** Where each figure is written in cohort.yaml (for --strict-published); a mean not given: at `published`. */
  readonly positions?: { readonly baten: Position; readonly cases: Position; readonly mean: Position };
}

export interface Cohort {
  readonly id: string;
  readonly title: string;
  readonly horizon?: Duration;
  /** Rate table files (resolved paths) named by the cohort. */
  readonly rates: readonly string[];
  readonly published?: Published;
  /** Optional deadweight and attribution (docs/economics.md). */
  readonly adjustment?: Adjustment;
  /** Optional costs of running the method for this cohort (docs/reports.md, programme costs). */
  readonly programme?: Programme;
  /** `price_year`: the year of the custom items' and own prices of its cases (docs/economics.md). */
  readonly priceYear?: number;
  /** The words its cases' `problems` and `kind` may use (docs/tracking.md). */
  readonly tags?: Vocabulary;
  readonly file: string;
  /** Directory the cohort applies to (absolute). */
  readonly dir: string;
  readonly pos: Position;
}

export const SCENARIOS = ['current', 'threat', 'breakthrough'] as const;
export type Scenario = (typeof SCENARIOS)[number];

interface LineBase {
  readonly count: Rational;
  readonly for?: Duration;
  readonly hours?: HoursSpec;
  readonly chance: Rational;
  readonly note?: string;
  /** `from: month 6`: the line starts later in the horizon (docs/economics.md). */
  readonly from?: StartSpec;
  /** Price year of a custom or overriding `price` (default: the report's default price year). */
  readonly priceYear?: number;
  /** Low/high alternatives of the estimates (`price_low`, `for_high`, …). */
  readonly range?: LineRange;
  /** `investment: true` (breakthrough lines only): this line is the investment that made the breakthrough (docs/arithmetic.md). */
  readonly investment?: boolean;
  readonly pos: Position;
}

/** Low and high alternatives for a line's price (cents), duration and count. */
export interface LineRange {
  readonly price?: { readonly low: bigint; readonly high: bigint };
  readonly for?: { readonly low: Duration; readonly high: Duration };
  readonly count?: { readonly low: Rational; readonly high: Rational };
}

export interface RateLine extends LineBase {
  readonly kind: 'rate';
  readonly rate: string;
  /** Per-line override of the table price, in cents. */
  readonly priceCents?: bigint;
  /** Position of the `rate:` value, for unknown-id messages. */
  readonly ratePos: Position;
}

export interface ItemLine extends LineBase {
  readonly kind: 'item';
  readonly item: string;
  readonly priceCents: bigint;
  readonly unit: RateUnit;
  readonly law: string;
  readonly payer: string;
}

export type Line = RateLine | ItemLine;

export interface Case {
  readonly id: string;
  readonly title: string;
  readonly horizon: Duration;
  readonly values?: Readonly<Record<string, string>>;
  readonly lines: Readonly<Record<Scenario, readonly Line[]>>;
  readonly cohort?: string;
  /**
   * The year of its custom items' and own prices when a line gives none: the case's `price_year`,
   * else its cohort's (absent: the report's price year).
   */
  readonly priceYear?: { readonly year: number; readonly from: 'case' | 'cohort' };
  readonly file: string;
  readonly pos: Position;
  // Following the case over time (docs/tracking.md); all optional, a case without them is completed.
  readonly status?: CaseStatus;
  readonly dates?: CaseDates;
  readonly problems?: readonly Tag[];
  readonly kind?: readonly Tag[];
  /** Scores of the values (betrokkenheid, legitimiteit, rendement, …), 1–5, in the order written. */
  readonly scores?: Readonly<Record<string, number>>;
  readonly followup?: readonly FollowUp[];
}

/** One follow-up measurement: what was actually spent on the household since the breakthrough. */
export interface FollowUp {
  readonly when: FollowUpWhen;
  /** The time since the breakthrough the lines cover: their "horizon". */
  readonly period: Duration;
  /** In the line syntax of the scenarios; a line without `for` lasts the whole period. */
  readonly lines: readonly Line[];
  readonly pos: Position;
}

/** The rates one case is priced with: tables in the order applied (a later table overrides an earlier one). */
export interface RateSet {
  readonly tables: readonly RateTable[];
  readonly lookup: ReadonlyMap<string, Rate>;
}

/** How often a programme cost is paid: once, every year of the programme, or for every case. */
export const PROGRAMME_PER = ['once', 'year', 'case'] as const;
export type ProgrammePer = (typeof PROGRAMME_PER)[number];

/** One cost of running the method (training, a licence, coaching hours), with its source. */
export interface ProgrammeCost {
  readonly item: string;
  /** Euro cents, in `priceYear` (or the report's default price year). */
  readonly priceCents: bigint;
  readonly per: ProgrammePer;
  readonly payer: string;
  readonly priceYear?: number;
  readonly source: string;
  readonly pos: Position;
}

/** The programme costs of a cohort: `years` is the period the per-year costs run for (default 1). */
export interface Programme {
  readonly years: number;
  readonly costs: readonly ProgrammeCost[];
  readonly pos: Position;
}
