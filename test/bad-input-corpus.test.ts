/**
 * The bad-input corpus (test/bad-input/corpus.ts) through the CLI: exact exit status and stderr, one
 * `file:line:col: message` line per problem (or `file: message` for a whole file), no stack trace,
 * nothing on stdout when the run fails, and fast: each entry runs in-process (the bundled build's
 * main(), without Node's start-up time) within 2 s (5 s asserted, for a loaded machine). The entries
 * about file permissions run as a real process, as an unprivileged user when the tests run as root
 * (root reads every file whatever its mode).
 */
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../src/write/i18n/index.js';
import { CORPUS, type Entry } from './bad-input/corpus.js';
import { MINI_RATES, ROOT, run, runProcess, tempTree } from './helpers.js';

const dirs: string[] = [];
const slow: string[] = [];
afterAll(() => {
  if (slow.length) console.warn(`slow bad-input entries:\n${slow.join('\n')}`);
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
  if (e.needsPermissions) return { ...(await runProcess(args, { cwd: dir, ...(isRoot ? NOBODY : {}) })), dir };
  const started = performance.now();
  const r = await run(args, { cwd: dir });
  return { ...r, ms: performance.now() - started, dir };
}

/** A problem line: `path: message` or `path:line:col: message`. */
const LINE_RE = /^[^\s:][^:]*(?::\d+:\d+)?: \S/;

describe('bad-input corpus', () => {
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
      if (e.status !== 0) expect(r.stdout).toBe('');
      if (e.status === 1) for (const l of r.stderr.split('\n').filter(Boolean)) expect(l).toMatch(LINE_RE);
      if (e.status === 0) {
        const out = e.extra?.[e.extra.indexOf('-o') + 1];
        if (out) expect(existsSync(join(r.dir, out))).toBe(true);
      }
      // In-process: the time of the run itself. A real process adds Node's start-up time, and the
      // bound there only catches a hang.
      if (r.ms > 2000) slow.push(`${e.name}: ${Math.round(r.ms)} ms`);
      expect(r.ms).toBeLessThan(e.needsPermissions ? 20_000 : 5000);
    });
  }
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
