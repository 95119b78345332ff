/**
 * The fast paths (worker threads, the bundled build) must not change a single byte of output: calc is
 * run on the same files with DOORBRAAK_WORKERS=0 (the single-threaded reference path) and with workers
 * forced on, on a few hundred generated cases, on the bundled cases, and on a folder with broken files.
 * In-process, through the bundled build and its worker script (dist/bundle/); the same with a real
 * process and a pipe is in test/process.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (the benchmark's generator)
import { generate } from '../bench/generate.mjs';
import { makeProgress } from '../src/write/progress.js';
import { rat } from '../src/data/rational.js';
import { DEFAULT_RATES_FILE, type PreparedFile, loadInputs, makeRateSet, readTableAhead } from '../src/read/load.js';
import { findFiles } from '../src/read/files.js';
import { type ParallelInputs, pricedAhead } from '../src/read/parallel.js';
import type { RateSet } from '../src/data/model.js';
import { type PricingOptions, priceOne, pricedFromWire } from '../src/data/pricing.js';
import { stringifyJson } from '../src/write/json.js';
import type { WorkerInit, WorkerJob } from '../src/read/parallel.js';
import { ROOT, run } from './helpers.js';

const SERIAL = { DOORBRAAK_WORKERS: '0' };
const PARALLEL = { DOORBRAAK_WORKERS: '2' };
/**
 * One worker: the same worker path (reading, validating and converting off the main thread, structured
 * clone, compaction), without a second cold worker start; the answers of two workers arriving
 * interleaved are tested with PARALLEL (200 generated cases as JSON, and the broken files).
 */
const ONE_WORKER = { DOORBRAAK_WORKERS: '1' };

