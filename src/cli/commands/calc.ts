/** `doorbraak calc <paths...>`: per-case and aggregate baten, with the council sections. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { diag, filePos } from '../../data/diagnostic.js';
import type { Run } from '../../data/run.js';
import { calcReport } from '../../reports/calc.js';
import { councilReport } from '../../reports/council.js';
import { economicsReport } from '../../reports/economics.js';
import { parseProjectList } from '../../reports/projection.js';
import { publishedMismatches } from '../../reports/published.js';
import { DEFAULT_TOP } from '../../reports/top-items.js';
import { calcGrid } from '../../write/calc-grid.js';
import { councilGrids } from '../../write/council-grid.js';
import { economicsGrids, economicsNotes } from '../../write/economics-grid.js';
import type { Grid } from '../../write/grid.js';
import { calcJson } from '../../write/render/calc-json.js';
import { economicsJson } from '../../write/render/economics-json.js';
import { stringifyJson } from '../../write/json.js';
import { renderCsvSections } from '../../write/render/csv.js';
import { renderMarkdownSections } from '../../write/render/markdown.js';
import { renderTables } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { type EconomicsOptions, addEconomicsOptions } from '../economics.js';
import { lockDirOf, lockOf, writeLock } from '../lock.js';
import { FORMATS, type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';
import { inputsDigest } from '../../reports/digest.js';
import { ratesUsed } from '../../reports/rates-used.js';
import { renderHtml } from '../../write/render/html.js';
import { renderXlsx } from '../../write/render/xlsx-report.js';
import { DOORBRAAK_VERSION } from '../version.js';
import { withRun } from '../run.js';
import type { Lang } from '../../write/i18n.js';
import { caseNotes } from '../../reports/notes.js';
import { renderNotesMarkdown, renderNotesText } from '../../write/render/notes.js';

/** calc writes two more formats than the other commands: a self-contained HTML report and an xlsx workbook. */
const CALC_FORMATS = [...FORMATS, 'html', 'xlsx'] as const;
export type CalcFormat = (typeof CALC_FORMATS)[number];

export interface CalcOptions extends InputOptions, Omit<OutputOptions, 'format'>, EconomicsOptions {
  format: CalcFormat;
  top?: number;
  project?: number[];
  strictPublished?: boolean;
  lock?: string;
  includeNotes?: boolean;
}

async function runCalc(io: Io, paths: string[], opts: CalcOptions): Promise<number> {
  // A workbook is binary: on a terminal it is useless and through io.out it would be mangled.
  if (opts.format === 'xlsx' && !opts.output) {
    report(io, [diag(filePos('doorbraak'), 'usage.xlsx_needs_output')], opts.lang);
    return EXIT.usage;
  }
  return withRun(io, { paths, rates: opts.rates, economics: opts, lang: opts.lang }, (run) => calc(run, { ...opts, paths }, io));
}

/** calc on a loaded run: the report in the asked format, then the lock, then --strict-published. */
export function calc(run: Run, opts: CalcOptions & { readonly paths: readonly string[] }, io: Io): number {
  if (report(io, run.diagnostics, opts.lang)) return EXIT.invalid;
  const r = calcReport(run.priced, run.inputs.cohorts, run.tables);
  const e = economicsReport(run);
  const c = councilReport(run.priced, run.inputs.cohorts, r, { top: opts.top ?? DEFAULT_TOP, project: opts.project ?? [] });
  const money = { lang: opts.lang, cents: opts.cents };
  // The main grid with the economics notes under it, the council sections, then the economics sections.
  const grids = (): Grid[] => {
    const g = calcGrid(r, money);
    return [{ ...g, notes: [...g.notes, ...economicsNotes(e, money)] }, ...councilGrids(r, c, money), ...economicsGrids(e, money)];
  };
  // Free text (values, notes) only when asked for: case files describe vulnerable families.
  const notes = opts.includeNotes ? caseNotes(run.priced) : undefined;
  // What the HTML and xlsx reports add: the rates used with their sources and one hash over every input.
  const extras = () => ({
    calc: r,
    council: c,
    economics: e,
    rates: ratesUsed(run.priced),
    digest: inputsDigest(run.hashes),
    inputFiles: run.hashes.length,
    version: DOORBRAAK_VERSION,
  });
  let text: string | Uint8Array;
  switch (opts.format) {
    case 'html':
      text = renderHtml(extras(), money);
      break;
    case 'xlsx':
      text = renderXlsx(extras(), money);
      break;
    case 'json':
      text = stringifyJson({ ...calcJson(r, c, notes), economics: economicsJson(e) });
      break;
    case 'csv':
      // A CSV file holds grids of figures; free text has no place in it (use json or md).
      text = renderCsvSections(grids(), money);
      break;
    case 'md':
      text = renderMarkdownSections(grids(), money) + (notes ? renderNotesMarkdown(notes, opts.lang) : '');
      break;
    default:
      text = renderTables(grids(), money, stdoutStyle(io, !!opts.output)) + (notes ? renderNotesText(notes, opts.lang) : '');
  }
  let status = deliver(io, text, opts.output, opts.lang);
  if (status === EXIT.ok && opts.lock) {
    status = writeLock(io, opts.lock, lockOf(run, r, opts.paths, opts.rates, io.cwd, lockDirOf(opts.lock, io.cwd), opts), opts.lang);
  }
  if (status !== EXIT.ok || !opts.strictPublished) return status;
  const mismatches = publishedMismatches(c.published);
  report(io, mismatches, opts.lang);
  return mismatches.length ? EXIT.invalid : EXIT.ok;
}

