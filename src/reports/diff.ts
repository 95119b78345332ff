/**
 * The diff report: the same cases priced with an old and a new set of rate tables. Per case old/new
 * amounts, the rates that changed (added, removed, price/unit/law/payer changed), baten per law and
 * the overall totals. Pure data in integer cents; `exceeding` decides `--fail-over`.
 */
import { AMOUNT_KEYS, type AmountKey, type Amounts, amountsDelta, amountsOf } from '../data/amounts.js';
import { compareNatural, compareStrings } from '../data/diagnostic.js';
import type { RateUnit } from '../data/duration.js';
import type { Rate, RateSet, RateTable } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';
import { type Rational, rat } from '../data/rational.js';
import { type TableRef, type Totals, caseRow, totalsOf } from './calc.js';

/** One side of the diff: the priced cases and the rate set of every case. */
export interface DiffSide {
  readonly priced: readonly PricedCase[];
  readonly rateSets: ReadonlyMap<string, RateSet>;
  readonly tables: readonly RateTable[];
}

export interface CaseDiff {
  readonly id: string;
  readonly title: string;
  readonly cohort?: string;
  readonly file: string;
  readonly old: Amounts;
  readonly new: Amounts;
  /** new − old */
  readonly delta: Amounts;
}

const RATE_FIELDS = ['price', 'unit', 'law', 'payer'] as const;
export type RateField = (typeof RATE_FIELDS)[number];

export interface RateRef {
  readonly table: string;
  readonly label: string;
  readonly priceCents: bigint;
  readonly unit: RateUnit;
  readonly law: string;
  readonly payer: string;
}

export interface RateChange {
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The figure-relevant fields that differ (empty for added/removed). */
  readonly fields: readonly RateField[];
  readonly old?: RateRef;
  readonly new?: RateRef;
  /** Number of cases whose lines name this rate. */
  readonly cases: number;
}

export interface LawDiff {
  readonly law: string;
  /** baten under this law: its threat lines minus its breakthrough lines. */
  readonly old: bigint;
  readonly new: bigint;
  /** new − old */
  readonly delta: bigint;
}

/** new − old of the totals, and of the mean baten per case rounded to cents. */
export interface TotalsDelta extends Amounts {
  readonly meanBatenCents: bigint;
}

/**
 * What both sides were priced at: one price year, every price indexed to it (as calc does), or
 * undefined when both sides are priced as the tables state them (--as-stated).
 */
export interface DiffBasis {
  readonly priceYear: number;
  /** The price index's id. Custom and own prices without a price year are in this year on both sides (as in calc). */
  readonly index: string;
}

export interface DiffReport {
  readonly cases: readonly CaseDiff[];
  readonly rates: readonly RateChange[];
  readonly laws: readonly LawDiff[];
  readonly old: Totals;
  readonly new: Totals;
  readonly delta: TotalsDelta;
  readonly oldTables: readonly TableRef[];
  readonly newTables: readonly TableRef[];
  /** The common price year and index; undefined when prices are compared as stated. */
  readonly basis?: DiffBasis;
}

function ref(r: Rate): RateRef {
  return { table: r.table, label: r.label, priceCents: r.priceCents, unit: r.unit, law: r.law, payer: r.payer };
}

function fieldsChanged(o: Rate, n: Rate): RateField[] {
  const out: RateField[] = [];
  if (o.priceCents !== n.priceCents) out.push('price');
  if (o.unit !== n.unit) out.push('unit');
  if (o.law !== n.law) out.push('law');
  if (o.payer !== n.payer) out.push('payer');
  return out;
}

/** baten per law over the given cases: threat lines minus breakthrough lines. */
function batenByLaw(priced: readonly PricedCase[]): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const p of priced) {
    for (const l of p.lines.threat) m.set(l.law, (m.get(l.law) ?? 0n) + l.costCents);
    for (const l of p.lines.breakthrough) m.set(l.law, (m.get(l.law) ?? 0n) - l.costCents);
  }
  return m;
}

function ratesNamed(p: PricedCase): Set<string> {
  const ids = new Set<string>();
  for (const lines of Object.values(p.case.lines)) for (const l of lines) if (l.kind === 'rate') ids.add(l.rate);
  return ids;
}

const tableRefs = (ts: readonly RateTable[]): TableRef[] => ts.map((t) => ({ id: t.id, title: t.title, file: t.file, priceYear: t.priceYear }));