describe('output is identical with and without the fast paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-fast-'));
  (generate as (d: string, n: number, seed: number) => void)(dir, 200, 7);

  it.each([
    ['json', PARALLEL],
    ['table', ONE_WORKER],
  ])('200 generated cases, --format %s', async (format, workers) => {
    const a = await run(['calc', '--format', format, dir], { env: SERIAL });
    const b = await run(['calc', '--format', format, dir], { env: workers });
    expect(a.status).toBe(0);
    expect(a.stderr).toBe('');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    if (format === 'json') expect(JSON.parse(a.stdout).totals.cases).toBe(200);
  });

  it('economics fields (from, low/high estimates, own price year, multi-year horizons) survive the workers', async () => {
    const eco = mkdtempSync(join(tmpdir(), 'doorbraak-fast-eco-'));
    writeFileSync(join(eco, 'cohort.yaml'), 'cohort: meerjarig\nhorizon: 3 years\ndeadweight: 0.1\nattribution: 0.8\n');
    for (let i = 0; i < 30; i++) {
      writeFileSync(
        join(eco, `m-${i}.yaml`),
        `case: m-${i}\ncurrent:\n  - rate: ots\n    for: ${1 + (i % 12)} months\n` +
          `threat:\n  - rate: jeugdzorg-plus\n    for: 6 months\n    for_low: 3 months\n    for_high: 9 months\n    from: month ${1 + (i % 24)}\n    chance: 0.5\n` +
          `breakthrough:\n  - item: Woning\n    price: ${1000 + i}\n    price_low: 900\n    price_high: ${1100 + i}\n    price_year: 2022\n    law: Wmo\n    payer: gemeente\n`,
      );
    }
    const args = ['calc', '--format', 'json', '--sensitivity', eco];
    const a = await run(args, { env: SERIAL });
    const b = await run(args, { env: ONE_WORKER });
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(JSON.parse(a.stdout).economics.present_value).toBe(true);
    expect(JSON.parse(a.stdout).economics.years.length).toBe(3);
    expect(b).toEqual(a);
  });

  it('the bundled cases; on a terminal the bar shows the workers reading every case file, then clears', async () => {
    const a = await run(['calc', '--format', 'json', 'cases/'], { env: SERIAL });
    const b = await run(['calc', '--format', 'json', 'cases/'], { env: { ...ONE_WORKER, DOORBRAAK_PROGRESS_DELAY_MS: '0' }, stderrIsTTY: true });
    expect(a.status).toBe(0);
    expect(a.stderr).toBe('');
    expect({ ...b, stderr: '' }).toEqual(a);
    // only the bar on stderr: drawn ("\r…\x1b[K"), at 9 of 9 files read by the workers (8 cases and
    // cases/tags.yaml, which the worker leaves to the main thread), and cleared
    expect(b.stderr).toMatch(/^(\r[^\r]*\x1b\[K)+$/);
    expect(b.stderr).toContain(' 9/9 bestanden gelezen\x1b[K');
    expect(b.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('broken files: the same diagnostics, in the same order, with the same exit status', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'doorbraak-fast-bad-'));
    cpSync(join(dir, 'jeugd-noord'), join(bad, 'jeugd-noord'), { recursive: true });
    writeFileSync(join(bad, 'jeugd-noord', 'kapot.yaml'), 'case: kapot\ncurrent: [\n');
    writeFileSync(join(bad, 'jeugd-noord', 'fout.yaml'), 'case: fout\ncurent: []\nthreat:\n  - rate: ots\n    for: 40 months\nbreakthrough:\n  - rate: otss\n');
    writeFileSync(join(bad, 'jeugd-noord', 'tabel.yaml'), 'table: t\nrates: []\n');
    writeFileSync(join(bad, 'jeugd-noord', 'leeg.yaml'), '');
    writeFileSync(join(bad, 'jeugd-noord', 'binair.yaml'), Buffer.from([0x63, 0x00, 0x01]));
    const a = await run(['calc', bad, '--lang', 'en'], { env: SERIAL });
    const b = await run(['calc', bad, '--lang', 'en'], { env: PARALLEL });
    expect(a.status).toBe(1);
    expect(a.stderr).toMatch(/kapot\.yaml:\d+:\d+: /);
    expect(a.stderr).toMatch(/fout\.yaml:\d+:\d+: .*curent/);
    expect(b).toEqual(a);
  });

  describe('pricing in the workers: the same output whatever rate set and options the cases end with', () => {
    // Three cohorts of the generated set: one on the default table, one pinning the 2024 table, one
    // pinning a table with a broken rate (its cases are not priced ahead, nor at all), and cases
    // without a cohort file.
    const mixed = mkdtempSync(join(tmpdir(), 'doorbraak-fast-mixed-'));
    for (const sub of ['jeugd-noord', 'ggz-west', 'centrum']) cpSync(join(dir, sub), join(mixed, sub), { recursive: true });
    const pin = (sub: string, rates: string) =>
      writeFileSync(join(mixed, sub, 'cohort.yaml'), `cohort: ${sub}\nhorizon: 18 months\nrates: ${JSON.stringify(rates)}\n`);
    pin('ggz-west', join(ROOT, 'rates', 'nl-2024.yaml'));
    writeFileSync(join(mixed, 'kapot-tabel.yaml'), 'table: kapot\ntitle: Kapot\ncurrency: EUR\nprice_year: 2024\nrates:\n  - id: x\n');
    pin('centrum', join(mixed, 'kapot-tabel.yaml'));
    mkdirSync(join(mixed, 'los'));
    for (const f of readdirSync(join(dir, 'schulden-zuid'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.endsWith('cohort.yaml')).slice(0, 10)) {
      cpSync(join(dir, 'schulden-zuid', f), join(mixed, 'los', f.replace(/\//g, '-')));
    }
    const cases = ['jeugd-noord', 'ggz-west', 'los'].map((d) => join(mixed, d));

    it.each([
      ['cohorts on different tables', [...cases]],
      ['a cohort on a broken table', [...cases, join(mixed, 'centrum')]],
      ['--rates', ['--rates', join(ROOT, 'rates', 'nl-2026.yaml'), '--rates', join(ROOT, 'examples', 'eigen-tarieven.yaml'), ...cases]],
      ['--price-year', ['--price-year', '2025', ...cases]],
      ['--no-indexation', ['--no-indexation', ...cases]],
      ['--discount', ['--discount', '4', ...cases]],
      ['a rate table among the files named', [join(ROOT, 'rates', 'nl-2024.yaml'), ...cases]],
    ])('%s', async (_, args) => {
      const a = await run(['calc', '--format', 'json', '--lang', 'en', ...args], { env: SERIAL });
      const b = await run(['calc', '--format', 'json', '--lang', 'en', ...args], { env: ONE_WORKER });
      if (!args.includes(join(mixed, 'centrum'))) expect(a.stdout.length).toBeGreaterThan(1000);
      else expect(a.stderr).toContain('kapot-tabel.yaml');
      expect(b).toEqual(a);
    });
  });

  it('the workers price what they read: the bundled worker answers every case priced, in a compact form the main thread rebuilds into what it would have priced', async () => {
    const files = readdirSync(join(dir, 'jeugd-noord'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('cohort.yaml'))
      .map((f) => join(dir, 'jeugd-noord', f));
    const ahead = readTableAhead(DEFAULT_RATES_FILE, 'nl-2026.yaml', 'rates', false);
    const table = ahead.converted!.table!;
    const options: PricingOptions = { defaultPriceYear: table.priceYear, discount: rat(9, 400) };
    const init: WorkerInit = { cwd: dir, cohorts: [], privacy: false, pricing: { tables: [table], sets: [[0]], cohortSet: [], noCohortSet: 0, options } };
    const worker = new Worker(join(ROOT, 'dist', 'bundle', 'worker.js'), { workerData: init });
    try {
      const answer = await new Promise<Array<[string, PreparedFile | null]>>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(files.map((f) => [f, -1]) satisfies WorkerJob);
      });
      expect(answer.length).toBeGreaterThan(10);
      const set = makeRateSet([table]);
      for (const [, p] of answer) {
        const c = p!.converted!.case!;
        const w = p!.pricedWire!;
        expect(w.set).toBe(0);
        const here = priceOne(c, set, options);
        expect({ problems: w.problems, gaps: w.gaps }).toEqual({ problems: here.problems, gaps: here.gaps });
        // the compact form, rebuilt on the case: the same priced case, field for field and in key order
        const rebuilt = pricedFromWire(c, set, options, w.wire!);
        expect(rebuilt!.case).toBe(c);
        expect(rebuilt).toEqual(here.priced);
        expect(stringifyJson(rebuilt)).toBe(stringifyJson(here.priced));
      }
    } finally {
      await worker.terminate();
    }
  });

  it('what the workers priced is used when loadInputs ends with the same tables and the run with the same options', () => {
    // loadInputs, handed the tables read ahead, builds its rate sets of those very objects ...
    const cases = join(ROOT, 'cases');
    const found = findFiles([cases], ROOT);
    const pinned = join(ROOT, 'rates', 'nl-2024.yaml');
    const ahead = readTableAhead(pinned, 'rates/nl-2024.yaml', 'rates', false);
    const inputs = loadInputs([cases], { cwd: ROOT, prepared: { found, files: new Map(), tables: new Map([[pinned, ahead]]) } });
    const table = ahead.converted!.table!;
    expect(inputs.cases.length).toBe(8);
    for (const c of inputs.cases) expect(inputs.rateSets.get(c.id)!.tables[0]).toBe(table);
    // ... so that a case priced with them is taken as priced, and nothing else is
    const options: PricingOptions = { defaultPriceYear: 2024, discount: rat(9, 400) };
    const c = inputs.cases[0]!;
    const result = priceOne(c, inputs.rateSets.get(c.id)!, options);
    const file: PreparedFile = { kind: 'case', file: { abs: 'x', path: 'x', kind: 'case', sha256: '' }, diagnostics: [], converted: { case: c, diagnostics: [] }, priced: { set: 0, result } };
    const prepared = (set: RateSet, o: PricingOptions): ParallelInputs => ({ found, files: new Map([['x', file]]), plan: { sets: [set], options: o } });
    expect(pricedAhead(prepared(makeRateSet([table]), options), inputs.rateSets, options).get(c)).toBe(result);
    const copy = { ...table };
    expect(pricedAhead(prepared(makeRateSet([copy]), options), inputs.rateSets, options).size).toBe(0);
    expect(pricedAhead(prepared(makeRateSet([table]), { ...options, defaultPriceYear: 2025 }), inputs.rateSets, options).size).toBe(0);
    expect(pricedAhead(prepared(makeRateSet([table]), options), inputs.rateSets, { ...options, estimate: () => 'low' }).size).toBe(0);
  });

  it('the workers really do the reading: the bundled worker converts every case file it is sent', async () => {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('cohort.yaml'))
      .map((f) => join(dir, f));
    expect(files).toHaveLength(200);
    // The message protocol of src/read/parallel.ts: a job of [path, cohort index], answered in kind.
    const init: WorkerInit = { cwd: dir, cohorts: [], privacy: false };
    const worker = new Worker(join(ROOT, 'dist', 'bundle', 'worker.js'), { workerData: init });
    try {
      const answer = await new Promise<Array<[string, PreparedFile | null]>>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(files.map((f) => [f, -1]) satisfies WorkerJob);
      });
      expect(answer.map(([f]) => f)).toEqual(files);
      expect(answer.filter(([, p]) => !(p?.kind === 'case' && p.converted?.case))).toEqual([]);
    } finally {
      await worker.terminate();
    }
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean, env: Record<string, string> = {}) => {
    const out: string[] = [];
    return { out, sink: { isTTY, env, write: (s: string) => void out.push(s) } };
  };

  it('shows on a terminal once the delay has passed, and clears itself', async () => {
    let t = 0;
    const s = sink(true);
    const p = makeProgress(s.sink, 1000, () => t);
    p.update('read', 10, 100);
    expect(s.out).toEqual([]); // not yet a second
    t = 1500;
    p.update('read', 50, 100);
    expect(s.out.join('')).toContain('50/100 read');
    p.done();
    expect(s.out[s.out.length - 1]).toBe('\r\x1b[K');
  });

  it('never off a terminal, never in CI, never on a dumb terminal', async () => {
    for (const s of [sink(false), sink(true, { CI: 'true' }), sink(true, { TERM: 'dumb' })]) {
      const p = makeProgress(s.sink, 0, () => 5000);
      p.update('read', 1, 2);
      p.done();
      expect(s.out).toEqual([]);
    }
  });
});

describe('gcd fast path', () => {
  it('reduces the same below and above 2^53', async () => {
    // 2^53 − 1 = 9007199254740991 = 6361 × 69431 × 20394401; × 2 is above 2^53 (BigInt path).
    const big = 9007199254740991n;
    expect(rat(big, 6361n * 69431n)).toEqual({ n: 20394401n, d: 1n });
    expect(rat(big * 2n, 6361n * 2n)).toEqual({ n: 69431n * 20394401n, d: 1n });
    expect(rat(36500, 1200)).toEqual({ n: 365n, d: 12n });
    expect(rat(-36500, 1200)).toEqual({ n: -365n, d: 12n });
    expect(rat(0, 7)).toEqual({ n: 0n, d: 1n });
  });
});
