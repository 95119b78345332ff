/**
 * Pricing: every line becomes price × quantity × count × chance, computed exactly and rounded once to
 * whole cents (half away from zero). Scenario totals, baten and besparing are sums of those cents.
 */
import { type Diagnostic, diag } from './diagnostic.js';
import { DAYS_PER, type Duration, type HoursSpec, type RateUnit, type TimeUnit, daysIn } from './duration.js';
import type { Case, FollowUp, Line, Rate, RateSet, RateTable, Scenario } from './model.js';
import { SCENARIOS } from './model.js';
import { type Rational, ONE, ZERO, div, mul, rat, roundHalfAwayFromZero, sub } from './rational.js';
import { closest } from './suggest.js';
import { DEFAULT_DISCOUNT, type PriceIndex, indexFactor, isMultiYear, presentValue, yearShares, yearsIn } from './economics.js';

/** Which value of a line's low/central/high estimates to use. */
export type Estimate = 'low' | 'central' | 'high';

/**
 * Options of the economics (docs/economics.md). Without options, pricing is as in docs/arithmetic.md:
 * no indexation, and a horizon of at most one year gives the same figures with or without options.
 */
export interface PricingOptions {
  /** Price index used to convert every price to `priceYear`. */
  readonly index?: PriceIndex;
  /** The report's price year (with `index`). */
  readonly priceYear?: number;
  /** Price year of custom and overriding prices that give none (default: `priceYear`). */
  readonly defaultPriceYear?: number;
  /** Discount rate for multi-year horizons (default 2.25 %). */
  readonly discount?: Rational;
  /** Which estimate to use per scenario (default: central everywhere). */
  readonly estimate?: (scenario: Scenario) => Estimate;
}

/** A line's cost in one year of the horizon. */
export interface YearCost {
  /** 1-based year of the horizon. */
  readonly year: number;
  /** Exact cost in cents in this year (line exact cost × share of the year). */
  readonly exactCents: Rational;
  /** Rounded once to whole cents. */
  readonly cents: bigint;
}

/** How the quantity of a line was found, for derivations a reader can recompute. */
export type QuantityDerivation =
  | { kind: 'once' }
  | { kind: 'time'; unit: TimeUnit; duration: Duration; fromHorizon: boolean }
  | { kind: 'hours-total'; hours: HoursSpec }
  | { kind: 'hours-per'; hours: HoursSpec; per: TimeUnit; duration: Duration; fromHorizon: boolean };

export interface PricedLine {
  readonly scenario: Scenario;
  /** 0-based index of the line within its scenario. */
  readonly index: number;
  readonly line: Line;
  /** The rate from the table, for `rate:` lines. */
  readonly rate?: Rate;
  /** True when a `rate:` line overrides the table price. */
  readonly override: boolean;
  readonly label: string;
  readonly unit: RateUnit;
  readonly unitPriceCents: bigint;
  readonly law: string;
  readonly payer: string;
  readonly quantity: Rational;
  readonly derivation: QuantityDerivation;
  readonly count: Rational;
  readonly chance: Rational;
  /** Exact cost in cents before rounding (indexed; undiscounted over the whole line). */
  readonly exactCents: Rational;
  /**
   * Cost rounded once to whole cents. For a horizon longer than one year this is the present value:
   * round(Σ years[t].cents / (1 + r)^(t − 1)); for a horizon of at most a year it is round(exactCents).
   */
  readonly costCents: bigint;
  /** Year the price is expressed in before indexation. */
  readonly priceYear: number;
  /** Indexation factor index[report year] / index[priceYear] (1 without indexation). */
  readonly factor: Rational;
  /** Cost per year of the horizon (one entry for a horizon of at most one year). */
  readonly years: readonly YearCost[];
  /** Σ years[].cents, undiscounted. Equals costCents for a horizon of at most one year. */
  readonly undiscountedCents: bigint;
}

export interface ScenarioTotals {
  readonly current: bigint;
  readonly threat: bigint;
  readonly breakthrough: bigint;
}

export interface PricedCase {
  readonly case: Case;
  readonly lines: Readonly<Record<Scenario, readonly PricedLine[]>>;
  readonly totals: ScenarioTotals;
  /** threat − breakthrough */
  readonly baten: bigint;
  /** current − breakthrough */
  readonly besparing: bigint;
  /** True for a horizon longer than one year: totals are present values at `discount`. */
  readonly multiYear: boolean;
  readonly discount: Rational;
  /** Scenario totals without discounting (equal to totals for a one-year horizon). */
  readonly undiscounted: ScenarioTotals;
  /** Undiscounted scenario totals per year of the horizon (index 0 is year 1). */
  readonly years: readonly ScenarioTotals[];
  /** The case's follow-up measurements, priced (docs/tracking.md). */
  readonly followups?: readonly PricedFollowUp[];
}