function parseTop(lang: Lang) {
  return (v: string): number => {
    if (!/^\d{1,4}$/.test(v.trim())) {
      throw new InvalidArgumentError(t(lang, { nl: 'verwacht een geheel getal ≥ 0, bijv. 5', en: 'expected a whole number ≥ 0, e.g. 5' }));
    }
    return Number(v.trim());
  };
}

function parseProject(lang: Lang) {
  return (v: string): number[] => {
    const list = parseProjectList(v);
    if (!list) {
      throw new InvalidArgumentError(
        t(lang, { nl: 'verwacht aantallen casussen gescheiden door komma’s, bijv. 30,40', en: 'expected case counts separated by commas, e.g. 30,40' }),
      );
    }
    return list;
  };
}

export function registerCalc(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('calc')
    .description(
      t(lang, {
        nl: 'reken casussen door: huidige inzet, dreigend scenario, na doorbraak, baten en besparing per casus en in totaal, per wet en betaler, met de grootste kostenposten',
        en: 'price cases: current support, threat, after breakthrough, avoided costs and savings per case and in total, by law and payer, with the largest cost items',
      }),
    )
    .argument('<paths...>', t(lang, { nl: 'casusbestanden en mappen', en: 'case files and folders' }));
  addInputOptions(cmd, lang);
  addOutputOptions(cmd, lang, CALC_FORMATS);
  addEconomicsOptions(cmd, lang);
  cmd
    .addOption(
      new Option('--top <n>', t(lang, { nl: 'aantal grootste kostenposten van de huidige inzet (0: geen)', en: 'number of largest current cost items (0: none)' }))
        .argParser(parseTop(lang))
        .default(DEFAULT_TOP),
    )
    .addOption(
      new Option(
        '--project <list>',
        t(lang, {
          nl: 'projectie van de gemiddelde baten naar deze aantallen casussen, bijv. 30,40',
          en: 'project the mean avoided costs to these case counts, e.g. 30,40',
        }),
      ).argParser(parseProject(lang)),
    )
    .option(
      '--strict-published',
      t(lang, {
        nl: 'eindig met status 1 als berekende cijfers afwijken van de gepubliceerde (published in cohort.yaml)',
        en: 'exit with status 1 when computed figures differ from the published ones (published in cohort.yaml)',
      }),
      false,
    );
  cmd.option(
    '--lock <file>',
    t(lang, {
      nl: 'leg de cijfers vast met een sha256 van elke invoer (controleer later met doorbraak verify)',
      en: 'lock the figures with a sha256 of every input (check later with doorbraak verify)',
    }),
  );
  cmd.option(
    '--include-notes',
    t(lang, {
      nl: 'neem de vrije tekst van de casussen (values, note) op in table, md en json; standaard nooit',
      en: 'include the cases’ free text (values, note) in table, md and json; never by default',
    }),
    false,
  );
  cmd.action(async (paths: string[], opts: CalcOptions) => setExit(await runCalc(io, paths, opts)));
}
