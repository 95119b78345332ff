/** `doorbraak calc <paths...>`: per-case and aggregate baten. */
import type { Command } from 'commander';
import { calcReport } from '../../reports/calc.js';
import { calcGrid } from '../../write/calc-grid.js';
import { renderCalcJson } from '../../write/render/calc-json.js';
import { renderCsv } from '../../write/render/csv.js';
import { renderMarkdown } from '../../write/render/markdown.js';
import { renderTable } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { loadAndPriceFast } from '../load-and-price.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';
import type { Lang } from '../../write/i18n.js';

export type CalcOptions = InputOptions & OutputOptions;

export async function runCalc(io: Io, paths: string[], opts: CalcOptions): Promise<number> {
  const loaded = await loadAndPriceFast(paths, opts.rates, io.cwd, io, opts.lang);
  if (report(io, loaded.all, opts.lang)) return EXIT.invalid;
  const r = calcReport(loaded.priced, loaded.inputs.cohorts, loaded.tables);
  const money = { lang: opts.lang, cents: opts.cents };
  let text: string;
  switch (opts.format) {
    case 'json':
      text = renderCalcJson(r);
      break;
    case 'csv':
      text = renderCsv(calcGrid(r, money), money);
      break;
    case 'md':
      text = renderMarkdown(calcGrid(r, money), money);
      break;
    default:
      text = renderTable(calcGrid(r, money), money, stdoutStyle(io, !!opts.output));
  }
  return deliver(io, text, opts.output, opts.lang);
}

export function registerCalc(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('calc')
    .description(
      t(lang, {
        nl: 'reken casussen door: huidige inzet, dreigend scenario, na doorbraak, baten en besparing per casus en in totaal',
        en: 'price cases: current support, threat, after breakthrough, avoided costs and savings per case and in total',
      }),
    )
    .argument('<paths...>', t(lang, { nl: 'casusbestanden en mappen', en: 'case files and folders' }));
  addInputOptions(cmd, lang);
  addOutputOptions(cmd, lang);
  cmd.action(async (paths: string[], opts: CalcOptions) => setExit(await runCalc(io, paths, opts)));
}
