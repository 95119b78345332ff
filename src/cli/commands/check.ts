/**
 * `doorbraak check <paths...>`: read and price everything like calc, run the extra checks
 * (src/reports/check.ts), print every problem. Silent with exit 0 when all is well; warnings alone are
 * printed and still exit 0; any error exits 1. `--verbose` adds a one-line summary on stdout.
 */
import { resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../data/diagnostic.js';
import type { Inputs } from '../../data/inputs.js';
import type { Run } from '../../data/run.js';
import { PACKAGE_ROOT, realOrSelf } from '../../read/files.js';
import { bundledTableHashes } from '../../read/load.js';
import { privacyDiagnostics } from '../../read/privacy-input.js';
import { runChecks } from '../../reports/check.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { EXIT, type Io, report } from '../context.js';
import { CALC_DEFAULTS, withRun } from '../run.js';
import { type InputOptions, addInputOptions, addLangOption } from '../options.js';

export interface CheckOptions extends InputOptions {
  lang: Lang;
  verbose: boolean;
  /** Privacy findings are errors (exit 1) instead of warnings. */
  privacy: boolean;
}

/**
 * The rate tables whose unused rates are reported: every loaded table except those shipped with
 * doorbraak (rates/ in the package, or a byte-for-byte copy of one), unless one is named on the
 * command line (among the paths or with --rates). A bundled table is a national catalogue: most of
 * its rates are unused by any one set of cases, whether it is the default or a cohort pins it.
 */
function namedTables(inputs: Inputs, paths: readonly string[], rates: readonly string[], cwd: string): Set<string> {
  const bundledDir = realOrSelf(resolve(PACKAGE_ROOT, 'rates'));
  const bundledHashes = bundledTableHashes();
  const bundled = (f: { abs: string; sha256: string }): boolean => realOrSelf(f.abs).startsWith(bundledDir + sep) || bundledHashes.has(f.sha256);
  const onCommandLine = (abs: string): boolean => {
    const r = realOrSelf(abs);
    return (
      rates.some((x) => realOrSelf(resolve(cwd, x)) === r) ||
      paths.some((p) => {
        const named = realOrSelf(resolve(cwd, p));
        return named === r || r.startsWith(named + sep);
      })
    );
  };
  const files = new Map(inputs.files.map((f) => [f.path, f]));
  return new Set(
    inputs.tables
      .map((tb) => tb.file)
      .filter((path) => {
        const f = files.get(path);
        return f === undefined || !bundled(f) || onCommandLine(f.abs);
      }),
  );
}

async function runCheck(io: Io, paths: string[], opts: CheckOptions): Promise<number> {
  // Priced as plain calc prices (default indexation), so that check finds every problem calc would.
  const request = { paths, rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang, followSymlinks: opts.followSymlinks === true, privacy: true };
  return withRun(io, request, (run) => check(run, { ...opts, paths }, io));
}

/** check on a loaded run: its problems, the extra checks and the privacy scan, all reported. */
export function check(run: Run, opts: CheckOptions & { readonly paths: readonly string[] }, io: Io): number {
  const { inputs } = run;
  // Checking only rate tables or cohorts is fine: "no cases" is not a problem for check.
  const onlyOthers = !inputs.cases.length && (inputs.tables.length > 0 || inputs.cohorts.length > 0);
  const ds = [
    ...run.diagnostics.filter((d) => !(onlyOthers && d.code === 'input.no_cases')),
    ...runChecks({ inputs, priced: run.priced, namedTables: namedTables(inputs, opts.paths, opts.rates, io.cwd) }),
    // What should not be in a pseudonymised case file (BSN, e-mail, phone, IBAN, address, date of birth).
    ...privacyDiagnostics(inputs, { severity: opts.privacy ? 'error' : 'warning' }),
  ];
  report(io, ds, opts.lang);
  const errors = ds.filter((d) => d.severity === 'error').length;
  if (opts.verbose) {
    io.out(texts(opts.lang).check.summary(inputs.cases.length, inputs.cohorts.length, inputs.tables.length, errors, ds.length - errors) + '\n');
  }
  return hasErrors(ds) ? EXIT.invalid : EXIT.ok;
}

export function registerCheck(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const help = texts(lang).check.help;
  const cmd = program.command('check').description(help.description).argument('<paths...>', help.arguments.paths);
  addInputOptions(cmd, lang);
  addLangOption(cmd, lang);
  cmd.option('-v, --verbose', help.options.verbose, false);
  cmd.option('--privacy', help.options.privacy, false);
  cmd.action(async (paths: string[], opts: CheckOptions) => setExit(await runCheck(io, paths, opts)));
}
