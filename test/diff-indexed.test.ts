/**
 * diff compares like with like: both sides indexed to one price year (as calc), said in the output;
 * --as-stated keeps the comparison of the prices as the tables state them; the mean's difference;
 * --format html.
 *
 * By hand, fixture basic (test/diff.test.ts has the as-stated deltas): every rate the new table
 * changes (ots and jeugdzorg-plus: price; herstel: law) is priced in 2024, the report's year, so its
 * factor is 1 on both sides, and every other rate is indexed the same on both sides: the deltas stay
 * l-1 +30,000, a-1 +638,750, a-2 0, total +668,750. The totals move: a-2 indexed has baten
 * 3,824,602 − 274,505 = 3,550,097 (test/economics-cli.test.ts) instead of 2,805,498 as stated;
 * l-1 894,400 and a-1 7,636,900 are the same either way. Old baten 894,400 + 7,636,900 + 3,550,097
 * = 12,081,397, mean 4,027,132.33… → 4,027,132; new 12,750,147, mean 4,250,049 → the mean moves
 * 222,917 (as stated: 11,336,798 / 3 → 3,778,933 and 12,005,548 / 3 → 4,001,849: 222,916).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, run } from './helpers.js';

// Each test runs the CLI several times; on a busy machine that takes longer than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });

const cwd = join(FIXTURES, 'basic');
const base = ['diff', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--against', '../diff/new-rates.yaml'];

interface Totals {
  cases: number;
  current: number;
  threat: number;
  breakthrough: number;
  baten: number;
  besparing: number;
  mean_baten: number;
}
interface DiffJson {
  cases: Array<{ id: string; old: Record<string, number>; new: Record<string, number>; delta: Record<string, number> }>;
  laws: Array<{ law: string; delta: number }>;
  totals: { old: Totals; new: Totals; delta: Record<string, number> };
  price_year: number | null;
  price_index: string | null;
}
interface CalcJson {
  cases: Array<{ id: string; current: number; threat: number; breakthrough: number; baten: number; besparing: number }>;
  totals: Totals;
}

async function json<T>(args: readonly string[], at?: string): Promise<T> {
  const r = await run(args, at ? { cwd: at } : {});
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const totals = (t: Totals): Totals => ({ cases: t.cases, current: t.current, threat: t.threat, breakthrough: t.breakthrough, baten: t.baten, besparing: t.besparing, mean_baten: t.mean_baten });

describe('diff indexes both sides to one price year by default', () => {
  it('fixture: the hand-computed deltas, the totals of calc, the mean moving 222,917', async () => {
    const j = await json<DiffJson>([...base, '--format', 'json'], cwd);
    expect([j.price_year, j.price_index]).toEqual([2024, 'cpi-nl']);
    expect(j.cases.map((c) => [c.id, c.delta.baten])).toEqual([
      ['l-1', 30_000],
      ['a-1', 638_750],
      ['a-2', 0],
    ]);
    expect(j.cases.find((c) => c.id === 'a-2')!.old.baten).toBe(3_550_097);
    expect(j.totals.old.baten).toBe(12_081_397);
    expect(j.totals.new.baten).toBe(12_750_147);
    expect(j.totals.delta).toMatchObject({ baten: 668_750, mean_baten: 222_917 });
    const calcOld = await json<CalcJson>(['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--format', 'json'], cwd);
    const calcNew = await json<CalcJson>(['calc', 'cohort-a', 'loose', '--rates', '../diff/new-rates.yaml', '--format', 'json'], cwd);
    expect(totals(j.totals.old)).toEqual(totals(calcOld.totals));
    expect(totals(j.totals.new)).toEqual(totals(calcNew.totals));
  });

  it('says so under the totals, with the mean’s difference', async () => {
    const t = await run([...base, '--cents'], { cwd });
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('Beide kanten op prijspeil 2024, geïndexeerd met cpi-nl, zoals calc;');
    expect(t.stdout).toMatch(/│ gemiddeld per casus │ +€ 40\.271,32 │ +€ 42\.500,49 │ +€ 2\.229,17 │/);
    const en = (await run([...base, '--lang', 'en'], { cwd })).stdout;
    expect(en).toContain('Both sides at 2024 prices, indexed with cpi-nl, as calc does;');
    const csv = (await run([...base, '--format', 'csv', '--cents'], { cwd })).stdout;
    expect(csv).toContain('\r\ntotaal;mean_baten;gemiddeld per casus;40271,32;42500,49;2229,17\r\n');
  });

  it('--as-stated keeps the old comparison and says so', async () => {
    const j = await json<DiffJson>([...base, '--as-stated', '--format', 'json'], cwd);
    expect([j.price_year, j.price_index]).toEqual([null, null]);
    expect(j.totals.old.baten).toBe(11_336_798);
    expect(j.totals.delta.mean_baten).toBe(222_916);
    expect((await run([...base, '--as-stated'], { cwd })).stdout).toContain('Prijzen zoals de tabellen ze noemen, niet geïndexeerd (--as-stated)');
    // --no-indexation, as for calc and explain, is the same
    expect(await json<DiffJson>([...base, '--no-indexation', '--format', 'json'], cwd)).toEqual(j);
  });

  it('--price-year puts both sides in that year', async () => {
    const j = await json<DiffJson>([...base, '--price-year', '2023', '--format', 'json'], cwd);
    expect(j.price_year).toBe(2023);
    const calc = await json<CalcJson>(['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--price-year', '2023', '--format', 'json'], cwd);
    expect(totals(j.totals.old)).toEqual(totals(calc.totals));
  });
});

describe('diff on the bundled cases', () => {
  it('the same table on both sides: no change, and the totals of calc', async () => {
    const j = await json<DiffJson>(['diff', 'cases/', '--against', 'rates/nl-2024.yaml', '--format', 'json']);
    // diff counts the cases calc counts: the completed ones (s6-02 is running); --status all, all eight
    const calc = await json<CalcJson>(['calc', 'cases/', '--format', 'json']);
    expect(j.cases.map((c) => c.id)).toEqual(calc.cases.map((c) => c.id));
    const all = await json<DiffJson>(['diff', 'cases/', '--against', 'rates/nl-2024.yaml', '--status', 'all', '--format', 'json']);
    const calcAll = await json<CalcJson>(['calc', 'cases/', '--status', 'all', '--format', 'json']);
    expect(all.cases.length).toBe(8);
    expect(totals(all.totals.old)).toEqual(totals(calcAll.totals));
    expect(j.totals.delta).toEqual({ current: 0, threat: 0, breakthrough: 0, baten: 0, besparing: 0, mean_baten: 0 });
    expect(j.cases.every((c) => Object.values(c.delta).every((v) => v === 0))).toBe(true);
    expect(j.laws.every((l) => l.delta === 0)).toBe(true);
    expect(totals(j.totals.old)).toEqual(totals(calc.totals));
    expect(totals(j.totals.new)).toEqual(totals(calc.totals));
    for (const c of calc.cases) expect(j.cases.find((x) => x.id === c.id)!.old).toEqual({ current: c.current, threat: c.threat, breakthrough: c.breakthrough, baten: c.baten, besparing: c.besparing });
  });

  it('a changed table: the totals equal calc’s on each side, both at the newest table year (2026)', async () => {
    const j = await json<DiffJson>(['diff', 'cases/', '--against', 'rates/nl-2026.yaml', '--format', 'json']);
    expect(j.price_year).toBe(2026);
    const old = await json<CalcJson>(['calc', 'cases/', '--price-year', '2026', '--format', 'json']);
    const now = await json<CalcJson>(['calc', 'cases/', '--rates', 'rates/nl-2026.yaml', '--format', 'json']);
    expect(totals(j.totals.old)).toEqual(totals(old.totals));
    expect(totals(j.totals.new)).toEqual(totals(now.totals));
    // nl-2026 changes no figure of a rate the bundled cases use, and custom items without a price_year
    // are in the report's price year on both sides (as in calc): at one price year nothing moves
    expect(j.totals.delta).toEqual({ current: 0, threat: 0, breakthrough: 0, baten: 0, besparing: 0, mean_baten: 0 });
  });
});

describe('diff --format html', () => {
  it('one self-contained page with the four tables and the price-year note; -o writes it', async () => {
    const r = await run([...base, '--format', 'html'], { cwd });
    expect(r.status).toBe(0);
    const page = r.stdout;
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(page).toContain('<h1>Wat een andere tarieventabel doet</h1>');
    expect(page).toContain('<p class="lede" id="diff-basis">Beide kanten op prijspeil 2024');
    expect(page.match(/<table/g)?.length).toBe(4);
    expect(page).not.toMatch(/<script|<link|src=|@import|url\(/);
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-diff-'));
    const out = join(dir, 'diff.html');
    expect((await run([...base, '--format', 'html', '-o', out], { cwd })).status).toBe(0);
    expect(existsSync(out) && readFileSync(out, 'utf8')).toBe(page);
    expect((await run([...base, '--format', 'xlsx'], { cwd })).status).toBe(2);
  });
});
