/**
 * The file side of locked figures: turning what calc loaded into a `doorbraak.lock/1` document with
 * paths relative to the lock's folder, and reading a lock back.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import type { Run } from '../data/run.js';
import { PACKAGE_ROOT, readText, realOrSelf } from '../read/files.js';
import { type Exact, exact } from '../read/lazy.js';
import type { CalcReport } from '../reports/calc.js';
import { indexYearsUsed } from '../reports/index-use.js';
import { BUNDLED_PREFIX, LEGACY_DEFAULT_RATES, LOCK_SCHEMA, type LockDoc, type LockEconomics, buildLock, lockIndex } from '../reports/lock.js';
import { CASE_STATUSES, type CaseStatus } from '../data/tracking.js';
import type { EconomicsOptions } from './economics.js';
import { stringifyJson } from '../write/json.js';
import { parseJsonExact } from '../read/json-exact.js';
import { calcJson } from '../write/render/calc-json.js';
import type { Lang } from '../write/i18n/index.js';
import { writeFileAtomic } from '../write/output.js';
import { EXIT, type Io, report } from './context.js';
import { DOORBRAAK_VERSION } from './version.js';
import { writeFailure } from './output-guard.js';

/** The folder of a lock file, with symbolic links resolved. */
export function lockDirOf(lockFile: string, cwd: string): string {
  return realOrSelf(dirname(resolve(cwd, lockFile)));
}

/**
 * An absolute path as written in a lock: relative to the lock's folder, '/'-separated; a file shipped
 * with doorbraak (a bundled rate table, the price index) as `doorbraak:rates/<name>`, which always
 * means that very file (fromLockPath), never "whatever is the default now".
 */
function toLockPath(abs: string, lockDir: string): string {
  const r = realOrSelf(abs);
  const inPkg = relative(realOrSelf(PACKAGE_ROOT), r);
  if (!inPkg.startsWith('..') && !isAbsolute(inPkg) && inPkg.startsWith('rates' + sep)) return BUNDLED_PREFIX + inPkg.split(sep).join('/');
  const rel = relative(lockDir, r);
  if (isAbsolute(rel)) return r.split(sep).join('/');
  return rel === '' ? '.' : rel.split(sep).join('/');
}

export function fromLockPath(p: string, lockDir: string): string {
  if (p.startsWith(BUNDLED_PREFIX)) return resolve(PACKAGE_ROOT, p.slice(BUNDLED_PREFIX.length));
  return resolve(lockDir, p);
}

/** The default table a lock was computed with: its `default_rates`, else the default of the time (nl-2024). */
export function defaultRatesFromLock(lock: LockDoc, lockDir: string): string {
  return fromLockPath(lock.command.default_rates ?? LEGACY_DEFAULT_RATES, lockDir);
}

/** The economics options that change figures, as recorded in a lock (absent keys: the defaults). */
function lockEconomics(o: EconomicsOptions, cwd: string, lockDir: string): LockEconomics {
  return {
    indexation: o.indexation,
    ...(o.priceYear !== undefined ? { price_year: o.priceYear } : {}),
    ...(o.priceIndex !== undefined ? { price_index: toLockPath(resolve(cwd, o.priceIndex), lockDir) } : {}),
    ...(o.discount !== undefined ? { discount: o.discount } : {}),
  };
}

/** Back from a lock to calc's economics options (a lock without them: calc's defaults). */
export function economicsFromLock(e: LockEconomics | undefined, lockDir: string): EconomicsOptions {
  return {
    indexation: e?.indexation ?? true,
    sensitivity: false,
    ...(e?.price_year !== undefined ? { priceYear: e.price_year } : {}),
    ...(e?.price_index !== undefined ? { priceIndex: fromLockPath(e.price_index, lockDir) } : {}),
    ...(e?.discount !== undefined ? { discount: e.discount } : {}),
  };
}

/** The lock document for a calc run: `paths` and `rates` as given, relative to `cwd`. */
export function lockOf(
  run: Run,
  report: CalcReport,
  paths: readonly string[],
  rates: readonly string[],
  cwd: string,
  lockDir: string,
  econ: EconomicsOptions,
  followSymlinks = false,
  status?: readonly CaseStatus[],
): LockDoc {
  const shown = (f: string): string => toLockPath(resolve(cwd, f), lockDir);
  // The figures as before following cases over time (docs/tracking.md), so that older locks still verify.
  const figures = calcJson({
    ...report,
    rows: report.rows.map((r) => ({ ...r, file: shown(r.file) })),
    tables: report.tables.map((t) => ({ ...t, file: shown(t.file) })),
  });
  const index = run.economics.index;
  const indexFile = index ? run.hashes.find((f) => f.path === index.file) : undefined;
  const used = indexYearsUsed(run.priced, index, run.pricing.priceYear);
  return buildLock(
    DOORBRAAK_VERSION,
    paths.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    rates.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    run.hashes.map((f) => ({ file: toLockPath(f.abs, lockDir), sha256: f.sha256 })),
    figures,
    lockEconomics(econ, cwd, lockDir),
    followSymlinks,
    {
      ...(run.inputs.defaultRates ? { defaultRates: toLockPath(run.inputs.defaultRates, lockDir) } : {}),
      // The index figures the figures used (docs/version-control.md).
      ...(index && indexFile ? { index: lockIndex(toLockPath(indexFile.abs, lockDir), index.id, used) } : {}),
      ...(status ? { status } : {}),
    },
  );
}

