/** `doorbraak check`: exit statuses and exact messages of the extra checks. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../src/reports/check.js';
import type { RateTable } from '../src/data/model.js';
import { MINI_RATES, ROOT, run, tempTree } from './helpers.js';

const CASE = (id: string, body: string) => `case: ${id}\ntitle: T\n${body}`;
/** Uses ots, ambulant and jeugdzorg-plus of MINI_RATES, not huisuitzetting. */
const USES_THREE = 'current:\n  - rate: ots\nthreat:\n  - rate: jeugdzorg-plus\n    for: 10 days\nbreakthrough:\n  - rate: ambulant\n    hours: 10\n';
const USES_ALL = USES_THREE.replace('breakthrough:', 'breakthrough:\n  - rate: huisuitzetting');

describe('doorbraak check', () => {
  it('is silent with exit 0 when all is well; --verbose prints a one-line summary', async () => {
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE('c-1', USES_ALL) });
    const quiet = await run(['check', 'cases', '--rates', 'rates.yaml'], { cwd: dir });
    expect(quiet).toEqual({ status: 0, stdout: '', stderr: '' });
    const v = await run(['check', 'cases', '--rates', 'rates.yaml', '--verbose'], { cwd: dir });
    expect(v).toEqual({ status: 0, stdout: '1 casus, 0 cohorten, 1 tarieventabel: geen problemen\n', stderr: '' });
    const en = await run(['check', 'cases', '--rates', 'rates.yaml', '-v', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toBe('1 case, 0 cohorts, 1 rate table: no problems\n');
  });

  it('the bundled cases are clean (the implicit default table is not reported for unused rates)', async () => {
    expect(await run(['check', 'cases/', '--verbose'])).toEqual({ status: 0, stdout: '8 casussen, 2 cohorten, 1 tarieventabel: geen problemen\n', stderr: '' });
  });

  it('a bundled table a cohort pins, or a copy of one, is a catalogue: its unused rates are not reported unless it is named', async () => {
    // The bundled cohorts pin ../../rates/nl-2024.yaml; a copy of cases/ and rates/ elsewhere too.
    const dir = tempTree({});
    cpSync(join(ROOT, 'cases'), join(dir, 'cases'), { recursive: true });
    cpSync(join(ROOT, 'rates'), join(dir, 'rates'), { recursive: true });
    expect(await run(['check', 'cases', '-v'], { cwd: dir })).toEqual({ status: 0, stdout: '8 casussen, 2 cohorten, 1 tarieventabel: geen problemen\n', stderr: '' });
    // Named on the command line, it is checked like any table.
    const named = await run(['check', 'cases', '--rates', 'rates/nl-2024.yaml', '-v'], { cwd: dir });
    expect(named.stderr).toContain("rates/nl-2024.yaml:212:5: waarschuwing: tarief 'voogdij' wordt door geen enkele casus gebruikt\n");
  });

  it('a rate no case uses is a warning: printed, exit 0', async () => {
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': CASE('c-1', USES_THREE) });
    const r = await run(['check', 'cases', '--rates', 'rates.yaml', '-v'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("rates.yaml:27:5: waarschuwing: tarief 'huisuitzetting' wordt door geen enkele casus gebruikt\n");
    expect(r.stdout).toBe('1 casus, 0 cohorten, 1 tarieventabel: 1 waarschuwing\n');
  });

  it('a rate overridden by a later table is reported with the table that overrides it', async () => {
    const later = 'table: later\ntitle: L\ncurrency: EUR\nprice_year: 2024\nrates:\n  - id: ots\n    label: OTS\n    unit: month\n    price: 650\n    law: Jeugdwet\n    payer: gemeente\n    source: test\n';
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'later.yaml': later, 'cases/c.yaml': CASE('c-1', USES_ALL) });
    const r = await run(['check', 'cases', '--rates', 'rates.yaml', '--rates', 'later.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("rates.yaml:6:5: warning: rate 'ots' is not used by any case: table 'later' overrides it\n");
  });

  it('a custom item whose law or payer the table does not declare is an error', async () => {
    const rates = MINI_RATES.replace('price_year: 2024\n', 'price_year: 2024\nlaws: [Jeugdwet, Wmo]\npayers: [gemeente]\n');
    const body = USES_ALL.replace('current:\n', 'current:\n  - item: Container\n    price: 300\n    law: Jeugwet\n    payer: gemeente\n  - item: Vloer\n    price: 900\n    law: Wmo\n    payer: woningcorporatie\n');
    const dir = tempTree({ 'rates.yaml': rates, 'cases/c.yaml': CASE('c-1', body) });
    const r = await run(['check', 'cases', '--rates', 'rates.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "cases/c.yaml:4:5: wet 'Jeugwet' van eigen post 'Container' staat niet in 'laws' van tarieventabel 'mini'; bedoelde u 'Jeugdwet'?",
      "cases/c.yaml:8:5: betaler 'woningcorporatie' van eigen post 'Vloer' staat niet in 'payers' van tarieventabel 'mini'",
    ]);
    expect(r.stdout).toBe('');
    // calc prices the same files: the check belongs to check.
    expect((await run(['calc', 'cases', '--rates', 'rates.yaml'], { cwd: dir })).status).toBe(0);
  });

  it('duplicate case ids are an error', async () => {
    const dir = tempTree({ 'rates.yaml': MINI_RATES, 'cases/a.yaml': CASE('c-1', USES_ALL), 'cases/b.yaml': CASE('c-1', USES_ALL) });
    const r = await run(['check', 'cases', '--rates', 'rates.yaml', '-v', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/b.yaml:1:1: case id 'c-1' already used in cases/a.yaml\n");
    expect(r.stdout).toBe('1 case, 0 cohorts, 1 rate table: 1 error\n');
  });

  it('a rate without a source, or a table without a price year, is an error', async () => {
    const rates = MINI_RATES.replace('price_year: 2024\n', '').replace('    source: test\n', "    source: ' '\n");
    const dir = tempTree({ 'rates.yaml': rates });
    const r = await run(['check', 'rates.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "rates.yaml:1:1: sleutel 'price_year' ontbreekt",
      "rates.yaml:11:13: tarief 'ots' heeft een lege 'source'; elke prijs heeft een bron nodig",
    ]);
  });

  it('checking a rate table alone is fine (no "no cases" error)', async () => {
    const dir = tempTree({ 'rates.yaml': MINI_RATES });
    expect(await run(['check', 'rates.yaml', '-v'], { cwd: dir })).toEqual({ status: 0, stdout: '0 casussen, 0 cohorten, 1 tarieventabel: geen problemen\n', stderr: '' });
  });

  it('a folder without cases or tables is still an error', async () => {
    const dir = tempTree({ 'x/readme.txt': 'nothing' });
    const r = await run(['check', 'x'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('x: geen .yaml- of .yml-bestanden in deze map\n');
  });

  it('provenance: a rate with no source or no price year (own or table) is an error', async () => {
    const pos = { file: 't.yaml', line: 3, col: 5 };
    const rate = { id: 'x', label: 'X', unit: 'day', priceCents: 100n, law: 'Wmo', payer: 'gemeente', table: 't', pos } as const;
    const table: RateTable = {
      id: 't', title: 'T', currency: 'EUR', priceYear: 0, file: 't.yaml', pos,
      rates: [{ ...rate, priceYear: 2024, source: 'ok' }, { ...rate, id: 'y', priceYear: 0, source: '' }],
    };
    expect(provenanceOf(table).map((d) => [d.code, d.args.id, d.severity])).toEqual([
      ['check.rate_no_source', 'y', 'error'],
      ['check.rate_no_price_year', 'y', 'error'],
    ]);
  });
});
