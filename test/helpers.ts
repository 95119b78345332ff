/** Test helpers: run the real CLI as a subprocess, and make throw-away input folders. */
import { spawnSync } from 'node:child_process';
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
