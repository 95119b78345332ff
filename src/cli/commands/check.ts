/**
 * `doorbraak check <paths...>`: read and price everything like calc, run the extra checks
 * (src/reports/check.ts), print every problem. Silent with exit 0 when all is well; warnings alone are
 * printed and still exit 0; any error exits 1. `--verbose` adds a one-line summary on stdout.
 */
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { hasErrors } from '../../data/diagnostic.js';
import { displayPath } from '../../read/files.js';
import { DEFAULT_RATES_FILE, type Inputs } from '../../read/load.js';
import { privacyDiagnostics } from '../../read/privacy-input.js';
import { runChecks } from '../../reports/check.js';
import type { Lang } from '../../write/i18n.js';
import { VC_LABELS } from '../../write/labels-versioning.js';
import { EXIT, type Io, report } from '../context.js';
import { prepareEconomics, pricingOptions } from '../economics.js';
import { loadAndPrice } from '../load-and-price.js';
import { type InputOptions, addInputOptions, addLangOption, t } from '../options.js';

export interface CheckOptions extends InputOptions {
  lang: Lang;
  verbose: boolean;
  /** Privacy findings are errors (exit 1) instead of warnings. */
  privacy: boolean;
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The rate tables the user named (among the paths, with --rates, or in a cohort's `rates:`), as shown
 * in Inputs: every loaded table except the bundled default when it was used only because nothing else
 * was named.
 */
export function namedTables(inputs: Inputs, paths: readonly string[], rates: readonly string[], cwd: string): Set<string> {
  const def = real(DEFAULT_RATES_FILE);
  const named = (abs: string): boolean => real(abs) === def;
  const defaultNamed =
    rates.some((r) => named(resolve(cwd, r))) ||
    inputs.cohorts.some((c) => c.rates.some(named)) ||
    paths.some((p) => {
      const abs = real(resolve(cwd, p));
      return abs === def || def.startsWith(abs + sep);
    });
  const defShown = displayPath(DEFAULT_RATES_FILE, cwd);
  return new Set(inputs.tables.map((tb) => tb.file).filter((f) => defaultNamed || f !== defShown));
}

export function runCheck(io: Io, paths: string[], opts: CheckOptions): number {
  // Priced as plain calc prices (default indexation), so that check finds every problem calc would.
  const econ = prepareEconomics(io, { indexation: true, sensitivity: false }, opts.lang);
  if (typeof econ === 'number') return econ;
  const loaded = loadAndPrice(paths, opts.rates, io.cwd, pricingOptions(econ), opts.followSymlinks);
  const { inputs } = loaded;
  // Checking only rate tables or cohorts is fine: "no cases" is not a problem for check.
  const onlyOthers = !inputs.cases.length && (inputs.tables.length > 0 || inputs.cohorts.length > 0);
  const ds = [
    ...loaded.all.filter((d) => !(onlyOthers && d.code === 'input.no_cases')),
    ...runChecks({ inputs, priced: loaded, namedTables: namedTables(inputs, paths, opts.rates, io.cwd) }),
    // What should not be in a pseudonymised case file (BSN, e-mail, phone, IBAN, address, date of birth).
    ...privacyDiagnostics(inputs, { severity: opts.privacy ? 'error' : 'warning' }),
  ];
  report(io, ds, opts.lang);
  const errors = ds.filter((d) => d.severity === 'error').length;
  if (opts.verbose) {
    io.out(VC_LABELS[opts.lang].checkSummary(inputs.cases.length, inputs.cohorts.length, inputs.tables.length, errors, ds.length - errors) + '\n');
  }
  return hasErrors(ds) ? EXIT.invalid : EXIT.ok;
}

export function registerCheck(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('check')
    .description(
      t(lang, {
        nl: 'controleer casussen, cohorten en tarieventabellen; stil bij geen problemen (exit 0), anders elk probleem en exit 1',
        en: 'check cases, cohorts and rate tables; silent when all is well (exit 0), else every problem and exit 1',
      }),
    )
    .argument('<paths...>', t(lang, { nl: 'casusbestanden, tarieventabellen en mappen', en: 'case files, rate tables and folders' }));
  addInputOptions(cmd, lang);
  addLangOption(cmd, lang);
  cmd.option('-v, --verbose', t(lang, { nl: 'print een samenvatting van één regel', en: 'print a one-line summary' }), false);
  cmd.option(
    '--privacy',
    t(lang, {
      nl: 'behandel privacyvondsten (BSN, e-mail, telefoon, IBAN, adres, geboortedatum) als fouten (exit 1) in plaats van waarschuwingen',
      en: 'treat privacy findings (BSN, e-mail, phone, IBAN, address, date of birth) as errors (exit 1) instead of warnings',
    }),
    false,
  );
  cmd.action((paths: string[], opts: CheckOptions) => setExit(runCheck(io, paths, opts)));
}
