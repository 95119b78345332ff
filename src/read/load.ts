/**
 * Loading everything a run needs: the case, cohort and rate-table files named on the command line,
 * the cohort.yaml above each case, and the rate tables each case is priced with
 * (--rates, else the cohort's `rates:`, else the bundled default table). All problems are collected.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, compareNatural, compareStrings, diag, filePos, hasErrors } from '../data/diagnostic.js';
import type { Case, Cohort, Rate, RateSet, RateTable } from '../data/model.js';
import { convertCase, convertCohort, convertRates } from './convert.js';
import { type FoundFiles, displayPath, findCohortFile, findFiles, isCohortName, readText } from './files.js';
import { type FileKind, SCHEMAS } from './schemas.js';
import { validateSchema } from './validate.js';
import { findTagsFile, isTagsName, vocabularyDiagnostics, vocabularyOf } from './vocabulary.js';
import { type ParsedYaml, parseYaml } from './yaml.js';

/** The bundled default rate table, shipped with the package. */
export const DEFAULT_RATES_FILE = fileURLToPath(new URL('../../rates/nl-2024.yaml', import.meta.url));

export interface InputFile {
  readonly abs: string;
  readonly path: string;
  readonly kind: FileKind | 'unknown';
  /** sha256 of the bytes read. */
  readonly sha256: string;
}


export interface Inputs {
  readonly cases: readonly Case[];
  readonly cohorts: readonly Cohort[];
  readonly tables: readonly RateTable[];
  /** The rates each case is priced with, by case id. */
  readonly rateSets: ReadonlyMap<string, RateSet>;
  readonly files: readonly InputFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** --rates files, in order. */
  readonly rates?: readonly string[];
  readonly cwd?: string;
  /** Default table when neither --rates nor a cohort names one. */
  readonly defaultRates?: string;
  /** Work already done by the parallel path; the result is the same with or without it. */
  readonly prepared?: PreparedInputs;
}

export interface Loaded {
  kind: FileKind | 'unknown';
  parsed?: ParsedYaml;
  file: InputFile;
  /** A case converted ahead of time (src/read/parallel.ts). */
  converted?: ConvertedCase;
}

/** What convertCase gives for one file. */
export interface ConvertedCase {
  readonly case?: Case;
  readonly diagnostics: readonly Diagnostic[];
}

/** Files read, validated and converted ahead of time, e.g. in worker threads (src/read/parallel.ts). */
export interface PreparedInputs {
  /** findFiles() of the same paths, so that folders are walked once. */
  readonly found: FoundFiles;
  /** By absolute path: case files (and unreadable or unrecognised ones), never rate tables or cohorts. */
  readonly files: ReadonlyMap<string, PreparedFile>;
}

export interface PreparedFile {
  readonly kind: 'case' | 'unknown';
  readonly file: InputFile;
  /** Diagnostics of readInputFile. */
  readonly diagnostics: readonly Diagnostic[];
  /** convertCase with the file's cohort, for a parsed case file. */
  readonly converted?: ConvertedCase;
}

export function detectKind(abs: string, data: unknown): FileKind | undefined {
  if (isCohortName(abs)) return 'cohort';
  if (isTagsName(abs)) return 'tags';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if ('case' in data) return 'case';
  if ('table' in data) return 'rates';
  if ('cohort' in data) return 'cohort';
  return undefined;
}

/**
 * Read one file: bytes, sha256, YAML, kind and schema. The per-file work of loadInputs, also run in
 * worker threads by src/read/parallel.ts.
 */
