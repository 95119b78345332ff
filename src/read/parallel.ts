/**
 * The parallel path of loadInputs: case files are read, parsed, validated and converted in worker
 * threads, by the very functions the single-threaded path uses (readInputFile, convertCase), and come
 * back as plain data (structured clone keeps bigint). The main thread then runs loadInputs with that
 * work done (`prepared`), so everything after reading is the same code and the result is the same,
 * byte for byte. The single-threaded path stays the reference: DOORBRAAK_WORKERS=0 forces it.
 *
 * Only case files go to the workers. Cohort files (few, and needed before a case can be converted) are
 * read here first; rate tables, files given with --rates and anything that turns out not to be a case
 * are left to loadInputs.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Position } from '../data/diagnostic.js';
import type { Duration, HoursSpec } from '../data/duration.js';
import { type Case, type Cohort, type Line, SCENARIOS } from '../data/model.js';
import type { Rational } from '../data/rational.js';
import { convertCohort } from './convert.js';
import { type FoundFiles, displayPath, findCohortFile, isCohortName } from './files.js';
import { DEFAULT_RATES_FILE, type LoadOptions, type PreparedFile, type PreparedInputs, readInputFile } from './load.js';

/** Below this many case files, starting workers costs more than it wins back. */
const PARALLEL_MIN_FILES = 400;
/** Most files per message to a worker: large enough to amortise messaging, small enough to balance load. */
const BATCH = 200;

/** Work for one worker: [absolute path, index of its cohort file in the cohort list or -1]. */
export type WorkerJob = ReadonlyArray<readonly [string, number]>;
export interface WorkerInit {
  readonly cwd: string;
  readonly cohorts: ReadonlyArray<Cohort | null>;
  /** Run the privacy guard over each file (LoadOptions.privacy). */
  readonly privacy: boolean;
}

/** How many workers to use: DOORBRAAK_WORKERS when set (0 = single-threaded), else one per core, at most 8. */
export function workerCount(env: NodeJS.ProcessEnv, files: number): number {
  const set = env.DOORBRAAK_WORKERS;
  if (set !== undefined && set !== '') {
    const n = Number(set);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 64) : 0;
  }
  if (files < PARALLEL_MIN_FILES) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export interface PrepareProgress {
  (done: number, total: number): void;
}

/**
 * Read, validate and convert the case files `found` (findFiles of the command line) in `workers` threads.
 * Pass the result to loadInputs as `prepared`.
 */
export async function prepareInParallel(
  found: FoundFiles,
  opts: LoadOptions & { readonly workers: number; readonly onProgress?: PrepareProgress },
): Promise<PreparedInputs> {
  const cwd = opts.cwd ?? process.cwd();
  if (opts.workers <= 0) return { found, files: new Map() };
  const tables = new Set([...(opts.rates ?? []).map((r) => resolve(cwd, r)), opts.defaultRates ?? DEFAULT_RATES_FILE]);
  const candidates = found.files.filter((f) => !isCohortName(f));

  // The cohort of every case, as loadInputs will find it: the nearest cohort.yaml above the file.
  const dirCache = new Map<string, string | null>();
  const cohortIndex = new Map<string, number>();
  const cohorts: Array<Cohort | null> = [];
  const withCohort: Array<readonly [string, number]> = candidates.map((abs) => {
    const cf = findCohortFile(dirname(abs), dirCache);
    if (!cf) return [abs, -1] as const;
    let i = cohortIndex.get(cf);
    if (i === undefined) {
      i = cohorts.length;
      cohortIndex.set(cf, i);
      cohorts.push(cohortOf(cf, cwd));
    }
    return [abs, i] as const;
  });
  // Any file that may be read as a rate table is left to loadInputs, which reports it as such.
  for (const c of cohorts) for (const r of c?.rates ?? []) tables.add(r);
  const jobs = withCohort.filter(([abs]) => !tables.has(abs));
  if (!jobs.length) return { found, files: new Map() };

  const files = new Map<string, PreparedFile>();
  const pool = new Interner();
  const n = Math.min(opts.workers, jobs.length);
  const batch = Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / (n * 4))));
  let next = 0;
  let done = 0;
  const init: WorkerInit = { cwd, cohorts, privacy: opts.privacy === true };
  const url = new URL('./worker.js', import.meta.url);
  await new Promise<void>((resolveAll, reject) => {
    let running = n;
    const failed = (e: unknown): void => reject(e instanceof Error ? e : new Error(String(e)));
    for (let w = 0; w < n; w++) {
      const worker = new Worker(url, { workerData: init });
      const feed = (): void => {
        if (next >= jobs.length) {
          void worker.terminate();
          if (--running === 0) resolveAll();
          return;
        }
        const job = jobs.slice(next, next + batch);
        next += job.length;
        worker.postMessage(job);
      };
      worker.on('message', (results: ReadonlyArray<readonly [string, PreparedFile | null]>) => {
        for (const [abs, p] of results) if (p) files.set(abs, compact(p, pool));
        done += results.length;
        opts.onProgress?.(done, jobs.length);
        feed();
      });
      worker.on('error', failed);
      worker.on('exit', (code) => {
        if (code !== 0 && next < jobs.length) failed(new Error(`worker stopped with exit code ${code}`));
      });
      feed();
    }
  });
  return { found, files };
}

