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
import { CALC_RENDERERS } from '../../write/render/calc-renderers.js';
import { CALC_FORMATS, type CalcFormat } from '../../write/render/formats.js';
import { EXIT, type Io, deliver, refuseOverInput, report, stdoutStyle, stdoutWidth } from '../context.js';
import { type EconomicsOptions, addEconomicsOptions } from '../economics.js';
import { lockDirOf, lockOf, renderLock, writeLock } from '../lock.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions } from '../options.js';
import { inputsDigest } from '../../reports/digest.js';
import { ratesUsed } from '../../reports/rates-used.js';
import { DOORBRAAK_VERSION } from '../version.js';
import { withRun } from '../run.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { caseNotes } from '../../reports/notes.js';
import { returnsReport } from '../../reports/returns.js';
import { type OptimismBiasOption, addReturnsOptions, optimismBiasOf } from '../returns.js';
import type { OptimismBias } from '../../reports/evidence.js';
import { privacyDiagnostics } from '../../read/privacy-input.js';
import { undeclaredItemNames } from '../../reports/check.js';
import { parseSections, sectionNames } from '../../write/render/calc-sections.js';
import { selectByStatus } from '../../reports/status.js';
import { trackingReport } from '../../reports/tracking.js';
import { type TrackingOptions, addTrackingOptions, countedOnly } from '../tracking.js';
import { lockCitation } from '../../reports/audit.js';
import { caseYears, lineRows } from '../../reports/lines.js';
import { LINES_RENDERERS, isLinesFormat } from '../../write/render/lines-renderers.js';
import { documents } from '../../write/render/lazy-documents.js';

export { CALC_FORMATS, type CalcFormat };

export interface CalcOptions extends InputOptions, Omit<OutputOptions, 'format'>, EconomicsOptions, TrackingOptions {
  format: CalcFormat;
  top?: number;
  project?: number[];
  strictPublished?: boolean;
  lock?: string;
  includeNotes?: boolean;
  optimismBias?: OptimismBiasOption;
  /** --sections: the keys of the sections the terminal shows besides the answer (src/write/render/calc-sections.ts). */
  sections?: string[];
  /** --all: every section on the terminal. */
  all?: boolean;
  /** --strict: what calc warns about (privacy, undeclared law or payer) is an error. */
  strict?: boolean;
  /** --lines: one row per priced line instead of the report (csv, json, xlsx). */
  lines?: boolean;
}

export async function runCalc(io: Io, paths: string[], opts: CalcOptions): Promise<number> {
  // A workbook is binary: on a terminal it is useless and through io.out it would be mangled.
  if (opts.format === 'xlsx' && !opts.output) {
    report(io, [diag(filePos('doorbraak'), 'usage.xlsx_needs_output')], opts.lang);
    return EXIT.usage;
  }
  if (opts.lines && !isLinesFormat(opts.format)) {
    report(io, [diag(filePos('doorbraak'), 'usage.lines_format', { format: opts.format })], opts.lang);
    return EXIT.usage;
  }
  const bias = optimismBiasOf(io, opts.optimismBias, opts.lang);
  if (typeof bias === 'number') return bias;
  const request = { paths, rates: opts.rates, economics: opts, lang: opts.lang, followSymlinks: opts.followSymlinks === true, privacy: true };
  return withRun(io, request, (run) => calc(run, { ...opts, paths, ...(bias ? { bias } : {}) }, io));
}

