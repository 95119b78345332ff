/**
 * Test helpers: run the CLI, and make throw-away input folders.
 *
 * `run()` runs the CLI in this process: `main(argv, io)` of the bundled build (dist/bundle/main.js, the
 * very file bin/doorbraak.js starts; test/global-setup.ts rebuilds it when src/ is newer), with stdout
 * and stderr captured, its own working folder and an environment that inherits nothing from this
 * process. `runProcess()` starts the real program (node bin/doorbraak.js) for the few things only a
 * process shows: the launcher's exit status, preloaded hooks, pipes, file permissions, TZ and locale.
 */
import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'doorbraak.js');
/** The bundled CLI: what bin/doorbraak.js imports and what ships. */
export const BUNDLE = join(ROOT, 'dist', 'bundle', 'main.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

type Main = typeof import('../src/cli/main.js').main;
type Io = Parameters<Main>[1] & {};

let bundled: Promise<Main> | undefined;
/**
 * main() of the bundled build, loaded once per test worker. vitest.config.ts leaves dist/bundle/ to
 * Node's own loader (no transform), so this is the same module code a real run executes.
 */
export function bundledMain(): Promise<Main> {
  bundled ??= (import(pathToFileURL(BUNDLE).href) as Promise<{ main: Main }>).then((m) => m.main);
  return bundled;
}

export interface InProcessOptions {
  /** The working folder of the run (default: the repository root). */
  cwd?: string;
  /** The whole environment the CLI sees (nothing is inherited), after TZ=UTC and LANG=C. */
  env?: Record<string, string>;
  /** What the CLI is told about its streams (default: not terminals, as on a pipe). */
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** The CLI in this process, through main(argv, io) of the bundled build. */
export async function run(args: readonly string[], opts: InProcessOptions = {}): Promise<RunResult> {
  const main = await bundledMain();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    env: { TZ: 'UTC', LANG: 'C', ...opts.env },
    cwd: opts.cwd ?? ROOT,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
  };
  const status = await main([...args], io);
  return { status, stdout, stderr };
}

/** A temporary folder with the given files (paths relative to it). Returns its path. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** A minimal valid rate table for bad-input tests. */
export const MINI_RATES = `table: mini
title: Mini
currency: EUR
price_year: 2024
rates:
  - id: ots
    label: OTS
    unit: month
    price: 600
    law: Jeugdwet
    payer: gemeente
    source: test
  - id: ambulant
    label: Ambulant
    unit: hour
    price: 78
    law: Jeugdwet
    payer: gemeente
    source: test
  - id: jeugdzorg-plus
    label: Jeugdzorg Plus
    unit: day
    price: 700
    law: Jeugdwet
    payer: gemeente
    source: test
  - id: huisuitzetting
    label: Huisuitzetting
    unit: once
    price: 7500
    law: Wmo
    payer: gemeente
    source: test
`;

export interface ProcessOptions {
  cwd?: string;
  /** Added to PATH, HOME, TZ=UTC and LANG=C (nothing else is inherited). */
  env?: Record<string, string>;
  /** Run as this user (root only), e.g. to test unreadable files where root reads everything. */
  uid?: number;
  gid?: number;
  /** Extra node options before the script, e.g. ['--import', hook]. */
  nodeArgs?: string[];
  /** The script to start instead of bin/doorbraak.js. */
  script?: string;
  /** Written to the process's stdin (closed at once otherwise). */
  input?: string;
}

/**
 * The real program in its own process (node bin/doorbraak.js); also reports the time taken. Only for
 * what a process shows (see the list in test/process.test.ts): everything else goes through run().
 */
export function runProcess(args: readonly string[], opts: ProcessOptions = {}): Promise<RunResult & { ms: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.script ?? BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', LANG: 'C', ...opts.env },
      ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
      ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => {}); // a process that exits before reading its input
    child.stdin.end(opts.input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ status: code ?? -1, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * Several CLI invocations in one real process (test/hooks/run-many.mjs, the bundled build), for what
 * needs a process environment such as TZ and the locale, without a process start per command.
 */
export async function runMany(jobs: ReadonlyArray<{ args: readonly string[]; cwd?: string }>, opts: { env?: Record<string, string> } = {}): Promise<RunResult[]> {
  const r = await runProcess([], {
    script: join(ROOT, 'test', 'hooks', 'run-many.mjs'),
    input: JSON.stringify(jobs.map((j) => ({ args: j.args, cwd: j.cwd ?? ROOT }))),
    ...(opts.env ? { env: opts.env } : {}),
  });
  if (r.status !== 0) throw new Error(`run-many.mjs exited with ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as RunResult[];
}

/**
 * Compare with a golden file in test/golden/. UPDATE_GOLDEN=1 writes it instead (review the diff);
 * a missing golden file fails, so a test can never pass by creating its own expectation.
 */
export function golden(name: string, actual: string): void {
  const file = join(ROOT, 'test', 'golden', name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`missing golden file test/golden/${name}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/**
 * The calc JSON as a lock holds its figures: without the keys issue 16 added to cases and totals
 * (investment, net_baten), so that locks written before still verify (docs/version-control.md).
 */
export function withoutReturns(printed: Record<string, unknown>): Record<string, unknown> {
  const base = (o: unknown): unknown => {
    const { investment: _i, net_baten: _n, ...rest } = o as Record<string, unknown>;
    return rest;
  };
  return {
    ...printed,
    cases: (printed.cases as unknown[]).map(base),
    totals: base(printed.totals),
    cohorts: (printed.cohorts as Array<Record<string, unknown>>).map((c) => ({ ...c, totals: base(c.totals) })),
  };
}

/**
 * The calc JSON without the keys that following cases over time added to each case (status, dates,
 * problems, kind, scores), which a lock's figures leave out so that locks written before them still
 * verify (docs/tracking.md).
 */
export function withoutTracking(printed: Record<string, unknown>): Record<string, unknown> {
  const TRACKING = ['status', 'dates', 'problems', 'kind', 'scores'];
  return { ...printed, cases: (printed.cases as Array<Record<string, unknown>>).map((c) => Object.fromEntries(Object.entries(c).filter(([k]) => !TRACKING.includes(k)))) };
}

/**
 * CPU milliseconds (user + system) this process spends in `f`: for the generous time limits on hostile
 * inputs, which must catch a hang or a quadratic step, not a busy machine (wall time there depends on
 * what else runs on the two cores).
 */
export async function cpuMs<T>(f: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.cpuUsage();
  const value = await f();
  const d = process.cpuUsage(t0);
  return { value, ms: (d.user + d.system) / 1000 };
}
