/**
 * The evidence behind the baten: how much of them rests on rates of grade A (official tariff),
 * B (derived) and C (estimate), and on amounts without a grade — custom items, a case's own price on
 * a rate line, and rates without a grade — which count as C (docs/arithmetic.md, "Evidence and
 * optimism bias").
 *
 *   baten of a grade = threat lines of that grade − breakthrough lines of that grade
 *   correction       = round(bias × (threat + breakthrough of that grade))   once per grade, to cents
 *   adjusted baten   = baten − Σ corrections
 *
 * The bias lowers the avoided costs (the threat) and raises the costs of the breakthrough, both by
 * the bias of their grade: estimates tend to promise more than they give, on either side.
 */
import type { PricedCase, PricedLine } from '../data/pricing.js';
import { type Rational, ONE, cmp, div, mul, parseDecimal, rat, roundHalfAwayFromZero } from '../data/rational.js';
import { largestRemainder } from './shares.js';

export const EVIDENCE_GRADES = ['A', 'B', 'C', 'none'] as const;
export type EvidenceGrade = (typeof EVIDENCE_GRADES)[number];

/** Optimism bias per grade of rate; amounts without a grade take the bias of C. */
export type OptimismBias = Readonly<Record<'A' | 'B' | 'C', Rational>>;

/** The documented default of `--optimism-bias` without a value: A 0 %, B 10 %, C 25 %. */
export const DEFAULT_OPTIMISM_BIAS: OptimismBias = { A: rat(0), B: rat(1, 10), C: rat(1, 4) };

export interface GradeRow {
  readonly grade: EvidenceGrade;
  readonly threat: bigint;
  readonly breakthrough: bigint;
  /** threat − breakthrough */
  readonly baten: bigint;
  /** Share of the total baten in per mille (largest remainder); undefined when the baten are 0. */
  readonly sharePermille?: bigint;
  /** With an optimism bias: the bias applied (for `none`: that of C) and the correction in cents. */
  readonly bias?: Rational;
  readonly correction?: bigint;
}

export interface EvidenceReport {
  readonly rows: readonly GradeRow[];
  readonly total: { readonly threat: bigint; readonly breakthrough: bigint; readonly baten: bigint };
  readonly optimismBias?: { readonly bias: OptimismBias; readonly correction: bigint; readonly adjusted: bigint };
}

/** The grade a line's amount rests on: its rate's grade, unless the line has its own price or no rate. */
export function gradeOf(l: PricedLine): EvidenceGrade {
  if (!l.rate || l.override) return 'none';
  return l.rate.grade ?? 'none';
}

export function evidenceReport(priced: readonly PricedCase[], bias?: OptimismBias): EvidenceReport {
  const sums = new Map<EvidenceGrade, { threat: bigint; breakthrough: bigint }>(EVIDENCE_GRADES.map((g) => [g, { threat: 0n, breakthrough: 0n }]));
  for (const p of priced) {
    for (const l of p.lines.threat) sums.get(gradeOf(l))!.threat += l.costCents;
    for (const l of p.lines.breakthrough) sums.get(gradeOf(l))!.breakthrough += l.costCents;
  }
  const base = EVIDENCE_GRADES.map((grade) => {
    const s = sums.get(grade)!;
    return { grade, threat: s.threat, breakthrough: s.breakthrough, baten: s.threat - s.breakthrough };
  });
  const shares = largestRemainder(base.map((r) => r.baten));
  const rows: GradeRow[] = base.map((r, i) => {
    const b = bias ? bias[r.grade === 'none' ? 'C' : r.grade] : undefined;
    return {
      ...r,
      ...(shares ? { sharePermille: shares[i]! } : {}),
      ...(b ? { bias: b, correction: roundHalfAwayFromZero(mul(b, rat(r.threat + r.breakthrough))) } : {}),
    };
  });
  const total = { threat: 0n, breakthrough: 0n, baten: 0n };
  for (const r of rows) {
    total.threat += r.threat;
    total.breakthrough += r.breakthrough;
    total.baten += r.baten;
  }
  if (!bias) return { rows, total };
  const correction = rows.reduce((s, r) => s + (r.correction ?? 0n), 0n);
  return { rows, total, optimismBias: { bias, correction, adjusted: total.baten - correction } };
}

/**
 * `A=0,B=10%,C=25%` → the bias per grade: a percentage (`10%`) or a fraction (`0.1`) from 0 to 100 %,
 * each grade at most once; a grade not named has no bias. Undefined for anything else.
 */
export function parseOptimismBias(text: string): OptimismBias | undefined {
  const parts = text.split(/[,;]/).map((x) => x.trim()).filter((x) => x !== '');
  if (!parts.length) return undefined;
  const out: Record<'A' | 'B' | 'C', Rational> = { A: rat(0), B: rat(0), C: rat(0) };
  const seen = new Set<string>();
  for (const part of parts) {
    const m = /^([ABCabc])\s*[=:]\s*(.+)$/.exec(part);
    if (!m) return undefined;
    const grade = m[1]!.toUpperCase() as 'A' | 'B' | 'C';
    if (seen.has(grade)) return undefined;
    seen.add(grade);
    const v = m[2]!.trim();
    const pct = v.endsWith('%');
    const d = parseDecimal(pct ? v.slice(0, -1).trim() : v);
    if (!d) return undefined;
    const r = pct ? div(d, rat(100)) : d;
    if (r.n < 0n || cmp(r, ONE) > 0) return undefined;
    out[grade] = r;
  }
  return out;
}
