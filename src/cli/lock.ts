/**
 * The file side of locked figures: turning what calc loaded into a `doorbraak.lock/1` document with
 * paths relative to the lock's folder, and reading a lock back.
 */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { PACKAGE_ROOT, readText } from '../read/files.js';
import { DEFAULT_INDEX_FILE } from '../read/index-series.js';
import { DEFAULT_RATES_FILE, type Inputs } from '../read/load.js';
import type { CalcReport } from '../reports/calc.js';
import { BUNDLED_RATES, LOCK_SCHEMA, type LockDoc, type LockEconomics, buildLock } from '../reports/lock.js';
import type { EconomicsOptions } from './economics.js';
import { CASE_STATUSES, type CaseStatus } from '../data/tracking.js';
import { stringifyJson } from '../write/json.js';
import { calcJson } from '../write/render/calc-json.js';
import type { Lang } from '../write/i18n/index.js';
import { writeFileAtomic } from '../write/output.js';
import { EXIT, type Io, report } from './context.js';
import { DOORBRAAK_VERSION } from './version.js';

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** The folder of a lock file, with symbolic links resolved. */
export function lockDirOf(lockFile: string, cwd: string): string {
  return real(dirname(resolve(cwd, lockFile)));
}

const BUNDLED_PREFIX = 'doorbraak:';

/**
 * An absolute path as written in a lock: relative to the lock's folder, '/'-separated; a file shipped
 * with doorbraak (the default rate table, the price index) as `doorbraak:rates/…` (e.g. BUNDLED_RATES).
 */
export function toLockPath(abs: string, lockDir: string): string {
  const r = real(abs);
  const inPkg = relative(real(PACKAGE_ROOT), r);
  if (r === real(DEFAULT_RATES_FILE)) return BUNDLED_RATES;
  if (!inPkg.startsWith('..') && !isAbsolute(inPkg) && inPkg.startsWith('rates' + sep)) return BUNDLED_PREFIX + inPkg.split(sep).join('/');
  const rel = relative(lockDir, r);
  if (isAbsolute(rel)) return r.split(sep).join('/');
  return rel === '' ? '.' : rel.split(sep).join('/');
}

export function fromLockPath(p: string, lockDir: string): string {
  if (p === BUNDLED_RATES) return DEFAULT_RATES_FILE;
  if (p.startsWith(BUNDLED_PREFIX)) return resolve(PACKAGE_ROOT, p.slice(BUNDLED_PREFIX.length));
  return resolve(lockDir, p);
}

/** The economics options that change figures, as recorded in a lock (absent keys: the defaults). */
export function lockEconomics(o: EconomicsOptions, cwd: string, lockDir: string): LockEconomics {
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

/** The price index file an economics setup reads (an input of the figures), if any. */
export function indexFileOf(o: EconomicsOptions, cwd: string): string | undefined {
  if (!o.indexation) return undefined;
  return o.priceIndex ? resolve(cwd, o.priceIndex) : DEFAULT_INDEX_FILE;
}

function sha256Of(abs: string): string {
  try {
    return createHash('sha256').update(readFileSync(abs)).digest('hex');
  } catch {
    return '';
  }
}

/** The lock document for a calc run: `paths` and `rates` as given, relative to `cwd`. */
export function lockOf(
  inputs: Inputs,
  report: CalcReport,
  paths: readonly string[],
  rates: readonly string[],
  cwd: string,
  lockDir: string,
  econ: EconomicsOptions,
  status?: readonly CaseStatus[],
): LockDoc {
  const shown = (f: string): string => toLockPath(resolve(cwd, f), lockDir);
  // The figures as before following cases over time (docs/tracking.md), so that older locks still verify.
  const figures = calcJson({
    ...report,
    rows: report.rows.map((r) => ({ ...r, file: shown(r.file) })),
    tables: report.tables.map((t) => ({ ...t, file: shown(t.file) })),
  });
  return buildLock(
    DOORBRAAK_VERSION,
    paths.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    rates.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    [
      ...inputs.files.map((f) => ({ file: toLockPath(f.abs, lockDir), sha256: f.sha256 })),
      ...[indexFileOf(econ, cwd)].filter((f): f is string => !!f).map((f) => ({ file: toLockPath(f, lockDir), sha256: sha256Of(f) })),
    ],
    figures,
    lockEconomics(econ, cwd, lockDir),
    status,
  );
}

/** The lock as written: bigint-safe JSON, amounts in integer cents. */
export function renderLock(doc: LockDoc): string {
  return stringifyJson(doc);
}

const lockSchema = z.object({
  schema: z.string(),
  doorbraak: z.string(),
  command: z.object({
    paths: z.array(z.string()).min(1),
    rates: z.array(z.string()),
    economics: z
      .object({ indexation: z.boolean(), price_year: z.string().optional(), price_index: z.string().optional(), discount: z.string().optional() })
      .optional(),
    status: z.array(z.enum(CASE_STATUSES)).optional(),
  }),
  inputs: z.array(z.object({ file: z.string(), sha256: z.string() })),
  figures: z.record(z.string(), z.unknown()),
});

/** Read and check a lock file; amounts come back as JSON numbers. */
export function readLock(abs: string, shown: string): { lock?: LockDoc; diagnostics: Diagnostic[] } {
  const res = readText(abs, shown);
  if (!res.ok) return { diagnostics: [res.diagnostic] };
  let data: unknown;
  try {
    data = JSON.parse(res.text);
  } catch (e) {
    return { diagnostics: [diag(filePos(shown), 'lock.invalid', { detail: (e as Error).message })] };
  }
  const schemaId = (data as { schema?: unknown } | null)?.schema;
  if (typeof schemaId === 'string' && schemaId !== LOCK_SCHEMA) {
    return { diagnostics: [diag(filePos(shown), 'lock.schema', { value: schemaId, expected: LOCK_SCHEMA })] };
  }
  const parsed = lockSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : '';
    return { diagnostics: [diag(filePos(shown), 'lock.invalid', { detail: `${where ? where + ': ' : ''}${issue?.message ?? ''}` })] };
  }
  if (parsed.data.schema !== LOCK_SCHEMA) {
    return { diagnostics: [diag(filePos(shown), 'lock.schema', { value: parsed.data.schema, expected: LOCK_SCHEMA })] };
  }
  return { lock: parsed.data as LockDoc, diagnostics: [] };
}

/** Write a lock file whole or not at all; an exit status. */
export function writeLock(io: Io, file: string, doc: LockDoc, lang: Lang): number {
  try {
    writeFileAtomic(resolve(io.cwd, file), renderLock(doc));
    return EXIT.ok;
  } catch (e) {
    report(io, [diag(filePos(file), 'io.write_failed', { reason: (e as NodeJS.ErrnoException).code ?? String(e) })], lang);
    return EXIT.invalid;
  }
}
