/**
 * `doorbraak explain … --format json`: the `doorbraak.explain/1` document (see docs/json.md).
 * Amounts are integer cents; exact factors are strings "numerator/denominator" (or a whole number),
 * so that no figure passes through a float.
 */
import { SCENARIOS } from '../../data/model.js';
import type { PricedLine, QuantityDerivation } from '../../data/pricing.js';
import { type Rational, toDecimalString, toFractionString } from '../../data/rational.js';
import type { ExplainReport } from '../../reports/explain.js';
import { stringifyJson } from '../json.js';
import { caseTagsJson, followUpFiguresJson } from './tracking-json.js';
import { statusOf } from '../../data/tracking.js';

export const EXPLAIN_SCHEMA = 'doorbraak.explain/1';

const ex = (r: Rational): string => toFractionString(r);

export function derivationJson(d: QuantityDerivation): Record<string, unknown> {
  switch (d.kind) {
    case 'once':
      return { kind: 'once' };
    case 'hours-total':
      return { kind: 'hours-total', hours: d.hours.text };
    case 'time':
      return { kind: 'time', unit: d.unit, duration: d.duration.text, from_horizon: d.fromHorizon, days: ex(d.duration.days) };
    case 'hours-per':
      return { kind: 'hours-per', hours: d.hours.text, per: d.per, duration: d.duration.text, from_horizon: d.fromHorizon, days: ex(d.duration.days) };
  }
}

function lineJson(l: PricedLine, file: string): Record<string, unknown> {
  return {
    index: l.index + 1,
    line: l.line.pos.line,
    kind: l.line.kind,
    rate: l.line.kind === 'rate' ? l.line.rate : null,
    label: l.label,
    table: l.rate?.table ?? null,
    unit: l.unit,
    unit_price: l.unitPriceCents,
    price_override: l.override,
    table_price: l.rate ? l.rate.priceCents : null,
    quantity: ex(l.quantity),
    derivation: derivationJson(l.derivation),
    count: ex(l.count),
    chance: ex(l.chance),
    index_factor: ex(l.factor),
    cost_exact: ex(l.exactCents),
    cost: l.costCents,
    cost_undiscounted: l.undiscountedCents,
    years: l.years.map((y) => y.cents),
    law: l.law,
    payer: l.payer,
    grade: l.rate?.grade ?? null,
    price_year: l.priceYear,
    price_year_from: l.priceYearFrom,
    source: l.rate ? l.rate.source : `${file}:${l.line.pos.line}`,
    note: l.line.note ?? null,
    from: l.line.from ? { text: l.line.from.text, unit: l.line.from.unit, n: l.line.from.n, offset_days: ex(l.line.from.offsetDays) } : null,
    investment: l.line.investment === true,
  };
}

/** Each price year's factor as the product of the yearly changes (see docs/json.md). */
function indexFactorsJson(r: ExplainReport): Record<string, unknown>[] {
  return r.indexChains.map((c) => ({
    from: c.from,
    to: c.to,
    factor: ex(c.factor),
    inverse: c.inverse,
    steps: c.steps.map((st) => ({ year: st.year, change: toDecimalString(st.percent, 6), factor: ex(st.factor), provisional: st.provisional })),
    lines: c.lines,
  }));
}

export function explainJson(r: ExplainReport): Record<string, unknown> {
  const c = r.case;
  return {
    schema: EXPLAIN_SCHEMA,
    currency: 'EUR',
    amounts: 'cents',
    case: {
      id: c.id,
      title: c.title,
      cohort: c.cohort ?? null,
      file: c.file,
      horizon: { text: c.horizon.text, days: ex(c.horizon.days) },
      values: c.values ?? {},
      // Following the case over time (docs/tracking.md).
      ...caseTagsJson({
        id: c.id,
        status: statusOf(c),
        ...(c.dates ? { dates: c.dates } : {}),
        problems: (c.problems ?? []).map((t) => t.word),
        kind: (c.kind ?? []).map((t) => t.word),
        scores: c.scores ?? {},
      }),
    },
    rate_tables: r.tables.map((t) => ({ id: t.id, title: t.title, file: t.file, price_year: t.priceYear })),
    /** The report's price year when prices were indexed, else null. */
    price_year: r.priceYear ?? null,
    /** The discount rate of a horizon longer than a year (costs are present values), else null. */
    discount_rate: r.discount ? ex(r.discount) : null,
    scenarios: Object.fromEntries(
      SCENARIOS.map((s) => [s, { total: r.totals[s], lines: r.priced.lines[s].map((l) => lineJson(l, c.file)) }]),
    ),
    totals: { ...r.totals },
    followup: (r.priced.followups ?? []).map((f, i) => ({
      ...followUpFiguresJson(r.followups[i]!),
      lines: f.lines.map((l) => lineJson(l, c.file)),
    })),
    index_factors: indexFactorsJson(r),
    discount_weights: r.years ? r.years.weights.map(ex) : null,
    present_values: r.years
      ? r.years.lines.map((y) => ({ scenario: y.line.scenario, index: y.line.index + 1, years: y.years, exact: ex(y.presentValueExact), rounded: y.presentValue }))
      : null,
  };
}

export function renderExplainJson(r: ExplainReport): string {
  return stringifyJson(explainJson(r));
}
