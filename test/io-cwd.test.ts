/**
 * Every path a command is given is relative to io.cwd, the working directory main() is handed, never
 * to the process's own: `-o` as well as `--lock` and the inputs. Run in-process with a temporary
 * folder as io.cwd, which is not process.cwd().
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/context.js';
import { FIXTURES, withoutReturns, withoutTracking } from './helpers.js';

function inProcess(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (s) => void stdout.push(s),
    err: (s) => void stderr.push(s),
    env: {},
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
}

describe('paths relative to io.cwd', () => {
  it('calc -o and --lock both write into io.cwd; verify finds the lock there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-cwd-'));
    cpSync(join(FIXTURES, 'basic'), dir, { recursive: true });
    expect(process.cwd()).not.toBe(dir);
    const io = inProcess(dir);
    const args = ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--no-indexation', '--format', 'json', '-o', 'report.json', '--lock', 'figures.lock.json'];
    await expect(main(args, io)).resolves.toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout).toEqual([]);
    expect(existsSync(join(dir, 'report.json'))).toBe(true);
    expect(existsSync(join(dir, 'figures.lock.json'))).toBe(true);
    expect(existsSync(join(process.cwd(), 'report.json'))).toBe(false);
    // The report holds the figures the lock holds: a-1's baten (test/pricing.test.ts) in both.
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(dir, 'figures.lock.json'), 'utf8'));
    // (without the keys of issue 16 and of following cases over time, which a lock leaves out)
    expect(lock.figures.cases).toEqual(withoutTracking(withoutReturns(report)).cases);

    const again = inProcess(dir);
    await expect(main(['verify', 'figures.lock.json', '--lang', 'en'], again)).resolves.toBe(0);
    expect(again.stdout.join('')).toMatch(/^figures\.lock\.json: /);
  });

  it('explain -o and schema -o too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-cwd-'));
    cpSync(join(FIXTURES, 'basic'), dir, { recursive: true });
    const io = inProcess(dir);
    await expect(main(['explain', 'a-1', '.', '--rates', 'rates.yaml', '-o', 'a-1.txt'], io)).resolves.toBe(0);
    await expect(main(['schema', 'case', '-o', 'case.schema.json'], io)).resolves.toBe(0);
    expect(io.stderr).toEqual([]);
    expect(readFileSync(join(dir, 'a-1.txt'), 'utf8')).toContain('a-1');
    expect(JSON.parse(readFileSync(join(dir, 'case.schema.json'), 'utf8'))).toHaveProperty('$schema');
  });
});
