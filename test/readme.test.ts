/**
 * Every example in the README runs on a fresh clone: each command in a ```sh block that starts with
 * `npx doorbraak` or `doorbraak` is run in-process (src/cli/main.ts), in order, in a temporary copy of
 * the repository's cases/, rates/ and examples/ (so that files written with -o or --lock do not land
 * in the repository), and must exit as the README says: 0, unless its comment starts with "exit N".
 * Lines that follow a command in the same block, up to the next command, are its output: each must
 * appear in what it printed.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import { ROOT } from './helpers.js';

interface Example {
  /** 1-based line in README.md. */
  readonly line: number;
  readonly text: string;
  readonly argv: string[];
  readonly exit: number;
  readonly output: string[];
}

/** The commands of the README's ```sh blocks, with the exit status and output the README shows. */
export function readmeExamples(readme: string): Example[] {
  const out: Example[] = [];
  let inSh = false;
  let current: { line: number; text: string; argv: string[]; exit: number; output: string[] } | undefined;
  readme.split('\n').forEach((raw, i) => {
    const fence = /^```(\w*)/.exec(raw);
    if (fence) {
      inSh = !inSh && /^(sh|bash|shell|console)$/.test(fence[1] ?? '');
      current = undefined;
      return;
    }
    if (!inSh) return;
    const m = /^(?:npx )?doorbraak (.*)$/.exec(raw);
    if (m) {
      const hash = m[1]!.search(/\s#\s/);
      const command = (hash >= 0 ? m[1]!.slice(0, hash) : m[1]!).trim();
      const comment = hash >= 0 ? m[1]!.slice(hash).trim() : '';
      const exit = /^#\s*exit (\d+)\b/.exec(comment);
      current = { line: i + 1, text: raw.trim(), argv: command.split(/\s+/), exit: exit ? Number(exit[1]) : 0, output: [] };
      out.push(current);
    } else if (current && raw.trim() !== '' && !raw.startsWith('#')) {
      current.output.push(raw);
    } else {
      current = undefined;
    }
  });
  return out;
}

function inProcess(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLES = readmeExamples(README);

describe('README examples', () => {
  it('finds the commands, their exit statuses and their output', () => {
    const sample = ['```sh', 'npx doorbraak check cases/ --verbose', '7 casussen: geen problemen', '```', '```', 'doorbraak diff: not a command', '```', '```sh', 'npm ci && npx doorbraak calc cases/', 'doorbraak verify f.json   # exit 1: changed', '```'].join('\n');
    expect(readmeExamples(sample)).toEqual([
      { line: 2, text: 'npx doorbraak check cases/ --verbose', argv: ['check', 'cases/', '--verbose'], exit: 0, output: ['7 casussen: geen problemen'] },
      { line: 10, text: 'doorbraak verify f.json   # exit 1: changed', argv: ['verify', 'f.json'], exit: 1, output: [] },
    ]);
    expect(EXAMPLES.length).toBeGreaterThan(30);
    // The README names no table that does not ship.
    expect(README).not.toMatch(/nl-2025\.yaml/);
  });

  it('every command runs on a fresh clone and exits as the README says', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-readme-'));
    for (const folder of ['cases', 'rates', 'examples']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const failures: string[] = [];
    for (const ex of EXAMPLES) {
      const io = inProcess(dir);
      const status = await main(ex.argv, io);
      const stdout = io.stdout.join('');
      const stderr = io.stderr.join('');
      if (status !== ex.exit) failures.push(`README.md:${ex.line}: ${ex.text}\n  exit ${status}, README says ${ex.exit}\n  ${stderr.split('\n').slice(0, 3).join('\n  ')}`);
      for (const o of ex.output) if (!stdout.includes(o)) failures.push(`README.md:${ex.line}: ${ex.text}\n  does not print: ${o}`);
    }
    expect(failures).toEqual([]);
  });
});
