/**
 * Loading everything a run needs: the case, cohort and rate-table files named on the command line,
 * the cohort.yaml above each case, and the rate tables each case is priced with
 * (--rates, else the cohort's `rates:`, else the bundled default table). All problems are collected.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, compareNatural, compareStrings, diag, filePos, hasErrors } from '../data/diagnostic.js';
import type { FileKind, InputFile, Inputs, Probe } from '../data/inputs.js';
import type { Case, Cohort, Rate, RateSet, RateTable } from '../data/model.js';
import type { CasePricing, IndexGap, PricedWire } from '../data/pricing.js';
import { convertCase, convertCohort, convertRates } from './convert.js';
import { DEFAULT_INDEX_FILE } from './index-series.js';
import { type FoundFiles, displayPath, findCohortFile, findFiles, isCohortName, readText, sha256Hex } from './files.js';
import { isCourseDate, scanParsed } from './privacy-input.js';
import { findTagsFile, isTagsName, vocabularyDiagnostics, vocabularyOf } from './vocabulary.js';
import { FastParsed, type Parsed, readFast } from './fast.js';
import { scanString } from '../data/privacy.js';
import { exact } from './lazy.js';
import { precompiledTable } from './precompiled.js';
import type { PathSeg } from './yaml.js';

/**
 * The bundled default rate table, shipped with the package: the table of cases whose cohort names
 * none. A cohort that pins its table (`rates:` in cohort.yaml) is not moved when this changes; a lock
 * records the default it was computed with (rates/README.md, docs/version-control.md).
 */
export const DEFAULT_RATES_FILE = fileURLToPath(new URL('../../rates/nl-2026.yaml', import.meta.url));

export interface LoadOptions {
  /** --rates files, in order. */
  readonly rates?: readonly string[];
  readonly cwd?: string;
  /** Default table when neither --rates nor a cohort names one. */
  readonly defaultRates?: string;
  /** Follow symbolic links that lead outside the folders given (src/read/files.ts). */
  readonly followSymlinks?: boolean;
  /** Work already done by the parallel path; the result is the same with or without it. */
  readonly prepared?: PreparedInputs;
  /** Run the privacy guard over each case and cohort file as it is parsed (Inputs.privacy). */
  readonly privacy?: boolean;
  /**
   * Files that are not on disk (yet), by absolute path: the files an import is about to write, read
   * as if they were there, so that they are checked exactly as they will be read. They count as named
   * on the command line (after the paths' own files), and a virtual cohort.yaml is found above a case
   * like one on disk; a virtual file shadows a file on disk at the same path.
   */
  readonly virtual?: ReadonlyMap<string, string>;
}

/** One file as read: its kind, the parsed YAML, and (from the parallel path) the case converted. */
export interface LoadedFile {
  kind: FileKind | 'unknown';
  /** The exact reading (src/read/yaml.ts), or the fast one for a file without problems (src/read/fast.ts). */
  parsed?: Parsed;
  file: InputFile;
  /** A case converted ahead of time (src/read/parallel.ts). */
  converted?: ConvertedCase;
  /** A bundled rate table, converted at build time (src/read/precompiled.ts): convertRates' result, without `parsed`. */
  precompiled?: { readonly table?: RateTable; readonly diagnostics: readonly Diagnostic[] };
}

/** What convertCase gives for one file. */
export interface ConvertedCase {
  readonly case?: Case;
  /** The lines that converted in a file with errors, to be priced for their problems only (convertCase). */
  readonly probe?: Case;
  readonly diagnostics: readonly Diagnostic[];
}

/** Files read, validated and converted ahead of time, e.g. in worker threads (src/read/parallel.ts). */
export interface PreparedInputs {
  /** findFiles() of the same paths, so that folders are walked once. */
  readonly found: FoundFiles;
  /** By absolute path: case files (and unreadable or unrecognised ones), never rate tables or cohorts. */
  readonly files: ReadonlyMap<string, PreparedFile>;
  /**
   * Rate tables read and converted ahead of time, so that the workers could price with them
   * (src/read/parallel.ts), by absolute path: used by loadInputs when it reads the file the same way.
   */
  readonly tables?: ReadonlyMap<string, AheadTable>;
}

