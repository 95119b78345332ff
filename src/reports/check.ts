/**
 * The extra checks of `doorbraak check`, beyond what reading and pricing already report. Each check is
 * a pure pass from what was loaded and priced to diagnostics; CHECK_PASSES lists them, and a new
 * check (say, a privacy scan) is one more function in that list.
 */
import { type Diagnostic, type Severity, diag } from '../data/diagnostic.js';
import { closest } from '../data/suggest.js';
import type { Rate, RateTable } from '../data/model.js';
import type { Inputs } from '../data/inputs.js';
import type { PricedCase } from '../data/pricing.js';

export interface CheckContext {
  readonly inputs: Inputs;
  /** The cases as priced (in report order). */
  readonly priced: readonly PricedCase[];
  /**
   * Rate-table files (as shown in Inputs) that the user named: among the paths, with --rates, or in a
   * cohort's `rates:`. Unused rates are reported only for these, not for the bundled default table
   * when it is used because nothing else was named.
   */
  readonly namedTables: ReadonlySet<string>;
}

export type CheckPass = (ctx: CheckContext) => Diagnostic[];

/** Rates that no loaded case uses (warning); a rate overridden by a later table says by which. */
const unusedRates: CheckPass = ({ inputs, namedTables }) => {
  if (!inputs.cases.length) return [];
  const used = new Set<Rate>();
  const shadowedBy = new Map<Rate, string>();
  for (const c of inputs.cases) {
    const set = inputs.rateSets.get(c.id);
    if (!set) continue;
    for (const lines of Object.values(c.lines)) {
      for (const l of lines) {
        if (l.kind !== 'rate') continue;
        const r = set.lookup.get(l.rate);
        if (r) used.add(r);
      }
    }
    for (const t of set.tables) {
      for (const r of t.rates) {
        const winner = set.lookup.get(r.id);
        if (winner && winner !== r) shadowedBy.set(r, winner.table);
      }
    }
  }
  const out: Diagnostic[] = [];
  for (const t of inputs.tables) {
    if (!namedTables.has(t.file)) continue;
    for (const r of t.rates) {
      if (used.has(r)) continue;
      const by = shadowedBy.get(r);
      out.push(diag(r.pos, by !== undefined ? 'check.rate_shadowed' : 'check.rate_unused', { id: r.id, ...(by !== undefined ? { by } : {}) }, 'warning'));
    }
  }
  return out;
};

/**
 * Every rate needs a source and a price year (its own, or its table's). The reader already rejects a
 * missing or empty `source` and a table without `price_year`; this pass guards tables that reach the
 * checks by any other route.
 */
const rateProvenance: CheckPass = ({ inputs }) => {
  const out: Diagnostic[] = [];
  for (const t of inputs.tables) out.push(...provenanceOf(t));
  return out;
};

export function provenanceOf(t: RateTable): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const r of t.rates) {
    if (r.source.trim() === '') out.push(diag(r.pos, 'check.rate_no_source', { id: r.id }));
    if (!Number.isInteger(r.priceYear) || r.priceYear <= 0) out.push(diag(r.pos, 'check.rate_no_price_year', { id: r.id }));
  }
  return out;
}

/**
 * A custom item's law and payer must be among the names the case's rate tables declare in `laws` and
 * `payers`, when any of them declares such a list (the rates themselves are checked when read).
 */
const customItemNames: CheckPass = ({ inputs }) => undeclaredItemNames(inputs, 'error');

/** The custom items whose law or payer their rate tables do not declare: errors in check, warnings in calc. */
export function undeclaredItemNames(inputs: Pick<Inputs, 'cases' | 'rateSets'>, severity: Severity): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of inputs.cases) {
    const set = inputs.rateSets.get(c.id);
    if (!set) continue;
    const declared = (pick: (t: RateTable) => readonly string[] | undefined): { names: string[]; tables: string[] } | undefined => {
      const lists = set.tables.filter((t) => pick(t) !== undefined);
      if (!lists.length) return undefined;
      return { names: [...new Set(lists.flatMap((t) => pick(t) ?? []))], tables: lists.map((t) => t.id) };
    };
    const laws = declared((t) => t.laws);
    const payers = declared((t) => t.payers);
    for (const lines of Object.values(c.lines)) {
      for (const l of lines) {
        if (l.kind !== 'item') continue;
        if (laws && !laws.names.includes(l.law)) {
          out.push(diag(l.pos, 'check.item_law_undeclared', { item: l.item, value: l.law, tables: laws.tables, suggestions: closest(l.law, laws.names, 2) }, severity));
        }
        if (payers && !payers.names.includes(l.payer)) {
          out.push(diag(l.pos, 'check.item_payer_undeclared', { item: l.item, value: l.payer, tables: payers.tables, suggestions: closest(l.payer, payers.names, 2) }, severity));
        }
      }
    }
  }
  return out;
}

/** The extra checks, in order. Add a pass here to extend `doorbraak check`. */
export const CHECK_PASSES: readonly CheckPass[] = [unusedRates, rateProvenance, customItemNames];

export function runChecks(ctx: CheckContext, passes: readonly CheckPass[] = CHECK_PASSES): Diagnostic[] {
  return passes.flatMap((p) => p(ctx));
}
