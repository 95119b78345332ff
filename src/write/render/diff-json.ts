/** The diff report as JSON, schema `doorbraak.diff/1` (see docs/version-control.md). Amounts in integer cents. */
import { AMOUNT_KEYS, type Amounts } from '../../data/amounts.js';
import type { TableRef, Totals } from '../../reports/calc.js';
import type { DiffReport, RateRef } from '../../reports/diff.js';
import { stringifyJson } from '../json.js';

export const DIFF_SCHEMA = 'doorbraak.diff/1';

function amounts(a: Amounts): Record<string, bigint> {
  return Object.fromEntries(AMOUNT_KEYS.map((f) => [f, a[f]]));
}
function totals(t: Totals): Record<string, unknown> {
  return { cases: t.cases, ...amounts(t), mean_baten: t.meanBatenCents };
}
function rate(r: RateRef | undefined): Record<string, unknown> | null {
  return r ? { table: r.table, label: r.label, price: r.priceCents, unit: r.unit, law: r.law, payer: r.payer } : null;
}
const tables = (ts: readonly TableRef[]) => ts.map((t) => ({ id: t.id, title: t.title, file: t.file, price_year: t.priceYear }));

export function renderDiffJson(r: DiffReport): string {
  return stringifyJson({
    schema: DIFF_SCHEMA,
    currency: 'EUR',
    amounts: 'cents',
    old: { rate_tables: tables(r.oldTables) },
    new: { rate_tables: tables(r.newTables) },
    cases: r.cases.map((c) => ({ id: c.id, title: c.title, cohort: c.cohort ?? null, file: c.file, old: amounts(c.old), new: amounts(c.new), delta: amounts(c.delta) })),
    rates: r.rates.map((c) => ({ id: c.id, change: c.change, fields: c.fields, old: rate(c.old), new: rate(c.new), cases: c.cases })),
    laws: r.laws.map((l) => ({ law: l.law, old: l.old, new: l.new, delta: l.delta })),
    totals: { old: totals(r.old), new: totals(r.new), delta: { ...amounts(r.delta), mean_baten: r.delta.meanBatenCents } },
    // both sides indexed to one price year (as calc), or null with --as-stated
    price_year: r.basis?.priceYear ?? null,
    price_index: r.basis?.index ?? null,
  });
}
