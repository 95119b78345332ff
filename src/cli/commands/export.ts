/**
 * `doorbraak export <paths...> -o casussen.xlsx`: the cases as a workbook (the one `template` writes,
 * filled in), for a professional to update and `doorbraak import` to read back. Each case, cohort and
 * tags.yaml is taken as written (`6 maanden` stays `6 maanden`); free text (the text of values, notes)
 * only with --include-notes. Folders are recorded relative to the folder exported, so that import
 * puts every file back in its place.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { type Diagnostic, diag } from '../../data/diagnostic.js';
import type { Run } from '../../data/run.js';
import { rawCaseOf, rawCohortOf, rawTagsOf, readFileData } from '../../read/raw-files.js';
import type { WorkbookCase, WorkbookCohort, WorkbookTags } from '../../write/case-workbook.js';
import { documents } from '../../write/render/lazy-documents.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { namedTables, ratesToChoose, workbookRates } from '../case-files.js';
import { EXIT, type Io, deliver, refuseOverInput, report } from '../context.js';
import { type InputOptions, addInputOptions, addLangOption } from '../options.js';
import { CALC_DEFAULTS, withRun } from '../run.js';

export interface ExportOptions extends InputOptions {
  output: string;
  lang: Lang;
  includeNotes: boolean;
}

async function runExport(io: Io, paths: string[], opts: ExportOptions): Promise<number> {
  const request = { paths, rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang, followSymlinks: opts.followSymlinks === true };
  return withRun(io, request, (run) => exportCases(run, { ...opts, paths }, io));
}

/** The deepest folder that holds every one of these. */
function commonFolder(dirs: readonly string[]): string {
  let common = dirs[0] ?? '';
  for (const d of dirs.slice(1)) {
    while (common !== dirname(common) && d !== common && !d.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}

const posix = (p: string): string => p.split(sep).join('/');

/** export on a loaded run. */
export function exportCases(run: Run, opts: ExportOptions & { readonly paths: readonly string[] }, io: Io): number {
  const refused = refuseOverInput(io, opts.lang, [{ option: '-o', path: opts.output }], run.hashes);
  if (refused !== undefined) return refused;
  const { inputs } = run;
  const warnings: Diagnostic[] = [];
  if (report(io, run.diagnostics, opts.lang)) return EXIT.invalid;
  const absOf = new Map(inputs.files.map((f) => [f.path, f.abs]));
  const caseFolders = opts.paths.map((p) => {
    const abs = resolve(io.cwd, p);
    return inputs.files.some((f) => f.abs === abs) ? dirname(abs) : abs;
  });
  // Every file lies below the root, the cohorts' folders too (a case may sit below its cohort's folder).
  const root = commonFolder([...caseFolders, ...inputs.cohorts.map((c) => c.dir)]);
  const folderOf = (dir: string): string => posix(relative(root, dir));
  // The word lists (tags.yaml) read at or below the root. One above it (cases/tags.yaml when
  // cases/veilige-handen is exported) stays where it is, and applies again when the cases go back there.
  const tagFiles = inputs.files.filter((f) => f.kind === 'tags' && (dirname(f.abs) === root || dirname(f.abs).startsWith(root.endsWith(sep) ? root : root + sep)));
  const cohortFolder = new Map(inputs.cohorts.map((c) => [c.id, folderOf(c.dir)]));
  const cohorts: WorkbookCohort[] = inputs.cohorts.map((c) => {
    const data = readFileData(absOf.get(c.file) ?? resolve(io.cwd, c.file), c.file).data ?? {};
    const folder = cohortFolder.get(c.id)!;
    return { raw: rawCohortOf(data), ...(folder !== c.id ? { folder } : {}) };
  });
  const cases: WorkbookCase[] = inputs.cases.map((c) => {
    const abs = absOf.get(c.file) ?? resolve(io.cwd, c.file);
    const read = rawCaseOf(readFileData(abs, c.file).data ?? {}, { freeText: opts.includeNotes });
    for (const key of read.dropped) warnings.push(diag(c.pos, 'export.value_dropped', { key, id: c.id }, 'warning'));
    const folder = folderOf(dirname(abs));
    const usual = c.cohort !== undefined ? cohortFolder.get(c.cohort) : '';
    return { raw: read.raw, ...(c.cohort !== undefined ? { cohort: c.cohort } : {}), ...(folder !== usual ? { folder } : {}) };
  });
  const tags: WorkbookTags[] = tagFiles.map((f) => ({ raw: rawTagsOf(readFileData(f.abs, f.path).data ?? {}), folder: folderOf(dirname(f.abs)) }));
  report(io, warnings, opts.lang);
  const rates = ratesToChoose(inputs, namedTables(inputs, opts.rates, io.cwd));
  return deliver(io, documents().casesWorkbook(cases, cohorts, tags, workbookRates(rates), opts.lang), opts.output, opts.lang);
}

export function registerExport(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, exportCases: e } = texts(lang);
  const cmd = program
    .command('export')
    .description(e.help.description)
    .argument('<paths...>', e.help.arguments.paths)
    .requiredOption('-o, --output <file>', common.output)
    .option('--include-notes', e.help.options.includeNotes, false);
  addInputOptions(cmd, lang);
  addLangOption(cmd, lang);
  cmd.action(async (paths: string[], opts: ExportOptions) => setExit(await runExport(io, paths, opts)));
}
