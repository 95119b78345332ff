/**
 * `doorbraak rates [query] [paths...]`: the rate tables in force, listed and searched by text (id,
 * label, source; case and accents aside), law, payer and grade, with the price as stated and indexed
 * to the report's price year (figures computed by hand below), in table, json, csv and md.
 */
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/cli/context.js';
import { main } from '../src/cli/main.js';
import { fold } from '../src/reports/rate-search.js';
import { ROOT, tempTree } from './helpers.js';

async function cli(args: string[], cwd = ROOT): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), env: {}, cwd, stdoutIsTTY: false, stderrIsTTY: false };
  const status = await main(args, io);
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

interface RatesJson {
  schema: string;
  query: { text: string | null; law: string | null; payer: string | null; grade: string[] | null };
  price_year: number;
  price_index: { id: string; provisional: boolean } | null;
  rate_tables: Array<{ id: string; file: string; price_year: number }>;
  count: { shown: number; in_force: number };
  rates: Array<{ id: string; price: number; price_year: number; indexed_price: number | null; index_factor: { decimal: string } | null; law: string; payer: string; grade: string | null; table: string }>;
}

const json = async (args: string[], cwd = ROOT): Promise<RatesJson> => {
  const r = await cli([...args, '--format', 'json'], cwd);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as RatesJson;
};

