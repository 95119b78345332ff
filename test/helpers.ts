/** Test helpers: run the real CLI as a subprocess, and make throw-away input folders. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'doorbraak.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function run(args: readonly string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', LANG: 'C', ...opts.env },
    encoding: 'utf8',
    timeout: 30_000,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
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

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this user (root only), e.g. to test unreadable files where root reads everything. */
  uid?: number;
  gid?: number;
  /** Extra node options before the script, e.g. ['--import', hook]. */
  nodeArgs?: string[];
}

/** Like run(), but asynchronous, so that many CLI runs can go in parallel; also reports the time taken. */
export function runAsync(args: readonly string[], opts: RunOptions = {}): Promise<RunResult & { ms: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', LANG: 'C', ...opts.env },
      ...(opts.uid !== undefined ? { uid: opts.uid } : {}),
      ...(opts.gid !== undefined ? { gid: opts.gid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
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
