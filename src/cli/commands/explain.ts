/**
 * `doorbraak explain <case-id|file> [paths...]`: the line-by-line derivation of one case.
 *
 * The first argument is a case file when it names an existing file (or ends in .yaml/.yml); the case
 * in that file is explained, priced as calc would price it (its cohort, its rate tables). Otherwise it
 * is a case id, looked up among the paths (default: `cases/`). Further paths may also name rate tables,
 * which count as --rates tables, as in calc.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { diag, filePos } from '../../data/diagnostic.js';
import type { Run } from '../../data/run.js';
import { closest } from '../../data/suggest.js';
import { explainReport } from '../../reports/explain.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { EXPLAIN_RENDERERS } from '../../write/render/explain-renderers.js';
import { EXIT, type Io, deliver, refuseOverInput, report, stdoutStyle, widthOf } from '../context.js';
import { type EconomicsOptions, addPricingOptions } from '../economics.js';
import { withRun } from '../run.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions } from '../options.js';

export type ExplainOptions = InputOptions & OutputOptions & Omit<EconomicsOptions, 'sensitivity'>;

/** The folder searched for a case id when no paths are given. */
const DEFAULT_CASE_PATHS = ['cases/'];

function isFileArg(cwd: string, arg: string): boolean {
  const abs = resolve(cwd, arg);
  if (existsSync(abs)) return statSync(abs).isFile();
  return /\.ya?ml$/i.test(arg);
}

async function runExplain(io: Io, target: string, paths: string[], opts: ExplainOptions): Promise<number> {
  const byFile = isFileArg(io.cwd, target);
  const search = byFile ? [target, ...paths] : paths.length ? paths : DEFAULT_CASE_PATHS;
  // Priced exactly as calc prices it (indexation, discounting), so every figure matches calc's.
  const request = { paths: search, rates: opts.rates, economics: { ...opts, sensitivity: false }, lang: opts.lang, followSymlinks: opts.followSymlinks === true };
  return withRun(io, request, (run) => explain(run, { ...opts, target, byFile, search }, io));
}

/** explain on a loaded run: find the case (by file or by id), then its derivation in the asked format. */
export function explain(
  run: Run,
  opts: ExplainOptions & { readonly target: string; readonly byFile: boolean; readonly search: readonly string[] },
  io: Io,
): number {
  const { target, byFile, search } = opts;
  const refused = refuseOverInput(io, opts.lang, [{ option: '-o', path: opts.output }], run.hashes);
  if (refused !== undefined) return refused;
  if (report(io, run.diagnostics, opts.lang)) return EXIT.invalid;
  const targetAbs = resolve(io.cwd, target);
  const p = byFile ? run.priced.find((x) => resolve(io.cwd, x.case.file) === targetAbs) : run.priced.find((x) => x.case.id === target);
  if (!p) {
    const d = byFile
      ? diag(filePos(target), 'explain.not_a_case')
      : diag(filePos(search.join(' ')), 'explain.case_not_found', {
          id: target,
          suggestions: closest(
            target,
            run.priced.map((x) => x.case.id),
            3,
          ),
        });
    report(io, [d], opts.lang);
    return EXIT.invalid;
  }
  const r = explainReport(p, run.inputs.cohorts, run.inputs.rateSets.get(p.case.id)?.tables ?? [], run.pricing);
  const money = { lang: opts.lang, cents: opts.cents };
  const text = EXPLAIN_RENDERERS[opts.format](r, { money, terminal: stdoutStyle(io, !!opts.output), ...widthOf(io, !!opts.output) });
  return deliver(io, text, opts.output, opts.lang);
}

export function registerExplain(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const help = texts(lang).explain.help;
  const cmd = program
    .command('explain')
    .description(help.description)
    .argument('<case>', help.arguments.case)
    .argument('[paths...]', help.arguments.paths);
  addInputOptions(cmd, lang);
  addOutputOptions(cmd, lang);
  addPricingOptions(cmd, lang);
  cmd.action(async (target: string, paths: string[], opts: ExplainOptions) => setExit(await runExplain(io, target, paths, opts)));
}
