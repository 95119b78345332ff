/**
 * Locked figures: `calc --lock` writes the figures with the sha256 of every input; `verify` recomputes
 * and exits 0 when nothing changed, 1 with a readable diff when an input or a figure changed.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, withoutReturns, withoutTracking } from './helpers.js';

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-lock-'));
  cpSync(join(FIXTURES, 'basic'), dir, { recursive: true });
  return dir;
}

// --no-indexation keeps the fixture's hand-computed figures (test/pricing.test.ts); a lock records it.
const LOCK = ['calc', 'loose', 'cohort-a', '--rates', 'rates.yaml', '--no-indexation', '--format', 'json', '--lock', 'figures.lock.json'];
const CONTRACT = ['schema', 'currency', 'amounts', 'cases', 'totals', 'cohorts', 'rate_tables'];

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('calc --lock and verify', () => {
  it("a lock written into another folder verifies from that folder, also for the clone's own cases/", async () => {
    // The example cases live inside doorbraak's clone; only rates/ ships, so they are named by their
    // path (relative to the lock), not as doorbraak:cases/… (which made verify differ from elsewhere).
    const elsewhere = mkdtempSync(join(tmpdir(), 'doorbraak-lock-elsewhere-'));
    expect((await run(['calc', 'cases/', '--lock', join(elsewhere, 'figures.lock.json')], { cwd: ROOT })).status).toBe(0);
    const lock = readFileSync(join(elsewhere, 'figures.lock.json'), 'utf8');
    expect(lock).not.toContain('doorbraak:cases/');
    expect(lock).toContain('"doorbraak:rates/nl-2024.yaml"');
    const r = await run(['verify', 'figures.lock.json'], { cwd: elsewhere });
    expect(r).toEqual({ status: 0, stdout: 'figures.lock.json: 7 casussen, 13 invoerbestanden: ongewijzigd\n', stderr: '' });
  });

  it('writes a lock with the figures, a sha256 per input, the command and no timestamp', async () => {
    const dir = copyFixture();
    const r = await run(LOCK, { cwd: dir });
    expect(r.status).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'figures.lock.json'), 'utf8')) as {
      schema: string;
      doorbraak: string;
      command: { paths: string[]; rates: string[]; economics: unknown };
      inputs: Array<{ file: string; sha256: string }>;
      figures: { schema: string; totals: { baten: number } };
    };
    expect(lock.schema).toBe('doorbraak.lock/1');
    expect(lock.doorbraak).toMatch(/^\d+\.\d+\.\d+/);
    expect(lock.command).toEqual({ paths: ['cohort-a', 'loose'], rates: ['rates.yaml'], economics: { indexation: false } });
    expect(lock.inputs.map((i) => i.file)).toEqual(['cohort-a/a-1.yaml', 'cohort-a/a-2.yaml', 'cohort-a/cohort.yaml', 'loose/l-1.yaml', 'rates.yaml']);
    for (const i of lock.inputs) expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The figures are the calc JSON contract: the same keys as --format json printed, without the keys
    // issue 16 added to cases and totals (investment, net_baten) and those following cases over time
    // added to each case (status, dates, problems, kind, scores), so that older locks still verify.
    const printed = withoutTracking(withoutReturns(JSON.parse(r.stdout) as Record<string, unknown>));
    expect(lock.figures).toEqual(Object.fromEntries(CONTRACT.map((k) => [k, printed[k]])));
    expect(lock.figures.totals.baten).toBe(11336798);
    expect(readFileSync(join(dir, 'figures.lock.json'), 'utf8')).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('verify: untouched inputs give exit 0, also in a copy of the folder elsewhere (a clone)', async () => {
    const dir = copyFixture();
    expect((await run(LOCK, { cwd: dir })).status).toBe(0);
    expect(await run(['verify', 'figures.lock.json'], { cwd: dir })).toEqual({ status: 0, stdout: 'figures.lock.json: 3 casussen, 5 invoerbestanden: ongewijzigd\n', stderr: '' });
    const clone = mkdtempSync(join(tmpdir(), 'doorbraak-clone-'));
    cpSync(dir, join(clone, 'work'), { recursive: true });
    expect(await run(['verify', 'work/figures.lock.json', '--lang', 'en'], { cwd: clone })).toEqual({
      status: 0,
      stdout: 'work/figures.lock.json: 3 cases, 5 input files: unchanged\n',
      stderr: '',
    });
  });

  it('verify: an edited case is named with its hashes and its changed figures', async () => {
    const dir = copyFixture();
    expect((await run(LOCK, { cwd: dir })).status).toBe(0);
    const before = JSON.parse(readFileSync(join(dir, 'figures.lock.json'), 'utf8')) as { inputs: Array<{ file: string; sha256: string }> };
    const oldHash = before.inputs.find((i) => i.file === 'cohort-a/a-1.yaml')!.sha256;
    // a-1 threat: jeugdzorg-plus 182.5 days × 700 × 0.7 = 89,425.00 → chance 0.8: 102,200.00 (+12,775.00);
    // baten 76,369.00 → 89,144.00; total baten 113,367.98 → 126,142.98; mean 37,789.33 → 42,047.66.
    edit(join(dir, 'cohort-a/a-1.yaml'), 'chance: 0.7', 'chance: 0.8');
    const r = await run(['verify', 'figures.lock.json', '--cents'], { cwd: dir });
    expect(r.status).toBe(1);
    const newHash = r.stdout.match(/cohort-a\/a-1\.yaml: [0-9a-f]{64} → ([0-9a-f]{64})/)?.[1];
    expect(newHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.stdout).toBe(
      [
        'figures.lock.json: de cijfers of de invoer zijn veranderd sinds het vastleggen',
        '',
        'Gewijzigde invoer (sha256 oud → nieuw):',
        `  cohort-a/a-1.yaml: ${oldHash} → ${newHash}`,
        '',
        'Gewijzigde cijfers (oud → nieuw, verschil):',
        '  casus a-1, dreigend scenario: € 89.425,00 → € 102.200,00 (€ +12.775,00)',
        '  casus a-1, baten: € 76.369,00 → € 89.144,00 (€ +12.775,00)',
        '  totaal, dreigend scenario: € 145.810,89 → € 158.585,89 (€ +12.775,00)',
        '  totaal, baten: € 113.367,98 → € 126.142,98 (€ +12.775,00)',
        '  totaal, gemiddeld per casus: € 37.789,33 → € 42.047,66 (€ +4.258,33)',
        '',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
  });

  it('verify: an edited rate table is named, and every case it moves', async () => {
    const dir = copyFixture();
    expect((await run(LOCK, { cwd: dir })).status).toBe(0);
    // ots 12,000 → 11,000 a year: a-1 current −1,000 (whole year); l-1 threat −500 (6-month horizon).
    edit(join(dir, 'rates.yaml'), 'price: 12000', 'price: 11000');
    const r = await run(['verify', 'figures.lock.json', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('figures.lock.json: the figures or the inputs have changed since they were locked');
    expect(lines[2]).toBe('Changed inputs (sha256 old → new):');
    expect(lines[3]).toMatch(/^ {2}rates\.yaml: [0-9a-f]{64} → [0-9a-f]{64}$/);
    expect(lines.slice(5)).toEqual([
      'Changed figures (old → new, difference):',
      '  case l-1, threat scenario: €25,771 → €25,271 (-€500)',
      '  case l-1, avoided costs: €8,944 → €8,444 (-€500)',
      '  case a-1, current support: €75,875 → €74,875 (-€1,000)',
      '  case a-1, savings: €62,819 → €61,819 (-€1,000)',
      '  total, current support: €89,356 → €88,356 (-€1,000)',
      '  total, threat scenario: €145,811 → €145,311 (-€500)',
      '  total, avoided costs: €113,368 → €112,868 (-€500)',
      '  total, savings: €56,913 → €55,913 (-€1,000)',
      '  total, mean per case: €37,789 → €37,623 (-€167)',
      '',
    ]);
  });

  it('verify: a comment-only edit changes no figure but is still a changed input', async () => {
    const dir = copyFixture();
    expect((await run(LOCK, { cwd: dir })).status).toBe(0);
    writeFileSync(join(dir, 'loose/l-1.yaml'), '# reviewed\n' + readFileSync(join(dir, 'loose/l-1.yaml'), 'utf8'));
    const r = await run(['verify', 'figures.lock.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ {2}loose\/l-1\.yaml: [0-9a-f]{64} → [0-9a-f]{64}$/m);
    expect(r.stdout).not.toContain('Gewijzigde cijfers');
  });

  it('the bundled table is recorded by name, so the lock does not depend on where doorbraak is installed', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'c.yaml'), 'case: b-1\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n');
    expect((await run(['calc', 'c.yaml', '--lock', 'b.lock.json'], { cwd: dir })).status).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'b.lock.json'), 'utf8')) as {
      command: { default_rates?: string };
      inputs: Array<{ file: string }>;
      figures: { rate_tables: Array<{ file: string }> };
    };
    // Indexation is on by default, so the bundled price index is an input too; the default table is
    // nl-2026, and the lock says it was the default.
    expect(lock.inputs.map((i) => i.file)).toEqual(['c.yaml', 'doorbraak:rates/cpi-nl.yaml', 'doorbraak:rates/nl-2026.yaml']);
    expect(lock.figures.rate_tables.map((t) => t.file)).toEqual(['doorbraak:rates/nl-2026.yaml']);
    expect(lock.command.default_rates).toBe('doorbraak:rates/nl-2026.yaml');
    expect((await run(['verify', 'b.lock.json'], { cwd: dir })).status).toBe(0);
  });

  it('-o and --lock are both written in the working folder of the run, not that of the test process', async () => {
    // In-process, io.cwd (the fixture copy) is not process.cwd(): both files must land in the copy.
    const dir = copyFixture();
    const r = await run([...LOCK, '-o', 'figures.json'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    const lock = JSON.parse(readFileSync(join(dir, 'figures.lock.json'), 'utf8')) as { figures: Record<string, unknown> };
    const written = withoutTracking(withoutReturns(JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8')) as Record<string, unknown>));
    expect(lock.figures).toEqual(Object.fromEntries(CONTRACT.map((k) => [k, written[k]])));
    expect(existsSync(join(process.cwd(), 'figures.json'))).toBe(false);
  });

  it('a file that is not a lock is an error with exit 1', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'bad.json'), '{"schema": "doorbraak.calc/1"}');
    writeFileSync(join(dir, 'broken.json'), '{"schema": ');
    writeFileSync(join(dir, 'short.json'), '{"schema": "doorbraak.lock/1", "doorbraak": "0.1.0"}');
    expect(await run(['verify', 'bad.json'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: "bad.json: onbekend lock-schema 'doorbraak.calc/1'; verwacht 'doorbraak.lock/1'\n" });
    const b = await run(['verify', 'broken.json', '--lang', 'en'], { cwd: dir });
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/^broken\.json: not a valid lock file: /);
    const s = await run(['verify', 'short.json', '--lang', 'en'], { cwd: dir });
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/^short\.json: not a valid lock file: command: /);
    expect(await run(['verify', 'missing.json'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: 'missing.json: bestand of map bestaat niet\n' });
  });
});
