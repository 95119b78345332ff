/**
 * `doorbraak explain`: golden outputs on test/fixtures/basic, every bundled case, and the lookup of a
 * case by id or by file. To accept a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/explain.test.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, golden } from './helpers.js';

const cwd = join(FIXTURES, 'basic');

describe('explain golden outputs', () => {
  const cases: Array<[string, string[]]> = [
    ['explain.a-1.table.nl.txt', ['a-1', 'cohort-a', 'loose', '--rates', 'rates.yaml']],
    ['explain.a-1.md.en.md', ['a-1', 'cohort-a', '--rates', 'rates.yaml', '--format', 'md', '--lang', 'en']],
    ['explain.a-2.csv.nl.csv', ['cohort-a/a-2.yaml', '--format', 'csv']],
    ['explain.l-1.md.nl.md', ['loose/l-1.yaml', '--rates', 'rates.yaml', '--format', 'md', '--cents']],
    ['explain.a-1.json', ['cohort-a/a-1.yaml', '--format', 'json']],
  ];
  it.each(cases)('%s', async (name, args) => {
    const r = await run(['explain', ...args], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    golden(name, r.stdout);
  });
});

const a1 = JSON.parse((await run(['explain', 'cohort-a/a-1.yaml', '--format', 'json'], { cwd })).stdout);
// --no-indexation: the fixture's hand computations are in each rate's own price year.
const a2 = JSON.parse((await run(['explain', 'a-2', 'cohort-a', '--format', 'json', '--no-indexation'], { cwd })).stdout);

describe('explain lets a reader recompute each line', () => {

  it('has its own schema and the exact factors of every line', async () => {
    expect(a1.schema).toBe('doorbraak.explain/1');
    // threat: jeugdzorg-plus € 700/day × 6 maanden (182.5 days) × chance 0.7 = 89,425.00
    expect(a1.scenarios.threat.lines[0]).toMatchObject({
      rate: 'jeugdzorg-plus',
      table: 'fixture-2024',
      unit: 'day',
      unit_price: 70000,
      quantity: '365/2',
      derivation: { kind: 'time', unit: 'day', duration: '6 maanden', from_horizon: false, days: '365/2' },
      count: '1',
      chance: '7/10',
      cost_exact: '8942500',
      cost: 8942500,
      law: 'Jeugdwet',
      payer: 'gemeente',
      source: 'fixture',
    });
    expect(a1.case.values).toEqual({ betrokkenheid: 'Lida kiest zelf wie haar helpt', legitimiteit: 'Jeugdwet art. 2.3' });
    expect(a1.totals).toEqual({ current: 7587500, threat: 8942500, breakthrough: 1305600, baten: 7636900, besparing: 6281900 });
  });

  it('keeps the unrounded cost: begeleiding 3 per week over 12 months = 156.428571… hours × € 64', async () => {
    // 3 × 365/7 = 1095/7 hours; × 6,400 cents = 7,008,000/7 = 1,001,142.857… cents → 1,001,143
    expect(a2.scenarios.current.lines[0]).toMatchObject({ quantity: '1095/7', cost_exact: '7008000/7', cost: 1001143 });
    // herstel € 0.05 once × count 3 × chance 0.5 = 7.5 cents → 8 (half away from zero)
    expect(a2.scenarios.breakthrough.lines[1]).toMatchObject({ count: '3', chance: '1/2', cost_exact: '15/2', cost: 8 });
    const table = (await run(['explain', 'a-2', 'cohort-a', '--format', 'md', '--no-indexation'], { cwd })).stdout;
    expect(table).toContain('12 months (horizon) = 365 dagen; 3 per week × 365/7 weken = 156,428571… (1095/7) uur');
    expect(table).toContain('€ 10.011,428571… (70080/7)');
    expect(table).toContain('€ 0,075');
  });

  it('indexes as calc does and shows the factor per line (begeleiding, price year 2022 → 2024)', async () => {
    const j = JSON.parse((await run(['explain', 'a-2', 'cohort-a', '--format', 'json'], { cwd })).stdout);
    // CPI 2023 +3.8 %, 2024 +3.3 %: factor 1.038 × 1.033 = 1.072254 = 536127/500000
    // 6,400 cents × 536127/500000 × 1095/7 hours = 939,294,504/875 = 1,073,479.433… cents → 1,073,479
    expect(j.price_year).toBe(2024);
    expect(j.scenarios.current.lines[0]).toMatchObject({ price_year: 2022, index_factor: '536127/500000', cost: 1073479 });
    const calc = JSON.parse((await run(['calc', 'cohort-a', '--format', 'json'], { cwd })).stdout);
    const row = calc.cases.find((c: { id: string }) => c.id === 'a-2');
    expect(j.totals).toEqual({ current: row.current, threat: row.threat, breakthrough: row.breakthrough, baten: row.baten, besparing: row.besparing });
    const md = (await run(['explain', 'a-2', 'cohort-a', '--format', 'md'], { cwd })).stdout;
    expect(md).toContain('| ×1,072254 (2022→2024) |');
    expect(md).toContain('Prijspeil 2024: elke prijs is vanaf zijn prijsjaar geïndexeerd');
  });

  it('marks a price override and names the table price', async () => {
    const l1 = (await run(['explain', 'l-1', 'loose', '--rates', 'rates.yaml'], { cwd })).stdout;
    expect(l1).toContain('€ 650,00 / dag, eigen prijs (tabel: € 700,00)');
  });
});

describe('explain finds the case', () => {
  it('by id among the paths, with a suggestion when it is not there', async () => {
    const r = await run(['explain', 'a-3', 'cohort-a'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("cohort-a: casus 'a-3' niet gevonden; bedoelde u 'a-1' of 'a-2'?\n");
  });

  it('looks in cases/ by default', async () => {
    const r = await run(['explain', 'vh-03']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Afleiding van casus vh-03');
    const miss = await run(['explain', 'vh-3', '--lang', 'en']);
    expect(miss.status).toBe(1);
    expect(miss.stderr).toMatch(/^cases\/: case 'vh-3' not found; did you mean 'vh-03'/);
  });

  it('a file without a case is an error', async () => {
    const r = await run(['explain', 'cohort-a/cohort.yaml'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('cohort-a/cohort.yaml: geen casussen gevonden\n');
    const other = await run(['explain', 'cohort-a/a-1.yaml', 'cohort-a/a-2.yaml', '--format', 'json'], { cwd });
    expect(JSON.parse(other.stdout).case.id).toBe('a-1'); // the file named first is explained; the others only load
  });
});

describe('explain runs on every bundled case', () => {
  const ids = readdirSync(join(ROOT, 'cases'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('cohort.yaml') && !f.endsWith('tags.yaml'))
    .map((f) => join('cases', f))
    .sort();
  it('finds the bundled cases', () => expect(ids.length).toBeGreaterThanOrEqual(7));
  it.each(ids)('%s', async (file) => {
    const table = await run(['explain', file]);
    expect(table.stderr).toBe('');
    expect(table.status).toBe(0);
    const r = await run(['explain', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    // every line's cost is its exact cost rounded once, and the totals are the sums of the lines
    for (const s of ['current', 'threat', 'breakthrough']) {
      let sum = 0;
      for (const l of j.scenarios[s].lines) {
        const [n, d = '1'] = String(l.cost_exact).split('/');
        const q = (2n * BigInt(n!) + BigInt(d)) / (2n * BigInt(d)); // costs are never negative here
        expect(BigInt(l.cost)).toBe(q);
        expect(l.source).not.toBe('');
        sum += l.cost;
      }
      expect(j.scenarios[s].total).toBe(sum);
    }
    expect(j.totals.baten).toBe(j.totals.threat - j.totals.breakthrough);
  });
});