/** calc on a loaded run: the report in the asked format, then the lock, then --strict-published. */
export function calc(all: Run, opts: CalcOptions & { readonly paths: readonly string[]; readonly bias?: OptimismBias }, io: Io): number {
  // Never over an input: checked before anything is written, whatever else is wrong.
  const refused = refuseOverInput(io, opts.lang, [{ option: '-o', path: opts.output }, { option: '--lock', path: opts.lock }], all.hashes);
  if (refused !== undefined) return refused;
  // calc warns as check does: personal data in a case file, a custom item's law or payer that its
  // rate table does not declare. Errors with --strict.
  const severity = opts.strict ? 'error' : 'warning';
  const warnings = all.inputs.cases.length ? [...undeclaredItemNames(all.inputs, severity), ...privacyDiagnostics(all.inputs, { severity })] : [];
  if (report(io, [...all.diagnostics, ...warnings], opts.lang)) return EXIT.invalid;
  // Following cases over time (docs/tracking.md): the figures count the completed cases unless --status says otherwise.
  const selection = selectByStatus(all.priced, opts.status);
  const run = countedOnly(all, selection.included);
  const r = calcReport(run.priced, run.inputs.cohorts, run.tables);
  const e = economicsReport(run);
  const c = councilReport(run.priced, run.inputs.cohorts, r, { top: opts.top ?? DEFAULT_TOP, project: opts.project ?? [] });
  // Investment and return, programme costs, who gains, evidence by grade (issue 16).
  const returns = returnsReport(run.priced, run.inputs.cohorts, r, {
    pricing: run.pricing,
    project: opts.project ?? [],
    ...(opts.bias ? { optimismBias: opts.bias } : {}),
  });
  if (Array.isArray(returns)) {
    report(io, returns, opts.lang);
    return EXIT.invalid;
  }
  const tracking = trackingReport(run.priced, r, c, selection.summary, {
    ...(opts.by ? { by: opts.by } : {}),
    minGroup: opts.minGroup,
    whoGains: returns.whoGains,
  });
  const money = { lang: opts.lang, cents: opts.cents };
  // Free text (values, notes) only when asked for: case files describe vulnerable families.
  const notes = opts.includeNotes ? caseNotes(run.priced) : undefined;
  // What the HTML and xlsx reports add: the rates used with their sources and one hash over every input.
  const extras = () => ({ rates: ratesUsed(run.priced), digest: inputsDigest(run.hashes), inputFiles: run.hashes.length, version: DOORBRAAK_VERSION });
  // The audit trail (issue 18): the lock is made before the report, so that HTML and xlsx can cite its
  // digest; the line export replaces the report with --lines; the workbook adds the audit sheets.
  const lock = opts.lock ? lockOf(run, r, opts.paths, opts.rates, io.cwd, lockDirOf(opts.lock, io.cwd), opts, opts.followSymlinks === true, opts.status) : undefined;
  const cite = lock && opts.lock ? lockCitation(opts.lock, renderLock(lock)) : undefined;
  const audit = () => ({ ...extras(), lines: lineRows(run.priced), caseYears: caseYears(run.priced), ...(cite ? { lock: cite } : {}) });
  // --by asks for the patterns: on the terminal they are shown as if asked for with --sections.
  const show = { all: opts.all === true, keys: [...(opts.sections ?? []), ...(opts.by?.length ? ['patterns'] : [])] };
  const width = stdoutWidth(io, !!opts.output);
  const ctx = { money, terminal: stdoutStyle(io, !!opts.output), ...(width !== undefined ? { width } : {}) };
  const rows = opts.lines ? lineRows(run.priced) : [];
  if (opts.lines && opts.format === 'xlsx' && !documents().linesFitSheet(rows)) {
    report(io, [diag(filePos(opts.output ?? 'doorbraak'), 'lines.xlsx_too_many', { lines: rows.length })], opts.lang);
    return EXIT.invalid;
  }
  const text =
    opts.lines && isLinesFormat(opts.format)
      ? LINES_RENDERERS[opts.format](rows, ctx)
      : CALC_RENDERERS[opts.format]({ calc: r, council: c, economics: e, returns, ...(notes ? { notes } : {}), accountability: audit, show, tracking }, ctx);
  let status = deliver(io, text, opts.output, opts.lang);
  if (status === EXIT.ok && opts.lock && lock) {
    status = writeLock(io, opts.lock, lock, opts.lang);
  }
  if (status !== EXIT.ok || !opts.strictPublished) return status;
  const mismatches = publishedMismatches(c.published);
  report(io, mismatches, opts.lang);
  return mismatches.length ? EXIT.invalid : EXIT.ok;
}

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

/** --sections wet,betaler (Dutch or English names); repeatable, the lists add up. */
function parseSectionList(lang: Lang) {
  return (v: string, prev: string[] | undefined): string[] => {
    const keys = parseSections(v);
    if (!Array.isArray(keys)) throw new InvalidArgumentError(texts(lang).calcView.badSections(sectionNames(lang).join(', ')));
    return [...new Set([...(prev ?? []), ...keys])];
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
  const view = texts(lang).calcView.help;
  cmd.addOption(new Option('--sections <list>', view.sections).argParser(parseSectionList(lang)));
  cmd.option('--all', view.all, false);
  cmd.option('--strict', view.strict, false);
  cmd.option('--lines', texts(lang).audit.help.lines, false);
  addReturnsOptions(cmd, lang);
  addTrackingOptions(cmd, lang);
  cmd.action(async (paths: string[], opts: CalcOptions) => setExit(await runCalc(io, paths, opts)));
}
