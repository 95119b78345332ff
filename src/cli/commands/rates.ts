/**
 * `doorbraak rates [query] [paths...]`: list and search the rate tables in force, so that a case
 * writer finds an id in seconds instead of reading YAML. The tables are those calc would price with:
 * the bundled default; a cohort's through the paths given; --rates. The first argument is the query
 * unless it names an existing file or folder (or ends in .yaml/.yml); every further argument is a path.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { Grade } from '../../data/model.js';
import type { Run } from '../../data/run.js';
import { displayPath } from '../../read/files.js';
import { DEFAULT_RATES_FILE } from '../../read/load.js';
import { type RateQuery, rateSearch, ratesInForce } from '../../reports/rate-search.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { RATES_RENDERERS } from '../../write/render/rates-renderers.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { FORMATS, type InputOptions, type OutputOptions, addInputOptions, addLangOption } from '../options.js';
import { withRun } from '../run.js';

export interface RatesOptions extends InputOptions, Omit<OutputOptions, 'cents'> {
  law?: string;
  payer?: string;
  grade?: Grade[];
  priceYear?: string;
  priceIndex?: string;
  /** false with --no-indexation */
  indexation: boolean;
}

/** A path rather than a query: an existing file or folder, or a name ending in .yaml/.yml. */
function isPathArg(cwd: string, arg: string): boolean {
  return existsSync(resolve(cwd, arg)) || /\.ya?ml$/i.test(arg);
}

async function runRates(io: Io, args: string[], opts: RatesOptions): Promise<number> {
  const [first, ...rest] = args;
  const query = first !== undefined && !isPathArg(io.cwd, first) ? first : undefined;
  const paths = query !== undefined ? rest : args;
  // Nothing named: the bundled default table, the one a case without a table of its own gets.
  const load = paths.length || opts.rates.length ? paths : [DEFAULT_RATES_FILE];
  const economics = { indexation: opts.indexation, sensitivity: false, ...(opts.priceYear !== undefined ? { priceYear: opts.priceYear } : {}), ...(opts.priceIndex !== undefined ? { priceIndex: opts.priceIndex } : {}) };
  const q: RateQuery = {
    ...(query !== undefined ? { text: query } : {}),
    ...(opts.law !== undefined ? { law: opts.law } : {}),
    ...(opts.payer !== undefined ? { payer: opts.payer } : {}),
    ...(opts.grade ? { grades: opts.grade } : {}),
  };
  return withRun(io, { paths: load, rates: opts.rates, economics, lang: opts.lang }, (run) => rates(run, { ...opts, query: q, paths: load }, io));
}

/** rates on a loaded run: the tables in force, searched, in the asked format. */
export function rates(run: Run, opts: RatesOptions & { readonly query: RateQuery; readonly paths: readonly string[] }, io: Io): number {
  const { inputs } = run;
  // Problems of the tables count; those of case files do not (fixing a case is what the list is for).
  const caseFiles = new Set(inputs.files.filter((f) => f.kind === 'case').map((f) => f.path));
  if (report(io, inputs.diagnostics.filter((d) => !caseFiles.has(d.file)), opts.lang)) return EXIT.invalid;
  // Without cases: the tables among the paths, then the --rates tables, in the order calc applies them.
  const given = opts.rates.map((r) => displayPath(resolve(io.cwd, r), io.cwd));
  const named = [...inputs.files.filter((f) => f.kind === 'rates' && !given.includes(f.path)).map((f) => f.path), ...given];
  const sets = ratesInForce(inputs, named);
  if (!sets.length) {
    report(io, run.diagnostics, opts.lang);
    return EXIT.invalid;
  }
  const r = rateSearch(sets, opts.query, { ...(run.economics.index ? { index: run.economics.index } : {}), ...(run.economics.priceYear !== undefined ? { priceYear: run.economics.priceYear } : {}) });
  const text = RATES_RENDERERS[opts.format](r, { money: { lang: opts.lang, cents: true }, terminal: stdoutStyle(io, !!opts.output) });
  return deliver(io, text, opts.output, opts.lang);
}

function parseGrades(lang: Lang) {
  return (v: string): Grade[] => {
    const list = v
      .toUpperCase()
      .split(',')
      .map((x) => x.trim());
    if (!list.length || !list.every((x) => x === 'A' || x === 'B' || x === 'C')) throw new InvalidArgumentError(texts(lang).rateSearch.badGrade);
    return list as Grade[];
  };
}

export function registerRates(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, rateSearch } = texts(lang);
  const help = rateSearch.help;
  const cmd = program.command('rates').description(help.description).argument('[query]', help.arguments.query).argument('[paths...]', help.arguments.paths);
  addInputOptions(cmd, lang);
  addLangOption(cmd, lang);
  // Unit prices are always shown in cents, so there is no --cents.
  cmd
    .addOption(new Option('-f, --format <format>', common.format).choices([...FORMATS]).default('table'))
    .option('-o, --output <file>', common.output)
    .option('--law <law>', help.options.law)
    .option('--payer <payer>', help.options.payer)
    .addOption(new Option('--grade <grades>', help.options.grade).argParser(parseGrades(lang)))
    .option('--price-year <year>', common.priceYear)
    .option('--price-index <file>', common.priceIndex)
    .option('--no-indexation', common.noIndexation);
  cmd.action(async (query: string | undefined, paths: string[], opts: RatesOptions) =>
    setExit(await runRates(io, [...(query !== undefined ? [query] : []), ...paths], opts)),
  );
}
