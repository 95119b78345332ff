/**
 * `doorbraak verify figures.lock.json`: recompute the locked figures from the inputs named in the lock
 * (paths relative to the lock's folder) and compare. Exit 0 and one line when inputs and figures are
 * identical; exit 1 with a readable diff (inputs: sha256 old → new; figures: old → new, difference)
 * when anything changed.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { calcReport } from '../../reports/calc.js';
import { compareLocks } from '../../reports/lock.js';
import { selectByStatus } from '../../reports/status.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { stringifyJson } from '../../write/json.js';
import { renderVerifyFailure } from '../../write/verify-text.js';
import { EXIT, type Io, report } from '../context.js';
import { loadAndPrice } from '../load-and-price.js';
import { economicsFromLock, fromLockPath, lockDirOf, lockOf, readLock } from '../lock.js';
import { prepareEconomics, pricingOptions } from '../economics.js';
import { addLangOption } from '../options.js';
import { DOORBRAAK_VERSION } from '../version.js';

export interface VerifyOptions {
  lang: Lang;
  cents: boolean;
}

export function runVerify(io: Io, lockFile: string, opts: VerifyOptions): number {
  const { lock, diagnostics } = readLock(resolve(io.cwd, lockFile), lockFile);
  if (!lock) {
    report(io, diagnostics, opts.lang);
    return EXIT.invalid;
  }
  const lockDir = lockDirOf(lockFile, io.cwd);
  const paths = lock.command.paths.map((p) => fromLockPath(p, lockDir));
  const rates = lock.command.rates.map((p) => fromLockPath(p, lockDir));
  const econOpts = economicsFromLock(lock.command.economics, lockDir);
  const econ = prepareEconomics(io, econOpts, opts.lang);
  if (typeof econ === 'number') return EXIT.invalid;
  const loaded = loadAndPrice(paths, rates, io.cwd, pricingOptions(econ));
  const broken = report(io, loaded.all, opts.lang);
  // The cases counted as calc counted them (docs/tracking.md).
  const counted = selectByStatus(loaded.priced, lock.command.status).included;
  const r = calcReport(counted, loaded.inputs.cohorts, loaded.tables);
  const fresh = lockOf(loaded.inputs, r, paths, rates, io.cwd, lockDir, econOpts, lock.command.status);
  // Compare as JSON read back, the way the lock itself was read.
  const now = JSON.parse(stringifyJson(fresh)) as typeof lock;
  const c = compareLocks(lock, now);
  if (c.same && !broken) {
    io.out(texts(opts.lang).verify.ok(lockFile, r.rows.length, lock.inputs.length) + '\n');
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
  cmd.action((file: string, opts: VerifyOptions) => setExit(runVerify(io, file, opts)));
}
