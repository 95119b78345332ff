/**
 * `doorbraak template -o casussen.xlsx`: an empty workbook to fill in cases (src/write/case-workbook.ts),
 * with the rates of the default table, or of --rates, to choose from.
 */
import type { Command } from 'commander';
import type { Run } from '../../data/run.js';
import { DEFAULT_RATES_FILE } from '../../read/load.js';
import { documents } from '../../write/render/lazy-documents.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { namedTables, ratesToChoose, workbookRates } from '../case-files.js';
import { EXIT, type Io, deliver, refuseOverInput, report } from '../context.js';
import { addLangOption } from '../options.js';
import { CALC_DEFAULTS, withRun } from '../run.js';

export interface TemplateOptions {
  output: string;
  rates: string[];
  lang: Lang;
}

async function runTemplate(io: Io, opts: TemplateOptions): Promise<number> {
  const paths = opts.rates.length ? [] : [DEFAULT_RATES_FILE];
  return withRun(io, { paths, rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang }, (run) => template(run, { ...opts, paths }, io));
}

/** template on the loaded rate tables. */
export function template(run: Run, opts: TemplateOptions & { readonly paths: readonly string[] }, io: Io): number {
  const refused = refuseOverInput(io, opts.lang, [{ option: '-o', path: opts.output }], run.hashes);
  if (refused !== undefined) return refused;
  // Only tables are read: "no cases" is not a problem here.
  if (report(io, run.diagnostics.filter((d) => d.code !== 'input.no_cases'), opts.lang)) return EXIT.invalid;
  const rates = ratesToChoose(run.inputs, namedTables(run.inputs, opts.rates, io.cwd));
  return deliver(io, documents().casesWorkbook([], [], [], workbookRates(rates), opts.lang), opts.output, opts.lang);
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function registerTemplate(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, template: t } = texts(lang);
  const cmd = program.command('template').description(t.help.description).requiredOption('-o, --output <file>', common.output).option('--rates <file>', t.help.options.rates, collect, []);
  addLangOption(cmd, lang);
  cmd.action(async (opts: TemplateOptions) => setExit(await runTemplate(io, opts)));
}
