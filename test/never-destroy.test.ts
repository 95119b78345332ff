/**
 * Issue 12: never destroy an input, never leak, never leave a mess. Outputs onto inputs are refused,
 * special targets (devices, pipes, read-only files, symbolic links) are handled, standard output
 * errors end cleanly, temporary files do not survive an interrupt, `verify` compares every cent, and
 * text from input files cannot drive the terminal or inject HTML and links into Markdown.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { BIN, MINI_RATES, ROOT, runProcess, tempTree } from './helpers.js';

const CASE = 'case: c-1\ntitle: T\ncurrent:\n  - rate: ots\nthreat:\n  - rate: ots\n    count: 2\nbreakthrough: []\n';

/** Run in-process; stdout and stderr collected. */
async function cli(dir: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };
  const status = await main(args, io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

const refused = (option: string, file: string) =>
  `doorbraak: ${option} ${file}: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand\n`;

describe('item 1: an output or lock onto an input is refused before anything is written', () => {
  it.each([
    [['calc', 'c.yaml', '--rates', 'rates.yaml', '-o', 'c.yaml'], '-o', 'c.yaml'],
    [['calc', 'cases', '--rates', 'rates.yaml', '--lock', 'cases/c.yaml'], '--lock', 'cases/c.yaml'],
    [['calc', 'cases', '--rates', 'rates.yaml', '-o', 'out.json', '--lock', 'rates.yaml'], '--lock', 'rates.yaml'],
    [['calc', 'cases', '-o', 'cases/cohort.yaml'], '-o', 'cases/cohort.yaml'],
    [['calc', 'cases', '-o', 'index.yaml', '--price-index', 'index.yaml'], '-o', 'index.yaml'],
    [['explain', 'c-1', 'cases', '--rates', 'rates.yaml', '-o', 'rates.yaml'], '-o', 'rates.yaml'],
    [['diff', 'cases', '--rates', 'rates.yaml', '--against', 'new.yaml', '-o', 'new.yaml'], '-o', 'new.yaml'],
    [['calc', 'cases', '--rates', 'rates.yaml', '-o', 'link.txt'], '-o', 'link.txt'],
  ])('%j', async (args, option, file) => {
    const dir = tempTree({
      'rates.yaml': MINI_RATES,
      'new.yaml': MINI_RATES.replace('price: 600', 'price: 650'),
      'c.yaml': CASE,
      'cases/c.yaml': CASE,
      'cases/cohort.yaml': 'cohort: k\nrates: ../rates.yaml\n',
      'index.yaml': readFileSync(join(ROOT, 'rates', 'cpi-nl.yaml'), 'utf8'),
    });
    symlinkSync('cases/cohort.yaml', join(dir, 'link.txt'));
    const before = new Map(['rates.yaml', 'new.yaml', 'c.yaml', 'cases/c.yaml', 'cases/cohort.yaml', 'index.yaml'].map((f) => [f, readFileSync(join(dir, f))]));
    const r = await cli(dir, args);
    expect(r).toEqual({ status: 2, stdout: '', stderr: refused(option, file) });
    for (const [f, bytes] of before) expect(readFileSync(join(dir, f)).equals(bytes), f).toBe(true);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });

  it('an output next to the inputs is still written', async () => {
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE });
    const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', 'cases/out.json', '--lock', 'cases/out.lock.json']);
    expect(r).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'cases/out.json'), 'utf8'))).toMatchObject({ schema: 'doorbraak.calc/1' });
  });
});

describe('item 8: special targets', () => {
  const setup = () => tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE });

  it('a read-only file is refused and left as it was', async () => {
    const dir = setup();
    writeFileSync(join(dir, 'out.json'), 'old\n');
    chmodSync(join(dir, 'out.json'), 0o444);
    const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', 'out.json']);
    expect(r).toEqual({ status: 1, stdout: '', stderr: 'out.json: bestand is alleen-lezen; niet overschreven\n' });
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('old\n');
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir).sort()).toEqual(['cases', 'out.json', 'rates.yaml']);
  });

  it('a replaced file keeps its mode', async () => {
    const dir = setup();
    writeFileSync(join(dir, 'out.json'), 'old\n', { mode: 0o600 });
    chmodSync(join(dir, 'out.json'), 0o600);
    const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', 'out.json']);
    expect(r.status).toBe(0);
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toMatch(/"schema": "doorbraak.calc\/1"/);
  });

  it('a symbolic link is written through: the link stays, its target gets the output', async () => {
    const dir = setup();
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports', 'figures.json'), 'old\n');
    symlinkSync('reports/figures.json', join(dir, 'latest.json'));
    symlinkSync('reports/new.json', join(dir, 'dangling.json'));
    for (const out of ['latest.json', 'dangling.json']) {
      const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', out]);
      expect(r.status).toBe(0);
      expect(lstatSync(join(dir, out)).isSymbolicLink()).toBe(true);
    }
    expect(readlinkSync(join(dir, 'latest.json'))).toBe('reports/figures.json');
    expect(readFileSync(join(dir, 'reports', 'figures.json'), 'utf8')).toMatch(/doorbraak.calc\/1/);
    expect(readFileSync(join(dir, 'reports', 'new.json'), 'utf8')).toMatch(/doorbraak.calc\/1/);
  });

  it('a character device is written to directly, not replaced', async () => {
    const dir = setup();
    const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '-o', '/dev/null']);
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    if (process.getuid?.() !== 0) return;
    // As root, a device node of our own (a copy of /dev/null) must stay a device node.
    try {
      execFileSync('mknod', [join(dir, 'null'), 'c', '1', '3']);
    } catch {
      return; // no mknod in this container
    }
    const r2 = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '-o', 'null']);
    expect(r2.status).toBe(0);
    expect(lstatSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['cases', 'null', 'rates.yaml']);
  });

  it('a named pipe is written to directly', async () => {
    const dir = setup();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const reader = spawn('cat', [join(dir, 'pipe')]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (d: string) => (got += d));
    const done = new Promise((res) => reader.on('close', res));
    const r = await runProcess(['calc', 'cases', '--rates', 'rates.yaml', '--format', 'csv', '-o', 'pipe'], { cwd: dir });
    await done;
    expect(r.status).toBe(0);
    expect(got).toMatch(/^\uFEFFcasus;/);
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });
});

