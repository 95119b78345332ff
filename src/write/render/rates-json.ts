/** `doorbraak rates --format json`: the `doorbraak.rates/1` document (docs/json.md). */
import { toDecimalString, toFractionString } from '../../data/rational.js';
import type { RateSearchReport } from '../../reports/rate-search.js';

export const RATES_SCHEMA = 'doorbraak.rates/1';

export function ratesJson(r: RateSearchReport): Record<string, unknown> {
  const q = r.query;
  return {
    schema: RATES_SCHEMA,
    currency: 'EUR',
    amounts: 'cents',
    query: { text: q.text ?? null, law: q.law ?? null, payer: q.payer ?? null, grade: q.grades?.length ? [...q.grades] : null },
    price_year: r.priceYear,
    price_index: r.index ? { id: r.index.id, provisional: r.index.provisional } : null,
    rate_tables: r.tables.map((t) => ({ id: t.id, title: t.title, file: t.file, price_year: t.priceYear })),
    count: { shown: r.rows.length, in_force: r.total },
    rates: r.rows.map((x) => ({
      id: x.rate.id,
      label: x.rate.label,
      unit: x.rate.unit,
      price: x.rate.priceCents,
      price_year: x.rate.priceYear,
      indexed_price: x.indexed ? x.indexed.cents : null,
      index_factor: x.indexed ? { decimal: toDecimalString(x.indexed.factor, 6), fraction: toFractionString(x.indexed.factor) } : null,
      law: x.rate.law,
      payer: x.rate.payer,
      grade: x.rate.grade ?? null,
      source: x.rate.source,
      table: x.table.id,
      file: x.table.file,
    })),
  };
}
