/**
 * Load once, then run the command (as hledger's `CliOpts -> Journal -> IO ()`). `loadRun` finds,
 * reads, validates and prices everything a command works from, in one place for every command:
 *
 *   options ─ prepareEconomics ─┐
 *   paths, --rates ─ findFiles ─ (worker threads) ─ loadInputs ─ pricingOptionsFor ─ priceAll ─→ Run
 *
 * and a command is then a function `(run, options, io) => exit status` (src/cli/commands/*.ts).
 * Case files are read, converted and priced in worker threads when there are enough of them
 * (DOORBRAAK_WORKERS=0 turns this off; the result is the same byte for byte), with a progress bar on
 * a terminal.
 */
import { diag, filePos, hasErrors } from '../data/diagnostic.js';
import type { Inputs } from '../data/inputs.js';
import type { Case } from '../data/model.js';
import { type CasePricing, type PricedAll, type PricingOptions, gatherPriced, priceAll, priceOne } from '../data/pricing.js';
import { type Run, pricingOptionsFor } from '../data/run.js';
import { findFiles } from '../read/files.js';
import { loadInputs } from '../read/load.js';
import { type ParallelInputs, prepareInParallel, pricedAhead, workerCount } from '../read/parallel.js';
import { type Lang, texts } from '../write/i18n/index.js';
import { type Progress, makeProgress } from '../write/progress.js';
import type { Io } from './context.js';
import { type EconomicsOptions, prepareEconomics } from './economics.js';
import type { EconomicsSetup } from '../data/economics.js';

/** What a command asks to be loaded. */
export interface LoadRequest {
  /** Case files, cohorts, rate tables and folders, as given (relative to io.cwd). */
  readonly paths: readonly string[];
  /** --rates files, in order (a later table overrides an earlier one rate by rate). */
  readonly rates: readonly string[];
  /** The economics options as given on the command line (or as recorded in a lock). */
  readonly economics: EconomicsOptions;
  /** Language of the messages and the progress bar. */
  readonly lang: Lang;
  /** Follow symbolic links that lead outside the folders given (--follow-symlinks). */
  readonly followSymlinks?: boolean;
  /** Run the privacy guard while reading (calc, check): Inputs.privacy. */
  readonly privacy?: boolean;
  /** The table of cases whose cohort names none (absolute); default the bundled DEFAULT_RATES_FILE (verify: the lock's). */
  readonly defaultRates?: string;
  /** Files not written yet, read as if they were (import checks what it is about to write): LoadOptions.virtual. */
  readonly virtual?: ReadonlyMap<string, string>;
}

/** How calc prices without economics options: the default index, price year and discount rate. */
export const CALC_DEFAULTS: EconomicsOptions = { indexation: true, sensitivity: false };

/**
 * Everything a command works from, loaded once. A number is an exit status: the economics options
 * were unusable (2) or the price index could not be read (1); the problem has been reported.
 * Problems in the inputs are not reported here: they are in `run.diagnostics`, for the command to
 * report (check adds its own, verify compares anyway).
 */
export async function loadRun(req: LoadRequest, io: Io): Promise<Run | number> {
  const econ = prepareEconomics(io, req.economics, req.lang);
  if (typeof econ === 'number') return econ;
  const delay = Number(io.env.DOORBRAAK_PROGRESS_DELAY_MS ?? 1000);
  const progress = makeProgress({ isTTY: io.stderrIsTTY, env: io.env, write: io.err }, Number.isFinite(delay) ? delay : 1000);
  try {
    const { inputs, prepared } = await readInputs(req, io, progress, econ.setup);
    const pricing = pricingOptionsFor(econ.setup, inputs);
    const priced = priceWithProgress(inputs, pricing, progress, req.lang, pricedAhead(prepared, inputs.rateSets, pricing));
    const again = (estimate: 'low' | 'high') => priceAll(inputs.cases, inputs.rateSets, { ...pricing, estimate: () => estimate }).priced;
    return {
      inputs,
      economics: econ.setup,
      pricing,
      priced: priced.priced,
      ...(econ.setup.sensitivity ? { estimates: { low: again('low'), high: again('high') } } : {}),
      tables: priced.tables,
      diagnostics: problems(req.paths, inputs, priced, pricing),
      hashes: [...inputs.files, ...(econ.indexFile ? [econ.indexFile] : [])],
    };
  } finally {
    progress.done();
  }
}

