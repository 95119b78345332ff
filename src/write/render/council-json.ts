/**
 * The council sections of the `doorbraak.calc/1` JSON (see docs/json.md): `breakdowns`, `top_items`,
 * `projections` and `published`. Amounts are integer cents; exact fractions (a mean, a projection)
 * are rounded once to cents and also given exactly as "numerator/denominator" strings.
 */
import { type Rational, roundHalfAwayFromZero, toFractionString } from '../../data/rational.js';
import { AMOUNT_KEYS } from '../../data/amounts.js';
import type { Breakdown } from '../../reports/breakdown.js';
import type { CouncilReport, ScopeSections } from '../../reports/council.js';

function breakdownJson(b: Breakdown): unknown[] {
  return b.groups.map((g) => ({
    [b.dimension]: g.key,
    cases: g.cases,
    ...Object.fromEntries(AMOUNT_KEYS.map((k) => [k, g[k]])),
    shares_permille: Object.fromEntries(AMOUNT_KEYS.map((k) => [k, g.sharesPermille[k] ?? null])),
  }));
}

function scopeBreakdowns(s: ScopeSections): Record<string, unknown> {
  return { by_law: breakdownJson(s.breakdowns.law), by_payer: breakdownJson(s.breakdowns.payer) };
}

const exact = (r: Rational): string => toFractionString(r);

export function councilJson(c: CouncilReport): Record<string, unknown> {
  return {
    breakdowns: {
      all: scopeBreakdowns(c.all),
      cohorts: c.cohorts.map((s) => ({ id: s.cohort?.id, ...scopeBreakdowns(s) })),
    },
    top_items: {
      n: c.topItems.n,
      current_total: c.topItems.currentTotalCents,
      items: c.topItems.items.map((x) => ({
        key: x.key,
        kind: x.kind,
        rate: x.rate ?? null,
        label: x.label,
        laws: x.laws,
        total: x.totalCents,
        share_permille: x.sharePermille ?? null,
        cases: x.cases,
        top_case: { id: x.topCase.id, title: x.topCase.title, amount: x.topCase.cents },
        breakthrough: { text: x.breakthrough.text, from: x.breakthrough.from, amount: x.breakthrough.costCents ?? null },
      })),
    },
    projections: {
      sizes: c.projectSizes,
      all: c.all.projections.map((p) => ({ cases: p.cases, baten: p.batenCents, baten_exact: exact(p.baten) })),
      cohorts: c.cohorts.map((s) => ({
        id: s.cohort?.id,
        projections: s.projections.map((p) => ({ cases: p.cases, baten: p.batenCents, baten_exact: exact(p.baten) })),
      })),
    },
    published: c.published.map((p) => ({
      cohort: p.cohort,
      file: p.file,
      source: p.source,
      published: { cases: p.published.cases, baten: p.published.baten, mean: roundHalfAwayFromZero(p.published.mean), mean_given: p.published.meanGiven },
      computed: { cases: p.computed.cases, baten: p.computed.baten, mean: p.computed.mean ? roundHalfAwayFromZero(p.computed.mean) : null },
      difference: {
        cases: p.difference.cases,
        baten: p.difference.baten,
        mean: p.difference.mean ? roundHalfAwayFromZero(p.difference.mean) : null,
        mean_exact: p.difference.mean ? exact(p.difference.mean) : null,
      },
      matches: p.matches,
      ok: p.ok,
    })),
  };
}
