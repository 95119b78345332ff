/** `doorbraak calc <paths...>`: per-case and aggregate baten. */
import type { Command } from 'commander';
import { calcReport } from '../../reports/calc.js';
import { calcGrid } from '../../write/calc-grid.js';
import { economicsGrids, economicsNotes } from '../../write/economics-grid.js';
import type { Grid } from '../../write/grid.js';
import { calcJson } from '../../write/render/calc-json.js';
import { economicsJson } from '../../write/render/economics-json.js';
import { stringifyJson } from '../../write/json.js';
import { BOM, renderCsv } from '../../write/render/csv.js';
import { renderMarkdown } from '../../write/render/markdown.js';
import { renderTable } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { type EconomicsOptions, addEconomicsOptions, economicsReport, prepareEconomics, pricingOptions } from '../economics.js';
import { loadAndPrice } from '../load-and-price.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';
import type { Lang } from '../../write/i18n.js';

export type CalcOptions = InputOptions & OutputOptions & EconomicsOptions;

export function runCalc(io: Io, paths: string[], opts: CalcOptions): number {
  const econ = prepareEconomics(io, opts, opts.lang);
  if (typeof econ === 'number') return econ;
  const loaded = loadAndPrice(paths, opts.rates, io.cwd, pricingOptions(econ));
  if (report(io, loaded.all, opts.lang)) return EXIT.invalid;
  const r = calcReport(loaded.priced, loaded.inputs.cohorts, loaded.tables);
  const e = economicsReport(loaded, econ);
  if (Array.isArray(e)) {
    report(io, e, opts.lang);
    return EXIT.invalid;
  }
  const money = { lang: opts.lang, cents: opts.cents };
  // The main grid with the economics notes under it, then the economics sections (docs/economics.md).
  const grids = (): Grid[] => {
    const g = calcGrid(r, money);
    return [{ ...g, notes: [...g.notes, ...economicsNotes(e, money)] }, ...economicsGrids(e, money)];
  };
  let text: string;
  switch (opts.format) {
    case 'json':
      text = stringifyJson({ ...calcJson(r), economics: economicsJson(e) });
      break;
    case 'csv':
      text = grids()
        .map((g, i) => (i === 0 ? renderCsv(g, money) : renderCsv(g, money).slice(BOM.length)))
        .join('\r\n');
      break;
    case 'md':
      text = grids()
        .map((g) => renderMarkdown(g, money))
        .join('\n');
      break;
    default:
      text = grids()
        .map((g) => renderTable(g, money, stdoutStyle(io, !!opts.output)))
        .join('\n');
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
  addEconomicsOptions(cmd, lang);
  cmd.action((paths: string[], opts: CalcOptions) => setExit(runCalc(io, paths, opts)));
}
