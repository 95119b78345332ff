/**
 * The fast paths (worker threads, the bundled build) must not change a single byte of output: calc is
 * run on the same files with DOORBRAAK_WORKERS=0 (the single-threaded reference path) and with workers
 * forced on, on a few hundred generated cases, on the bundled cases, and on a folder with broken files.
 * In-process, through the bundled build and its worker script (dist/bundle/); the same with a real
 * process and a pipe is in test/process.test.ts.
 */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types (the benchmark's generator)
import { generate } from '../bench/generate.mjs';
import { makeProgress } from '../src/write/progress.js';
import { rat } from '../src/data/rational.js';
import type { PreparedFile } from '../src/read/load.js';
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
