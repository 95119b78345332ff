/** `doorbraak calc <paths...>`: per-case and aggregate baten, with the council sections. */
import { type Command, InvalidArgumentError, Option } from 'commander';
import { diag, filePos } from '../../data/diagnostic.js';
import { type Rational, roundHalfAwayFromZero } from '../../data/rational.js';
import { calcReport } from '../../reports/calc.js';
import { councilReport } from '../../reports/council.js';
import { parseProjectList } from '../../reports/projection.js';
import { DEFAULT_TOP } from '../../reports/top-items.js';
import { CALC_RENDERERS } from '../../write/render/calc-renderers.js';
import { CALC_FORMATS, type CalcFormat } from '../../write/render/formats.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { type EconomicsOptions, addEconomicsOptions, economicsReport, prepareEconomics, pricingOptions } from '../economics.js';
import { loadAndPriceFast } from '../load-and-price.js';
import { lockDirOf, lockOf, writeLock } from '../lock.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions } from '../options.js';
import { inputsDigest } from '../../reports/digest.js';
import { ratesUsed } from '../../reports/rates-used.js';
import { DOORBRAAK_VERSION } from '../version.js';
import { indexFileOf } from '../lock.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Lang, texts } from '../../write/i18n/index.js';
import { caseNotes } from '../../reports/notes.js';
import { selectByStatus } from '../../reports/status.js';
import { trackingReport } from '../../reports/tracking.js';
import { type TrackingOptions, addTrackingOptions, countedOnly } from '../tracking.js';

export { CALC_FORMATS, type CalcFormat };

export interface CalcOptions extends InputOptions, Omit<OutputOptions, 'format'>, EconomicsOptions, TrackingOptions {
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
  const all = await loadAndPriceFast(paths, opts.rates, io.cwd, io, opts.lang, pricingOptions(econ));
  if (report(io, all.all, opts.lang)) return EXIT.invalid;
  // Following cases over time (docs/tracking.md): the figures count the completed cases unless --status says otherwise.
  const selection = selectByStatus(all.priced, opts.status);
  const loaded = countedOnly(all, selection.included);
  const r = calcReport(loaded.priced, loaded.inputs.cohorts, loaded.tables);
  const e = economicsReport(loaded, econ);
  if (Array.isArray(e)) {
    report(io, e, opts.lang);
    return EXIT.invalid;
  }
  const c = councilReport(loaded.priced, loaded.inputs.cohorts, r, { top: opts.top ?? DEFAULT_TOP, project: opts.project ?? [] });
  const tracking = trackingReport(loaded.priced, r, c, selection.summary, { ...(opts.by ? { by: opts.by } : {}), minGroup: opts.minGroup });
  const money = { lang: opts.lang, cents: opts.cents };
  // Free text (values, notes) only when asked for: case files describe vulnerable families.
  const notes = opts.includeNotes ? caseNotes(loaded.priced) : undefined;
  // What the HTML and xlsx reports add: the rates used with their sources and one hash over every input.
  const extras = () => {
    const indexFile = indexFileOf(opts, io.cwd);
    const hashes = [...loaded.inputs.files, ...(indexFile ? [{ sha256: sha256Of(indexFile) }] : [])];
    return { rates: ratesUsed(loaded.priced), digest: inputsDigest(hashes), inputFiles: hashes.length, version: DOORBRAAK_VERSION };
  };
  const text = CALC_RENDERERS[opts.format](
    { calc: r, council: c, economics: e, ...(notes ? { notes } : {}), accountability: extras, tracking },
    { money, terminal: stdoutStyle(io, !!opts.output) },
  );
  let status = deliver(io, text, opts.output, opts.lang);
  if (status === EXIT.ok && opts.lock) {
    status = writeLock(io, opts.lock, lockOf(loaded.inputs, r, paths, opts.rates, io.cwd, lockDirOf(opts.lock, io.cwd), opts, opts.status), opts.lang);
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
      throw new InvalidArgumentError(texts(lang).calc.badTop);
    }
    return Number(v.trim());
  };
}

function parseProject(lang: Lang) {
  return (v: string): number[] => {
    const list = parseProjectList(v);
    if (!list) {
      throw new InvalidArgumentError(texts(lang).calc.badProject);
    }
    return list;
  };
}

export function registerCalc(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const help = texts(lang).calc.help;
  const cmd = program.command('calc').description(help.description).argument('<paths...>', help.arguments.paths);
  addInputOptions(cmd, lang);
  addOutputOptions(cmd, lang, CALC_FORMATS);
  addEconomicsOptions(cmd, lang);
  cmd
    .addOption(new Option('--top <n>', help.options.top).argParser(parseTop(lang)).default(DEFAULT_TOP))
    .addOption(new Option('--project <list>', help.options.project).argParser(parseProject(lang)))
    .option('--strict-published', help.options.strictPublished, false);
  cmd.option('--lock <file>', help.options.lock);
  cmd.option('--include-notes', help.options.includeNotes, false);
  addTrackingOptions(cmd, lang);
  cmd.action(async (paths: string[], opts: CalcOptions) => setExit(await runCalc(io, paths, opts)));
}
