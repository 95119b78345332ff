/**
 * The bad-input corpus (test/bad-input/corpus.ts) through the real CLI: exact exit status and stderr,
 * one `file:line:col: message` line per problem (or `file: message` for a whole file), no stack
 * trace, nothing on stdout when the run fails, and fast (well within a second or two; asserted < 5 s).
 */
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CATALOG } from '../src/write/i18n/index.js';
import { CORPUS, type Entry } from './bad-input/corpus.js';
import { MINI_RATES, ROOT, runAsync, tempTree } from './helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) {
    // Give back permissions taken away by the entries, so the folder can be removed.
    const walk = (p: string): void => {
      chmodSync(p, 0o755);
      if (statSync(p).isDirectory()) for (const n of readdirSync(p)) {
        const c = join(p, n);
        try {
          if (!statSync(c).isSymbolicLink()) walk(c);
        } catch {
          /* a loop or a pipe: removed below */
        }
      }
    };
    try {
      walk(d);
    } catch {
      /* best effort */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

const isRoot = process.getuid?.() === 0;
/** Root reads every file whatever its mode; run those entries as `nobody` instead. */
const NOBODY = { uid: 65534, gid: 65534 };

async function runEntry(e: Entry) {
  const dir = tempTree({ 'rates.yaml': MINI_RATES, ...(e.files ?? {}) });
  dirs.push(dir);
  chmodSync(dir, 0o755);
  e.setup?.(dir);
  const args = [...(e.args ?? ['calc', 'cases', '--rates', 'rates.yaml']), ...(e.extra ?? [])];
  const r = await runAsync(args, { cwd: dir, ...(e.needsPermissions && isRoot ? NOBODY : {}) });
  return { ...r, dir };
}

/** A problem line: `path: message` or `path:line:col: message`. */
const LINE_RE = /^[^\s:][^:]*(?::\d+:\d+)?: \S/;

describe.concurrent('bad-input corpus', () => {
  it('has at least 40 distinct entries', () => {
    const names = new Set(CORPUS.map((e) => e.name));
    expect(names.size).toBe(CORPUS.length);
    expect(CORPUS.filter((e) => e.status !== 0).length).toBeGreaterThanOrEqual(40);
  });

  for (const e of CORPUS) {
    it(e.name, async (ctx) => {
      let r;
      try {
        r = await runEntry(e);
      } catch (err) {
        // Spawning as another user can be refused (no CAP_SETUID in some containers).
        if (e.needsPermissions && isRoot) ctx.skip(`cannot run as an unprivileged user here: ${String(err)}`);
        throw err;
      }
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: e.status, stderr: e.stderr });
      expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
      // Wall time under a loaded, parallel test run: this only catches hangs. The real time bound
      // is asserted in-process below, without Node's start-up time.
      expect(r.ms).toBeLessThan(20_000);
      if (e.status !== 0) expect(r.stdout).toBe('');
      if (e.status === 1) for (const l of r.stderr.split('\n').filter(Boolean)) expect(l).toMatch(LINE_RE);
      if (e.status === 0) {
        const out = e.extra?.[e.extra.indexOf('-o') + 1];
        if (out) expect(existsSync(join(r.dir, out))).toBe(true);
      }
    }, 30_000);
  }
});

describe('bad-input corpus, timed in-process', () => {
  it('every entry finishes within 2 s (5 s allowed for a slow machine)', async () => {
    const slow: string[] = [];
    for (const e of CORPUS) {
      if (e.needsPermissions || e.extra?.includes('-o')) continue; // -o would write relative to this process
      const dir = tempTree({ 'rates.yaml': MINI_RATES, ...(e.files ?? {}) });
      dirs.push(dir);
      e.setup?.(dir);
      const err: string[] = [];
      const io = { out: () => {}, err: (s: string) => void err.push(s), env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
      const started = performance.now();
      const status = await main([...(e.args ?? ['calc', 'cases', '--rates', 'rates.yaml']), ...(e.extra ?? [])], io);
      const ms = performance.now() - started;
      expect({ name: e.name, status }).toEqual({ name: e.name, status: e.status });
      if (e.status === 1) expect({ name: e.name, stderr: err.join('') }).toEqual({ name: e.name, stderr: e.stderr });
      if (ms > 2000) slow.push(`${e.name}: ${Math.round(ms)} ms`);
      expect(ms, e.name).toBeLessThan(5000);
    }
    if (slow.length) console.warn(`slow bad-input entries:\n${slow.join('\n')}`);
  }, 120_000);
});

describe('message catalogs', () => {
  it('every message exists in Dutch and English', () => {
    expect(Object.keys(CATALOG.en).sort()).toEqual(Object.keys(CATALOG.nl).sort());
  });

  it('docs/errors.md lists every code', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(CATALOG.nl).sort());
  });
});
