/**
 * The sections of issue 16 in the `doorbraak.calc/1` JSON (docs/json.md): `investment` and
 * `net_baten` added to each case, cohort and the totals, and the top-level keys `investment`,
 * `programme`, `who_gains` and `evidence`. New keys only; the existing keys keep their meaning.
 */
import { type Rational, toDecimalString, toFractionString } from '../../data/rational.js';
import type { InvestmentFigures } from '../../reports/investment.js';
import type { ReturnsReport } from '../../reports/returns.js';
import type { GainTable } from '../../reports/who-gains.js';

const exact = (r: Rational, places: number) => ({ decimal: toDecimalString(r, places), fraction: toFractionString(r) });

type Obj = Record<string, unknown>;

/** The calc JSON with `investment` and `net_baten` in every case, every cohort's totals and the totals. */
export function withInvestmentTotals(doc: Obj, r: ReturnsReport): Obj {
  const byCase = new Map(r.investment.cases.map((c) => [c.id, c]));
  const byCohort = new Map(r.investment.cohorts.map((c) => [c.id, c]));
  const add = (o: Obj, f: InvestmentFigures | undefined): Obj => (f ? { ...o, investment: f.investment, net_baten: f.netBaten } : o);
  return {
    ...doc,
    cases: (doc.cases as Obj[]).map((c) => add(c, byCase.get(c.id as string))),
    totals: add(doc.totals as Obj, r.investment.total),
    cohorts: (doc.cohorts as Obj[]).map((c) => ({ ...c, totals: add(c.totals as Obj, byCohort.get(c.id as string)) })),
  };
}

function figures(f: InvestmentFigures): Obj {
  return {
    investment: f.investment,
    baten_before_investment: f.avoided,
    net_baten: f.netBaten,
    return_per_euro: f.returnPerEuro ? exact(f.returnPerEuro, 4) : null,
    payback_month: f.paybackMonth ?? null,
    months: f.months,
  };
}

function gains(t: GainTable): Obj[] {
  return t.rows.map((g) => ({
    [t.dimension]: g.key,
    cases: g.cases,
    invested: g.invested,
    baten_before_investment: g.avoided,
    net: g.net,
    programme_costs: g.programme,
    net_after_programme: g.netAfterProgramme,
    position: g.position,
  }));
}

export function returnsJson(r: ReturnsReport): Obj {
  const p = r.programme;
  const e = r.evidence;
  return {
    investment: {
      cases: r.investment.cases.map((c) => ({ id: c.id, ...figures(c) })),
      cohorts: r.investment.cohorts.map((c) => ({ id: c.id, cases: c.cases, ...figures(c) })),
      total: { cases: r.investment.total.cases, ...figures(r.investment.total) },
    },
    programme: {
      cohorts: p.cohorts.map((c) => ({
        id: c.id,
        cases: c.cases,
        years: c.years,
        costs: c.costs.map((x) => ({
          item: x.item,
          per: x.per,
          payer: x.payer,
          price: x.priceCents,
          price_year: x.priceYear,
          factor: exact(x.factor, 6),
          times: x.times,
          amount: x.amount,
          source: x.source,
        })),
        fixed: c.fixed,
        per_case: exact(c.perCase, 2),
        total: c.total,
        baten: c.baten,
        net_result: c.net,
        mean_baten: exact(c.meanBaten, 2),
        break_even_cases: c.breakEven?.cases ?? null,
        break_even_exact: c.breakEven ? toFractionString(c.breakEven.exact) : null,
        projections: c.projections.map((x) => ({ cases: x.cases, gross: x.gross, programme_costs: x.costs, net: x.net })),
      })),
      without: p.without.map((c) => c.id),
      total: { cases: p.total.cases, baten: p.total.baten, programme_costs: p.total.costs, net_result: p.total.net },
    },
    who_gains: { by_payer: gains(r.whoGains.byPayer), by_law: gains(r.whoGains.byLaw) },
    evidence: {
      by_grade: e.rows.map((g) => ({
        grade: g.grade,
        threat: g.threat,
        breakthrough: g.breakthrough,
        baten: g.baten,
        share_permille: g.sharePermille ?? null,
        ...(e.optimismBias ? { bias: g.bias ? exact(g.bias, 4) : null, correction: g.correction ?? 0n } : {}),
      })),
      total: { threat: e.total.threat, breakthrough: e.total.breakthrough, baten: e.total.baten },
      optimism_bias: e.optimismBias
        ? {
            rates: { A: exact(e.optimismBias.bias.A, 4), B: exact(e.optimismBias.bias.B, 4), C: exact(e.optimismBias.bias.C, 4) },
            gross_baten: e.total.baten,
            correction: e.optimismBias.correction,
            adjusted_baten: e.optimismBias.adjusted,
          }
        : null,
    },
  };
}
