/**
 * Locked figures: the `doorbraak.lock/1` document (the calc figures, the sha256 of every input, and
 * what is needed to recompute them) and the comparison of a lock with a fresh recomputation. Pure: no
 * file access. Paths in a lock are relative to the lock file's folder, '/'-separated; the bundled
 * default table is written as BUNDLED_RATES so that a lock works in any clone or install.
 */
import { compareStrings } from '../data/diagnostic.js';
import type { CaseStatus } from '../data/tracking.js';

export const LOCK_SCHEMA = 'doorbraak.lock/1';
export const BUNDLED_RATES = 'doorbraak:rates/nl-2024.yaml';

export interface LockInput {
  readonly file: string;
  readonly sha256: string;
}

/** calc's options that change figures (price year, indexation, index series, discount rate), as given. */
export interface LockEconomics {
  readonly indexation: boolean;
  readonly price_year?: string;
  readonly price_index?: string;
  readonly discount?: string;
}

export interface LockDoc {
  readonly schema: typeof LOCK_SCHEMA;
  readonly doorbraak: string;
  readonly command: {
    readonly paths: readonly string[];
    readonly rates: readonly string[];
    readonly economics?: LockEconomics;
    /** --status as given (docs/tracking.md); absent: completed cases only. */
    readonly status?: readonly CaseStatus[];
  };
  readonly inputs: readonly LockInput[];
  /** The `doorbraak.calc/1` JSON content, paths rewritten relative to the lock's folder. */
  readonly figures: Readonly<Record<string, unknown>>;
}

export function buildLock(
  version: string,
  paths: readonly string[],
  rates: readonly string[],
  inputs: readonly LockInput[],
  figures: Record<string, unknown>,
  economics?: LockEconomics,
  status?: readonly CaseStatus[],
): LockDoc {
  return {
    schema: LOCK_SCHEMA,
    doorbraak: version,
    // Path order does not change the figures; rate-table order does (a later table overrides).
    command: { paths: [...new Set(paths)].sort(compareStrings), rates: [...rates], ...(economics ? { economics } : {}), ...(status ? { status: [...status] } : {}) },
    inputs: [...inputs].sort((a, b) => compareStrings(a.file, b.file)),
    figures,
  };
}

/** Amounts as JSON numbers (cents), as read back from a lock file. */
type Figures = Record<string, number | string | null>;

export const LOCK_AMOUNTS = ['current', 'threat', 'breakthrough', 'baten', 'besparing'] as const;
const TOTAL_KEYS = ['cases', ...LOCK_AMOUNTS, 'mean_baten'] as const;

export interface InputChange {
  readonly file: string;
  /** undefined: the file is new. */
  readonly old?: string;
  /** undefined: the file is no longer an input. */
  readonly new?: string;
}

export interface FigureChange {
  /** A case id, or undefined for the overall totals. */
  readonly case?: string;
  readonly field: string;
  readonly old?: number;
  readonly new?: number;
}

export interface LockComparison {
  readonly inputs: readonly InputChange[];
  readonly figures: readonly FigureChange[];
  /** Cases only in the lock, and only in the recomputation. */
  readonly casesRemoved: readonly string[];
  readonly casesAdded: readonly string[];
  readonly versionChanged: boolean;
  /** True when inputs and figures are identical (the doorbraak version may differ). */
  readonly same: boolean;
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function casesOf(fig: Readonly<Record<string, unknown>>): Map<string, Figures> {
  const list = Array.isArray(fig.cases) ? (fig.cases as unknown[]) : [];
  return new Map(list.map((c) => asRecord(c)).map((c) => [String(c.id), c as Figures]));
}
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Both documents as parsed JSON (amounts as numbers). */
export function compareLocks(old: LockDoc, now: LockDoc): LockComparison {
  const oi = new Map(old.inputs.map((i) => [i.file, i.sha256]));
  const ni = new Map(now.inputs.map((i) => [i.file, i.sha256]));
  const inputs: InputChange[] = [];
  for (const file of [...new Set([...oi.keys(), ...ni.keys()])].sort(compareStrings)) {
    const a = oi.get(file);
    const b = ni.get(file);
    if (a !== b) inputs.push({ file, ...(a !== undefined ? { old: a } : {}), ...(b !== undefined ? { new: b } : {}) });
  }

  const oc = casesOf(old.figures);
  const nc = casesOf(now.figures);
  const figures: FigureChange[] = [];
  // Report order (cohort, then case id) as recomputed; then cases found only in the lock.
  const ids = [...new Set([...nc.keys(), ...oc.keys()])];
  for (const id of ids) {
    const a = oc.get(id);
    const b = nc.get(id);
    if (!a || !b) continue;
    for (const f of LOCK_AMOUNTS) {
      const x = num(a[f]);
      const y = num(b[f]);
      if (x !== y) figures.push({ case: id, field: f, ...(x !== undefined ? { old: x } : {}), ...(y !== undefined ? { new: y } : {}) });
    }
  }
  const ot = asRecord(old.figures.totals);
  const nt = asRecord(now.figures.totals);
  for (const f of TOTAL_KEYS) {
    const x = num(ot[f]);
    const y = num(nt[f]);
    if (x !== y) figures.push({ field: f, ...(x !== undefined ? { old: x } : {}), ...(y !== undefined ? { new: y } : {}) });
  }
  const casesRemoved = ids.filter((id) => !nc.has(id));
  const casesAdded = ids.filter((id) => !oc.has(id));
  // Anything else in the figures (titles, cohorts, tables) counts too: compare the whole documents,
  // key order aside, the doorbraak version aside.
  const strip = (d: LockDoc): string => canonical({ ...d, doorbraak: null });
  return {
    inputs,
    figures,
    casesRemoved,
    casesAdded,
    versionChanged: old.doorbraak !== now.doorbraak,
    same: strip(old) === strip(now),
  };
}

/** JSON text with object keys sorted, so that comparing two documents ignores key order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(compareStrings)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
