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
 *
 * Pricing in the workers: with the economics settings given (`economics`), the rate set of every
 * cohort is resolved here before the workers start, as loadInputs will resolve it (--rates, else the
 * cohort's `rates:`, else the default table), its tables read and converted once (handed to
 * loadInputs as `tables`, so that it uses the very same objects) and sent to every worker once; the
 * pricing options follow from them (pricingOptionsFor). Each worker prices its cases right after
 * converting them (priceOne) and answers the priced case in a compact form (numbers only: pricedToWire),
 * which the main thread rebuilds on its own case, rates and tables (pricedFromWire). It uses a case's
 * pricing only when loadInputs gave that case the same tables and the run the same pricing options
 * (pricedAhead); otherwise it prices the case itself, so the result is the same either way.
 */
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { Worker as WorkerThread } from 'node:worker_threads';
import { type Position, hasErrors } from '../data/diagnostic.js';
import type { Duration, HoursSpec } from '../data/duration.js';
import type { EconomicsSetup } from '../data/economics.js';
import { type Case, type Cohort, type Line, type RateSet, type RateTable, SCENARIOS } from '../data/model.js';
import { type CasePricing, type IndexGap, type PricingOptions, pricedFromWire } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';
import { pricingOptionsFor } from '../data/run.js';
import { convertCohort } from './convert.js';
import { type FoundFiles, displayPath, findCohortFile, isCohortName } from './files.js';
import {
  type AheadTable,
  DEFAULT_RATES_FILE,
  type LoadOptions,
  type PreparedFile,
  type PreparedInputs,
  makeRateSet,
  readInputFile,
  readTableAhead,
} from './load.js';

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
  /** Price the cases too (see the top of this file). */
  readonly pricing?: WorkerPricing;
}

/** What a worker prices with: the tables once, the rate sets as lists of them, one set per cohort. */
export interface WorkerPricing {
  readonly tables: readonly RateTable[];
  /** Each rate set: indexes into `tables`, applied in order. */
  readonly sets: ReadonlyArray<readonly number[]>;
  /** The set of the cases of each cohort (index as in WorkerInit.cohorts); -1: not priced ahead. */
  readonly cohortSet: readonly number[];
  /** The set of cases without a cohort file; -1: not priced ahead. */
  readonly noCohortSet: number;
  readonly options: PricingOptions;
}

/** What the cases were priced with ahead of time (PreparedInputs.pricedWith): see pricedAhead. */
export interface PricingPlan {
  /** The rate sets, by the index PreparedFile.priced.set names, made of the tables loadInputs is handed. */
  readonly sets: readonly RateSet[];
  readonly options: PricingOptions;
}

/** LoadOptions of the parallel path. */
export interface ParallelOptions extends LoadOptions {
  readonly workers: number;
  readonly onProgress?: PrepareProgress;
  /** The economics settings of the run: given, the workers price the cases too. */
  readonly economics?: EconomicsSetup;
}

