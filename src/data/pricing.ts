/**
 * Pricing: every line becomes price × quantity × count × chance, computed exactly and rounded once to
 * whole cents (half away from zero). Scenario totals, baten and besparing are sums of those cents.
 */
import { type Diagnostic, diag } from './diagnostic.js';
import { DAYS_PER, type Duration, type HoursSpec, type RateUnit, type TimeUnit, daysIn } from './duration.js';
import type { Case, Line, Rate, RateSet, RateTable, Scenario } from './model.js';
import { SCENARIOS } from './model.js';
import { type Rational, ONE, div, mul, rat, roundHalfAwayFromZero } from './rational.js';
import { closest } from './suggest.js';

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
  /** Exact cost in cents before rounding. */
  readonly exactCents: Rational;
  /** Cost rounded once to whole cents. */
  readonly costCents: bigint;
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
}

export type RateLookup = ReadonlyMap<string, Rate>;

/** Quantity of a line in the unit it is priced in; undefined (with diagnostics) when not computable. */
function quantityOf(
  c: Case,
  line: Line,
  unit: RateUnit,
  rateId: string | undefined,
  out: Diagnostic[],
): { quantity: Rational; derivation: QuantityDerivation } | undefined {
  const duration = line.for ?? c.horizon;
  const fromHorizon = line.for === undefined;
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
  const q = quantityOf(c, line, unit, rate?.id, out);
  if (!q) return undefined;
  const exactCents = mul(rat(price), q.quantity, line.count, line.chance);
  const costCents = roundHalfAwayFromZero(exactCents);
  if (costCents > MAX_LINE_CENTS) {
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
    count: line.count,
    chance: line.chance,
    exactCents,
    costCents,
  };
}

export function sumCents(xs: Iterable<bigint>): bigint {
  let s = 0n;
  for (const x of xs) s += x;
  return s;
}

/** Price one case against a rate lookup. Problems (unknown rates, hours on the wrong unit) go to `out`. */
export function priceCase(c: Case, rates: RateLookup, out: Diagnostic[]): PricedCase | undefined {
  const before = out.length;
  const lines = {} as Record<Scenario, PricedLine[]>;
  for (const s of SCENARIOS) {
    lines[s] = [];
    c.lines[s].forEach((line, i) => {
      const p = priceLine(c, s, i, line, rates, out);
      if (p) lines[s].push(p);
    });
  }
  if (out.length > before) return undefined;
  const totals = {
    current: sumCents(lines.current.map((l) => l.costCents)),
    threat: sumCents(lines.threat.map((l) => l.costCents)),
    breakthrough: sumCents(lines.breakthrough.map((l) => l.costCents)),
  };
  return {
    case: c,
    lines,
    totals,
    baten: totals.threat - totals.breakthrough,
    besparing: totals.current - totals.breakthrough,
  };
}

export interface PricedAll {
  readonly priced: readonly PricedCase[];
  /** Tables used by at least one case, each once, in first-use order. */
  readonly tables: readonly RateTable[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Price every case with its own rate set; cases without one (a broken table) are skipped silently. */
export function priceAll(cases: readonly Case[], rateSets: ReadonlyMap<string, RateSet>): PricedAll {
  const out: Diagnostic[] = [];
  const priced: PricedCase[] = [];
  const tables = new Set<RateTable>();
  for (const c of cases) {
    const set = rateSets.get(c.id);
    if (!set) continue;
    const p = priceCase(c, set.lookup, out);
    if (p) {
      priced.push(p);
      for (const t of set.tables) tables.add(t);
    }
  }
  return { priced, tables: [...tables], diagnostics: out };
}
