/**
 * The file side of locked figures: turning what calc loaded into a `doorbraak.lock/1` document with
 * paths relative to the lock's folder, and reading a lock back.
 */
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { readText } from '../read/files.js';
import { DEFAULT_RATES_FILE, type Inputs } from '../read/load.js';
import type { CalcReport } from '../reports/calc.js';
import { BUNDLED_RATES, LOCK_SCHEMA, type LockDoc, buildLock } from '../reports/lock.js';
import { stringifyJson } from '../write/json.js';
import { calcJson } from '../write/render/calc-json.js';
import type { Lang } from '../write/i18n.js';
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

/** An absolute path as written in a lock: relative to the lock's folder, '/'-separated; the bundled table by name. */
export function toLockPath(abs: string, lockDir: string): string {
  const r = real(abs);
  if (r === real(DEFAULT_RATES_FILE)) return BUNDLED_RATES;
  const rel = relative(lockDir, r);
  if (isAbsolute(rel)) return r.split(sep).join('/');
  return rel === '' ? '.' : rel.split(sep).join('/');
}

export function fromLockPath(p: string, lockDir: string): string {
  return p === BUNDLED_RATES ? DEFAULT_RATES_FILE : resolve(lockDir, p);
}

/** The lock document for a calc run: `paths` and `rates` as given, relative to `cwd`. */
export function lockOf(inputs: Inputs, report: CalcReport, paths: readonly string[], rates: readonly string[], cwd: string, lockDir: string): LockDoc {
  const shown = (f: string): string => toLockPath(resolve(cwd, f), lockDir);
  const figures = calcJson({
    ...report,
    rows: report.rows.map((r) => ({ ...r, file: shown(r.file) })),
    tables: report.tables.map((t) => ({ ...t, file: shown(t.file) })),
  });
  return buildLock(
    DOORBRAAK_VERSION,
    paths.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    rates.map((p) => toLockPath(resolve(cwd, p), lockDir)),
    inputs.files.map((f) => ({ file: toLockPath(f.abs, lockDir), sha256: f.sha256 })),
    figures,
  );
}

/** The lock as written: bigint-safe JSON, amounts in integer cents. */
export function renderLock(doc: LockDoc): string {
  return stringifyJson(doc);
}

const lockSchema = z.object({
  schema: z.string(),
  doorbraak: z.string(),
  command: z.object({ paths: z.array(z.string()).min(1), rates: z.array(z.string()) }),
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