/** The result of the parallel path: what loadInputs is handed, and the plan the workers priced with. */
export interface ParallelInputs extends PreparedInputs {
  readonly plan?: PricingPlan;
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
export async function prepareInParallel(found: FoundFiles, opts: ParallelOptions): Promise<ParallelInputs> {
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

  const planned = opts.economics ? planPricing(found, cohorts, jobs, opts.economics, opts, cwd) : undefined;
  const files = new Map<string, PreparedFile>();
  const pool = new Interner();
  const n = Math.min(opts.workers, jobs.length);
  const batch = Math.max(1, Math.min(BATCH, Math.ceil(jobs.length / (n * 4))));
  let next = 0;
  let done = 0;
  const init: WorkerInit = { cwd, cohorts, privacy: opts.privacy === true, ...(planned ? { pricing: planned.worker } : {}) };
  const url = new URL('./worker.js', import.meta.url);
  // node:worker_threads is loaded only when workers are started (a small run does not need it).
  const Worker: typeof WorkerThread = process.getBuiltinModule('node:worker_threads').Worker;
  await new Promise<void>((resolveAll, reject) => {
    let running = n;
    const failed = (e: unknown): void => reject(e instanceof Error ? e : new Error(String(e)));
    for (let w = 0; w < n; w++) {
      const worker = new Worker(url, { workerData: init });
      // Two batches in flight per worker: it works on the next one while the main thread merges an answer.
      let outstanding = 0;
      const feed = (): void => {
        if (next >= jobs.length) return;
        const job = jobs.slice(next, next + batch);
        next += job.length;
        outstanding++;
        worker.postMessage(job);
      };
      const finish = (): void => {
        void worker.terminate();
        if (--running === 0) resolveAll();
      };
      worker.on('message', (results: ReadonlyArray<readonly [string, PreparedFile | null]>) => {
        outstanding--;
        feed();
        for (const [abs, p] of results) if (p) files.set(abs, compact(p, pool, planned?.plan));
        done += results.length;
        opts.onProgress?.(done, jobs.length);
        if (outstanding === 0) finish();
      });
      worker.on('error', failed);
      worker.on('exit', (code) => {
        if (code !== 0 && outstanding > 0) failed(new Error(`worker stopped with exit code ${code}`));
      });
      feed();
      feed();
      if (outstanding === 0) finish();
    }
  });
  return { found, files, ...(planned ? { tables: planned.tables, plan: planned.plan } : {}) };
}

/**
 * The rate set of the cases of every cohort, resolved as loadInputs resolves it (InputLoader.rateSetFor:
 * the --rates tables, else the cohort's `rates:`, else the default table), with each table read and
 * converted once; a set with a broken table is not priced ahead. The pricing options are those of a
 * run whose cases use these sets (pricingOptionsFor).
 */
function planPricing(
  found: FoundFiles,
  cohorts: ReadonlyArray<Cohort | null>,
  jobs: ReadonlyArray<readonly [string, number]>,
  economics: EconomicsSetup,
  opts: LoadOptions,
  cwd: string,
): { plan: PricingPlan; worker: WorkerPricing; tables: Map<string, AheadTable> } {
  const explicit = (opts.rates ?? []).map((r) => resolve(cwd, r));
  const dflt = opts.defaultRates ?? DEFAULT_RATES_FILE;
  const named = new Set(found.files);
  const ahead = new Map<string, AheadTable>();
  const tableIndex = new Map<RateTable, number>();
  const tables: RateTable[] = [];
  const setIndex = new Map<string, number>();
  const sets: RateSet[] = [];
  const setTables: number[][] = [];
  /** The table in `abs`, read and converted once; undefined when it has a problem. */
  const table = (abs: string): RateTable | undefined => {
    let a = ahead.get(abs);
    if (!a) {
      // As loadInputs first reads it: a file named on the command line without a kind expected.
      a = readTableAhead(abs, displayPath(abs, cwd), named.has(abs) ? undefined : 'rates', opts.privacy === true);
      ahead.set(abs, a);
    }
    const t = a.converted?.table;
    return t && !hasErrors(a.diagnostics) && !hasErrors(a.converted!.diagnostics) ? t : undefined;
  };
  const setOf = (cohort: Cohort | null | undefined): number => {
    const files = explicit.length ? explicit : cohort && cohort.rates.length ? cohort.rates : [dflt];
    const key = files.join('\0');
    const hit = setIndex.get(key);
    if (hit !== undefined) return hit;
    const ts = files.map(table);
    let i = -1;
    if (ts.every((t) => t !== undefined)) {
      i = sets.length;
      sets.push(makeRateSet(ts as RateTable[]));
      setTables.push(
        (ts as RateTable[]).map((t) => {
          let k = tableIndex.get(t);
          if (k === undefined) {
            k = tables.length;
            tableIndex.set(t, k);
            tables.push(t);
          }
          return k;
        }),
      );
    }
    setIndex.set(key, i);
    return i;
  };
  const used = new Set(jobs.map(([, c]) => c));
  const cohortSet = cohorts.map((c, i) => (used.has(i) ? setOf(c) : -1));
  const noCohortSet = used.has(-1) ? setOf(undefined) : -1;
  const options = pricingOptionsFor(economics, { rateSets: new Map(sets.map((s, i) => [String(i), s])) });
  return { plan: { sets, options }, worker: { tables, sets: setTables, cohortSet, noCohortSet, options }, tables: ahead };
}

/**
 * The pricing of each case that the workers priced with the rate set and pricing options loadInputs
 * and the run ended with (the same table objects, the same options); other cases are not in it.
 */
export function pricedAhead(prepared: ParallelInputs, rateSets: ReadonlyMap<string, RateSet>, options: PricingOptions): Map<Case, CasePricing> {
  const out = new Map<Case, CasePricing>();
  const plan = prepared.plan;
  if (!plan || !samePricingOptions(plan.options, options)) return out;
  for (const p of prepared.files.values()) {
    const c = p.converted?.case;
    if (!c || !p.priced) continue;
    const planned = plan.sets[p.priced.set];
    const set = rateSets.get(c.id);
    if (!planned || !set || set.tables.length !== planned.tables.length || set.tables.some((t, i) => t !== planned.tables[i])) continue;
    out.set(c, p.priced.result);
  }
  return out;
}

function samePricingOptions(a: PricingOptions, b: PricingOptions): boolean {
  const rEq = (x?: Rational, y?: Rational): boolean => x === y || (!!x && !!y && x.n === y.n && x.d === y.d);
  return (
    a.index === b.index &&
    a.priceYear === b.priceYear &&
    a.defaultPriceYear === b.defaultPriceYear &&
    rEq(a.discount, b.discount) &&
    a.estimate === undefined &&
    b.estimate === undefined
  );
}

function compact(p: PreparedFile, pool: Interner, plan: PricingPlan | undefined): PreparedFile {
  const c = p.converted?.case;
  if (!c) return p;
  const path = pool.str(p.file.path);
  const { pricedWire, ...rest } = p;
  const set = pricedWire ? plan?.sets[pricedWire.set] : undefined;
  const compacted = compactCase(c, pool);
  const priced = pricedWire && set && plan ? pricedFromWorker(compacted, pricedWire, set, plan.options, pool) : undefined;
  return {
    ...rest,
    file: { ...p.file, path, kind: p.file.kind },
    converted: { case: compacted, diagnostics: p.converted!.diagnostics },
    ...(priced ? { priced: { set: pricedWire!.set, result: priced } } : {}),
  };
}

/**
 * A case's pricing as the worker answered it, rebuilt on the main thread's objects (pricedFromWire):
 * the case's own lines, the main thread's rates and tables (an index gap's table is the main thread's
 * table of the same file), shared quantities and factors. Undefined when it cannot be rebuilt (the
 * main thread then prices the case itself).
 */
function pricedFromWorker(c: Case, w: NonNullable<PreparedFile['pricedWire']>, set: RateSet, options: PricingOptions, pool: Interner): CasePricing | undefined {
  const gaps = w.gaps.map((g): IndexGap => (g.table ? { ...g, table: set.tables.find((t) => t.file === g.table!.file)! } : g));
  if (!w.wire) return { problems: w.problems, gaps };
  const priced = pricedFromWire(c, set, options, w.wire, (r) => pool.rational(r));
  return priced ? { priced, problems: w.problems, gaps } : undefined;
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