/** A follow-up measurement with its lines priced over its period (not discounted: spending measured). */
export interface PricedFollowUp {
  readonly followup: FollowUp;
  readonly lines: readonly PricedLine[];
  /** Σ undiscounted cost of the lines, in cents. */
  readonly realisedCents: bigint;
}

export type RateLookup = ReadonlyMap<string, Rate>;

/** Quantity of a line in the unit it is priced in; undefined (with diagnostics) when not computable. */
function quantityOf(
  c: Case,
  line: Line,
  unit: RateUnit,
  rateId: string | undefined,
  out: Diagnostic[],
  given?: Duration,
): { quantity: Rational; derivation: QuantityDerivation } | undefined {
  const duration = given ?? line.for ?? c.horizon;
  const fromHorizon = given === undefined && line.for === undefined;
  const name = rateId ?? (line.kind === 'item' ? line.item : '');
  if (unit === 'hour') {
    if (!line.hours) {
      out.push(diag(line.pos, 'line.hours_missing', { rate: name }));
      return undefined;
    }
    const h = line.hours;
    if (h.per === undefined) return { quantity: h.amount, derivation: { kind: 'hours-total', hours: h } };
    return {
      quantity: mul(h.amount, daysIn(duration.days, h.per)),
      derivation: { kind: 'hours-per', hours: h, per: h.per, duration, fromHorizon },
    };
  }
  if (line.hours) {
    out.push(diag(line.pos, 'line.hours_not_hourly', { rate: name, unit }));
    return undefined;
  }
  if (unit === 'once') {
    if (line.for) {
      out.push(diag(line.pos, 'line.for_on_once', { rate: name }));
      return undefined;
    }
    return { quantity: ONE, derivation: { kind: 'once' } };
  }
  return { quantity: div(duration.days, DAYS_PER[unit]), derivation: { kind: 'time', unit, duration, fromHorizon } };
}

/** Largest amount one line may reach: € 10 billion, far beyond any real case, far within exact range. */
export const MAX_LINE_CENTS = 10n ** 12n;

function priceLine(
  c: Case,
  scenario: Scenario,
  index: number,
  line: Line,
  rates: RateLookup,
  out: Diagnostic[],
  opts: PricingOptions = {},
): PricedLine | undefined {
  let rate: Rate | undefined;
  let unit: RateUnit;
  let label: string;
  let price: bigint;
  let law: string;
  let payer: string;
  if (line.kind === 'rate') {
    rate = rates.get(line.rate);
    if (!rate) {
      out.push(diag(line.ratePos, 'rate.unknown', { id: line.rate, suggestions: closest(line.rate, [...rates.keys()], 3) }));
      return undefined;
    }
    unit = rate.unit;
    label = rate.label;
    price = line.priceCents ?? rate.priceCents;
    law = rate.law;
    payer = rate.payer;
  } else {
    unit = line.unit;
    label = line.item;
    price = line.priceCents;
    law = line.law;
    payer = line.payer;
  }
  const est = opts.estimate?.(scenario) ?? 'central';
  const range = line.range;
  if (est !== 'central' && range?.price) price = range.price[est];
  const count = est !== 'central' && range?.count ? range.count[est] : line.count;
  const forD = est !== 'central' && range?.for ? range.for[est] : line.for;
  // The duration a line lasts: its `for`, else the rest of the horizon after its start.
  let duration: Duration | undefined = forD;
  if (!duration && line.from) {
    const days = sub(c.horizon.days, line.from.offsetDays);
    duration = { text: `${c.horizon.text} − ${line.from.text}`, amount: days, unit: 'day', days };
  }
  const q = quantityOf(c, line, unit, rate?.id, out, duration);
  if (!q) return undefined;
  const ownYear = line.priceCents !== undefined || !rate ? line.priceYear ?? opts.defaultPriceYear ?? opts.priceYear : rate.priceYear;
  const priceYear = ownYear ?? rate?.priceYear ?? 0;
  let factor: Rational = ONE;
  if (opts.index && opts.priceYear !== undefined) {
    const f = indexFactor(opts.index, priceYear, opts.priceYear);
    if (!f) {
      const missing = opts.index.levels.has(priceYear) ? opts.priceYear : priceYear;
      out.push(diag(line.pos, 'index.year_missing', { year: missing, index: opts.index.id, rate: rate?.id ?? label }));
      return undefined;
    }
    factor = f;
  }
  const exactCents = mul(rat(price), factor, q.quantity, count, line.chance);
  const n = yearsIn(c.horizon.days);
  let years: YearCost[];
  if (!isMultiYear(c.horizon.days)) {
    years = [{ year: 1, exactCents, cents: roundHalfAwayFromZero(exactCents) }];
  } else {
    const length = unit === 'once' ? ZERO : (duration ?? c.horizon).days;
    const shares = yearShares(line.from?.offsetDays ?? ZERO, length, n);
    years = shares.map((sh, i) => {
      const e = mul(exactCents, sh);
      return { year: i + 1, exactCents: e, cents: roundHalfAwayFromZero(e) };
    });
  }
  const undiscountedCents = sumCents(years.map((y) => y.cents));
  const costCents = years.length === 1 ? undiscountedCents : roundHalfAwayFromZero(presentValue(years.map((y) => y.cents), opts.discount ?? DEFAULT_DISCOUNT));
  if (undiscountedCents > MAX_LINE_CENTS) {
    out.push(diag(line.pos, 'line.too_large', { max: (MAX_LINE_CENTS / 100n).toString() }));
    return undefined;
  }
  return {
    scenario,
    index,
    line,
    ...(rate ? { rate } : {}),
    override: line.kind === 'rate' && line.priceCents !== undefined,
    label,
    unit,
    unitPriceCents: price,
    law,
    payer,
    quantity: q.quantity,
    derivation: q.derivation,
    count,
    chance: line.chance,
    exactCents,
    costCents,
    priceYear,
    factor,
    years,
    undiscountedCents,
  };
}

