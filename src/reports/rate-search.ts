/**
 * `doorbraak rates [query]`: the rate tables in force, listed and searched, as pure data. Which tables
 * are in force is what calc would price with: the rate sets of the cases found, else the tables named
 * (among the paths and with --rates), else the bundled default. Each rate in force once, with its
 * price as stated and indexed to the report's price year (rounded once to cents, as displayed).
 */
import { type PriceIndex, chainYears, indexFactor } from '../data/economics.js';
import { compareStrings } from '../data/diagnostic.js';
import type { Grade, Rate, RateSet, RateTable } from '../data/model.js';
import { type Rational, mul, rat, roundHalfAwayFromZero } from '../data/rational.js';
import { closest } from '../data/suggest.js';
import type { TableRef } from './calc.js';

export interface RateQuery {
  /** Words that must all occur in the id, the label or the source (case and accents aside). */
  readonly text?: string;
  readonly law?: string;
  readonly payer?: string;
  readonly grades?: readonly Grade[];
}

export interface RateRow {
  readonly rate: Rate;
  /** The table the rate comes from. */
  readonly table: TableRef;
  /** Indexed to the report's price year; absent without indexation or when the index lacks a year. */
  readonly indexed?: { readonly cents: bigint; readonly factor: Rational };
  /** The year the index lacks for this rate. */
  readonly gapYear?: number;
}

export interface RateSearchReport {
  readonly query: RateQuery;
  readonly priceYear: number;
  /** Absent with --no-indexation. */
  readonly index?: { readonly id: string; readonly provisional: boolean };
  /** The tables in force, in the order applied. */
  readonly tables: readonly TableRef[];
  /** Rates in force before filtering. */
  readonly total: number;
  /** The rates that match, by id (then table). */
  readonly rows: readonly RateRow[];
  /** Years the index lacks, and how many rates of the list could not be indexed for each. */
  readonly gaps: readonly { readonly year: number; readonly rates: number }[];
  /** When nothing matches a --law or --payer: the closest names among the rates in force. */
  readonly suggestions: { readonly law: readonly string[]; readonly payer: readonly string[] };
}

/** Lower case without accents: "Jeugd-GGZ" and "jeugd-ggz", "Curaçao" and "curacao" match. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function matches(r: Rate, q: RateQuery): boolean {
  if (q.law !== undefined && fold(r.law) !== fold(q.law)) return false;
  if (q.payer !== undefined && fold(r.payer) !== fold(q.payer)) return false;
  if (q.grades?.length && (r.grade === undefined || !q.grades.includes(r.grade))) return false;
  const words = fold(q.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const hay = fold(`${r.id}\n${r.label}\n${r.source}`);
  return words.every((w) => hay.includes(w));
}

const ref = (t: RateTable): TableRef => ({ id: t.id, title: t.title, file: t.file, priceYear: t.priceYear });

/**
 * Search the rate sets in force. `priceYear` is the report's (--price-year), else the newest year of
 * the tables in force, as calc takes it.
 */
export function rateSearch(sets: readonly RateSet[], query: RateQuery, opts: { readonly index?: PriceIndex; readonly priceYear?: number }): RateSearchReport {
  const tables: RateTable[] = [];
  for (const s of sets) for (const t of s.tables) if (!tables.includes(t)) tables.push(t);
  const byTable = new Map(tables.map((t) => [t.file, t]));
  const inForce: Rate[] = [];
  for (const s of sets) for (const r of s.lookup.values()) if (!inForce.includes(r)) inForce.push(r);
  const priceYear = opts.priceYear ?? Math.max(0, ...tables.map((t) => t.priceYear));
  const ix = opts.index;
  const gaps = new Map<number, number>();
  let provisional = false;
  const rows: RateRow[] = inForce
    .filter((r) => matches(r, query))
    .sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.pos.file, b.pos.file))
    .map((rate) => {
      const table = ref(byTable.get(rate.pos.file) ?? tables.find((t) => t.id === rate.table)!);
      if (!ix) return { rate, table };
      const factor = indexFactor(ix, rate.priceYear, priceYear);
      if (!factor) {
        const year = ix.levels.has(rate.priceYear) ? priceYear : rate.priceYear;
        gaps.set(year, (gaps.get(year) ?? 0) + 1);
        return { rate, table, gapYear: year };
      }
      if (chainYears(rate.priceYear, priceYear).some((y) => ix.provisional.has(y))) provisional = true;
      return { rate, table, indexed: { cents: roundHalfAwayFromZero(mul(rat(rate.priceCents), factor)), factor } };
    });
  const names = (pick: (r: Rate) => string) => [...new Set(inForce.map(pick))];
  return {
    query,
    priceYear,
    ...(ix ? { index: { id: ix.id, provisional } } : {}),
    tables: tables.map(ref),
    total: inForce.length,
    rows,
    gaps: [...gaps.entries()].sort((a, b) => a[0] - b[0]).map(([year, rates]) => ({ year, rates })),
    suggestions: {
      law: query.law !== undefined && !rows.length ? closest(query.law, names((r) => r.law), 3) : [],
      payer: query.payer !== undefined && !rows.length ? closest(query.payer, names((r) => r.payer), 3) : [],
    },
  };
}

/**
 * The rate sets in force: those of the cases loaded (each distinct set once, in report order); without
 * cases, the tables named (`named`: among the paths, then --rates, as shown in Inputs) applied in that
 * order, a later one overriding an earlier one rate by rate, as calc applies them.
 */
export function ratesInForce(
  inputs: { readonly cases: readonly { readonly id: string }[]; readonly rateSets: ReadonlyMap<string, RateSet>; readonly tables: readonly RateTable[] },
  named: readonly string[],
): RateSet[] {
  if (inputs.cases.length) {
    const sets: RateSet[] = [];
    for (const c of inputs.cases) {
      const s = inputs.rateSets.get(c.id);
      if (s && !sets.includes(s)) sets.push(s);
    }
    return sets;
  }
  const tables = named.flatMap((f) => inputs.tables.filter((t) => t.file === f));
  if (!tables.length) return [];
  const lookup = new Map<string, Rate>();
  for (const t of tables) for (const r of t.rates) lookup.set(r.id, r);
  return [{ tables, lookup }];
}