describe('item 9: standard output that fails', () => {
  it('a full disk: one line and exit 70, no stack trace', async () => {
    if (!existsSync('/dev/full')) return;
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE });
    const fd = openSync('/dev/full', 'w');
    const r = await new Promise<{ status: number | null; stderr: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'calc', 'cases', '--rates', 'rates.yaml'], { cwd: dir, stdio: ['ignore', fd, 'pipe'] });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (status) => res({ status, stderr }));
    });
    closeSync(fd);
    expect(r).toEqual({ status: 70, stderr: 'doorbraak: kan niet naar de standaarduitvoer schrijven (ENOSPC); de uitvoer is onvolledig\n' });
  });

  it('a reader that goes away (| head): a quiet end', async () => {
    const r = await new Promise<{ status: number | null; stderr: string }>((res) => {
      const child = spawn(process.execPath, [BIN, 'calc', 'cases', '--format', 'html'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.destroy();
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (status) => res({ status, stderr }));
    });
    expect(r).toEqual({ status: 0, stderr: '' });
  });
});

describe('item 10: temporary files', () => {
  const setup = () => tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE });

  it('an interrupt during the write leaves no temporary file', async () => {
    for (const sig of ['SIGTERM', 'SIGINT']) {
      const dir = setup();
      const r = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => {
        const child = spawn(process.execPath, ['--import', join(ROOT, 'test', 'hooks', 'signal-during-write.mjs'), BIN, 'calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', 'out.json'], {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '', DOORBRAAK_TEST_SIGNAL: sig },
          stdio: 'ignore',
        });
        child.on('close', (code, signal) => res({ code, signal }));
      });
      // The write in progress finishes (the output is whole) or is undone; either way nothing is left behind.
      expect(r.signal === sig || r.code === 0, JSON.stringify(r)).toBe(true);
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (existsSync(join(dir, 'out.json'))) expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toMatchObject({ schema: 'doorbraak.calc/1' });
    }
  });

  it('a later run removes stale temporary files of its own naming (older than a minute), nothing else', async () => {
    const dir = setup();
    const old = Date.now() / 1000 - 120;
    const stale = ['.out.json.4242.deadbeef.tmp', '.other.html.17.0123abcd.tmp'];
    for (const n of stale) {
      writeFileSync(join(dir, n), 'half');
      utimesSync(join(dir, n), old, old);
    }
    writeFileSync(join(dir, '.out.json.4243.cafebabe.tmp'), 'fresh');
    writeFileSync(join(dir, '.notes.tmp'), 'not ours');
    utimesSync(join(dir, '.notes.tmp'), old, old);
    const r = await cli(dir, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '-o', 'out.json']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['.notes.tmp', '.out.json.4243.cafebabe.tmp', 'cases', 'out.json', 'rates.yaml']);
  });
});

