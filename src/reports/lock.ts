/**
 * Locked figures: the `doorbraak.lock/1` document (the calc figures, the sha256 of every input, and
 * what is needed to recompute them) and the comparison of a lock with a fresh recomputation. Pure: no
 * file access. Paths in a lock are relative to the lock file's folder, '/'-separated; a file shipped
 * with doorbraak is written as `doorbraak:rates/<name>` (BUNDLED_RATES for the default table) so that
 * a lock works in any clone or install, and always means that very file.
 */
import { AMOUNT_KEYS } from '../data/amounts.js';
import { compareStrings } from '../data/diagnostic.js';
import { toDecimalString } from '../data/rational.js';
import type { CaseStatus } from '../data/tracking.js';
import type { IndexYearUsed } from './index-use.js';
import { knownIndexVersion } from './index-history.js';

export const LOCK_SCHEMA = 'doorbraak.lock/1';
/** Files shipped with doorbraak, as written in a lock: `doorbraak:rates/nl-2026.yaml`. */
export const BUNDLED_PREFIX = 'doorbraak:';
/** The default rate table (cases whose cohort names none), as written in a lock. */
export const BUNDLED_RATES = 'doorbraak:rates/nl-2026.yaml';
/** The default table of every lock without `command.default_rates`: written before nl-2026 became the default. */
export const LEGACY_DEFAULT_RATES = 'doorbraak:rates/nl-2024.yaml';

/** A yearly change of the price index that the figures used, as recorded in a lock. */
export interface LockIndexYear {
  readonly year: number;
  /** Percent, an exact decimal as in the series ("3.3"). */
  readonly change: string;
  readonly provisional?: true;
}

/**
 * The price index figures a calculation used (only the years that entered a factor), and whether one
 * of them was provisional. `verify` compares these, not the whole file, for the bundled index.
 */
export interface LockIndex {
  readonly file: string;
  readonly id: string;
  readonly provisional: boolean;
  readonly years: readonly LockIndexYear[];
}

export function lockIndex(file: string, id: string, used: readonly IndexYearUsed[]): LockIndex {
  return {
    file,
    id,
    provisional: used.some((y) => y.provisional),
    years: used.map((y) => ({ year: y.year, change: toDecimalString(y.change, 4), ...(y.provisional ? { provisional: true as const } : {}) })),
  };
}

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

export interface LockCommand {
  /** calc ran with --follow-symlinks (absent: it did not). */
  readonly follow_symlinks?: true;
  readonly paths: readonly string[];
  readonly rates: readonly string[];
  readonly economics?: LockEconomics;
  /** The default table the cases without a table of their own were priced with (absent: LEGACY_DEFAULT_RATES). */
  readonly default_rates?: string;
  /** --status as given (docs/tracking.md); absent: completed cases only. */
  readonly status?: readonly CaseStatus[];
}

export interface LockDoc {
  readonly schema: typeof LOCK_SCHEMA;
  readonly doorbraak: string;
  readonly command: LockCommand;
  readonly inputs: readonly LockInput[];
  /** The price index figures used (absent without indexation, and in locks written before it was recorded). */
  readonly price_index?: LockIndex;
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
  followSymlinks = false,
  extra: { readonly defaultRates?: string; readonly index?: LockIndex; readonly status?: readonly CaseStatus[] } = {},
): LockDoc {
  return {
    schema: LOCK_SCHEMA,
    doorbraak: version,
    // Path order does not change the figures; rate-table order does (a later table overrides).
    command: {
      paths: [...new Set(paths)].sort(compareStrings),
      rates: [...rates],
      ...(economics ? { economics } : {}),
      ...(followSymlinks ? { follow_symlinks: true as const } : {}),
      ...(extra.defaultRates !== undefined ? { default_rates: extra.defaultRates } : {}),
      ...(extra.status ? { status: [...extra.status] } : {}),
    },
    inputs: [...inputs].sort((a, b) => compareStrings(a.file, b.file)),
    ...(extra.index ? { price_index: extra.index } : {}),
    figures,
  };
}

/** Amounts in cents as read back from a lock file: whole numbers are bigint (src/read/json-exact.ts). */
type Figures = Record<string, bigint | number | string | null>;

const TOTAL_KEYS = ['cases', ...AMOUNT_KEYS, 'mean_baten'] as const;

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
  readonly old?: bigint;
  readonly new?: bigint;
}

/** A yearly change of the price index that differs between the lock and the recomputation. */
export interface IndexYearChange {
  readonly year: number;
  /** undefined: the lock did not use this year. */
  readonly old?: { readonly change: string; readonly provisional: boolean };
  /** undefined: the recomputation does not use this year. */
  readonly new?: { readonly change: string; readonly provisional: boolean };
}

