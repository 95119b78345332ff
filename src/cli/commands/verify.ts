/**
 * `doorbraak verify figures.lock.json`: recompute the locked figures from the inputs named in the lock
 * (paths relative to the lock's folder) and compare. Exit 0 and one line when inputs and figures are
 * identical; exit 1 with a readable diff (inputs: sha256 old → new; figures: old → new, difference)
 * when anything changed.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Run } from '../../data/run.js';
import { calcReport } from '../../reports/calc.js';
import { type LockDoc, compareLocks } from '../../reports/lock.js';
import { selectByStatus } from '../../reports/status.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { stringifyJson } from '../../write/json.js';
import { parseJsonExact } from '../../read/json-exact.js';
import { renderIndexNotes, renderVerifyFailure } from '../../write/verify-text.js';
import { EXIT, type Io, report } from '../context.js';
import type { EconomicsOptions } from '../economics.js';
import { defaultRatesFromLock, economicsFromLock, fromLockPath, lockDirOf, lockOf, readLock } from '../lock.js';
import { loadRun } from '../run.js';
import { countedOnly } from '../tracking.js';
import { addLangOption } from '../options.js';
import { DOORBRAAK_VERSION } from '../version.js';

export interface VerifyOptions {
  lang: Lang;
  cents: boolean;
}

async function runVerify(io: Io, lockFile: string, opts: VerifyOptions): Promise<number> {
  const { lock, diagnostics } = readLock(resolve(io.cwd, lockFile), lockFile);
  if (!lock) {
    report(io, diagnostics, opts.lang);
    return EXIT.invalid;
  }
  const lockDir = lockDirOf(lockFile, io.cwd);
  const paths = lock.command.paths.map((p) => fromLockPath(p, lockDir));
  const rates = lock.command.rates.map((p) => fromLockPath(p, lockDir));
  const economics = economicsFromLock(lock.command.economics, lockDir);
  const followSymlinks = lock.command.follow_symlinks === true;
  // The default table the lock was computed with, not today's default (a lock names its tables).
  const defaultRates = defaultRatesFromLock(lock, lockDir);
  const run = await loadRun({ paths, rates, economics, lang: opts.lang, followSymlinks, defaultRates }, io);
  // The options come from the lock, not from the user: an unusable one is a problem of the lock (1).
  if (typeof run === 'number') return EXIT.invalid;
  return verify(run, { ...opts, lockFile, lock, lockDir, paths, rates, economics }, io);
}

/** verify on the run the lock names: recompute its document and compare. */
export function verify(
  run: Run,
  opts: VerifyOptions & {
    readonly lockFile: string;
    readonly lock: LockDoc;
    readonly lockDir: string;
    readonly paths: readonly string[];
    readonly rates: readonly string[];
    readonly economics: EconomicsOptions;
  },
  io: Io,
): number {
  const { lockFile, lock } = opts;
  const broken = report(io, run.diagnostics, opts.lang);
  // The cases counted as calc counted them (docs/tracking.md).
  const counted = countedOnly(run, selectByStatus(run.priced, lock.command.status).included);
  const r = calcReport(counted.priced, counted.inputs.cohorts, counted.tables);
  const fresh = lockOf(counted, r, opts.paths, opts.rates, io.cwd, opts.lockDir, opts.economics, lock.command.follow_symlinks === true, lock.command.status);
  // Compare as JSON read back, the way the lock itself was read.
  const now = parseJsonExact(stringifyJson(fresh)) as unknown as typeof lock;
  const c = compareLocks(lock, now);
  if (c.same && !broken) {
    io.out(texts(opts.lang).verify.ok(lockFile, r.rows.length, lock.inputs.length) + '\n' + renderIndexNotes(c, { lang: opts.lang }));
    return EXIT.ok;
  }
  io.out(renderVerifyFailure(lockFile, c, { old: lock.doorbraak, now: DOORBRAAK_VERSION }, { lang: opts.lang, cents: opts.cents }));
  return EXIT.invalid;
}

export function registerVerify(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const help = texts(lang).verify.help;
  const cmd = program.command('verify').description(help.description).argument('<lock>', help.arguments.lock);
  addLangOption(cmd, lang);
  cmd.option('--cents', help.options.cents, false);
  cmd.action(async (file: string, opts: VerifyOptions) => setExit(await runVerify(io, file, opts)));
}