/** A rate table read (and, when it is one, converted) before loadInputs runs: readTableAhead. */
export interface AheadTable {
  /** The kind the file was read expecting (readInputFile's `expect`). */
  readonly expect: FileKind | undefined;
  readonly entry: LoadedFile;
  /** Diagnostics of readInputFile. */
  readonly diagnostics: readonly Diagnostic[];
  /** The privacy guard's findings, when asked for. */
  readonly privacy: readonly Diagnostic[];
  /** convertRates of the file, when it was read as a rate table. */
  readonly converted?: { readonly table?: RateTable; readonly diagnostics: readonly Diagnostic[] };
}

/** Read a rate table as InputLoader would (readInputFile, then convertRates when it is a table). */
export function readTableAhead(abs: string, shown: string, expect: FileKind | undefined, privacy: boolean): AheadTable {
  const { entry, diagnostics } = readInputFile(abs, shown, expect);
  const converted = entry.kind !== 'rates' ? undefined : (entry.precompiled ?? (entry.parsed ? convertRates(entry.parsed) : undefined));
  return { expect, entry, diagnostics, privacy: privacy ? privacyOf(entry) : [], ...(converted ? { converted } : {}) };
}

export interface PreparedFile {
  readonly kind: 'case' | 'unknown';
  readonly file: InputFile;
  /** Diagnostics of readInputFile. */
  readonly diagnostics: readonly Diagnostic[];
  /** convertCase with the file's cohort, for a parsed case file. */
  readonly converted?: ConvertedCase;
  /** The privacy guard's findings (warnings), when the load asked for them. */
  readonly privacy?: readonly Diagnostic[];
  /** The case priced ahead of time with the rate set `set` of the parallel path's plan (src/read/parallel.ts). */
  readonly priced?: { readonly set: number; readonly result: CasePricing };
  /** The same as a worker thread sends it: the priced case in its wire form (pricedToWire), made `priced` on arrival. */
  readonly pricedWire?: { readonly set: number; readonly wire?: PricedWire; readonly problems: readonly Diagnostic[]; readonly gaps: readonly IndexGap[] };
}

function detectKind(abs: string, data: unknown): FileKind | undefined {
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
export function readInputFile(abs: string, shown: string, expect?: FileKind, virtualText?: string): { entry: LoadedFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const res = virtualText !== undefined ? { ok: true as const, text: virtualText, bytes: Buffer.from(virtualText, 'utf8') } : readText(abs, shown);
  if (!res.ok) {
    diagnostics.push(res.diagnostic);
    return { entry: { kind: 'unknown', file: { abs, path: shown, kind: 'unknown', sha256: '' } }, diagnostics };
  }
  const sha256 = sha256Hex(res.bytes);
  // A bundled rate table, byte for byte: converted at build time (a file named cohort.yaml is a cohort whatever it holds).
  const pre = isCohortName(abs) ? undefined : precompiledTable(sha256, shown);
  if (pre) return { entry: { kind: 'rates', precompiled: pre, file: { abs, path: shown, kind: 'rates', sha256 } }, diagnostics };
  // The fast path first; a file with anything unusual or wrong is read again exactly, for the messages.
  const fast = readFast(res.text, shown, (data) => detectKind(abs, data) ?? expect);
  if (fast?.kind) return { entry: { kind: fast.kind, parsed: fast, file: { abs, path: shown, kind: fast.kind, sha256 } }, diagnostics };
  const { parsed, diagnostics: ds } = exact().parseYaml(res.text, shown);
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
        diagnostics.push(...exact().validateSchema(exact().SCHEMAS[k], parsed));
      }
    }
  }
  return { entry: { kind, ...(parsed ? { parsed } : {}), file: { abs, path: shown, kind, sha256 } }, diagnostics };
}

/** The privacy guard over a case or cohort file just parsed (warnings); nothing for other files. */
export function privacyOf(entry: LoadedFile): Diagnostic[] {
  const p = entry.parsed;
  if (!p || (entry.kind !== 'case' && entry.kind !== 'cohort')) return [];
  // Read fast: its plain strings are scanned first; only a file with a finding is scanned on its exact
  // reading, which places each finding (the same findings: the same strings, src/read/fast.ts).
  if (p instanceof FastParsed) return mayHoldPersonalData(p.data, []) ? scanParsed(p.exact(), { severity: 'warning' }) : [];
  return scanParsed(p, { severity: 'warning' });
}

