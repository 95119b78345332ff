/**
 * The line export as JSON Lines (`calc --lines --format json`): one JSON object per priced line, one
 * per text line, keys in a fixed order (see docs/json.md, `doorbraak.lines/1`). Amounts are integer
 * cents; decimals are JSON numbers with up to 12 places, and exact values are also given as
 * "numerator/denominator" strings. Nothing here depends on --lang.
 */
import { type Rational, toDecimalString, toFractionString } from '../../data/rational.js';
import type { LineRow } from '../../reports/lines.js';
import { FACTOR_PLACES, sourceText } from '../lines-grid.js';
import { derivationJson } from './explain-json.js';

export const LINES_SCHEMA = 'doorbraak.lines/1';

/** A decimal as a JSON number literal, e.g. 1.072254 (at most 12 places; exact whenever it ends). */
const num = (r: Rational): RawNumber => ({ raw: toDecimalString(r, FACTOR_PLACES) });

interface RawNumber {
  readonly raw: string;
}

export function lineJson(r: LineRow): Record<string, unknown> {
  return {
    cohort: r.cohort ?? null,
    case: r.case,
    scenario: r.scenario,
    nr: r.nr,
    rate: r.rate ?? null,
    table: r.table ?? null,
    item: r.item ?? null,
    label: r.label,
    law: r.law,
    payer: r.payer,
    unit: r.unit,
    price: r.priceCents,
    price_override: r.override,
    price_year: r.priceYear,
    index_factor: num(r.factor),
    index_factor_exact: toFractionString(r.factor),
    quantity: num(r.quantity),
    quantity_exact: toFractionString(r.quantity),
    derivation: derivationJson(r.line.derivation),
    from: r.line.line.from?.text ?? null,
    count: num(r.count),
    chance: num(r.chance),
    cost_exact: toFractionString(r.exactCents),
    years: r.years,
    undiscounted: r.undiscountedCents,
    present_value: r.presentValueCents,
    discount_rate: r.discount ? num(r.discount) : null,
    source: sourceText(r),
    investment: r.investment,
  };
}

/** One value as compact JSON: bigint and RawNumber as number literals, digit for digit. */
function compact(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(compact).join(',')}]`;
  if (typeof v === 'object') {
    if ('raw' in v && typeof (v as RawNumber).raw === 'string' && Object.keys(v).length === 1) return (v as RawNumber).raw;
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}:${compact(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function renderLinesJson(rows: readonly LineRow[]): string {
  return rows.map((r) => compact(lineJson(r)) + '\n').join('');
}
