/**
 * Who invests, who gains: per payer and per law, what it invests (its investment lines), what it
 * avoids, and its net position — the "wrong pocket" made visible (docs/reports.md).
 *
 *   invested = Σ cost of its breakthrough lines marked `investment: true`
 *   avoided  = threat − (breakthrough − invested)      its threat minus its other breakthrough costs
 *   net      = avoided − invested = its baten          (the groups add up to the total baten)
 *
 * Per payer, the programme costs it pays (measured cases) are a column of their own, and
 * net after programme = net − programme. The position compares all it puts in (investments and
 * programme costs) with what it gets out.
 */
import { compareStrings } from '../data/diagnostic.js';
import type { PricedCase } from '../data/pricing.js';
import type { ProgrammeReport } from './programme.js';

export type GainPosition =
  /** Invests nothing (no investment, no programme costs) and gains. */
  | 'gains-without-investing'
  /** Invests and gains at least as much. */
  | 'invests-and-gains'
  /** Invests more than it gains: its net position is below zero. */
  | 'invests-more-than-gains'
  /** Invests nothing and still pays more after the breakthrough (follow-up costs). */
  | 'pays-without-investing'
  | 'neutral';

export interface GainRow {
  readonly key: string;
  /** The cases with a threat or breakthrough line under it (for small-number suppression, docs/tracking.md). */
  readonly cases: number;
  readonly invested: bigint;
  readonly avoided: bigint;
  /** avoided − invested (= baten of the group). */
  readonly net: bigint;
  /** Programme costs paid by this payer (by payer only; 0 per law). */
  readonly programme: bigint;
  /** net − programme */
  readonly netAfterProgramme: bigint;
  readonly position: GainPosition;
}

export interface GainTable {
  readonly dimension: 'payer' | 'law';
  /** Ordered by net position (after programme costs), largest first, then by name. */
  readonly rows: readonly GainRow[];
  readonly total: Omit<GainRow, 'key' | 'position' | 'cases'>;
}

export interface WhoGains {
  readonly byPayer: GainTable;
  readonly byLaw: GainTable;
  /** True when programme costs are counted (a column of the per-payer table). */
  readonly programme: boolean;
}

function positionOf(putIn: bigint, net: bigint): GainPosition {
  if (putIn === 0n) return net > 0n ? 'gains-without-investing' : net < 0n ? 'pays-without-investing' : 'neutral';
  return net < 0n ? 'invests-more-than-gains' : 'invests-and-gains';
}

function table(priced: readonly PricedCase[], dimension: 'payer' | 'law', programme: ReadonlyMap<string, bigint>): GainTable {
  const sums = new Map<string, { threat: bigint; breakthrough: bigint; invested: bigint; cases: number; last?: PricedCase }>();
  const get = (k: string, p?: PricedCase) => {
    let g = sums.get(k);
    if (!g) sums.set(k, (g = { threat: 0n, breakthrough: 0n, invested: 0n, cases: 0 }));
    if (p && g.last !== p) {
      g.cases++;
      g.last = p;
    }
    return g;
  };
  for (const p of priced) {
    for (const l of p.lines.threat) get(l[dimension], p).threat += l.costCents;
    for (const l of p.lines.breakthrough) {
      const g = get(l[dimension], p);
      g.breakthrough += l.costCents;
      if (l.line.investment) g.invested += l.costCents;
    }
  }
  for (const k of programme.keys()) get(k);
  const rows = [...sums.entries()]
    .map(([key, g]) => {
      const avoided = g.threat - (g.breakthrough - g.invested);
      const net = avoided - g.invested;
      const prog = programme.get(key) ?? 0n;
      return { key, cases: g.cases, invested: g.invested, avoided, net, programme: prog, netAfterProgramme: net - prog, position: positionOf(g.invested + prog, net - prog) };
    })
    .sort((a, b) => (a.netAfterProgramme > b.netAfterProgramme ? -1 : a.netAfterProgramme < b.netAfterProgramme ? 1 : compareStrings(a.key, b.key)));
  const total = { invested: 0n, avoided: 0n, net: 0n, programme: 0n, netAfterProgramme: 0n };
  for (const r of rows) {
    total.invested += r.invested;
    total.avoided += r.avoided;
    total.net += r.net;
    total.programme += r.programme;
    total.netAfterProgramme += r.netAfterProgramme;
  }
  return { dimension, rows, total };
}

export function whoGains(priced: readonly PricedCase[], programme?: ProgrammeReport): WhoGains {
  const byPayer = new Map<string, bigint>();
  for (const c of programme?.cohorts ?? []) for (const r of c.costs) byPayer.set(r.payer, (byPayer.get(r.payer) ?? 0n) + r.amount);
  return { byPayer: table(priced, 'payer', byPayer), byLaw: table(priced, 'law', new Map()), programme: byPayer.size > 0 };
}
