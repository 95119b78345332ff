/**
 * Which cases a report counts (docs/tracking.md): by default the completed ones (`afgerond`, and every
 * case without a status); `--status all` counts running and stopped cases too. Every report says how
 * many cases it left out. Pure.
 */
import type { PricedCase } from '../data/pricing.js';
import { CASE_STATUSES, type CaseStatus, STATUS_WORDS, statusOf } from '../data/tracking.js';

/** What totals, means and projections count when --status is not given. */
export const DEFAULT_COUNTED: readonly CaseStatus[] = ['afgerond'];

/** The words of --status besides the statuses: every status. */
const ALL_WORDS = ['all', 'alle'];

/** Parse --status: `all`, or statuses separated by commas (Dutch or English). Undefined when invalid. */
export function parseStatusOption(text: string): CaseStatus[] | undefined {
  const parts = text
    .split(/[\s,;]+/)
    .map((x) => x.toLowerCase())
    .filter((x) => x !== '');
  if (!parts.length) return undefined;
  if (parts.length === 1 && ALL_WORDS.includes(parts[0]!)) return [...CASE_STATUSES];
  const out: CaseStatus[] = [];
  for (const p of parts) {
    const st = STATUS_WORDS[p];
    if (!st) return undefined;
    if (!out.includes(st)) out.push(st);
  }
  // In the order of CASE_STATUSES, whatever order they were given in.
  return CASE_STATUSES.filter((st) => out.includes(st));
}

export interface StatusSummary {
  /** The statuses counted, in the order of CASE_STATUSES. */
  readonly counted: readonly CaseStatus[];
  /** Every priced case by status, counted or not. */
  readonly counts: Readonly<Record<CaseStatus, number>>;
  /** Cases left out, by status (zero for the counted statuses). */
  readonly leftOut: Readonly<Record<CaseStatus, number>>;
  readonly included: number;
  /** Whether the reports say it: a case is not completed, or --status was given. */
  readonly show: boolean;
  /** Whether the per-case rows carry their status: a counted case is not completed. */
  readonly marked: boolean;
}

export interface StatusSelection {
  /** The counted cases, in report order. */
  readonly included: readonly PricedCase[];
  readonly summary: StatusSummary;
}

/** `counted` undefined: the default (completed only). */
export function selectByStatus(priced: readonly PricedCase[], counted?: readonly CaseStatus[]): StatusSelection {
  const statuses = counted ?? DEFAULT_COUNTED;
  const counts: Record<CaseStatus, number> = { afgerond: 0, lopend: 0, gestopt: 0 };
  const leftOut: Record<CaseStatus, number> = { afgerond: 0, lopend: 0, gestopt: 0 };
  const included: PricedCase[] = [];
  for (const p of priced) {
    const st = statusOf(p.case);
    counts[st]++;
    if (statuses.includes(st)) included.push(p);
    else leftOut[st]++;
  }
  const notCompleted = counts.lopend + counts.gestopt > 0;
  return {
    included,
    summary: {
      counted: CASE_STATUSES.filter((st) => statuses.includes(st)),
      counts,
      leftOut,
      included: included.length,
      show: counted !== undefined || notCompleted,
      marked: included.some((p) => statusOf(p.case) !== 'afgerond'),
    },
  };
}