/**
 * Whether any string or key in plain data has something the privacy scanner finds; the dates of a
 * case's course are skipped as scanParsed skips them (docs/tracking.md).
 */
function mayHoldPersonalData(data: unknown, path: PathSeg[]): boolean {
  if (typeof data === 'string') return !isCourseDate(path) && scanString(data).length > 0;
  if (Array.isArray(data)) return data.some((v, i) => mayHoldPersonalData(v, [...path, i]));
  if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) if (scanString(k).length > 0 || mayHoldPersonalData(v, [...path, k])) return true;
  }
  return false;
}

/** Tables applied in order: a later one overrides an earlier one rate by rate. */
export function makeRateSet(tables: RateTable[]): RateSet {
  const lookup = new Map<string, Rate>();
  for (const t of tables) for (const r of t.rates) lookup.set(r.id, r);
  return { tables, lookup };
}

/**
 * One load: every file read once (`file`), cohorts, rate tables and rate sets converted once and
 * cached, all problems collected in `diagnostics`. loadInputs runs its steps in order.
 */
class InputLoader {
  readonly diagnostics: Diagnostic[] = [];
  /** The privacy guard's findings, with LoadOptions.privacy. */
  readonly privacy: Diagnostic[] = [];
  private readonly files = new Map<string, LoadedFile>();
  private readonly cohorts = new Map<string, Cohort | null>();
  private readonly cohortDirs = new Map<string, string | null>();
  private readonly tables = new Map<string, RateTable | null>();
  private readonly rateSets = new Map<string, RateSet | null>();
  private readonly tagsDirs = new Map<string, string | null>();
  /** The default table, once a case has been given it. */
  defaultUsed: string | undefined;

  constructor(
    private readonly opts: LoadOptions,
    private readonly cwd: string,
  ) {}

  /** A file, read and validated once: ahead of time by the parallel path, or here. */
  file(abs: string, expect?: FileKind): LoadedFile {
    const hit = this.files.get(abs);
    if (hit) return hit;
    const pre = this.opts.prepared?.files.get(abs);
    const ahead = this.opts.prepared?.tables?.get(abs);
    let entry: LoadedFile;
    if (ahead && ahead.expect === expect) {
      // A rate table read ahead of time (src/read/parallel.ts), by the same readInputFile.
      this.diagnostics.push(...ahead.diagnostics);
      if (this.opts.privacy) this.privacy.push(...ahead.privacy);
      entry = ahead.entry;
    } else if (pre) {
      // Read, validated and converted ahead of time (src/read/parallel.ts), by the same readInputFile.
      this.diagnostics.push(...pre.diagnostics);
      if (this.opts.privacy) this.privacy.push(...(pre.privacy ?? []));
      entry = { kind: pre.kind, file: pre.file, ...(pre.converted ? { converted: pre.converted } : {}) };
    } else {
      const r = readInputFile(abs, displayPath(abs, this.cwd), expect, this.opts.virtual?.get(abs));
      this.diagnostics.push(...r.diagnostics);
      if (this.opts.privacy) this.privacy.push(...privacyOf(r.entry));
      entry = r.entry;
    }
    this.files.set(abs, entry);
    return entry;
  }

  /** Step 1: the files and folders named on the command line. */
  readNamedFiles(paths: readonly string[]): void {
    const found = this.opts.prepared?.found ?? findFiles(paths, this.cwd, { followSymlinks: this.opts.followSymlinks === true });
    this.diagnostics.push(...found.diagnostics);
    for (const f of found.files) this.file(f);
    for (const f of [...(this.opts.virtual?.keys() ?? [])].sort(compareStrings)) this.file(f);
  }

  /** The files read so far that are of this kind, in the order read. */
  filesOfKind(kind: FileKind): LoadedFile[] {
    return [...this.files.values()].filter((l) => l.kind === kind);
  }

