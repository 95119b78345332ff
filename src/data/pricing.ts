/**
 * Pricing: every line becomes price × quantity × count × chance, computed exactly and rounded once to
 * whole cents (half away from zero). Scenario totals, baten and besparing are sums of those cents.
 */
import { type ScenarioTotals, amountsOf } from './amounts.js';
import { type Diagnostic, type Position, diag } from './diagnostic.js';
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
  /** Where that year comes from: the rate, or for an own price the line, case, cohort or report. */
  readonly priceYearFrom: PriceYearSource;
  /** Indexation factor index[report year] / index[priceYear] (1 without indexation). */
  readonly factor: Rational;
  /** Cost per year of the horizon (one entry for a horizon of at most one year). */
  readonly years: readonly YearCost[];
  /** Σ years[].cents, undiscounted. Equals costCents for a horizon of at most one year. */
  readonly undiscountedCents: bigint;
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
  known?: Rational,
): { quantity: Rational; derivation: QuantityDerivation } | undefined {
  const duration = given ?? line.for ?? c.horizon;
  const fromHorizon = given === undefined && line.for === undefined;
  const name = rateId ?? (line.kind === 'item' ? line.item : '');
  // A custom item is named as one ("eigen post"), never as a rate.
  const isItem = line.kind === 'item';
  const who: Record<string, string> = isItem ? { item: name } : { rate: name };
  if (unit === 'hour') {
    if (!line.hours) {
      out.push(diag(line.pos, isItem ? 'item.hours_missing' : 'line.hours_missing', who));
      return undefined;
    }
    const h = line.hours;
    if (h.per === undefined) return { quantity: h.amount, derivation: { kind: 'hours-total', hours: h } };
    return {
      quantity: known ?? mul(h.amount, daysIn(duration.days, h.per)),
      derivation: { kind: 'hours-per', hours: h, per: h.per, duration, fromHorizon },
    };
  }
  if (line.hours) {
    out.push(diag(line.pos, isItem ? 'item.hours_not_hourly' : 'line.hours_not_hourly', { ...who, unit }));
    return undefined;
  }
  if (unit === 'once') {
    if (line.for) {
      out.push(diag(line.pos, isItem ? 'item.for_on_once' : 'line.for_on_once', who));
      return undefined;
    }
    return { quantity: ONE, derivation: { kind: 'once' } };
  }
  return { quantity: known ?? div(duration.days, DAYS_PER[unit]), derivation: { kind: 'time', unit, duration, fromHorizon } };
}

/** Largest amount one line may reach: € 10 billion, far beyond any real case, far within exact range. */
const MAX_LINE_CENTS = 10n ** 12n;

/** What a line is priced as: its rate from the table, or its own custom item. */
interface LineSource {
  readonly rate?: Rate;
  readonly unit: RateUnit;
  readonly label: string;
  readonly priceCents: bigint;
  readonly law: string;
  readonly payer: string;
}

/** The rate a `rate:` line names (an unknown id goes to `out`), or the custom `item:` itself. */
function lineSource(line: Line, rates: RateLookup, out: Diagnostic[]): LineSource | undefined {
  if (line.kind === 'item') return { unit: line.unit, label: line.item, priceCents: line.priceCents, law: line.law, payer: line.payer };
  const rate = rates.get(line.rate);
  if (!rate) {
    out.push(diag(line.ratePos, 'rate.unknown', { id: line.rate, suggestions: closest(line.rate, [...rates.keys()], 3) }));
    return undefined;
  }
  return { rate, unit: rate.unit, label: rate.label, priceCents: line.priceCents ?? rate.priceCents, law: rate.law, payer: rate.payer };
}

/** The estimates a line is priced with: central, or its low/high alternatives where it has them. */
function chosenEstimates(line: Line, price: bigint, est: Estimate): { price: bigint; count: Rational; for?: Duration } {
  const range = line.range;
  if (est === 'central') return { price, count: line.count, ...(line.for ? { for: line.for } : {}) };
  const forD = range?.for ? range.for[est] : line.for;
  return { price: range?.price ? range.price[est] : price, count: range?.count ? range.count[est] : line.count, ...(forD ? { for: forD } : {}) };
}

/** How long a line lasts: its `for`, else the rest of the horizon after its start; undefined: the whole horizon. */
function lineDuration(c: Case, line: Line, forD: Duration | undefined): Duration | undefined {
  if (forD || !line.from) return forD;
  const days = sub(c.horizon.days, line.from.offsetDays);
  return { text: `${c.horizon.text} − ${line.from.text}`, amount: days, unit: 'day', days };
}