export function readInputFile(abs: string, shown: string, expect?: FileKind): { entry: Loaded; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const res = readText(abs, shown);
  if (!res.ok) {
    diagnostics.push(res.diagnostic);
    return { entry: { kind: 'unknown', file: { abs, path: shown, kind: 'unknown', sha256: '' } }, diagnostics };
  }
  const sha256 = createHash('sha256').update(res.bytes).digest('hex');
  const { parsed, diagnostics: ds } = parseYaml(res.text, shown);
  diagnostics.push(...ds);
  let kind: FileKind | 'unknown' = 'unknown';
  if (parsed) {
    if (parsed.data === null || parsed.data === undefined) {
      diagnostics.push(diag(filePos(shown), 'file.empty'));
    } else if (typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      diagnostics.push(diag({ file: shown, line: 1, col: 1 }, 'file.not_mapping', { received: Array.isArray(parsed.data) ? 'array' : typeof parsed.data }));
    } else {
      const k = detectKind(abs, parsed.data) ?? expect;
      if (!k) diagnostics.push(diag({ file: shown, line: 1, col: 1 }, 'file.unknown_kind'));
      else {
        kind = k;
        diagnostics.push(...validateSchema(SCHEMAS[k], parsed));
      }
    }
  }
  return { entry: { kind, ...(parsed ? { parsed } : {}), file: { abs, path: shown, kind, sha256 } }, diagnostics };
}

