/** `doorbraak calc <paths...>`: per-case and aggregate baten, with the council sections. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { diag, filePos } from '../../data/diagnostic.js';
import { type Rational, roundHalfAwayFromZero } from '../../data/rational.js';
import { calcReport } from '../../reports/calc.js';
import { councilReport } from '../../reports/council.js';
import { parseProjectList } from '../../reports/projection.js';
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
import { type EconomicsOptions, addEconomicsOptions, economicsReport, prepareEconomics, pricingOptions } from '../economics.js';
import { loadAndPriceFast } from '../load-and-price.js';
import { lockDirOf, lockOf, writeLock } from '../lock.js';
import { FORMATS, type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';
import { inputsDigest } from '../../reports/digest.js';
import { ratesUsed } from '../../reports/rates-used.js';
import { renderHtml } from '../../write/render/html.js';
import { renderXlsx } from '../../write/render/xlsx-report.js';
import { DOORBRAAK_VERSION } from '../version.js';
import { indexFileOf } from '../lock.js';
import { inputTargets } from '../output-guard.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Lang } from '../../write/i18n.js';
import { caseNotes } from '../../reports/notes.js';
import { renderNotesMarkdown, renderNotesText } from '../../write/render/notes.js';

/** calc writes two more formats than the other commands: a self-contained HTML report and an xlsx workbook. */
export const CALC_FORMATS = [...FORMATS, 'html', 'xlsx'] as const;
export type CalcFormat = (typeof CALC_FORMATS)[number];

export interface CalcOptions extends InputOptions, Omit<OutputOptions, 'format'>, EconomicsOptions {
  format: CalcFormat;
  top?: number;
  project?: number[];
  strictPublished?: boolean;
  lock?: string;
  includeNotes?: boolean;
}

export async function runCalc(io: Io, paths: string[], opts: CalcOptions): Promise<number> {
  // A workbook is binary: on a terminal it is useless and through io.out it would be mangled.
  if (opts.format === 'xlsx' && !opts.output) {
    report(io, [diag(filePos('doorbraak'), 'usage.xlsx_needs_output')], opts.lang);
    return EXIT.usage;
  }
  const econ = prepareEconomics(io, opts, opts.lang);
  if (typeof econ === 'number') return econ;
  const loaded = await loadAndPriceFast(paths, opts.rates, io.cwd, io, opts.lang, pricingOptions(econ), opts.followSymlinks);
  // Never over an input: checked before anything is written, whatever else is wrong (issue 12).
  const indexFile = indexFileOf(opts, io.cwd);
  const overInput = inputTargets(
    [{ option: '-o', path: opts.output }, { option: '--lock', path: opts.lock }],
    [...loaded.inputs.files.map((f) => f.abs), ...(indexFile ? [indexFile] : [])],
    io.cwd,
  );
  if (overInput.length) {
    report(io, overInput, opts.lang);
    return EXIT.usage;
  }
  if (report(io, loaded.all, opts.lang)) return EXIT.invalid;
  const r = calcReport(loaded.priced, loaded.inputs.cohorts, loaded.tables);
  const e = economicsReport(loaded, econ);
  if (Array.isArray(e)) {
    report(io, e, opts.lang);
    return EXIT.invalid;
  }
  const c = councilReport(loaded.priced, loaded.inputs.cohorts, r, { top: opts.top ?? DEFAULT_TOP, project: opts.project ?? [] });
  const money = { lang: opts.lang, cents: opts.cents };
  // The main grid with the economics notes under it, the council sections, then the economics sections.
  const grids = (): Grid[] => {
    const g = calcGrid(r, money);
    return [{ ...g, notes: [...g.notes, ...economicsNotes(e, money)] }, ...councilGrids(r, c, money), ...economicsGrids(e, money)];
  };
  // Free text (values, notes) only when asked for: case files describe vulnerable families.
  const notes = opts.includeNotes ? caseNotes(loaded.priced) : undefined;
  // What the HTML and xlsx reports add: the rates used with their sources and one hash over every input.
  const extras = () => {
    const indexFile = indexFileOf(opts, io.cwd);
    const hashes = [...loaded.inputs.files, ...(indexFile ? [{ sha256: sha256Of(indexFile) }] : [])];
    return { calc: r, council: c, economics: e, rates: ratesUsed(loaded.priced), digest: inputsDigest(hashes), inputFiles: hashes.length, version: DOORBRAAK_VERSION };
  };
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
    status = writeLock(io, opts.lock, lockOf(loaded.inputs, r, paths, opts.rates, io.cwd, lockDirOf(opts.lock, io.cwd), opts, opts.followSymlinks), opts.lang);
  }
  if (status !== EXIT.ok || !opts.strictPublished) return status;
  const failed = c.published.filter((p) => !p.ok);
  report(
    io,
    failed.map((p) =>
      diag({ file: p.file, line: p.line, col: p.col }, 'published.mismatch', {
        cohort: p.cohort,
        pub_cases: p.published.cases,
        cases: p.computed.cases,
        pub_baten: p.published.baten.toString(),
        baten: p.computed.baten.toString(),
        pub_mean: roundCents(p.published.mean),
        mean: p.computed.mean ? roundCents(p.computed.mean) : '',
        mean_ok: p.matches.mean ? 'yes' : 'no',
      }),
    ),
    opts.lang,
  );
  return failed.length ? EXIT.invalid : EXIT.ok;
}

function sha256Of(abs: string): string {
  try {
    return createHash('sha256').update(readFileSync(abs)).digest('hex');
  } catch {
    return '';
  }
}

const roundCents = (r: Rational): string => roundHalfAwayFromZero(r).toString();

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