/** Where a line's price year comes from (explain shows it). */
export type PriceYearSource = 'rate' | 'line' | 'case' | 'cohort' | 'report';

/**
 * A line whose price cannot be indexed because the price index lacks a year. priceAll gathers them
 * into one problem per (rate table or case file, year): see indexGaps.
 */
export interface IndexGap {
  /** The year missing from the index. */
  readonly year: number;
  /** The rate table of a table price (its file); absent for a custom item or an own price. */
  readonly table?: RateTable;
  /** The line that could not be indexed. */
  readonly pos: Position;
}

/**
 * The year a line's price is expressed in, where that comes from, and the factor that takes it to the
 * report's price year (1 without indexation). A table price is in its rate's price year; a custom or
 * overriding price is in the line's `price_year`, else the case's, else the cohort's, else the
 * report's price year.
 */
function indexation(
  c: Case,
  line: Line,
  src: LineSource,
  opts: PricingOptions,
  gaps: IndexGap[],
  table: RateTable | undefined,
  known?: Rational,
): { priceYear: number; from: PriceYearSource; factor: Rational } | undefined {
  const rate = src.rate;
  const own = line.priceCents !== undefined || !rate;
  const reportYear = opts.priceYear ?? opts.defaultPriceYear;
  const chosen: { year: number; from: PriceYearSource } | undefined = !own
    ? { year: rate.priceYear, from: 'rate' }
    : line.priceYear !== undefined
      ? { year: line.priceYear, from: 'line' }
      : c.priceYear
        ? { year: c.priceYear.year, from: c.priceYear.from }
        : reportYear !== undefined
          ? { year: reportYear, from: 'report' }
          : undefined;
  const { year: priceYear, from } = chosen ?? { year: rate?.priceYear ?? 0, from: rate ? 'rate' : 'report' };
  if (!opts.index || opts.priceYear === undefined) return { priceYear, from, factor: ONE };
  const factor = known ?? indexFactor(opts.index, priceYear, opts.priceYear);
  if (!factor) {
    const missing = opts.index.levels.has(priceYear) ? opts.priceYear : priceYear;
    gaps.push({ year: missing, ...(!own && table ? { table } : {}), pos: line.pos });
    return undefined;
  }
  return { priceYear, from, factor };
}

/** How many positions an index-gap problem lists before "and N more". */
const GAP_POSITIONS = 3;

/**
 * One problem per (rate table or case file, missing year), not one per line: the year, the index,
 * how many lines, the first few positions. A table's problem is at the table; a case file's at its
 * first line concerned.
 */
