/**
 * `doorbraak new CASE-ID [FOLDER]`: FOLDER/CASE-ID.yaml, a commented case template. The scenarios are
 * empty (`[]`), with commented examples above each one (a rate line, an hour line, a chance and a
 * custom item) whose rate ids come from the table the case will be priced with: the folder's
 * cohort's, --rates, or the bundled one. The horizon is the cohort's when the folder has a cohort.
 * With --from, the lines of another case are the start, without its title, values and notes.
 *
 * The text is read by the loader, where it will be, before it is written: a new file passes `check`
 * as written. An existing file is never overwritten.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { diag, filePos } from '../../data/diagnostic.js';
import { DEFAULT_HORIZON } from '../../data/duration.js';
import type { Rate } from '../../data/model.js';
import { closest } from '../../data/suggest.js';
import type { RawCase, RawField } from '../../data/workbook.js';
import { displayPath, findCohortFile } from '../../read/files.js';
import { DEFAULT_RATES_FILE } from '../../read/load.js';
import { rawCaseOf, readFileData } from '../../read/raw-files.js';
import { type CaseComments, caseYaml, commentedLines } from '../../write/case-yaml.js';
import { type Lang, texts } from '../../write/i18n/index.js';
import { writeFilesAtomic } from '../../write/output.js';
import { namedTables, ratesToChoose, realFolder, schemaPath } from '../case-files.js';
import { EXIT, type Io, report } from '../context.js';
import { writeFailure } from '../output-guard.js';
import { addLangOption } from '../options.js';
import { CALC_DEFAULTS, loadRun } from '../run.js';

export interface NewOptions {
  from?: string;
  rates: string[];
  lang: Lang;
}

const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

function isFileArg(cwd: string, arg: string): boolean {
  const abs = resolve(cwd, arg);
  if (existsSync(abs)) return statSync(abs).isFile();
  return /\.ya?ml$/i.test(arg);
}

async function runNew(io: Io, id: string, folder: string | undefined, opts: NewOptions): Promise<number> {
  const t = texts(opts.lang).newCase;
  if (!SLUG.test(id)) {
    report(io, [diag(filePos('doorbraak'), 'schema.slug', { key: 'case', value: id })], opts.lang);
    return EXIT.usage;
  }
  const dir = realFolder(resolve(io.cwd, folder ?? '.'));
  const target = join(dir, `${id}.yaml`);
  const shown = displayPath(target, io.cwd);
  if (existsSync(target)) {
    report(io, [diag(filePos('doorbraak'), 'new.exists', { file: shown })], opts.lang);
    return EXIT.invalid;
  }
  // What the case will be priced with: --rates, else the cohort's tables, else the bundled one; and
  // with --from, the case to start from (a file, or an id in the folder).
  const cohortFile = findCohortFile(dir, new Map());
  const fromFile = opts.from !== undefined && isFileArg(io.cwd, opts.from) ? opts.from : undefined;
  const paths = [...(cohortFile ? [cohortFile] : []), ...(fromFile ? [fromFile] : opts.from !== undefined && existsSync(dir) ? [dir] : [])];
  const first = await loadRun({ paths, rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang }, io);
  if (typeof first === 'number') return first;
  if (report(io, first.diagnostics.filter((d) => d.code !== 'input.no_cases'), opts.lang)) return EXIT.invalid;
  const cohort = first.inputs.cohorts.find((c) => c.file === displayPath(cohortFile ?? '', io.cwd));
  const tables = opts.rates.length ? [] : cohort?.rates.length ? cohort.rates : [DEFAULT_RATES_FILE];
  const load = await loadRun({ paths: tables, rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang }, io);
  if (typeof load === 'number') return load;
  if (report(io, load.diagnostics.filter((d) => d.code !== 'input.no_cases'), opts.lang)) return EXIT.invalid;
  const rates = ratesToChoose(load.inputs, namedTables(load.inputs, opts.rates, io.cwd));

  let text: string;
  if (opts.from !== undefined) {
    const wanted = fromFile !== undefined ? resolve(io.cwd, fromFile) : undefined;
    const absOf = new Map(first.inputs.files.map((f) => [f.path, f.abs]));
    const other = first.inputs.cases.find((c) => (wanted !== undefined ? absOf.get(c.file) === wanted : c.id === opts.from));
    if (!other) {
      const d = fromFile
        ? diag(filePos(fromFile), 'explain.not_a_case')
        : diag(filePos(displayPath(dir, io.cwd)), 'explain.case_not_found', { id: opts.from, suggestions: closest(opts.from, first.inputs.cases.map((c) => c.id), 3) });
      report(io, [d], opts.lang);
      return EXIT.invalid;
    }
    const data = readFileData(absOf.get(other.file) ?? resolve(io.cwd, other.file), other.file).data ?? {};
    const raw = rawCaseOf(data, { freeText: false, title: false }).raw;
    // Its lines, horizon and price year; not how the other household's case went (status, dates,
    // problems, kind, scores, follow-up).
    const head: RawField[] = [{ key: 'case', value: id }, { key: 'title', value: t.title }, ...raw.head.filter((f) => f.key === 'horizon' || f.key === 'price_year')];
    const from: RawCase = { head, dates: [], tags: [], values: [], scenarios: raw.scenarios, followup: [] };
    text = caseYaml(from, schemaPath(dir, 'case'), { header: t.headerFrom(id, other.id), keys: { title: t.titleNote } }).text;
  } else {
    text = caseYaml(template(id, t.title, cohort?.horizon === undefined), schemaPath(dir, 'case'), comments(id, rates, cohort, opts.lang)).text;
  }

  // Read where it will be, as check will read it.
  const check = await loadRun({ paths: [], rates: opts.rates, economics: CALC_DEFAULTS, lang: opts.lang, virtual: new Map([[target, text]]) }, io);
  if (typeof check === 'number') return check;
  if (report(io, check.diagnostics, opts.lang)) return EXIT.invalid;
  try {
    writeFilesAtomic([{ target, content: text, replace: false }]);
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
    report(io, [exists ? diag(filePos('doorbraak'), 'new.exists', { file: shown }) : writeFailure(shown, e)], opts.lang);
    return EXIT.invalid;
  }
  io.out(t.written(shown, displayPath(dir, io.cwd)) + '\n');
  return EXIT.ok;
}

/** The case of a template: its id, a title to replace, the default horizon unless the cohort gives one. */
function template(id: string, title: string, ownHorizon: boolean): RawCase {
  return {
    head: [{ key: 'case', value: id }, { key: 'title', value: title }, ...(ownHorizon ? [{ key: 'horizon', value: DEFAULT_HORIZON.text }] : [])],
    dates: [],
    tags: [],
    values: [],
    scenarios: { current: [], threat: [], breakthrough: [] },
    followup: [],
  };
}

