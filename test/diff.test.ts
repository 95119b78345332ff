/**
 * `doorbraak diff`: test/fixtures/basic priced with its own table (old) and with
 * test/fixtures/diff/new-rates.yaml (new): jeugdzorg-plus 700 → 750 a day, ots 12,000 → 12,600 a year,
 * herstel moved from Strafrecht to Wmo, and an added rate 'nieuw'.
 *
 * Hand computation of the deltas (horizon 12 months unless said):
 *   a-1 current: ots 12,000 → 12,600 (+600.00); jeugdzorg-plus 3 months = 91.25 days × 50 = +4,562.50
 *       → current +5,162.50
 *   a-1 threat: jeugdzorg-plus 6 months = 182.5 days × 0.7 × 50 = +6,387.50 → baten +6,387.50
 *   l-1 (horizon 6 months): threat ots 12,000 × 0.5 = 6,000 → 12,600 × 0.5 = 6,300 (+300.00);
 *       its jeugdzorg-plus line has its own price (650) and does not move → baten +300.00
 *   a-2: herstel changes law only → amounts unchanged; its line 0.05 × 3 × 0.5 = 0.075 → 0.08 moves
 *       from Strafrecht to Wmo: baten Strafrecht +0.08 (less breakthrough), Wmo −0.08
 *   totals: current +5,162.50, threat +6,687.50, breakthrough 0, baten +6,687.50, besparing +5,162.50
 *   Jeugdwet baten: +300 + 6,387.50 = +6,687.50
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from './helpers.js';

const cwd = join(FIXTURES, 'basic');
// --as-stated: the hand computations above are in each rate's own price year (test/diff-indexed.test.ts: the default).
const base = ['diff', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--against', '../diff/new-rates.yaml', '--as-stated'];

interface DiffJson {
  schema: string;
  cases: Array<{ id: string; delta: Record<string, number> }>;
  rates: Array<{ id: string; change: string; fields: string[]; old: { price: number; law: string } | null; new: { price: number; law: string } | null; cases: number }>;
  laws: Array<{ law: string; old: number; new: number; delta: number }>;
  totals: { old: Record<string, number>; new: Record<string, number>; delta: Record<string, number> };
}

describe('doorbraak diff', () => {
  it('gives the hand-computed deltas per case, per law and in total, and the changed rates', async () => {
    const r = await run([...base, '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as DiffJson;
    expect(j.schema).toBe('doorbraak.diff/1');
    expect(j.cases.map((c) => [c.id, c.delta.current, c.delta.threat, c.delta.breakthrough, c.delta.baten])).toEqual([
      ['l-1', 0, 30000, 0, 30000],
      ['a-1', 516250, 638750, 0, 638750],
      ['a-2', 0, 0, 0, 0],
    ]);
    expect(j.totals.delta).toEqual({ current: 516250, threat: 668750, breakthrough: 0, baten: 668750, besparing: 516250, mean_baten: 222916 });
    expect(j.totals.new.baten! - j.totals.old.baten!).toBe(668750);
    expect(j.laws.map((l) => [l.law, l.delta])).toEqual([
      ['Jeugdwet', 668750],
      ['Strafrecht', 8],
      ['Wmo', -8],
    ]);
    expect(j.rates.map((x) => [x.id, x.change, x.fields, x.old?.price ?? null, x.new?.price ?? null, x.cases])).toEqual([
      ['herstel', 'changed', ['law'], 5, 5, 1],
      ['jeugdzorg-plus', 'changed', ['price'], 70000, 75000, 2],
      ['nieuw', 'added', [], null, 1000, 0],
      ['ots', 'changed', ['price'], 1200000, 1260000, 2],
    ]);
  });

  it('golden table, Markdown and CSV output', async () => {
    const t = await run(base, { cwd });
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('│ a-1    │ Pleegzorgvergoeding zonder aanbieder │ cohort-a │  € 76.369 │  € 82.757 │  € 6.388 │');
    expect(t.stdout).toContain('│ jeugdzorg-plus │ gewijzigd: prijs                │     € 700,00/dag │     € 750,00/dag │        2 │');
    expect(t.stdout).toContain('│ herstel        │ gewijzigd: wet Strafrecht → Wmo │  € 0,05 eenmalig │  € 0,05 eenmalig │        1 │');
    const md = await run([...base, '--format', 'md', '--lang', 'en', '--cents'], { cwd });
    expect(md.stdout).toContain('| **total** | **3 cases** |  | **€113,367.98** | **€120,055.48** | **€6,687.50** |');
    expect(md.stdout).toContain('## Changed rates');
    const csv = await run([...base, '--format', 'csv', '--cents'], { cwd });
    expect(csv.stdout.startsWith('\uFEFFonderdeel;id;omschrijving;oud;nieuw;verschil\r\n')).toBe(true);
    expect(csv.stdout).toContain('\r\ncasus;a-1;Pleegzorgvergoeding zonder aanbieder;76369,00;82756,50;6387,50\r\n');
    expect(csv.stdout).toContain('\r\ntarief;ots;gewijzigd: prijs;12000,00/jaar;12600,00/jaar;\r\n');
    expect(csv.stdout).toContain('\r\ntotaal;baten;baten;113367,98;120055,48;6687,50\r\n');
  });

  it('--fail-over in euros: exactly at the limit passes, one cent less fails', async () => {
    // threat, baten and Jeugdwet baten each move 6,687.50; current and besparing 5,162.50.
    const at = await run([...base, '--fail-over', '6687.50', '--format', 'json'], { cwd });
    expect(at.status).toBe(0);
    expect(at.stderr).toBe('');
    const over = await run([...base, '--fail-over', '6687.49', '--format', 'json', '--cents'], { cwd });
    expect(over.status).toBe(1);
    expect(over.stdout).not.toBe('');
    // percentages: 668750 / 14581089 = 4.586…%, 668750 / 11336798 = 5.898…%, 668750 / 10813989 = 6.184…%
    expect(over.stderr.split('\n').filter(Boolean)).toEqual([
      'doorbraak diff: totaal dreigend scenario verschuift € 6.687,50 (+4,59%), meer dan --fail-over 6687.49',
      'doorbraak diff: totaal baten verschuift € 6.687,50 (+5,9%), meer dan --fail-over 6687.49',
      'doorbraak diff: baten Jeugdwet verschuift € 6.687,50 (+6,18%), meer dan --fail-over 6687.49',
    ]);
  });

  it('--fail-over in percent: besparing moves 516250 / 5691272 = 9.0709…%', async () => {
    expect((await run([...base, '--fail-over', '9.08%'], { cwd })).status).toBe(0);
    const r = await run([...base, '--fail-over', '9.07%', '--lang', 'en'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('doorbraak diff: total savings moves €5,163 (+9.07%), more than --fail-over 9.07%\n');
  });

  it.each(['5k', '2,5%', '5.000', '-5', '1e3', '%', ''])('a malformed --fail-over %j is a usage error', async (v) => {
    const r = await run([...base, '--fail-over', v], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`--fail-over: ongeldige waarde '${v}'; geef een bedrag in euro's (5000 of 2500.50) of een percentage (2.5%)\n`);
  });

  it('--against is required; a rate the new table lacks is an error', async () => {
    expect((await run(['diff', 'cohort-a', '--rates', 'rates.yaml'], { cwd })).status).toBe(2);
    const r = await run(['diff', 'cohort-a', '--rates', 'rates.yaml', '--against', '../../../rates/nl-2024.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe("cohort-a/a-1.yaml:21:11: onbekend tarief 'ambulant'; bedoelde u 'ambulante-jeugdhulp-hbo', 'ambulante-jeugdhulp-mbo'?");
  });
});
