/** `doorbraak calc <paths...>`: per-case and aggregate baten. */
import type { Command } from 'commander';
import { calcReport } from '../../reports/calc.js';
import { calcGrid } from '../../write/calc-grid.js';
import { renderCalcJson } from '../../write/render/calc-json.js';
import { renderCsv } from '../../write/render/csv.js';
import { renderMarkdown } from '../../write/render/markdown.js';
import { renderTable } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { loadAndPrice } from '../load-and-price.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';
import type { Lang } from '../../write/i18n.js';
import { caseNotes } from '../../reports/notes.js';
import { renderNotesMarkdown, renderNotesText } from '../../write/render/notes.js';

export type CalcOptions = InputOptions & OutputOptions & { includeNotes?: boolean };

export function runCalc(io: Io, paths: string[], opts: CalcOptions): number {
  const loaded = loadAndPrice(paths, opts.rates, io.cwd);
  if (report(io, loaded.all, opts.lang)) return EXIT.invalid;
  const r = calcReport(loaded.priced, loaded.inputs.cohorts, loaded.tables);
  const money = { lang: opts.lang, cents: opts.cents };
  // Free text (values, notes) only when asked for: case files describe vulnerable families.
  const notes = opts.includeNotes ? caseNotes(loaded.priced) : undefined;
  let text: string;
  switch (opts.format) {
    case 'json':
      text = renderCalcJson(r, notes);
      break;
    case 'csv':
      // A CSV file is one grid; free text has no place in it (use json or md).
      text = renderCsv(calcGrid(r, money), money);
      break;
    case 'md':
      text = renderMarkdown(calcGrid(r, money), money) + (notes ? renderNotesMarkdown(notes, opts.lang) : '');
      break;
    default:
      text = renderTable(calcGrid(r, money), money, stdoutStyle(io, !!opts.output)) + (notes ? renderNotesText(notes, opts.lang) : '');
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
  cmd.option(
    '--include-notes',
    t(lang, {
      nl: 'neem de vrije tekst van de casussen (values, note) op in table, md en json; standaard nooit',
      en: 'include the cases’ free text (values, note) in table, md and json; never by default',
    }),
    false,
  );
  cmd.action((paths: string[], opts: CalcOptions) => setExit(runCalc(io, paths, opts)));
}
