/**
 * Nothing lost, nothing leaked: free text stays out of aggregate outputs unless --include-notes; a
 * failed run leaves an existing output file byte for byte as it was; input files are never opened for
 * writing; a bug ends in exit 70 with a short message (the stack only with --debug).
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, bundledMain, run, runProcess } from './helpers.js';

const FIXTURE = join(FIXTURES, 'basic');
/** Every piece of free text in the fixture: values (keys and texts) and line notes. */
const FREE_TEXT = ['Lida kiest zelf wie haar helpt', 'Jeugdwet art. 2.3', 'illustratief bedrag', 'betrokkenheid', 'legitimiteit'];

describe('free text stays out of aggregate outputs', () => {
  it('without --include-notes, in no format and no language', async () => {
    const runs = (['table', 'json', 'csv', 'md'] as const).flatMap((f) => (['nl', 'en'] as const).map((l) => ['calc', FIXTURE, '--format', f, '--lang', l]));
    const results = await Promise.all(runs.map((a) => run(a)));
    for (const [i, r] of results.entries()) {
      expect(r.status, runs[i]!.join(' ')).toBe(0);
      for (const t of FREE_TEXT) expect(r.stdout, `${runs[i]!.join(' ')}: ${t}`).not.toContain(t);
    }
  });

  it('with --include-notes: json gets values and notes per case, table and md a notes section', async () => {
    const [json, md, table, csv] = await Promise.all([
      run(['calc', FIXTURE, '--format', 'json', '--include-notes']),
      run(['calc', FIXTURE, '--format', 'md', '--include-notes']),
      run(['calc', FIXTURE, '--include-notes', '--lang', 'en']),
      run(['calc', FIXTURE, '--format', 'csv', '--include-notes']),
    ]);
    const j = JSON.parse(json.stdout) as { cases: { id: string; values?: unknown; notes?: unknown }[] };
    expect(j.cases.find((c) => c.id === 'a-1')).toMatchObject({
      values: { betrokkenheid: 'Lida kiest zelf wie haar helpt', legitimiteit: 'Jeugdwet art. 2.3' },
      notes: [{ scenario: 'breakthrough', index: 0, label: 'Pleegzorgvergoeding aan groepsleider', note: 'illustratief bedrag' }],
    });
    expect(j.cases.find((c) => c.id === 'a-2')).toMatchObject({ values: {}, notes: [] });
    expect(md.stdout).toContain(
      [
        '## Toelichting (vrije tekst uit de casusbestanden)',
        '',
        '**a-1**',
        '- betrokkenheid: Lida kiest zelf wie haar helpt',
        '- legitimiteit: Jeugdwet art. 2.3',
        '- na doorbraak #1 (Pleegzorgvergoeding aan groepsleider): illustratief bedrag',
        '',
      ].join('\n'),
    );
    expect(table.stdout).toContain(
      [
        'Notes (free text from the case files)',
        'a-1:',
        '  - betrokkenheid: Lida kiest zelf wie haar helpt',
        '  - legitimiteit: Jeugdwet art. 2.3',
        '  - after breakthrough #1 (Pleegzorgvergoeding aan groepsleider): illustratief bedrag',
        '',
      ].join('\n'),
    );
    // CSV is one grid: free text never goes in it.
    for (const t of FREE_TEXT) expect(csv.stdout).not.toContain(t);
  });
});

/** A copy of the fixture in a fresh folder, plus an existing output file. */
function workspace(): { dir: string; out: string; before: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-lost-'));
  cpSync(FIXTURE, join(dir, 'in'), { recursive: true });
  const out = join(dir, 'figures.json');
  writeFileSync(out, '{"previous": "figures, must survive"}\n');
  return { dir, out, before: readFileSync(out) };
}

function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const m = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else m.set(p, { bytes: readFileSync(p).toString('base64'), mtimeMs: st.mtimeMs });
    }
  };
  walk(dir);
  return m;
}