function compact(p: PreparedFile, pool: Interner): PreparedFile {
  const c = p.converted?.case;
  if (!c) return p;
  const path = pool.str(p.file.path);
  return {
    ...p,
    file: { ...p.file, path, kind: p.file.kind },
    converted: { case: compactCase(c, pool), diagnostics: p.converted!.diagnostics },
  };
}

/** A cohort file read exactly as loadInputs reads it (kind by name, then convertCohort). */
function cohortOf(abs: string, cwd: string): Cohort | null {
  const { entry } = readInputFile(abs, displayPath(abs, cwd), 'cohort');
  if (!entry.parsed || entry.kind !== 'cohort') return null;
  return convertCohort(entry.parsed, abs).cohort ?? null;
}

/**
 * Structured clone copies every string and object it meets, so that 100,000 cases sent back by the
 * workers would hold 100,000 copies of "months", of each rate id, of each file path in every position,
 * and of every 1/1 count and chance. Compaction shares them again (values are immutable, so sharing is
 * invisible to the code that reads them) and keeps memory at national scale within bounds.
 */
class Interner {
  private readonly strings = new Map<string, string>();
  private readonly rationals = new Map<string, Rational>();
  private readonly durations = new Map<string, Duration>();
  private readonly hours = new Map<string, HoursSpec>();

  str<T extends string | undefined>(s: T): T {
    if (s === undefined) return s;
    const hit = this.strings.get(s);
    if (hit !== undefined) return hit as T;
    this.strings.set(s, s);
    return s;
  }
  rational(r: Rational): Rational {
    const k = `${r.n}/${r.d}`;
    const hit = this.rationals.get(k);
    if (hit) return hit;
    this.rationals.set(k, r);
    return r;
  }
  duration(d: Duration): Duration {
    const k = `${d.text}\0${d.unit}\0${d.amount.n}/${d.amount.d}\0${d.days.n}/${d.days.d}`;
    const hit = this.durations.get(k);
    if (hit) return hit;
    const v: Duration = { text: this.str(d.text), amount: this.rational(d.amount), unit: d.unit, days: this.rational(d.days) };
    this.durations.set(k, v);
    return v;
  }
  hoursSpec(h: HoursSpec): HoursSpec {
    const k = `${h.text}\0${h.per ?? ''}\0${h.amount.n}/${h.amount.d}`;
    const hit = this.hours.get(k);
    if (hit) return hit;
    const v: HoursSpec = { text: this.str(h.text), amount: this.rational(h.amount), ...(h.per !== undefined ? { per: h.per } : {}) };
    this.hours.set(k, v);
    return v;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The same case, with its strings, fractions, durations and path shared (see Interner). The case is a
 * fresh structured-clone copy that nothing else holds yet, so its fields are replaced in place: keys
 * and their order stay exactly as convertCase made them.
 */
function compactCase(c: Case, pool: Interner): Case {
  const m = c as Mutable<Case>;
  const file = pool.str(c.file);
  const pos = (p: Position): void => {
    if (p.file === file) (p as Mutable<Position>).file = file;
  };
  m.file = file;
  pos(c.pos);
  m.title = pool.str(c.title);
  m.horizon = pool.duration(c.horizon);
  if (c.cohort !== undefined) m.cohort = pool.str(c.cohort);
  for (const s of SCENARIOS) {
    for (const l of c.lines[s]) {
      const ml = l as Mutable<Line>;
      ml.count = pool.rational(l.count);
      ml.chance = pool.rational(l.chance);
      if (l.for) ml.for = pool.duration(l.for);
      if (l.hours) ml.hours = pool.hoursSpec(l.hours);
      if (l.note !== undefined) ml.note = pool.str(l.note);
      pos(l.pos);
      if (l.kind === 'rate') {
        (l as Mutable<typeof l>).rate = pool.str(l.rate);
        pos(l.ratePos);
      } else {
        const mi = l as Mutable<typeof l>;
        mi.item = pool.str(l.item);
        mi.law = pool.str(l.law);
        mi.payer = pool.str(l.payer);
      }
    }
  }
  return c;
}