/** Cases priced on only one side (a rate removed) are left out here; the pricing errors say why. */
export function diffReport(oldSide: DiffSide, newSide: DiffSide, basis?: DiffBasis): DiffReport {
  const newById = new Map(newSide.priced.map((p) => [p.case.id, p]));
  const pairs = oldSide.priced.flatMap((o) => {
    const n = newById.get(o.case.id);
    return n ? [[o, n] as const] : [];
  });
  const cases: CaseDiff[] = pairs.map(([o, n]) => {
    const { id, title, cohort, file } = caseRow(o);
    const old = amountsOf(o.totals);
    const now = amountsOf(n.totals);
    return { id, title, ...(cohort !== undefined ? { cohort } : {}), file, old, new: now, delta: amountsDelta(old, now) };
  });

  // Rate changes, per case's pair of rate sets, each distinct change once.
  const changes = new Map<string, { change: Omit<RateChange, 'cases'>; cases: Set<string> }>();
  for (const [o, n] of pairs) {
    const os = oldSide.rateSets.get(o.case.id);
    const ns = newSide.rateSets.get(n.case.id);
    if (!os || !ns) continue;
    const named = ratesNamed(o);
    for (const id of new Set([...os.lookup.keys(), ...ns.lookup.keys()])) {
      const a = os.lookup.get(id);
      const b = ns.lookup.get(id);
      let change: Omit<RateChange, 'cases'> | undefined;
      if (a && !b) change = { id, change: 'removed', fields: [], old: ref(a) };
      else if (!a && b) change = { id, change: 'added', fields: [], new: ref(b) };
      else if (a && b) {
        const fields = fieldsChanged(a, b);
        if (fields.length) change = { id, change: 'changed', fields, old: ref(a), new: ref(b) };
      }
      if (!change) continue;
      const key = JSON.stringify([id, change.old, change.new], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
      const entry = changes.get(key) ?? { change, cases: new Set<string>() };
      if (named.has(id)) entry.cases.add(o.case.id);
      changes.set(key, entry);
    }
  }
  const rates = [...changes.values()]
    .map((e) => ({ ...e.change, cases: e.cases.size }))
    .sort(
      (x, y) =>
        compareNatural(x.id, y.id) ||
        compareStrings(x.old?.table ?? '', y.old?.table ?? '') ||
        compareStrings(x.new?.table ?? '', y.new?.table ?? '') ||
        compareStrings(String(x.old?.priceCents ?? ''), String(y.old?.priceCents ?? '')),
    );

  const pairedOld = pairs.map(([o]) => o);
  const pairedNew = pairs.map(([, n]) => n);
  const lo = batenByLaw(pairedOld);
  const ln = batenByLaw(pairedNew);
  const laws = [...new Set([...lo.keys(), ...ln.keys()])].sort(compareStrings).map((law) => {
    const old = lo.get(law) ?? 0n;
    const now = ln.get(law) ?? 0n;
    return { law, old, new: now, delta: now - old };
  });

  const old = totalsOf(cases.map((c) => c.old));
  const now = totalsOf(cases.map((c) => c.new));
  return {
    cases,
    rates,
    laws,
    old,
    new: now,
    delta: { ...amountsDelta(old, now), meanBatenCents: now.meanBatenCents - old.meanBatenCents },
    oldTables: tableRefs(oldSide.tables),
    newTables: tableRefs(newSide.tables),
    ...(basis ? { basis } : {}),
  };
}

// ------------------------------------------------------------------------------------- --fail-over

export type Limit = { readonly kind: 'euros'; readonly cents: bigint; readonly text: string } | { readonly kind: 'percent'; readonly percent: Rational; readonly text: string };

/**
 * `--fail-over` as written: euros with at most two decimals ("5000", "2500.50") or a percentage with
 * at most four decimals ("2.5%"). Parsed exactly, no floats; anything else is undefined.
 */
export function parseLimit(text: string): Limit | undefined {
  const e = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(text);
  if (e) return { kind: 'euros', cents: BigInt(e[1]!) * 100n + BigInt((e[2] ?? '').padEnd(2, '0')), text };
  const p = /^(\d{1,6})(?:\.(\d{1,4}))?%$/.exec(text);
  if (p) {
    const frac = p[2] ?? '';
    return { kind: 'percent', percent: rat(BigInt(p[1]! + frac), 10n ** BigInt(frac.length)), text };
  }
  return undefined;
}

/** A total that `--fail-over` watches: the overall scenario totals, baten, besparing, and baten per law. */
export interface WatchedTotal {
  /** An amount, or 'law' for the baten under one law. */
  readonly name: AmountKey | 'law';
  /** For law totals, the law. */
  readonly law?: string;
  readonly old: bigint;
  readonly new: bigint;
}

function watchedTotals(r: DiffReport): WatchedTotal[] {
  return [
    ...AMOUNT_KEYS.map((f) => ({ name: f, old: r.old[f], new: r.new[f] })),
    ...r.laws.map((l) => ({ name: 'law' as const, law: l.law, old: l.old, new: l.new })),
  ];
}

/**
 * True when the total moved more than the limit: |new − old| > euros, or |new − old| / |old| > percent
 * (a move away from zero counts as infinitely many percent). Exactly at the limit is not over it.
 */
function exceeds(t: WatchedTotal, limit: Limit): boolean {
  const abs = (x: bigint): bigint => (x < 0n ? -x : x);
  const delta = abs(t.new - t.old);
  if (limit.kind === 'euros') return delta > limit.cents;
  if (t.old === 0n) return delta > 0n;
  // delta / |old| × 100 > n / d   ⇔   delta × 100 × d > n × |old|
  return delta * 100n * limit.percent.d > limit.percent.n * abs(t.old);
}

export function exceeding(r: DiffReport, limit: Limit): WatchedTotal[] {
  return watchedTotals(r).filter((t) => exceeds(t, limit));
}

/** (new − old) / |old| as a percentage, exact; undefined when old is zero. */
export function percentChange(old: bigint, now: bigint): Rational | undefined {
  if (old === 0n) return undefined;
  return rat((now - old) * 100n, old < 0n ? -old : old);
}