describe('a failed run loses nothing', () => {
  it('invalid input leaves an existing output file untouched, and no temporary file behind', async () => {
    const { dir, out, before } = workspace();
    writeFileSync(join(dir, 'in', 'loose', 'bad.yaml'), 'case: bad\ncurrent: []\nthreat:\n  - rate: onbekend\nbreakthrough: []\n');
    const mtime = statSync(out).mtimeMs;
    const r = await run(['calc', 'in', '--format', 'json', '-o', 'figures.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^in\/loose\/bad\.yaml:4:11: onbekend tarief 'onbekend'/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(statSync(out).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).sort()).toEqual(['figures.json', 'in']);
  });

  it('a write into a folder that does not exist fails cleanly (exit 1, one line)', async () => {
    const { dir } = workspace();
    const r = await run(['calc', 'in', '-o', 'nergens/figures.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('nergens/figures.json: kan niet schrijven (ENOENT); een bestaand bestand is niet aangeraakt\n');
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'nergens'))).toBe(false);
  });

  it('a write over a folder fails and leaves the folder and its files as they were', async () => {
    const { dir, out, before } = workspace();
    const r = await run(['calc', 'in', '-o', 'in'], { cwd: dir, env: { LANG: 'C' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^in: kan niet schrijven \(E[A-Z]+\); een bestaand bestand is niet aangeraakt\n$/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['figures.json', 'in']);
    expect(readdirSync(join(dir, 'in')).sort()).toEqual(['cohort-a', 'loose', 'rates.yaml']);
  });
});

describe('input files are never opened for writing', () => {
  it('a successful run writing next to its inputs opens only its own temporary file, then renames it', async () => {
    const { dir, out } = workspace();
    // Read-only inputs (root is not stopped by modes, hence the audit below as well).
    const before = snapshot(join(dir, 'in'));
    for (const p of before.keys()) chmodSync(p, 0o444);
    const audit = join(dir, 'audit.json');
    // A real process: the hook (test/hooks/fs-audit.mjs) records every file opened for writing.
    const r = await runProcess(['calc', 'in', '--format', 'json', '-o', 'figures.json'], {
      cwd: dir,
      env: { DOORBRAAK_FS_AUDIT: audit },
      nodeArgs: ['--import', join(ROOT, 'test', 'hooks', 'fs-audit.mjs')],
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const log = JSON.parse(readFileSync(audit, 'utf8')) as { op: string; path: string; flags?: string; from?: string }[];
    // Exactly: open a new temporary file next to the target (exclusive create), rename it over the target.
    expect(log.map((l) => ({ ...l, path: resolve(dir, l.path), ...(l.from ? { from: resolve(dir, l.from) } : {}) }))).toEqual([
      { op: 'open', path: expect.stringMatching(/\/\.figures\.json\.\d+\.[0-9a-f]{8}\.tmp$/), flags: 'wx' },
      { op: 'rename', path: out, from: expect.stringMatching(/\/\.figures\.json\.\d+\.[0-9a-f]{8}\.tmp$/) },
    ]);
    expect(snapshot(join(dir, 'in'))).toEqual(before);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ schema: 'doorbraak.calc/1' });
  });
});

describe('internal errors', () => {
  // A real process: the hook (test/hooks/crash.mjs) makes the process's stdout throw.
  const hook = ['--import', join(ROOT, 'test', 'hooks', 'crash.mjs')];

  it('exit 70 with a short message asking for a report, and no stack trace', async () => {
    const r = await runProcess(['calc', FIXTURE], { nodeArgs: hook });
    expect(r.status).toBe(70);
    expect(r.stderr).toBe(
      'doorbraak: interne fout: deliberate failure for a test\n' +
        'Dit is een fout in doorbraak, niet in uw bestanden. Meld het graag, met de opdracht die u gaf (draai opnieuw met --debug voor details).\n',
    );
  });

  it('in-process: a throwing Io ends in 70, not an exception; the stack trace only with --debug', async () => {
    const err: string[] = [];
    const io = {
      out: () => {
        throw new TypeError('boom');
      },
      err: (s: string) => void err.push(s),
      env: {},
      cwd: ROOT,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    const main = await bundledMain();
    await expect(main(['calc', FIXTURE], io)).resolves.toBe(70);
    expect(err.join('')).toMatch(/^doorbraak: interne fout: boom\n/);
    expect(err.join('')).not.toContain('TypeError');
    // in English with --lang en, still without a stack trace
    err.length = 0;
    await expect(main(['calc', FIXTURE, '--lang', 'en'], io)).resolves.toBe(70);
    expect(err.join('')).toMatch(/^doorbraak: internal error: boom\nThis is a bug in doorbraak, not in your files\./);
    expect(err.join('')).not.toMatch(/\n\s+at /);
    err.length = 0;
    await expect(main(['--debug', 'calc', FIXTURE, '--lang', 'en'], io)).resolves.toBe(70);
    expect(err.join('')).toMatch(/^doorbraak: internal error: boom\n.*\nTypeError: boom\n\s+at /);
  });
});