  /** A cohort file, converted once; undefined when it is not a valid cohort. */
  cohort(abs: string): Cohort | undefined {
    if (this.cohorts.has(abs)) return this.cohorts.get(abs) ?? undefined;
    const l = this.file(abs, 'cohort');
    let c: Cohort | null = null;
    if (l.parsed && l.kind === 'cohort') {
      const r = convertCohort(l.parsed, abs);
      this.diagnostics.push(...r.diagnostics);
      c = r.cohort ?? null;
    }
    this.cohorts.set(abs, c);
    return c ?? undefined;
  }

  /**
   * A rate table, converted once; undefined when it has errors. `from` replaces a "not found" for the
   * file by a message at whatever named it (a cohort's `rates:`).
   */
  table(abs: string, from?: Diagnostic): RateTable | undefined {
    if (this.tables.has(abs)) return this.tables.get(abs) ?? undefined;
    const ds = this.diagnostics;
    const before = ds.length;
    const l = this.file(abs, 'rates');
    let t: RateTable | null = null;
    if (l.kind === 'rates' && (l.parsed || l.precompiled)) {
      const ahead = this.opts.prepared?.tables?.get(abs);
      const r = ahead?.converted && ahead.entry === l ? ahead.converted : (l.precompiled ?? convertRates(l.parsed!));
      ds.push(...r.diagnostics);
      if (!hasErrors(ds.slice(before))) t = r.table ?? null;
    } else if (l.parsed && l.kind !== 'rates') {
      ds.push(diag(filePos(l.file.path), 'file.not_rates'));
    }
    if (from && ds.slice(before).some((d) => d.code === 'io.not_found')) ds.splice(before, ds.length - before, from);
    this.tables.set(abs, t);
    return t ?? undefined;
  }

  /** Tables applied in order (a later one overrides an earlier one rate by rate); undefined when one is broken. */
  rateSet(files: readonly string[], from?: Diagnostic): RateSet | undefined {
    const key = files.join('\0');
    if (this.rateSets.has(key)) return this.rateSets.get(key) ?? undefined;
    const tables: RateTable[] = [];
    let ok = true;
    for (const f of files) {
      const t = this.table(f, from);
      if (t) tables.push(t);
      else ok = false;
    }
    let set: RateSet | null = null;
    if (ok) set = makeRateSet(tables);
    this.rateSets.set(key, set);
    return set ?? undefined;
  }

  /** The rate set of a case: the tables named explicitly, else its cohort's `rates:`, else the bundled table. */
  rateSetFor(explicit: readonly string[], cohort: Cohort | undefined): RateSet | undefined {
    if (explicit.length) return this.rateSet(explicit);
    if (cohort && cohort.rates.length) {
      return this.rateSet(cohort.rates, diag(cohort.pos, 'cohort.rates_missing', { file: cohort.rates.map((f) => displayPath(f, this.cwd)).join(', ') }));
    }
    this.defaultUsed = this.opts.defaultRates ?? DEFAULT_RATES_FILE;
    return this.rateSet([this.defaultUsed]);
  }

  /** Step 4: every case file, in path order, with the nearest cohort.yaml above it and its rate set. */
  readCases(explicit: readonly string[]): { cases: Case[]; rateSets: Map<string, RateSet>; probes: Probe[]; caseFiles: Map<Case, string> } {
    const cases: Case[] = [];
    const probes: Probe[] = [];
    const rateSets = new Map<string, RateSet>();
    const firstSeen = new Map<string, Case>();
    const caseFiles = new Map<Case, string>();
    for (const l of this.filesOfKind('case').sort((a, b) => compareStrings(a.file.abs, b.file.abs))) {
      if (!l.parsed && !l.converted) continue;
      const cohortFile = findCohortFile(dirname(l.file.abs), this.cohortDirs, this.opts.virtual);
      const cohort = cohortFile ? this.cohort(cohortFile) : undefined;
      const r = l.converted ?? convertCase(l.parsed!, cohort);
      this.diagnostics.push(...r.diagnostics);
      const c = r.case;
      if (!c) {
        const rates = r.probe ? this.rateSetFor(explicit, cohort) : undefined;
        if (r.probe && rates) probes.push({ case: r.probe, rates });
        continue;
      }
      const prev = firstSeen.get(c.id);
      if (prev) {
        this.diagnostics.push(diag(c.pos, 'case.duplicate_id', { id: c.id, first: prev.file }));
        continue;
      }
      firstSeen.set(c.id, c);
      caseFiles.set(c, l.file.abs);
      const set = this.rateSetFor(explicit, cohort);
      cases.push(c);
      if (set) rateSets.set(c.id, set);
    }
    cases.sort((a, b) => compareNatural(a.cohort ?? '', b.cohort ?? '') || compareNatural(a.id, b.id));
    return { cases, rateSets, probes, caseFiles };
  }