describe('item 12: verify handles numbers exactly', () => {
  function locked(files: Record<string, string>, extra: string[] = []): { dir: string; lockFile: string; lock: string } {
    const dir = tempTree({ 'rates.yaml': MINI_RATES, ...files });
    execFileSync(process.execPath, [BIN, 'calc', 'cases', '--rates', 'rates.yaml', '--lock', 'figures.lock.json', ...extra], { cwd: dir, stdio: 'ignore' });
    const lockFile = join(dir, 'figures.lock.json');
    return { dir, lockFile, lock: readFileSync(lockFile, 'utf8') };
  }

  it('a figure with a fraction is a broken lock (exit 1), not an internal error', async () => {
    const { dir, lockFile, lock } = locked({ 'cases/c.yaml': CASE });
    writeFileSync(lockFile, lock.replace(/"baten": (\d+),\n(\s+)"besparing": (-?\d+),\n(\s+)"mean_baten"/, '"baten": $1.5,\n$2"besparing": $3,\n$4"mean_baten"'));
    const r = await cli(dir, ['verify', 'figures.lock.json']);
    expect(r).toEqual({ status: 1, stdout: '', stderr: "figures.lock.json: 'figures.totals.baten' is geen geheel aantal centen (1440000.5)\n" });
  });

  it('an input listed twice is named', async () => {
    const { dir, lockFile, lock } = locked({ 'cases/c.yaml': CASE });
    const doc = JSON.parse(lock) as { inputs: unknown[] };
    doc.inputs.push(doc.inputs[0]);
    writeFileSync(lockFile, JSON.stringify(doc, null, 2));
    const r = await cli(dir, ['verify', 'figures.lock.json']);
    expect(r).toEqual({ status: 1, stdout: '', stderr: "figures.lock.json: invoerbestand 'cases/c.yaml' staat meer dan één keer in het lock-bestand\n" });
  });

  it('a one-cent change is shown in cents', async () => {
    const { dir, lockFile, lock } = locked({ 'cases/c.yaml': CASE });
    // c-1: current 1 × 12 months × € 600 = € 7.200; threat twice that.
    writeFileSync(lockFile, lock.replace('"current": 720000,', '"current": 720001,'));
    const r = await cli(dir, ['verify', 'figures.lock.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  casus c-1, huidige inzet: € 7.200,01 → € 7.200,00 (€ -0,01)\n');
  });

  it('figures above 2^53 cents are compared exactly', async () => {
    // 20 cases of 500 lines of € 10 billion (the most one line may be): a threat of 10^16 cents, above
    // 2^53 (about 9.007 · 10^15). 500 lines a file keep each file on the fast reading path.
    const line = '  - { item: X, price: 100000000, count: 100, law: Wmo, payer: gemeente }\n';
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`cases/c${i}.yaml`] = `case: c-${i}\ncurrent: []\nthreat:\n${line.repeat(500)}breakthrough: []\n`;
    const { dir, lockFile, lock } = locked(files);
    expect(lock).toContain('"threat": 10000000000000000,');
    // 10^16 + 1 is the same float as 10^16.
    expect(Number('10000000000000001')).toBe(1e16);
    writeFileSync(lockFile, lock.replace('"threat": 10000000000000000,', '"threat": 10000000000000001,'));
    const r = await cli(dir, ['verify', 'figures.lock.json']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  totaal, dreigend scenario: € 100.000.000.000.000,01 → € 100.000.000.000.000,00 (€ -0,01)\n');
  }, 60_000);
});

describe('items 13 and 15: text from input files in reports', () => {
  const TITLE = 'rood\\e[31m\\a\\r\\u202e <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](http://x/i.png)';
  const dir = () => tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE.replace('title: T', `title: "${TITLE}"`) });

  it('control characters are escaped in the table, CSV and Markdown', async () => {
    const d = dir();
    for (const format of ['table', 'csv', 'md']) {
      const r = await cli(d, ['calc', 'cases', '--rates', 'rates.yaml', '--format', format]);
      expect(r.status).toBe(0);
      expect(r.stdout.replace(/\r\n/g, '\n')).not.toMatch(/[\x07\x0d\x1b\u202e]/);
      // (Markdown also escapes the '[' of the sequence.)
      expect(r.stdout, format).toContain(format === 'md' ? 'rood\\x1b\\[31m\\x07\\x0d\\u202e' : 'rood\\x1b[31m\\x07\\x0d\\u202e');
    }
  });

  it('Markdown gets no raw HTML, links or images from titles and labels', async () => {
    const d = dir();
    writeFileSync(join(d, 'rates.yaml'), MINI_RATES.replace('label: OTS', 'label: "<b>OTS</b> [doc](javascript:x)"'));
    const calc = await cli(d, ['calc', 'cases', '--rates', 'rates.yaml', '--format', 'md']);
    const explain = await cli(d, ['explain', 'c-1', 'cases', '--rates', 'rates.yaml', '--format', 'md']);
    for (const r of [calc, explain]) {
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/(?<!\\)<(script|img|b)\b/);
      expect(r.stdout).not.toMatch(/(?<!\\)\]\((javascript|http)/);
    }
    expect(calc.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\> \\[x\\](javascript:alert(1)) !\\[i\\](http://x/i.png)');
    expect(explain.stdout).toContain('\\<b\\>OTS\\</b\\> \\[doc\\](javascript:x)');
  });

  it('messages show control characters escaped', async () => {
    const d = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': 'case: c-1\ncurrent:\n  - rate: "ots\\e]0;pwned\\a"\nthreat: []\nbreakthrough: []\n' });
    const r = await cli(d, ['calc', 'cases', '--rates', 'rates.yaml']);
    expect(r.stderr).toBe(
      "cases/c.yaml:3:11: onbekend tarief 'ots\\x1b]0;pwned\\x07'; bedoelde u 'ots'?\n" +
        "cases/c.yaml:3:11: 'ots\\x1b]0;pwned\\x07' is geen geldige id: gebruik kleine letters, cijfers en '-'\n",
    );
  });
});