export function indexGaps(gaps: readonly IndexGap[], opts: PricingOptions): Diagnostic[] {
  const ix = opts.index;
  if (!ix || !gaps.length) return [];
  const years = [...ix.levels.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const groups = new Map<string, IndexGap[]>();
  for (const g of gaps) {
    const key = `${g.table ? `t\0${g.table.file}` : `f\0${g.pos.file}`}\0${g.year}`;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  }
  return [...groups.values()].map((list) => {
    const g = list[0]!;
    const shown = list.slice(0, GAP_POSITIONS).map((x) => `${x.pos.file}:${x.pos.line}:${x.pos.col}`);
    const args = {
      year: g.year,
      index: ix.id,
      first,
      last,
      priceYear: opts.priceYear ?? g.year,
      lines: list.length,
      positions: shown,
      more: list.length - shown.length,
      // 1 when the report's own price year is missing: then --price-year helps.
      reportYear: g.year === opts.priceYear ? 1 : 0,
    };
    return g.table ? diag(g.table.pos, 'index.gap_table', { ...args, table: g.table.id }) : diag(g.pos, 'index.gap_own', args);
  });
}

/**
 * The exact cost spread over the years of the horizon, each year rounded once: one year for a horizon
 * of at most a year; else by the line's share of each year (docs/economics.md).
 */
function spreadOverYears(c: Case, line: Line, unit: RateUnit, duration: Duration | undefined, exactCents: Rational): YearCost[] {
  if (!isMultiYear(c.horizon.days)) return [{ year: 1, exactCents, cents: roundHalfAwayFromZero(exactCents) }];
  const length = unit === 'once' ? ZERO : (duration ?? c.horizon).days;
  return yearShares(line.from?.offsetDays ?? ZERO, length, yearsIn(c.horizon.days)).map((share, i) => {
    const e = mul(exactCents, share);
    return { year: i + 1, exactCents: e, cents: roundHalfAwayFromZero(e) };
  });
}

/** What a line is priced with, all but its exact cost: source, estimates, duration, quantity, indexation. */
interface LineBasis {
  readonly src: LineSource;
  readonly est: { price: bigint; count: Rational; for?: Duration };
  readonly duration: Duration | undefined;
  readonly q: { quantity: Rational; derivation: QuantityDerivation };
  readonly ix: { priceYear: number; from: PriceYearSource; factor: Rational };
}

/**
 * A line's basis. `known` gives the quantity and indexation factor as priceLine computed them for this
 * line with these options (a worker thread's pricing, rebuilt by pricedFromWire): then they are not
 * computed again.
 */
function lineBasis(
  c: Case,
  scenario: Scenario,
  line: Line,
  rates: RateLookup,
  out: Diagnostic[],
  gaps: IndexGap[],
  tables: readonly RateTable[],
  opts: PricingOptions,
  known?: { readonly quantity: Rational; readonly factor: Rational },
): LineBasis | undefined {
  const src = lineSource(line, rates, out);
  if (!src) return undefined;
  const est = chosenEstimates(line, src.priceCents, opts.estimate?.(scenario) ?? 'central');
  const duration = lineDuration(c, line, est.for);
  const q = quantityOf(c, line, src.unit, src.rate?.id, out, duration, known?.quantity);
  if (!q) return undefined;
  const ix = indexation(c, line, src, opts, gaps, src.rate ? tables.find((t) => t.file === src.rate!.pos.file) : undefined, known?.factor);
  if (!ix) return undefined;
  return { src, est, duration, q, ix };
}

/** The priced line, once its basis and its cost are known. */
function pricedLine(
  scenario: Scenario,
  index: number,
  line: Line,
  b: LineBasis,
  exactCents: Rational,
  years: readonly YearCost[],
  undiscountedCents: bigint,
  costCents: bigint,
): PricedLine {
  const { src, est, q, ix } = b;
  const override = line.kind === 'rate' && line.priceCents !== undefined;
  // Two literals rather than a spread of the optional rate: the same keys in the same order, made
  // in one step (about twice as fast, and every field inside the object).
  if (src.rate) {
    return {
      scenario,
      index,
      line,
      rate: src.rate,
      override,
      label: src.label,
      unit: src.unit,
      unitPriceCents: est.price,
      law: src.law,
      payer: src.payer,
      quantity: q.quantity,
      derivation: q.derivation,
      count: est.count,
      chance: line.chance,
      exactCents,
      costCents,
      priceYear: ix.priceYear,
      priceYearFrom: ix.from,
      factor: ix.factor,
      years,
      undiscountedCents,
    };
  }
  return {
    scenario,
    index,
    line,
    override,
    label: src.label,
    unit: src.unit,
    unitPriceCents: est.price,
    law: src.law,
    payer: src.payer,
    quantity: q.quantity,
    derivation: q.derivation,
    count: est.count,
    chance: line.chance,
    exactCents,
    costCents,
    priceYear: ix.priceYear,
    priceYearFrom: ix.from,
    factor: ix.factor,
    years,
    undiscountedCents,
  };
}

/** One line: source, estimates, duration and quantity, indexation, exact cost, years, present value. */
function priceLine(
  c: Case,
  scenario: Scenario,
  index: number,
  line: Line,
  rates: RateLookup,
  out: Diagnostic[],
  gaps: IndexGap[],
  tables: readonly RateTable[],
  opts: PricingOptions = {},
): PricedLine | undefined {
  const b = lineBasis(c, scenario, line, rates, out, gaps, tables, opts);
  if (!b) return undefined;
  const exactCents = mul(rat(b.est.price), b.ix.factor, b.q.quantity, b.est.count, line.chance);
  const years = spreadOverYears(c, line, b.src.unit, b.duration, exactCents);
  const undiscountedCents = sumCents(years.map((y) => y.cents));
  const costCents = years.length === 1 ? undiscountedCents : roundHalfAwayFromZero(presentValue(years.map((y) => y.cents), opts.discount ?? DEFAULT_DISCOUNT));
  if (undiscountedCents > MAX_LINE_CENTS) {
    out.push(diag(line.pos, 'line.too_large', { max: (MAX_LINE_CENTS / 100n).toString() }));
    return undefined;
  }
  return pricedLine(scenario, index, line, b, exactCents, years, undiscountedCents, costCents);
}

function sumCents(xs: Iterable<bigint>): bigint {
  let s = 0n;
  for (const x of xs) s += x;
  return s;
}

/** Price one case against a rate lookup. Problems (unknown rates, hours on the wrong unit) go to `out`. */
function priceCase(c: Case, set: RateSet, out: Diagnostic[], gaps: IndexGap[], opts: PricingOptions = {}): PricedCase | undefined {
  const before = out.length;
  const gapsBefore = gaps.length;
  const lines = {} as Record<Scenario, PricedLine[]>;
  for (const s of SCENARIOS) {
    lines[s] = [];
    c.lines[s].forEach((line, i) => {
      const p = priceLine(c, s, i, line, set.lookup, out, gaps, set.tables, opts);
      if (p) lines[s].push(p);
    });
  }
  const followups = priceFollowups(c, set, out, gaps, opts);
  if (out.length > before || gaps.length > gapsBefore) return undefined;
  return pricedCaseOf(c, lines, opts, followups);
}

/** Follow-up measurements (docs/tracking.md): their lines priced over the period since the breakthrough. */
function priceFollowups(c: Case, set: RateSet, out: Diagnostic[], gaps: IndexGap[], opts: PricingOptions): PricedFollowUp[] | undefined {
  return c.followup?.map((f): PricedFollowUp => {
    const over: Case = { ...c, horizon: f.period };
    const ls = f.lines
      .map((line, i) => priceLine(over, 'breakthrough', i, line, set.lookup, out, gaps, set.tables, opts))
      .filter((l): l is PricedLine => l !== undefined);
    return { followup: f, lines: ls, realisedCents: sumCents(ls.map((l) => l.undiscountedCents)) };
  });
}

/** A case with every line priced: totals, baten and besparing, years. */
function pricedCaseOf(c: Case, lines: Record<Scenario, PricedLine[]>, opts: PricingOptions, followups?: PricedFollowUp[]): PricedCase {
  const totals = {
    current: sumCents(lines.current.map((l) => l.costCents)),
    threat: sumCents(lines.threat.map((l) => l.costCents)),
    breakthrough: sumCents(lines.breakthrough.map((l) => l.costCents)),
  };
  const amounts = amountsOf(totals);
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
    baten: amounts.baten,
    besparing: amounts.besparing,
    multiYear: isMultiYear(c.horizon.days),
    discount: opts.discount ?? DEFAULT_DISCOUNT,
    undiscounted,
    years,
    ...(followups ? { followups } : {}),
  };
}