/** The lock as written: bigint-safe JSON, amounts in integer cents. */
export function renderLock(doc: LockDoc): string {
  return stringifyJson(doc);
}

/** The lock's schema, made on first use (zod is loaded only when a lock is read: src/read/lazy.ts). */
function makeLockSchema(z: Exact['z']) {
  return z.object({
  schema: z.string(),
  doorbraak: z.string(),
  command: z.object({
    paths: z.array(z.string()).min(1),
    rates: z.array(z.string()),
    economics: z
      .object({ indexation: z.boolean(), price_year: z.string().optional(), price_index: z.string().optional(), discount: z.string().optional() })
      .optional(),
    follow_symlinks: z.literal(true).optional(),
    default_rates: z.string().optional(),
    status: z.array(z.enum(CASE_STATUSES)).optional(),
  }),
  inputs: z.array(z.object({ file: z.string(), sha256: z.string() })),
  price_index: z
    .object({
      file: z.string(),
      id: z.string(),
      provisional: z.boolean(),
      years: z.array(z.object({ year: z.union([z.number().int(), z.bigint()]).transform((y) => Number(y)), change: z.string(), provisional: z.literal(true).optional() })),
    })
    .optional(),
  figures: z.record(z.string(), z.unknown()),
});
}
let lockSchema: ReturnType<typeof makeLockSchema> | undefined;

/** Read and check a lock file; whole numbers (amounts in cents) come back as bigint. */
export function readLock(abs: string, shown: string): { lock?: LockDoc; diagnostics: Diagnostic[] } {
  const res = readText(abs, shown);
  if (!res.ok) return { diagnostics: [res.diagnostic] };
  let data: unknown;
  try {
    // Whole numbers exactly (bigint): cents above 2^53 must not be compared as floats.
    data = parseJsonExact(res.text);
  } catch (e) {
    return { diagnostics: [diag(filePos(shown), 'lock.invalid', { detail: (e as Error).message })] };
  }
  const schemaId = (data as { schema?: unknown } | null)?.schema;
  if (typeof schemaId === 'string' && schemaId !== LOCK_SCHEMA) {
    return { diagnostics: [diag(filePos(shown), 'lock.schema', { value: schemaId, expected: LOCK_SCHEMA })] };
  }
  const parsed = (lockSchema ??= makeLockSchema(exact().z)).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '';
    return { diagnostics: [diag(filePos(shown), 'lock.invalid', { detail: `${where ? where + ': ' : ''}${issue?.message ?? ''}` })] };
  }
  if (parsed.data.schema !== LOCK_SCHEMA) {
    return { diagnostics: [diag(filePos(shown), 'lock.schema', { value: parsed.data.schema, expected: LOCK_SCHEMA })] };
  }
  const lock = parsed.data as LockDoc;
  // issue 12: an input listed twice, or an amount that is not whole cents, is a broken lock.
  const seen = new Set<string>();
  for (const i of lock.inputs) {
    if (seen.has(i.file)) return { diagnostics: [diag(filePos(shown), 'lock.duplicate_input', { file: i.file })] };
    seen.add(i.file);
  }
  const notWhole = firstNonInteger(lock.figures, 'figures');
  if (notWhole) return { diagnostics: [diag(filePos(shown), 'lock.not_cents', { field: notWhole.path, number: String(notWhole.value) })] };
  return { lock, diagnostics: [] };
}

/** The first number in the figures that is not a whole number (they are cents and counts). */
function firstNonInteger(v: unknown, path: string): { path: string; value: number } | undefined {
  if (typeof v === 'number') return { path, value: v };
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const hit = firstNonInteger(v[i], `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const hit = firstNonInteger(x, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Write a lock file whole or not at all; an exit status. */
export function writeLock(io: Io, file: string, doc: LockDoc, lang: Lang): number {
  try {
    writeFileAtomic(resolve(io.cwd, file), renderLock(doc));
    return EXIT.ok;
  } catch (e) {
    report(io, [writeFailure(file, e)], lang);
    return EXIT.invalid;
  }
}