export function sumCents(xs: Iterable<bigint>): bigint {
  let s = 0n;
  for (const x of xs) s += x;
  return s;
}

/** Price one case against a rate lookup. Problems (unknown rates, hours on the wrong unit) go to `out`. */
export function priceCase(c: Case, rates: RateLookup, out: Diagnostic[], opts: PricingOptions = {}): PricedCase | undefined {
  const before = out.length;
  const lines = {} as Record<Scenario, PricedLine[]>;
  for (const s of SCENARIOS) {
    lines[s] = [];
    c.lines[s].forEach((line, i) => {
      const p = priceLine(c, s, i, line, rates, out, opts);
      if (p) lines[s].push(p);
    });
  }
  // Follow-up measurements (docs/tracking.md): their lines priced over the period since the breakthrough.
  const followups = c.followup?.map((f): PricedFollowUp => {
    const over: Case = { ...c, horizon: f.period };
    const ls = f.lines.map((line, i) => priceLine(over, 'breakthrough', i, line, rates, out, opts)).filter((l): l is PricedLine => l !== undefined);
    return { followup: f, lines: ls, realisedCents: sumCents(ls.map((l) => l.undiscountedCents)) };
  });
  if (out.length > before) return undefined;
  const totals = {
    current: sumCents(lines.current.map((l) => l.costCents)),
    threat: sumCents(lines.threat.map((l) => l.costCents)),
    breakthrough: sumCents(lines.breakthrough.map((l) => l.costCents)),
  };
  const undiscounted = {
    current: sumCents(lines.current.map((l) => l.undiscountedCents)),
    threat: sumCents(lines.threat.map((l) => l.undiscountedCents)),
    breakthrough: sumCents(lines.breakthrough.map((l) => l.undiscountedCents)),
  };
  const n = yearsIn(c.horizon.days);
  const inYear = (ls: readonly PricedLine[], i: number) => sumCents(ls.map((l) => l.years[i]?.cents ?? 0n));
  const years = Array.from({ length: isMultiYear(c.horizon.days) ? n : 1 }, (_, i) => ({
    current: inYear(lines.current, i),
    threat: inYear(lines.threat, i),
    breakthrough: inYear(lines.breakthrough, i),
  }));
  return {
    case: c,
    lines,
    totals,
    baten: totals.threat - totals.breakthrough,
    besparing: totals.current - totals.breakthrough,
    multiYear: isMultiYear(c.horizon.days),
    discount: opts.discount ?? DEFAULT_DISCOUNT,
    undiscounted,
    years,
    ...(followups ? { followups } : {}),
  };
}

export interface PricedAll {
  readonly priced: readonly PricedCase[];
  /** Tables used by at least one case, each once, in first-use order. */
  readonly tables: readonly RateTable[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Price every case with its own rate set; cases without one (a broken table) are skipped silently. */
export function priceAll(cases: readonly Case[], rateSets: ReadonlyMap<string, RateSet>, opts: PricingOptions = {}): PricedAll {
  const out: Diagnostic[] = [];
  const priced: PricedCase[] = [];
  const tables = new Set<RateTable>();
  for (const c of cases) {
    const set = rateSets.get(c.id);
    if (!set) continue;
    const p = priceCase(c, set.lookup, out, opts);
    if (p) {
      priced.push(p);
      for (const t of set.tables) tables.add(t);
    }
  }
  return { priced, tables: [...tables], diagnostics: out };
}