/**
 * A priced case as a worker thread sends it (src/read/worker.ts): per priced line, in scenario order,
 * only what takes exact arithmetic to find, as flat numbers: scenario (0–2), index in the scenario,
 * quantity n and d, indexation factor n and d, exact cost n and d, cost in cents, the number of years
 * given, then for a horizon over a year each year's exact cost n and d. Everything else is found
 * again from the case, its rate set and the options (pricedFromWire), as priceLine finds it.
 */
export type PricedWire = ReadonlyArray<number | bigint>;

/** The wire form of a priced case (pricedFromWire gives it back). */
export function pricedToWire(p: PricedCase): PricedWire {
  const w: Array<number | bigint> = [];
  SCENARIOS.forEach((s, si) => {
    for (const l of p.lines[s]) {
      w.push(si, l.index, l.quantity.n, l.quantity.d, l.factor.n, l.factor.d, l.exactCents.n, l.exactCents.d, l.costCents);
      if (p.multiYear) {
        w.push(l.years.length);
        for (const y of l.years) w.push(y.exactCents.n, y.exactCents.d);
      } else w.push(0);
    }
  });
  return w;
}

/**
 * The priced case of pricedToWire, rebuilt on the case (the same line objects) with the rate set and
 * options it was priced with: the same PricedCase, field for field, as priceOne gives. `share` may
 * share equal quantities and factors (fractions are values). Undefined if the wire does not fit the case.
 */
