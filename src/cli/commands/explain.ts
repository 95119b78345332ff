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
import { closest } from '../../data/suggest.js';
import { explainReport } from '../../reports/explain.js';
import { explainGrids } from '../../write/explain-grid.js';
import type { Lang } from '../../write/i18n.js';
import { renderCsvSections } from '../../write/render/csv.js';
import { renderExplainJson } from '../../write/render/explain-json.js';
import { renderMarkdownSections } from '../../write/render/markdown.js';
import { renderTables } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { type EconomicsOptions, addPricingOptions, prepareEconomics, pricingOptions } from '../economics.js';
import { loadAndPrice } from '../load-and-price.js';
import { indexFileOf } from '../lock.js';
import { inputTargets } from '../output-guard.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';

export type ExplainOptions = InputOptions & OutputOptions & Omit<EconomicsOptions, 'sensitivity'>;

/** The folder searched for a case id when no paths are given. */
export const DEFAULT_CASE_PATHS = ['cases/'];

function isFileArg(cwd: string, arg: string): boolean {
  const abs = resolve(cwd, arg);
  if (existsSync(abs)) return statSync(abs).isFile();
  return /\.ya?ml$/i.test(arg);
}

export function runExplain(io: Io, target: string, paths: string[], opts: ExplainOptions): number {
  const byFile = isFileArg(io.cwd, target);
  const search = byFile ? [target, ...paths] : paths.length ? paths : DEFAULT_CASE_PATHS;
  // Priced exactly as calc prices it (indexation, discounting), so every figure matches calc's.
  const econ = prepareEconomics(io, { ...opts, sensitivity: false }, opts.lang);
  if (typeof econ === 'number') return econ;
  const pricing = pricingOptions(econ);
  const loaded = loadAndPrice(search, opts.rates, io.cwd, pricing, opts.followSymlinks);
  const indexFile = indexFileOf({ ...opts, sensitivity: false }, io.cwd);
  const overInput = inputTargets([{ option: '-o', path: opts.output }], [...loaded.inputs.files.map((f) => f.abs), ...(indexFile ? [indexFile] : [])], io.cwd);
  if (overInput.length) {
    report(io, overInput, opts.lang);
    return EXIT.usage;
  }
  if (report(io, loaded.all, opts.lang)) return EXIT.invalid;
  const targetAbs = resolve(io.cwd, target);
  const p = byFile
    ? loaded.priced.find((x) => resolve(io.cwd, x.case.file) === targetAbs)
    : loaded.priced.find((x) => x.case.id === target);
  if (!p) {
    const d = byFile
      ? diag(filePos(target), 'explain.not_a_case')
      : diag(filePos(search.join(' ')), 'explain.case_not_found', {
          id: target,
          suggestions: closest(
            target,
            loaded.priced.map((x) => x.case.id),
            3,
          ),
        });
    report(io, [d], opts.lang);
    return EXIT.invalid;
  }
  const r = explainReport(p, loaded.inputs.cohorts, loaded.inputs.rateSets.get(p.case.id)?.tables ?? [], pricing(loaded.inputs));
  const money = { lang: opts.lang, cents: opts.cents };
  let text: string;
  switch (opts.format) {
    case 'json':
      text = renderExplainJson(r);
      break;
    case 'csv':
      text = renderCsvSections(explainGrids(r, money), money);
      break;
    case 'md':
      text = renderMarkdownSections(explainGrids(r, money), money);
      break;
    default:
      text = renderTables(explainGrids(r, money), money, stdoutStyle(io, !!opts.output));
  }
  return deliver(io, text, opts.output, opts.lang);
}

export function registerExplain(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('explain')
    .description(
      t(lang, {
        nl: 'toon hoe elk bedrag van één casus tot stand kwam: elke regel met prijs, hoeveelheid, aantal, kans, kosten en bron',
        en: 'show how every amount of one case was made: each line with price, quantity, count, chance, cost and source',
      }),
    )
    .argument('<case>', t(lang, { nl: 'casus-id of casusbestand', en: 'case id or case file' }))
    .argument(
      '[paths...]',
      t(lang, { nl: 'mappen en bestanden om de casus in te zoeken (standaard: cases/)', en: 'folders and files to look for the case in (default: cases/)' }),
    );
  addInputOptions(cmd, lang);
  addOutputOptions(cmd, lang);
  addPricingOptions(cmd, lang);
  cmd.action((target: string, paths: string[], opts: ExplainOptions) => setExit(runExplain(io, target, paths, opts)));
}