/** Load, then run the command on what was loaded: an exit status either way. */
export async function withRun(io: Io, req: LoadRequest, command: (run: Run) => number): Promise<number> {
  const run = await loadRun(req, io);
  return typeof run === 'number' ? run : command(run);
}

/**
 * The same inputs priced again at another price year, without reading a file again: diff prices
 * both sides at one price year (the newer of the two when none is asked for), as calc would.
 */
export function atPriceYear(run: Run, paths: readonly string[], priceYear: number): Run {
  const economics = { ...run.economics, priceYear };
  const pricing = pricingOptionsFor(economics, run.inputs);
  const priced = priceAll(run.inputs.cases, run.inputs.rateSets, pricing);
  const again = (estimate: 'low' | 'high') => priceAll(run.inputs.cases, run.inputs.rateSets, { ...pricing, estimate: () => estimate }).priced;
  return {
    ...run,
    economics,
    pricing,
    priced: priced.priced,
    ...(run.estimates ? { estimates: { low: again('low'), high: again('high') } } : {}),
    tables: priced.tables,
    diagnostics: problems(paths, run.inputs, priced, pricing),
  };
}

/**
 * Find and read the files; case files in worker threads when there are enough of them, which also
 * price them with the rate sets and options they can know before loadInputs (src/read/parallel.ts).
 */
async function readInputs(req: LoadRequest, io: Io, progress: Progress, economics: EconomicsSetup): Promise<{ inputs: Inputs; prepared: ParallelInputs }> {
  const { paths, rates, lang } = req;
  const privacy = req.privacy === true;
  const cwd = io.cwd;
  const followSymlinks = req.followSymlinks === true;
  const found = findFiles(paths, cwd, { followSymlinks });
  // Virtual files are read on this thread, where they are.
  const workers = req.virtual ? 0 : workerCount(io.env, found.files.length);
  const defaultRates = req.defaultRates !== undefined ? { defaultRates: req.defaultRates } : {};
  const prepared = workers
    ? await prepareInParallel(found, {
        rates,
        cwd,
        ...defaultRates,
        workers,
        privacy,
        economics,
        onProgress: (done, total) => progress.update(texts(lang).progress.filesRead, done, total),
      })
    : { found, files: new Map() };
  return { inputs: loadInputs(paths, { rates, cwd, prepared, followSymlinks, privacy, ...defaultRates, ...(req.virtual ? { virtual: req.virtual } : {}) }), prepared };
}

/**
 * priceAll, with the cases the workers priced taken as they priced them (`ahead`: the same rate set
 * and options, so the same result) and the progress bar moved every few thousand cases: the result is
 * that of one priceAll call.
 */
function priceWithProgress(inputs: Inputs, pricing: PricingOptions, progress: Progress, lang: Lang, ahead: ReadonlyMap<Case, CasePricing>): PricedAll {
  const step = 5000;
  const total = inputs.cases.length;
  let done = 0;
  const priced = gatherPriced(inputs.cases, inputs.rateSets, pricing, (c, set) => {
    if (++done % step === 0) progress.update(texts(lang).progress.casesPriced, done, total);
    return ahead.get(c) ?? priceOne(c, set, pricing);
  });
  progress.update(texts(lang).progress.casesPriced, total, total);
  return priced;
}

/**
 * Every problem of reading and pricing, those of the valid lines in files with errors included
 * (every problem of every file in one run); "no cases" when there is nothing else to say.
 */
function problems(paths: readonly string[], inputs: Inputs, priced: PricedAll, pricing: PricingOptions) {
  const probed = (inputs.probes ?? []).flatMap((p) => priceAll([p.case], new Map([[p.case.id, p.rates]]), pricing).diagnostics);
  const all = [...inputs.diagnostics, ...priced.diagnostics, ...probed];
  if (!inputs.cases.length && !hasErrors(all)) all.push(diag(filePos(paths.join(' ')), 'input.no_cases'));
  return all;
}