export function pricedFromWire(
  c: Case,
  set: RateSet,
  opts: PricingOptions,
  w: PricedWire,
  share: (r: Rational) => Rational = (r) => r,
): PricedCase | undefined {
  const lines: Record<Scenario, PricedLine[]> = { current: [], threat: [], breakthrough: [] };
  const out: Diagnostic[] = [];
  const gaps: IndexGap[] = [];
  const big = (k: number): bigint => w[k] as bigint;
  for (let k = 0; k < w.length; ) {
    const s = SCENARIOS[w[k] as number]!;
    const index = w[k + 1] as number;
    const line = c.lines[s][index];
    if (!line) return undefined;
    const quantity = share({ n: big(k + 2), d: big(k + 3) });
    const factor = share({ n: big(k + 4), d: big(k + 5) });
    const exactCents: Rational = { n: big(k + 6), d: big(k + 7) };
    const costCents = big(k + 8);
    const nYears = w[k + 9] as number;
    k += 10;
    const b = lineBasis(c, s, line, set.lookup, out, gaps, set.tables, opts, { quantity, factor });
    if (!b || out.length || gaps.length) return undefined;
    let years: YearCost[];
    if (nYears === 0) years = spreadOverYears(c, line, b.src.unit, b.duration, exactCents);
    else {
      years = [];
      for (let y = 0; y < nYears; y++, k += 2) {
        const e: Rational = { n: big(k), d: big(k + 1) };
        years.push({ year: y + 1, exactCents: e, cents: roundHalfAwayFromZero(e) });
      }
    }
    const undiscountedCents = sumCents(years.map((y) => y.cents));
    lines[s].push(pricedLine(s, index, line, b, exactCents, years, undiscountedCents, costCents));
  }
  // Follow-ups are few: priced here, as priceCase prices them.
  const followups = priceFollowups(c, set, out, gaps, opts);
  if (out.length || gaps.length) return undefined;
  return pricedCaseOf(c, lines, opts, followups);
}

export interface PricedAll {
  readonly priced: readonly PricedCase[];
  /** Tables used by at least one case, each once, in first-use order. */
  readonly tables: readonly RateTable[];
  /** Every problem: `problems`, then the index gaps gathered into one per (table or file, year). */
  readonly diagnostics: readonly Diagnostic[];
  /** The problems other than index gaps. */
  readonly problems: readonly Diagnostic[];
  /** Lines that could not be indexed, one by one (to gather over several calls: indexGaps). */
  readonly gaps: readonly IndexGap[];
}

/** One case priced with its rate set: the priced case (none when it has a problem), its problems and index gaps. */
export interface CasePricing {
  readonly priced?: PricedCase;
  readonly problems: readonly Diagnostic[];
  readonly gaps: readonly IndexGap[];
}

/** Price one case with its rate set (what priceAll does for each case; also run in worker threads, src/read/worker.ts). */
export function priceOne(c: Case, set: RateSet, opts: PricingOptions = {}): CasePricing {
  const problems: Diagnostic[] = [];
  const gaps: IndexGap[] = [];
  const priced = priceCase(c, set, problems, gaps, opts);
  return { ...(priced ? { priced } : {}), problems, gaps };
}

/**
 * The result of pricing `cases` in order, from each case's own pricing (priceOne, here or ahead of
 * time); `pricingOf` answers undefined for a case without a rate set (skipped silently). The same
 * result as priceAll of the same cases, field for field.
 */
export function gatherPriced(
  cases: readonly Case[],
  rateSets: ReadonlyMap<string, RateSet>,
  opts: PricingOptions,
  pricingOf: (c: Case, set: RateSet) => CasePricing,
): PricedAll {
  const out: Diagnostic[] = [];
  const gaps: IndexGap[] = [];
  const priced: PricedCase[] = [];
  const tables = new Set<RateTable>();
  for (const c of cases) {
    const set = rateSets.get(c.id);
    if (!set) continue;
    const p = pricingOf(c, set);
    for (const d of p.problems) out.push(d);
    for (const g of p.gaps) gaps.push(g);
    if (p.priced) {
      priced.push(p.priced);
      for (const t of set.tables) tables.add(t);
    }
  }
  return { priced, tables: [...tables], diagnostics: [...out, ...indexGaps(gaps, opts)], problems: out, gaps };
}

/** Price every case with its own rate set; cases without one (a broken table) are skipped silently. */
export function priceAll(cases: readonly Case[], rateSets: ReadonlyMap<string, RateSet>, opts: PricingOptions = {}): PricedAll {
  return gatherPriced(cases, rateSets, opts, (c, set) => priceOne(c, set, opts));
}
