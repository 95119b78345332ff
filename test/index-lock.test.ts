/**
 * Locks and the price index across upgrades (issue 13): a lock written before nl-2026 became the
 * default still verifies (it is recomputed with the table it names, nl-2024); the bundled index
 * counts by the yearly changes the figures used, so adding 2025 and a provisional 2026 does not fail
 * an old lock; a lock records whether a provisional figure was used, and verify says when the final
 * figure replaced it.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDecimalString } from '../src/data/rational.js';
import { loadIndex } from '../src/read/index-series.js';
import { BUNDLED_INDEX_VERSIONS } from '../src/reports/index-history.js';
import { type LockDoc, compareLocks } from '../src/reports/lock.js';
import { FIXTURES, MINI_RATES, ROOT, tempTree, type RunResult, run } from './helpers.js';

/** The CLI in-process (test/helpers.ts run), here with its working folder first. */
const cli = (args: string[], cwd: string): Promise<RunResult> => run(args, { cwd });

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** test/fixtures/lock-v1: a lock written by doorbraak at 30f96b9, before nl-2026 was the default. */
function oldLockCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'doorbraak-lock-v1-'));
  cpSync(join(FIXTURES, 'lock-v1'), dir, { recursive: true });
  return dir;
}

describe('a lock written before this version', () => {
  it('names doorbraak:rates/nl-2024.yaml and the index of that time, and still verifies: recomputed with nl-2024, not today\'s default', async () => {
    const dir = oldLockCopy();
    const lock = JSON.parse(readFileSync(join(dir, 'figures.lock.json'), 'utf8')) as LockDoc;
    expect(lock.inputs.map((i) => i.file)).toContain('doorbraak:rates/nl-2024.yaml');
    expect(lock.command.default_rates).toBeUndefined();
    expect(lock.price_index).toBeUndefined();
    // The bundled nl-2024 is kept byte for byte, so the name still means the same file.
    expect(lock.inputs.find((i) => i.file === 'doorbraak:rates/nl-2024.yaml')!.sha256).toBe(sha(join(ROOT, 'rates/nl-2024.yaml')));
    expect(await cli(['verify', 'figures.lock.json'], dir)).toEqual({ status: 0, stdout: 'figures.lock.json: 1 casus, 4 invoerbestanden: ongewijzigd\n', stderr: '' });
  });

  it('written with the series that ended in 2024: extending cpi-nl with 2025 and 2026 does not fail it', async () => {
    // The same lock as doorbraak at dc470f6 wrote it: only the index's sha256 differs (the series then
    // ended in 2024; the years 2006–2024 are the same figures as today).
    const dir = oldLockCopy();
    const before = sha(join(FIXTURES, 'index-history/cpi-nl.dc470f6.yaml'));
    const file = join(dir, 'figures.lock.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(sha(join(ROOT, 'rates/cpi-nl.yaml')), before));
    // o-1 uses jeugdzorg-plus (2014) and huishoudelijke-hulp (2022), indexed to 2024: the changes of 2015–2024.
    expect(await cli(['verify', 'figures.lock.json'], dir)).toEqual({
      status: 0,
      stdout:
        'figures.lock.json: 1 casus, 4 invoerbestanden: ongewijzigd\n' +
        'De meegeleverde prijsindex cpi-nl is bijgewerkt sinds het vastleggen; de indexcijfers die deze cijfers gebruiken (2015–2024) zijn ongewijzigd.\n',
      stderr: '',
    });
  });

  it('an index version doorbraak never shipped is a changed input, as any other file', async () => {
    const dir = oldLockCopy();
    const file = join(dir, 'figures.lock.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(sha(join(ROOT, 'rates/cpi-nl.yaml')), '0'.repeat(64)));
    const r = await cli(['verify', 'figures.lock.json', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`  doorbraak:rates/cpi-nl.yaml: ${'0'.repeat(64)} → ${sha(join(ROOT, 'rates/cpi-nl.yaml'))}\n`);
  });

  it('every earlier version of the bundled index is listed with the figures it held', () => {
    const copies = { 'cpi-nl.dc470f6.yaml': BUNDLED_INDEX_VERSIONS[0]!, 'cpi-nl.08eb2aa.yaml': BUNDLED_INDEX_VERSIONS[1]! };
    for (const [name, v] of Object.entries(copies)) {
      const f = join(FIXTURES, 'index-history', name);
      expect(sha(f)).toBe(v.sha256);
      const ix = loadIndex(f, ROOT).index!;
      expect(Math.min(...ix.levels.keys())).toBe(v.firstYear);
      expect([...ix.changes.values()].map((c) => toDecimalString(c, 4))).toEqual(v.changes);
      expect([...ix.provisional]).toEqual(v.provisional);
    }
    // Today's file is the 08eb2aa version: a lock written by main before this change verifies (above).
    expect(sha(join(ROOT, 'rates/cpi-nl.yaml'))).toBe(BUNDLED_INDEX_VERSIONS[1]!.sha256);
  });
});

describe('a lock records the index figures it used', () => {
  it('the years of the factors applied, their changes and whether one was provisional; and the default table', async () => {
    const dir = oldLockCopy();
    expect((await cli(['calc', 'cases', '--lock', 'new.lock.json', '--format', 'json'], dir)).status).toBe(0);
    const lock = JSON.parse(readFileSync(join(dir, 'new.lock.json'), 'utf8')) as LockDoc;
    expect(lock.command.default_rates).toBe('doorbraak:rates/nl-2026.yaml');
    // jeugdzorg-plus (2014) → 2026: the changes of 2015 … 2026; 2026 is provisional.
    expect(lock.price_index).toEqual({
      file: 'doorbraak:rates/cpi-nl.yaml',
      id: 'cpi-nl',
      provisional: true,
      years: [
        { year: 2015, change: '0.6' },
        { year: 2016, change: '0.3' },
        { year: 2017, change: '1.4' },
        { year: 2018, change: '1.7' },
        { year: 2019, change: '2.6' },
        { year: 2020, change: '1.3' },
        { year: 2021, change: '2.7' },
        { year: 2022, change: '10' },
        { year: 2023, change: '3.8' },
        { year: 2024, change: '3.3' },
        { year: 2025, change: '3.3' },
        { year: 2026, change: '2.3', provisional: true },
      ],
    });
    const r = await cli(['verify', 'new.lock.json'], dir);
    expect(r).toEqual({
      status: 0,
      stdout:
        'new.lock.json: 1 casus, 4 invoerbestanden: ongewijzigd\n' +
        'Let op: deze cijfers gebruiken een voorlopig indexcijfer van cpi-nl (2026); verify meldt het als het definitieve cijfer het vervangt.\n',
      stderr: '',
    });
  });

  it('verify shows when the provisional figure was replaced by the final one: the year, old and new change, and the figures it moves', async () => {
    const cpi = readFileSync(join(ROOT, 'rates/cpi-nl.yaml'), 'utf8');
    const dir = tempTree({
      'rates.yaml': MINI_RATES,
      'index.yaml': cpi,
      't-1.yaml': 'case: t-1\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n',
    });
    const lock = ['calc', 't-1.yaml', '--rates', 'rates.yaml', '--price-index', 'index.yaml', '--price-year', '2026', '--lock', 'f.lock.json', '--format', 'json'];
    const first = await cli(lock, dir);
    // ots € 600 a month (2024) × 12 months = 7,200.00 × 1.033 × 1.023 (= 1.056759) = 7,608.6648 → 7,608.66
    expect(JSON.parse(first.stdout).totals.baten).toBe(760_866);
    const before = sha(join(dir, 'index.yaml'));
    // January 2027: CBS publishes the final 2026 figure, 2.5 %.
    writeFileSync(join(dir, 'index.yaml'), cpi.replace('{ year: 2026, change: 2.3, provisional: true }', '{ year: 2026, change: 2.5 }'));
    // 7,200.00 × 1.033 × 1.025 (= 1.058825) = 7,623.54; mean of one case the same; +14.88
    const r = await cli(['verify', 'f.lock.json', '--cents'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        'f.lock.json: de cijfers of de invoer zijn veranderd sinds het vastleggen',
        '',
        'Gewijzigde invoer (sha256 oud → nieuw):',
        `  index.yaml: ${before} → ${sha(join(dir, 'index.yaml'))}`,
        '',
        'Gewijzigde indexcijfers van cpi-nl (oud → nieuw):',
        '  2026: 2,3% (voorlopig) → 2,5% (definitief; het voorlopige cijfer is vervangen door het definitieve)',
        '',
        'Gewijzigde cijfers (oud → nieuw, verschil):',
        '  casus t-1, dreigend scenario: € 7.608,66 → € 7.623,54 (€ +14,88)',
        '  casus t-1, baten: € 7.608,66 → € 7.623,54 (€ +14,88)',
        '  totaal, dreigend scenario: € 7.608,66 → € 7.623,54 (€ +14,88)',
        '  totaal, baten: € 7.608,66 → € 7.623,54 (€ +14,88)',
        '  totaal, gemiddeld per casus: € 7.608,66 → € 7.623,54 (€ +14,88)',
        '',
      ].join('\n'),
    );
    const en = await cli(['verify', 'f.lock.json', '--lang', 'en'], dir);
    expect(en.stdout).toContain('Changed index figures of cpi-nl (old → new):\n  2026: 2.3% (provisional) → 2.5% (final; the provisional figure has been replaced by the final one)\n');
  });
});

describe('compareLocks: the bundled index by the figures used', () => {
  const base = (sha256: string, years: LockDoc['price_index']): LockDoc => ({
    schema: 'doorbraak.lock/1',
    doorbraak: '0.1.0',
    command: { paths: ['cases'], rates: [], economics: { indexation: true } },
    inputs: [
      { file: 'cases/a.yaml', sha256: 'a' },
      { file: 'doorbraak:rates/cpi-nl.yaml', sha256 },
    ],
    ...(years ? { price_index: years } : {}),
    figures: { cases: [], totals: { baten: 100 } },
  });
  const used = (prov2026: boolean, change2026 = '2.3') => ({
    file: 'doorbraak:rates/cpi-nl.yaml',
    id: 'cpi-nl',
    provisional: prov2026,
    years: [
      { year: 2025, change: '3.3' },
      { year: 2026, change: change2026, ...(prov2026 ? { provisional: true as const } : {}) },
    ],
  });

  it('a newer bundled index with the same figures for the years used: same, noted as updated', () => {
    const c = compareLocks(base('old', used(true)), base('new', used(true)));
    expect(c.same).toBe(true);
    expect(c.inputs).toEqual([]);
    expect(c.index).toMatchObject({ updated: true, years: [], provisional: [2026], usedYears: [2025, 2026] });
  });

  it('the final 2026 figure replaced the provisional one: the year is named, and it is not the same', () => {
    const c = compareLocks(base('old', used(true)), base('new', used(false, '2.5')));
    expect(c.same).toBe(false);
    expect(c.index!.years).toEqual([{ year: 2026, old: { change: '2.3', provisional: true }, new: { change: '2.5', provisional: false } }]);
    expect(c.inputs).toEqual([{ file: 'doorbraak:rates/cpi-nl.yaml', old: 'old', new: 'new' }]);
  });

  it('final with the same figure: still a change (the lock said "voorlopig")', () => {
    const c = compareLocks(base('old', used(true)), base('new', used(false)));
    expect(c.same).toBe(false);
    expect(c.index!.years).toEqual([{ year: 2026, old: { change: '2.3', provisional: true }, new: { change: '2.3', provisional: false } }]);
  });

  it('a price index of your own (--price-index) is cited by its bytes: any change counts', () => {
    const own = (sha256: string): LockDoc => ({
      ...base(sha256, { ...used(true), file: 'index.yaml' }),
      inputs: [{ file: 'index.yaml', sha256 }],
    });
    const c = compareLocks(own('old'), own('new'));
    expect(c.same).toBe(false);
    expect(c.index!.updated).toBe(false);
    expect(c.inputs).toEqual([{ file: 'index.yaml', old: 'old', new: 'new' }]);
  });
});
