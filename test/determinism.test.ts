/**
 * Determinism: byte-identical output whatever the order in which files were created on disk, the
 * order of the paths on the command line, the time zone or the locale. Two copies of the same inputs
 * are written in opposite orders, and every command runs on each with its paths in a different order:
 * on copy A in this process, on copy B in one real process with another TZ/LANG/LC_ALL (the time zone
 * and the default locale are the process's); the outputs (and the lock files) must be equal byte for byte.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, type RunResult, run, runMany } from './helpers.js';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

/**
 * The test inputs as relative path → bytes: the basic fixture, the diff table, the bundled cases and
 * the bundled tables (the bundled cohorts pin ../../rates/nl-2024.yaml).
 */
function inputs(): Array<[string, Buffer]> {
  const files: Array<[string, Buffer]> = [];
  for (const [from, to] of [
    [join(FIXTURES, 'basic'), 'basic'],
    [join(FIXTURES, 'diff'), 'diff'],
    [join(ROOT, 'cases'), 'cases'],
    [join(ROOT, 'rates'), 'rates'],
  ] as const) {
    for (const f of listFiles(from)) files.push([join(to, relative(from, f)), readFileSync(f)]);
  }
  return files.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** A fresh copy, files created in the given order (folders as they are first needed). */
function copy(files: Array<[string, Buffer]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-det-'));
  for (const [rel, bytes] of files) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
  }
  return dir;
}

const ENV_A = { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' };
const ENV_B = { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', LANGUAGE: 'tr' };

/** Each command twice: [args for copy A], [the same with paths in another order, for copy B]. */
const COMMANDS: Array<[string, string[], string[]]> = [
  ['calc table', ['calc', 'basic/cohort-a', 'basic/loose', '--rates', 'basic/rates.yaml'], ['calc', 'basic/loose', 'basic/cohort-a/', '--rates', './basic/rates.yaml']],
  ['calc table, rate table among the paths', ['calc', 'basic'], ['calc', 'basic/loose', 'basic/rates.yaml', 'basic/cohort-a']],
  ['calc bundled json', ['calc', 'cases/veilige-handen', 'cases/spoor-6', '--format', 'json'], ['calc', 'cases/spoor-6', 'cases/veilige-handen/', '--format', 'json']],
  ['calc csv en', ['calc', 'cases', '--format', 'csv', '--lang', 'en'], ['calc', './cases/', '--format', 'csv', '--lang', 'en']],
  ['calc md cents', ['calc', 'cases', '--format', 'md', '--cents'], ['calc', 'cases/spoor-6', 'cases/veilige-handen', 'cases', '--format', 'md', '--cents']],
  ['check', ['check', 'cases', '-v'], ['check', 'cases/spoor-6', 'cases', 'cases/veilige-handen', '-v']],
  ['check with warnings', ['check', 'basic/cohort-a', 'diff/new-rates.yaml', '--lang', 'en'], ['check', 'diff/new-rates.yaml', 'basic/cohort-a/', '--lang', 'en']],
  [
    'diff json',
    ['diff', 'basic/cohort-a', 'basic/loose', '--rates', 'basic/rates.yaml', '--against', 'diff/new-rates.yaml', '--format', 'json'],
    ['diff', 'basic/loose', 'basic/cohort-a', '--rates', 'basic/rates.yaml', '--against', 'diff/new-rates.yaml', '--format', 'json'],
  ],
  [
    'diff table',
    ['diff', 'basic/cohort-a', 'basic/loose', '--rates', 'basic/rates.yaml', '--against', 'diff/new-rates.yaml', '--lang', 'en'],
    ['diff', 'basic/loose', 'basic/cohort-a', '--against', 'diff/new-rates.yaml', '--rates', 'basic/rates.yaml', '--lang', 'en'],
  ],
  ['schema', ['schema', 'case'], ['schema', 'case']],
];

describe('determinism', () => {
  const files = inputs();
  const a = copy(files);
  const b = copy([...files].reverse());
  const LOCKS_A = [
    ['calc', 'basic/loose', 'basic/cohort-a', '--rates', 'basic/rates.yaml', '--lock', 'f.lock.json'],
    ['calc', 'cases', '--lock', 'c.lock.json'],
  ];
  const LOCKS_B = [
    ['calc', 'basic/cohort-a/', 'basic/loose', '--rates', 'basic/rates.yaml', '--lock', 'f.lock.json'],
    ['calc', 'cases/spoor-6', 'cases/veilige-handen', '--lock', 'c.lock.json'],
    ['verify', 'a.lock.json'],
  ];
  let locksA: RunResult[];
  /** Copy B's results, all from one process: COMMANDS, then LOCKS_B. */
  let onB: RunResult[];

  beforeAll(async () => {
    locksA = [];
    for (const args of LOCKS_A) locksA.push(await run(args, { cwd: a, env: ENV_A }));
    // a lock from one copy, to be verified against the other
    writeFileSync(join(b, 'a.lock.json'), readFileSync(join(a, 'f.lock.json')));
    onB = await runMany([...COMMANDS.map(([, , argsB]) => argsB), ...LOCKS_B].map((args) => ({ args, cwd: b })), { env: ENV_B });
  }, 60_000);

  it.each(COMMANDS.map((c, i) => [...c, i] as const))('%s: byte-identical across file order, path order, TZ and locale', async (_name, argsA, _argsB, i) => {
    const ra = await run(argsA, { cwd: a, env: ENV_A });
    expect(ra.status).toBe(0);
    expect(onB[i]).toEqual(ra);
  });

  it('overlapping folders are read once, quietly; a real symlink loop is still reported', async () => {
    const ra = await run(['calc', 'cases', 'cases/spoor-6', 'cases/veilige-handen/', '--format', 'json'], { cwd: a });
    expect(ra.stderr).toBe('');
    expect(ra.stdout).toBe((await run(['calc', 'cases', '--format', 'json'], { cwd: a })).stdout);
    const loop = mkdtempSync(join(tmpdir(), 'doorbraak-loop-'));
    mkdirSync(join(loop, 'c/sub'), { recursive: true });
    writeFileSync(join(loop, 'c/x.yaml'), 'case: x-1\ncurrent: []\nthreat: []\nbreakthrough: []\n');
    symlinkSync('..', join(loop, 'c/sub/up'));
    const r = await run(['calc', 'c', '--format', 'json'], { cwd: loop });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('c/sub/up: waarschuwing: symbolische koppeling vormt een lus; overgeslagen\n');
  });

  it('lock files are byte-identical, and verify passes across copies', () => {
    const [la, ca] = locksA as [RunResult, RunResult];
    const [lb, cb, verify] = onB.slice(COMMANDS.length) as [RunResult, RunResult, RunResult];
    expect(ca.status).toBe(0);
    expect(cb).toEqual(ca);
    expect(readFileSync(join(b, 'c.lock.json'), 'utf8').replace('"cases/spoor-6",\n      "cases/veilige-handen"', '"cases"')).toBe(readFileSync(join(a, 'c.lock.json'), 'utf8'));
    expect(la.status).toBe(0);
    expect(lb).toEqual(la);
    expect(readFileSync(join(b, 'f.lock.json'))).toEqual(readFileSync(join(a, 'f.lock.json')));
    // a lock from one copy verifies against the other
    expect(verify.status).toBe(0);
  });
});