  /**
   * Step 5: the words of the cases' tag lists (docs/tracking.md), against the cohort's `tags:`, else
   * the nearest tags.yaml above the case file (read once, an input like any other).
   */
  checkVocabularies(cases: readonly Case[], caseFiles: ReadonlyMap<Case, string>): void {
    const cohortById = new Map([...this.cohorts.values()].filter((c): c is Cohort => !!c).map((c) => [c.id, c]));
    this.diagnostics.push(
      ...vocabularyDiagnostics(cases, (c, key) => {
        const cohort = c.cohort !== undefined ? cohortById.get(c.cohort) : undefined;
        const own = cohort?.tags?.[key];
        if (own) return { words: own, file: cohort.file };
        const abs = caseFiles.get(c);
        const tf = abs ? findTagsFile(dirname(abs), this.tagsDirs, this.opts.virtual) : undefined;
        if (!tf) return undefined;
        const l = this.file(tf, 'tags');
        const words = l.kind === 'tags' && l.parsed ? vocabularyOf(l.parsed.data)?.[key] : undefined;
        return words ? { words, file: l.file.path } : undefined;
      }),
    );
  }

  /** Everything loaded, in a stable order. */
  inputs(cases: readonly Case[], rateSets: ReadonlyMap<string, RateSet>, probes: readonly Probe[]): Inputs {
    const cohorts = [...this.cohorts.values()].filter((c): c is Cohort => !!c).sort((a, b) => compareNatural(a.id, b.id));
    const tables = [...this.tables.values()].filter((t): t is RateTable => !!t).sort((a, b) => compareStrings(a.file, b.file));
    const files = [...this.files.values()].map((l) => l.file).sort((a, b) => compareStrings(a.path, b.path));
    return {
      cases,
      cohorts,
      tables,
      rateSets,
      files,
      diagnostics: this.diagnostics,
      ...(probes.length ? { probes } : {}),
      ...(this.opts.privacy ? { privacy: this.privacy } : {}),
      ...(this.defaultUsed ? { defaultRates: this.defaultUsed } : {}),
    };
  }
}

/**
 * The sha256 of every rate table that ships with doorbraak (rates/*.yaml but the price index): a table
 * with one of these hashes is a bundled national catalogue, wherever the file lies (a copy included).
 */
export function bundledTableHashes(): ReadonlySet<string> {
  const dir = dirname(DEFAULT_RATES_FILE);
  const out = new Set<string>();
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && n !== basename(DEFAULT_INDEX_FILE));
  } catch {
    return out;
  }
  for (const n of names) {
    const res = readText(join(dir, n), n);
    if (res.ok) out.add(sha256Hex(res.bytes));
  }
  return out;
}

export function loadInputs(paths: readonly string[], opts: LoadOptions = {}): Inputs {
  const cwd = opts.cwd ?? process.cwd();
  const l = new InputLoader(opts, cwd);
  // 1. The files named on the command line.
  l.readNamedFiles(paths);
  // 2. The cohorts among them (the nearest cohort.yaml above each case follows in step 4).
  for (const f of l.filesOfKind('cohort')) l.cohort(f.file.abs);
  // 3. The rate tables among them and those given with --rates: together they price every case.
  const explicit = [...l.filesOfKind('rates').map((f) => f.file.abs), ...(opts.rates ?? []).map((r) => resolve(cwd, r))];
  for (const f of explicit) l.table(f);
  // 4. The cases, each with its cohort and its rate set.
  const { cases, rateSets, probes, caseFiles } = l.readCases(explicit);
  // 5. The words of their tag lists.
  l.checkVocabularies(cases, caseFiles);
  return l.inputs(cases, rateSets, probes);
}