/** The price index figures used, compared (only when the recomputation indexed prices). */
export interface IndexComparison {
  readonly file: string;
  readonly id: string;
  /** Years whose figure or provisional flag differs; empty when every figure used is the same. */
  readonly years: readonly IndexYearChange[];
  /**
   * The bundled index file is not the one the lock was written with, but every figure the figures use
   * is the same (years were added, or a year not used changed): not counted as a changed input.
   */
  readonly updated: boolean;
  /** False when the lock's index figures are unknown (an old lock naming an unknown version). */
  readonly known: boolean;
  /** The years the recomputation uses, and those of them that are provisional. */
  readonly usedYears: readonly number[];
  readonly provisional: readonly number[];
}

export interface LockComparison {
  readonly inputs: readonly InputChange[];
  /** The price index figures, when the recomputation indexed prices. */
  readonly index?: IndexComparison;
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
const num = (v: unknown): bigint | undefined => (typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined);

type YearFigure = { readonly change: string; readonly provisional: boolean };

/**
 * The index figures the lock used, by year: recorded in the lock, or (a lock written before they were
 * recorded) those of the known earlier version of the bundled index whose sha256 the lock names.
 */
function lockedIndexYears(old: LockDoc, file: string): ReadonlyMap<number, YearFigure> | undefined {
  if (old.price_index) {
    if (old.price_index.file !== file) return undefined;
    return new Map(old.price_index.years.map((y) => [Number(y.year), { change: y.change, provisional: y.provisional === true }]));
  }
  const sha = old.inputs.find((i) => i.file === file)?.sha256;
  if (sha === undefined || !file.startsWith(BUNDLED_PREFIX)) return undefined;
  // The whole series of that version; only the years the recomputation uses are compared.
  return knownIndexVersion(file, sha);
}

function compareIndex(old: LockDoc, now: LockDoc): IndexComparison | undefined {
  const rec = now.price_index;
  if (!rec) return undefined;
  const locked = lockedIndexYears(old, rec.file);
  const fresh = new Map(rec.years.map((y) => [Number(y.year), { change: y.change, provisional: y.provisional === true }]));
  const provisional = rec.years.filter((y) => y.provisional).map((y) => Number(y.year));
  const usedYears = rec.years.map((y) => Number(y.year));
  const oldSha = old.inputs.find((i) => i.file === rec.file)?.sha256;
  const newSha = now.inputs.find((i) => i.file === rec.file)?.sha256;
  if (!locked) return { file: rec.file, id: rec.id, years: [], updated: false, known: false, usedYears, provisional };
  // Compare the years the recomputation uses, and those the lock recorded.
  const years: IndexYearChange[] = [];
  const all = [...new Set([...fresh.keys(), ...(old.price_index ? locked.keys() : [])])].sort((a, b) => a - b);
  for (const year of all) {
    const a = locked.get(year);
    const b = fresh.get(year);
    if (a?.change === b?.change && a?.provisional === b?.provisional) continue;
    years.push({ year, ...(a ? { old: a } : {}), ...(b ? { new: b } : {}) });
  }
  const updated = !years.length && rec.file.startsWith(BUNDLED_PREFIX) && oldSha !== undefined && oldSha !== newSha;
  return { file: rec.file, id: rec.id, years, updated, known: true, usedYears, provisional };
}

/** Both documents as parsed JSON (whole numbers as bigint, so that every cent counts). */
export function compareLocks(old: LockDoc, now: LockDoc): LockComparison {
  const index = compareIndex(old, now);
  // The bundled index counts by the figures used: an update that leaves them all as they were is not a changed input.
  const relaxed = index?.updated ? index.file : undefined;
  const oi = new Map(old.inputs.filter((i) => i.file !== relaxed).map((i) => [i.file, i.sha256]));
  const ni = new Map(now.inputs.filter((i) => i.file !== relaxed).map((i) => [i.file, i.sha256]));
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
    for (const f of AMOUNT_KEYS) {
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
  // key order aside, the doorbraak version aside; the index figures and the bundled index are compared
  // above, and which default table was used shows in the inputs.
  const strip = (d: LockDoc): string =>
    canonical({
      ...d,
      doorbraak: null,
      price_index: null,
      command: { ...d.command, default_rates: null },
      inputs: d.inputs.filter((i) => i.file !== relaxed),
    });
  return {
    inputs,
    ...(index ? { index } : {}),
    figures,
    casesRemoved,
    casesAdded,
    versionChanged: old.doorbraak !== now.doorbraak,
    same: strip(old) === strip(now) && !index?.years.length,
  };
}

/** JSON text with object keys sorted, so that comparing two documents ignores key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(compareStrings)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  if (typeof v === 'bigint') return v.toString();
  return JSON.stringify(v) ?? 'null';
}