export function loadInputs(paths: readonly string[], opts: LoadOptions = {}): Inputs {
  const cwd = opts.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const loaded = new Map<string, Loaded>();

  const load = (abs: string, expect?: FileKind): Loaded => {
    const hit = loaded.get(abs);
    if (hit) return hit;
    const pre = opts.prepared?.files.get(abs);
    let entry: Loaded;
    if (pre) {
      // Read, validated and converted ahead of time (src/read/parallel.ts), by the same readInputFile.
      diagnostics.push(...pre.diagnostics);
      entry = { kind: pre.kind, file: pre.file, ...(pre.converted ? { converted: pre.converted } : {}) };
    } else {
      const r = readInputFile(abs, displayPath(abs, cwd), expect);
      diagnostics.push(...r.diagnostics);
      entry = r.entry;
    }
    loaded.set(abs, entry);
    return entry;
  };

  // 1. The files named on the command line.
  const found = opts.prepared?.found ?? findFiles(paths, cwd);
  diagnostics.push(...found.diagnostics);
  for (const f of found.files) load(f);

  // 2. Cohorts: those given, and the nearest cohort.yaml above every case.
  const cohortsByFile = new Map<string, Cohort | null>();
  const cohortFor = (abs: string): Cohort | undefined => {
    if (cohortsByFile.has(abs)) return cohortsByFile.get(abs) ?? undefined;
    const l = load(abs, 'cohort');
    let c: Cohort | null = null;
    if (l.parsed && l.kind === 'cohort') {
      const r = convertCohort(l.parsed, abs);
      diagnostics.push(...r.diagnostics);
      c = r.cohort ?? null;
    }
    cohortsByFile.set(abs, c);
    return c ?? undefined;
  };
  const cohortDirCache = new Map<string, string | null>();
  for (const l of [...loaded.values()]) if (l.kind === 'cohort') cohortFor(l.file.abs);

  // 3. Rate tables.
  const tablesByFile = new Map<string, RateTable | null>();
  const tableFor = (abs: string, from?: Diagnostic): RateTable | undefined => {
    if (tablesByFile.has(abs)) return tablesByFile.get(abs) ?? undefined;
    const before = diagnostics.length;
    const l = load(abs, 'rates');
    let t: RateTable | null = null;
    if (l.parsed && l.kind === 'rates') {
      const r = convertRates(l.parsed);
      diagnostics.push(...r.diagnostics);
      if (!hasErrors(diagnostics.slice(before))) t = r.table ?? null;
    } else if (l.parsed && l.kind !== 'rates') {
      diagnostics.push(diag(filePos(l.file.path), 'file.not_rates'));
    }
    if (from && diagnostics.slice(before).some((d) => d.code === 'io.not_found')) {
      diagnostics.splice(before, diagnostics.length - before, from);
    }
    tablesByFile.set(abs, t);
    return t ?? undefined;
  };
  const explicit: string[] = [];
  for (const l of [...loaded.values()]) if (l.kind === 'rates') explicit.push(l.file.abs);
  for (const r of opts.rates ?? []) explicit.push(resolve(cwd, r));
  for (const f of explicit) tableFor(f);

  const rateSetCache = new Map<string, RateSet | null>();
  const rateSetOf = (files: readonly string[], from?: Diagnostic): RateSet | undefined => {
    const key = files.join('\0');
    if (rateSetCache.has(key)) return rateSetCache.get(key) ?? undefined;
    const tables: RateTable[] = [];
    let ok = true;
    for (const f of files) {
      const t = tableFor(f, from);
      if (t) tables.push(t);
      else ok = false;
    }
    let set: RateSet | null = null;
    if (ok) {
      const lookup = new Map<string, Rate>();
      for (const t of tables) for (const r of t.rates) lookup.set(r.id, r);
      set = { tables, lookup };
    }
    rateSetCache.set(key, set);
    return set ?? undefined;
  };

  // 4. Cases.
  const cases: Case[] = [];
  const rateSets = new Map<string, RateSet>();
  const firstSeen = new Map<string, Case>();
  const caseEntries = [...loaded.values()].filter((l) => l.kind === 'case').sort((a, b) => compareStrings(a.file.abs, b.file.abs));
  const caseFiles = new Map<Case, string>();
  for (const l of caseEntries) {
    if (!l.parsed && !l.converted) continue;
    const cohortFile = findCohortFile(dirname(l.file.abs), cohortDirCache);
    const cohort = cohortFile ? cohortFor(cohortFile) : undefined;
    const r = l.converted ?? convertCase(l.parsed!, cohort);
    diagnostics.push(...r.diagnostics);
    const c = r.case;
    if (!c) continue;
    const prev = firstSeen.get(c.id);
    if (prev) {
      diagnostics.push(diag(c.pos, 'case.duplicate_id', { id: c.id, first: prev.file }));
      continue;
    }
    firstSeen.set(c.id, c);
    caseFiles.set(c, l.file.abs);
    let set: RateSet | undefined;
    if (explicit.length) set = rateSetOf(explicit);
    else if (cohort && cohort.rates.length) set = rateSetOf(cohort.rates, diag(cohort.pos, 'cohort.rates_missing', { file: cohort.rates.map((f) => displayPath(f, cwd)).join(', ') }));
    else set = rateSetOf([opts.defaultRates ?? DEFAULT_RATES_FILE]);
    cases.push(c);
    if (set) rateSets.set(c.id, set);
  }
  cases.sort((a, b) => compareNatural(a.cohort ?? '', b.cohort ?? '') || compareNatural(a.id, b.id));

  const cohorts = [...cohortsByFile.values()].filter((c): c is Cohort => !!c).sort((a, b) => compareNatural(a.id, b.id));

  // 5. The words of the cases' tag lists (docs/tracking.md): the cohort's `tags:`, else the nearest tags.yaml.
  const tagsDirCache = new Map<string, string | null>();
  const cohortById = new Map(cohorts.map((c) => [c.id, c]));
  diagnostics.push(
    ...vocabularyDiagnostics(cases, (c, key) => {
      const cohort = c.cohort !== undefined ? cohortById.get(c.cohort) : undefined;
      const own = cohort?.tags?.[key];
      if (own) return { words: own, file: cohort.file };
      const abs = caseFiles.get(c);
      const tf = abs ? findTagsFile(dirname(abs), tagsDirCache) : undefined;
      if (!tf) return undefined;
      const l = load(tf, 'tags');
      const words = l.kind === 'tags' && l.parsed ? vocabularyOf(l.parsed.data)?.[key] : undefined;
      return words ? { words, file: l.file.path } : undefined;
    }),
  );
  const tables = [...tablesByFile.values()].filter((t): t is RateTable => !!t).sort((a, b) => compareStrings(a.file, b.file));
  const files = [...loaded.values()].map((l) => l.file).sort((a, b) => compareStrings(a.path, b.path));
  return { cases, cohorts, tables, rateSets, files, diagnostics };
}