/** A rate of one of these units, the preferred id first. */
function pick(rates: readonly Rate[], units: readonly string[], preferred: string): Rate | undefined {
  return rates.find((r) => r.id === preferred && units.includes(r.unit)) ?? units.map((u) => rates.find((r) => r.unit === u)).find((r) => r !== undefined);
}

/** The template's comments: what each part is, and examples with ids from the rates in force. */
function comments(id: string, rates: readonly Rate[], cohort: { id: string; horizon?: { text: string } } | undefined, lang: Lang): CaseComments {
  const t = texts(lang).newCase;
  const n = t.notes;
  const timed = pick(rates, ['month', 'week', 'day', 'year'], 'ots');
  const hourly = pick(rates, ['hour'], 'ambulante-jeugdhulp-hbo');
  const daily = pick(
    rates.filter((r) => r !== timed),
    ['day', 'week', 'month', 'year'],
    'jeugdzorg-plus',
  );
  const item = rates.find((r) => r.unit !== 'hour') ?? rates[0];
  type Example = { readonly fields: readonly RawField[]; readonly notes?: Readonly<Record<string, string>> };
  const current: Example[] = [
    ...(timed ? [{ fields: [{ key: 'rate', value: timed.id }, { key: 'for', value: t.exampleFor }], notes: { rate: n.rate, for: n.for } }] : []),
    ...(hourly ? [{ fields: [{ key: 'rate', value: hourly.id }, { key: 'hours', value: t.exampleHours }], notes: { rate: n.hourRate, hours: n.hours } }] : []),
  ];
  const threat: Example[] = daily
    ? [{ fields: [{ key: 'rate', value: daily.id }, { key: 'for', value: t.exampleThreatFor }, { key: 'chance', value: 0.5 }], notes: { chance: n.chance } }]
    : [];
  const breakthrough: Example[] = [
    {
      fields: [
        { key: 'item', value: t.exampleItem },
        { key: 'price', value: 2500 },
        { key: 'unit', value: 'once' },
        { key: 'law', value: item?.law ?? 'Wmo' },
        { key: 'payer', value: item?.payer ?? 'gemeente' },
        { key: 'investment', value: true },
      ],
      notes: { item: n.item, price: n.price, unit: n.unit, investment: n.investment },
    },
  ];
  const block = (s: 'current' | 'threat' | 'breakthrough', lines: readonly Example[]): string[] =>
    lines.length ? [...t.scenarios[s], ...commentedLines(lines), t.useExamples(s)] : [...t.scenarios[s]];
  return {
    header: t.header(id),
    keys: { title: t.titleNote, ...(cohort?.horizon === undefined ? { horizon: t.horizonNote } : {}) },
    ...(cohort?.horizon !== undefined ? { afterHead: t.cohortHorizon(cohort.id, cohort.horizon.text) } : {}),
    scenarios: { current: block('current', current), threat: block('threat', threat), breakthrough: block('breakthrough', breakthrough) },
  };
}

export function registerNew(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const { help: common, newCase } = texts(lang);
  const h = newCase.help;
  const cmd = program
    .command('new')
    .description(h.description)
    .argument('<case>', h.arguments.case)
    .argument('[folder]', h.arguments.folder)
    .option('--from <case>', h.options.from)
    .option('--rates <file>', common.rates, (v: string, prev: string[]) => [...prev, v], []);
  addLangOption(cmd, lang);
  cmd.action(async (id: string, folder: string | undefined, opts: NewOptions) => setExit(await runNew(io, id, folder, opts)));
}