describe('doorbraak rates', () => {
  it('rates jeugd --law Jeugdwet: the matching rates of the bundled default, nl-2026, indexed to 2026 (provisional)', async () => {
    const j = await json(['rates', 'jeugd', '--law', 'Jeugdwet']);
    expect(j.schema).toBe('doorbraak.rates/1');
    expect(j.query).toEqual({ text: 'jeugd', law: 'Jeugdwet', payer: null, grade: null });
    expect(j.rate_tables.map((t) => t.id)).toEqual(['nl-2026']);
    expect(j.price_year).toBe(2026);
    expect(j.price_index).toEqual({ id: 'cpi-nl', provisional: true });
    // nl-2026 has 50 rates, 21 of them under the Jeugdwet, and each of those names youth care (jeugd…)
    // in its id, label or source.
    expect(j.count).toEqual({ shown: 21, in_force: 50 });
    for (const r of j.rates) expect(r.law).toBe('Jeugdwet');
    const by = new Map(j.rates.map((r) => [r.id, r]));
    // ots € 624.00 (2024) × 1.033 × 1.023 = 624 × 1.056759 = 659.417616 → € 659.42
    expect(by.get('ots')).toMatchObject({ price: 62_400, price_year: 2024, indexed_price: 65_942, index_factor: { decimal: '1.056759' }, grade: 'C' });
    // ambulante-jeugdhulp-hbo € 78.00 × 1.056759 = 82.427202 → € 82.43; pleegvergoeding-0-8 € 23.32 × 1.056759 = 24.64362 → € 24.64
    expect(by.get('ambulante-jeugdhulp-hbo')).toMatchObject({ price: 7_800, indexed_price: 8_243 });
    expect(by.get('pleegvergoeding-0-8')).toMatchObject({ price: 2_332, indexed_price: 2_464, grade: 'A' });
    // In id order.
    expect(j.rates.map((r) => r.id)).toEqual([...j.rates.map((r) => r.id)].sort());
  });

  it('the terminal list is readable in 80 columns and says the price year and the provisional index', async () => {
    const r = await cli(['rates', 'jeugd', '--law', 'Jeugdwet']);
    expect(r.status).toBe(0);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('ots — Ondertoezichtstelling (OTS) door gecertificeerde instelling (per maand)\n    € 624,00 per maand, prijsjaar 2024 → € 659,42 in prijspeil 2026\n    Jeugdwet · gemeente · kwaliteit C · tabel nl-2026\n    bron: estimate:');
    expect(r.stdout).toContain('21 van 50 tarieven (tabel nl-2026, rates/nl-2026.yaml).\nPrijzen geïndexeerd naar prijspeil 2026 met cpi-nl (voorlopig indexcijfer).');
  });

  it('text search ignores case and accents; --payer and --grade filter; every word must match', async () => {
    expect(fold('Curaçao GGZ')).toBe('curacao ggz');
    const a = await json(['rates', 'NZA', '--payer', 'ZORGVERZEKERAAR', '--grade', 'b']);
    expect(a.rates.map((r) => r.id)).toEqual(['ggz-consult-behandeling-nza', 'ggz-consult-diagnostiek-nza']);
    const b = await json(['rates', 'ggz diagnostiek']);
    expect(b.rates.map((r) => r.id)).toContain('ggz-consult-diagnostiek-nza');
    expect(b.rates.map((r) => r.id)).not.toContain('ggz-consult-behandeling-nza');
    const dir = tempTree({
      'eigen.yaml':
        'table: eigen\ntitle: Eigen\ncurrency: EUR\nprice_year: 2026\nrates:\n  - id: opvang-curacao\n    label: Opvang jongeren uit Curaçao\n    unit: day\n    price: 100\n    law: Wmo\n    payer: gemeente\n    source: offerte\n',
    });
    expect((await json(['rates', 'CURACAO', 'eigen.yaml'], dir)).rates.map((r) => r.id)).toEqual(['opvang-curacao']);
    expect((await json(['rates', 'curaçao', '--rates', 'eigen.yaml'], dir)).rates.map((r) => r.id)).toEqual(['opvang-curacao']);
  });

  it("a cohort's table through the paths; --rates tables applied in order, a later one overriding", async () => {
    // The bundled cohorts pin nl-2024: 48 rates, report year 2024, so a 2024 price is its own indexed price.
    const c = await json(['rates', 'ots', 'cases/']);
    expect(c.rate_tables.map((t) => t.id)).toEqual(['nl-2024']);
    expect(c.price_year).toBe(2024);
    expect(c.rates.find((r) => r.id === 'ots')).toMatchObject({ price: 62_400, indexed_price: 62_400, index_factor: { decimal: '1' } });
    const dir = tempTree({
      'zwolle-2025.yaml':
        'table: zwolle-2025\ntitle: Zwolle 2025\ncurrency: EUR\nprice_year: 2025\nrates:\n  - id: ots\n    label: OTS (contract Zwolle)\n    unit: month\n    price: 650\n    law: Jeugdwet\n    payer: gemeente\n    grade: A\n    source: contract 2025\n',
    });
    const z = await json(['rates', '--rates', `${ROOT}/rates/nl-2024.yaml`, '--rates', 'zwolle-2025.yaml', '--law', 'jeugdwet'], dir);
    expect(z.rate_tables.map((t) => t.id)).toEqual(['nl-2024', 'zwolle-2025']);
    expect(z.price_year).toBe(2025);
    // Zwolle's ots replaces nl-2024's: still 48 rates in force. voogdij € 468 (2024) × 1.033 = 483.444 → € 483.44
    expect(z.count.in_force).toBe(48);
    expect(z.rates.find((r) => r.id === 'ots')).toMatchObject({ table: 'zwolle-2025', price: 65_000, indexed_price: 65_000 });
    expect(z.rates.find((r) => r.id === 'voogdij')).toMatchObject({ table: 'nl-2024', indexed_price: 48_344 });
    // 2024 → 2025 uses only the final 2025 figure.
    expect(z.price_index).toEqual({ id: 'cpi-nl', provisional: false });
  });

  it('--no-indexation and --price-year', async () => {
    const n = await json(['rates', 'ots', '--no-indexation']);
    expect(n.price_index).toBeNull();
    expect(n.rates.find((r) => r.id === 'ots')).toMatchObject({ indexed_price: null, index_factor: null });
    // --price-year 2025: 624 × 1.033 = 644.592 → € 644.59
    const y = await json(['rates', 'ots', '--price-year', '2025']);
    expect(y.rates.find((r) => r.id === 'ots')).toMatchObject({ indexed_price: 64_459 });
  });

  it('Markdown and CSV: one row per rate with every field', async () => {
    const md = await cli(['rates', 'voogdij', '--format', 'md', '--lang', 'en']);
    expect(md.stdout).toContain('| id | label | unit | price (as stated) | price 2026 | law | payer | grade | price year | table | source |');
    // voogdij € 468 × 1.056759 = 494.563212 → €494.56
    expect(md.stdout).toContain('| voogdij | Voogdij door gecertificeerde instelling (per maand) | month | €468.00 | €494.56 | Jeugdwet | gemeente | C | 2024 | nl-2026 | estimate:');
    const csv = await cli(['rates', 'voogdij', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^voogdij;Voogdij door gecertificeerde instelling \(per maand\);maand;468,00;494,56;Jeugdwet;gemeente;C;2024;nl-2026;/);
  });

  it('nothing found says so, with the closest law; a bad --grade is a usage error', async () => {
    const r = await cli(['rates', '--law', 'Jeugdwt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Geen tarieven met wet 'Jeugdwt'; bedoelde u 'Jeugdwet'\?\n0 van 50 tarieven/);
    const g = await cli(['rates', '--grade', 'D']);
    expect(g.status).toBe(2);
    expect(g.stderr).toContain('geef A, B of C, of een lijst zoals A,B');
  });
});
