/**
 * Cases in from where they are (issue 15): `doorbraak new`, and the spreadsheet round trip
 * `template` → filled in → `import` → calc, `export` → `import` → calc.
 *
 * The workbook is filled the way a person fills it: the template opened in a second library
 * (exceljs, which writes shared strings, rich text and formulas with their cached values), values
 * typed into cells, saved. When LibreOffice (`soffice`, Debian's libreoffice-calc) is installed, the
 * filled workbook is also saved by LibreOffice and imported; a workbook LibreOffice 7.4 saved that
 * way is kept in test/fixtures/spreadsheet/ and imported always. Figures are computed by hand here.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../src/write/output.js';
import { FIXTURES, ROOT, golden, run, tempTree } from './helpers.js';

const FIXTURE_RATES = readFileSync(join(FIXTURES, 'basic', 'rates.yaml'), 'utf8');
const LIBREOFFICE_FIXTURE = join(FIXTURES, 'spreadsheet', 'filled-libreoffice.xlsx');

function soffice(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(p)) return p;
  return undefined;
}
const SOFFICE = soffice();
if (!SOFFICE) console.warn('LibreOffice round trip skipped: soffice not found (install Debian\'s libreoffice-calc to run it); the LibreOffice-saved fixture is still imported');

/** The schema line of a written file, and the rest. The path depends on where the file is. */
function splitSchema(text: string): { schema: string; rest: string } {
  const m = /^# yaml-language-server: \$schema=(.+)\n/.exec(text);
  expect(m, text.slice(0, 80)).not.toBeNull();
  return { schema: m![1]!, rest: text.slice(m![0].length) };
}

/** The schema line points at this doorbraak's schema/, from where the file is. */
function expectSchemaLine(file: string, kind: 'case' | 'cohort'): void {
  const { schema } = splitSchema(readFileSync(file, 'utf8'));
  expect(join(dirname(file), schema)).toBe(join(ROOT, 'schema', `${kind}.schema.json`));
}

/** check passed: exit 0, and nothing but the warnings about the rates of a named table no case uses. */
function expectChecked(r: { status: number; stdout: string; stderr: string }): void {
  expect(r.status, r.stderr).toBe(0);
  for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/: waarschuwing: tarief '[a-z-]+' wordt door geen enkele casus gebruikt/);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

// -------------------------------------------------------------------------------------------- new

describe('doorbraak new', () => {
  it('writes a commented template in a cohort folder that passes check as written', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'doorbraak-new-'));
    cpSync(join(ROOT, 'cases'), join(cwd, 'cases'), { recursive: true });
    cpSync(join(ROOT, 'rates'), join(cwd, 'rates'), { recursive: true });
    const r = await run(['new', 'vh-07', 'cases/veilige-handen'], { cwd });
    expect(r).toEqual({ status: 0, stdout: 'cases/veilige-handen/vh-07.yaml geschreven; controleer met: doorbraak check cases/veilige-handen\n', stderr: '' });
    const file = join(cwd, 'cases', 'veilige-handen', 'vh-07.yaml');
    expectSchemaLine(file, 'case');
    // The cohort's horizon, examples with ids of the cohort's table (nl-2024), empty scenarios.
    golden('new-vh-07.nl.yaml', splitSchema(readFileSync(file, 'utf8')).rest);
    expect(await run(['check', 'cases/'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    const json = JSON.parse((await run(['calc', 'cases/veilige-handen/vh-07.yaml', '--format', 'json'], { cwd })).stdout);
    expect(json.cases[0]).toMatchObject({ id: 'vh-07', title: 'Nieuwe casus', cohort: 'veilige-handen', current: 0, threat: 0, breakthrough: 0, baten: 0 });
  });

  it('its commented examples, once uncommented, pass check and price as a person computes them', async () => {
    const cwd = tempTree({ 'rates.yaml': FIXTURE_RATES });
    expect((await run(['new', 'x-1', '--rates', 'rates.yaml', '--lang', 'en'], { cwd })).status).toBe(0);
    const text = readFileSync(join(cwd, 'x-1.yaml'), 'utf8');
    // Take each scenario's example lines out of their comments.
    const filled = text.replace(/((?:^#   .*\n)+)(?:^# .*\n)(^(current|threat|breakthrough): \[\])/gm, (_m, ex: string, _k: string, s: string) =>
      `${s}:\n${ex.replace(/^# /gm, '').replace(/ +#.*$/gm, '')}`,
    );
    writeFileSync(join(cwd, 'x-1.yaml'), filled);
    expect(filled).toContain('current:\n  - rate: ots\n    for: 6 months\n  - rate: ambulant\n    hours: 2 per week\n');
    expect(filled).toContain('threat:\n  - rate: jeugdzorg-plus\n    for: 3 months\n    chance: 0.5\n');
    expect(filled).toContain('breakthrough:\n  - item: Moving costs to a bigger home\n    price: 2500\n    unit: once\n    law: Jeugdwet\n    payer: gemeente\n');
    expectChecked(await run(['check', 'x-1.yaml', '--rates', 'rates.yaml'], { cwd }));
    const c = JSON.parse((await run(['calc', 'x-1.yaml', '--rates', 'rates.yaml', '--format', 'json'], { cwd })).stdout).cases[0];
    // ots € 12,000 a year for 6 months: 12,000 × (6 × 365/12) / 365 = 6,000.00;
    // ambulant € 78 an hour, 2 per week over 12 months: 78 × 2 × 365/7 = 8,134.2857… → 8,134.29.
    expect(c.current).toBe(600000 + 813429);
    // jeugdzorg-plus € 700 a day for 3 months at chance 0.5: 700 × 91.25 × 0.5 = 31,937.50.
    expect(c.threat).toBe(3193750);
    // The custom item: € 2,500 once.
    expect(c.breakthrough).toBe(250000);
  });

  it('in English, outside a cohort: the default horizon, and the bundled table for the examples', async () => {
    const cwd = tempTree({});
    expect(await run(['new', 'x-2', 'nieuw', '--lang', 'en'], { cwd })).toEqual({ status: 0, stdout: 'wrote nieuw/x-2.yaml; check with: doorbraak check nieuw\n', stderr: '' });
    const file = join(cwd, 'nieuw', 'x-2.yaml');
    expectSchemaLine(file, 'case');
    golden('new-x-2.en.yaml', splitSchema(readFileSync(file, 'utf8')).rest);
    expect(await run(['check', 'nieuw'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('refuses to overwrite a file, and an id that is no id', async () => {
    const cwd = tempTree({ 'c/a-1.yaml': 'case: a-1\ncurrent: []\nthreat: []\nbreakthrough: []\n' });
    const before = readFileSync(join(cwd, 'c', 'a-1.yaml'), 'utf8');
    expect(await run(['new', 'a-1', 'c'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: 'doorbraak: c/a-1.yaml bestaat al; doorbraak new overschrijft niets: kies een andere id of map\n',
    });
    expect(readFileSync(join(cwd, 'c', 'a-1.yaml'), 'utf8')).toBe(before);
    expect(await run(['new', 'a-1', 'c', '--lang', 'en'], { cwd })).toMatchObject({
      status: 1,
      stderr: 'doorbraak: c/a-1.yaml already exists; doorbraak new never overwrites: choose another id or folder\n',
    });
    expect(await run(['new', 'Vh 7', 'c'], { cwd })).toEqual({ status: 2, stdout: '', stderr: "doorbraak: 'Vh 7' is geen geldige id: gebruik kleine letters, cijfers en '-'\n" });
    expect(filesUnder(join(cwd, 'c'))).toEqual(['a-1.yaml']);
  });

  it('--from starts from another case without its title, values and notes, and prices the same', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'doorbraak-new-'));
    cpSync(join(ROOT, 'cases'), join(cwd, 'cases'), { recursive: true });
    cpSync(join(ROOT, 'rates'), join(cwd, 'rates'), { recursive: true });
    expect((await run(['new', 'vh-08', 'cases/veilige-handen', '--from', 'vh-03'], { cwd })).status).toBe(0);
    const text = readFileSync(join(cwd, 'cases', 'veilige-handen', 'vh-08.yaml'), 'utf8');
    expect(text).toContain('# Casus vh-08, begonnen met de regels van casus vh-03\n# (zonder titel, waarden en notities).');
    expect(text).toContain('case: vh-08\ntitle: Nieuwe casus                 # korte titel, zonder persoonsgegevens\nhorizon: 12 months\ncurrent:\n');
    // No free text: no values, no notes, none of the original's comments.
    expect(text).not.toMatch(/values:|note:|betrokkenheid|Youssef|JeugdzorgPlus/);
    const json = JSON.parse((await run(['calc', 'cases/', '--format', 'json'], { cwd })).stdout);
    const pick = (id: string) => {
      const c = json.cases.find((x: { id: string }) => x.id === id);
      return [c.current, c.threat, c.breakthrough];
    };
    expect(pick('vh-08')).toEqual(pick('vh-03'));
    // A case that is not there: the closest ids.
    expect(await run(['new', 'vh-09', 'cases/veilige-handen', '--from', 'vh-3'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: "cases/veilige-handen: casus 'vh-3' niet gevonden; bedoelde u 'vh-03' of 'vh-01' of 'vh-02'?\n",
    });
    // Or a file.
    expect((await run(['new', 'x-9', 'elders', '--from', 'cases/spoor-6/s6-01.yaml'], { cwd })).status).toBe(0);
    expect(readFileSync(join(cwd, 'elders', 'x-9.yaml'), 'utf8')).toContain('case: x-9\n');
  });
});

// ----------------------------------------------------------------------------------- the template

/** The cells of a worksheet as values, row by row (exceljs). */
function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe('doorbraak template', () => {
  it('writes the sheets, the rates of the default table and drop-down lists, the same bytes every time', async () => {
    const cwd = tempTree({});
    expect(await run(['template', '-o', 'casussen.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run(['template', '-o', 'again.xlsx'], { cwd })).toMatchObject({ status: 0 });
    expect(readFileSync(join(cwd, 'again.xlsx')).equals(readFileSync(join(cwd, 'casussen.xlsx')))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, 'casussen.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['casussen', 'regels', 'cohorten', 'tarieven', 'uitleg']);
    expect(sheetValues(wb.getWorksheet('casussen')!)).toEqual([
      ['case', 'title', 'horizon', 'price_year', 'cohort', 'folder', 'betrokkenheid', 'legitimiteit', 'bestaanszekerheid', 'veiligheid', 'ontwikkelingsperspectief'],
    ]);
    expect(sheetValues(wb.getWorksheet('regels')!)[0]).toEqual([
      'case', 'scenario', 'rate', 'item', 'for', 'hours', 'count', 'chance', 'price', 'unit', 'law', 'payer', 'from',
      'price_year', 'price_low', 'price_high', 'for_low', 'for_high', 'count_low', 'count_high', 'note',
    ]);
    const rates = sheetValues(wb.getWorksheet('tarieven')!);
    const table = readFileSync(join(ROOT, 'rates', 'nl-2026.yaml'), 'utf8');
    expect(rates.length - 1).toBe(table.match(/^ {2}- id: /gm)!.length);
    expect(rates[0]).toEqual(['id', 'label', 'unit', 'price']);
    expect(rates.find((r) => r[0] === 'ots')).toEqual(['ots', expect.stringContaining('OTS'), 'month', expect.any(Number)]);
    // The drop-downs: the case and rate ids from their sheets, the scenarios and units as lists.
    const regels = wb.getWorksheet('regels')!;
    const dv = (ref: string) => ((regels as unknown as { dataValidations: unknown }).dataValidations as { model: Record<string, { formulae: string[]; errorStyle?: string }> }).model[ref];
    expect(dv('A2')).toMatchObject({ formulae: ['casus_ids'], errorStyle: 'warning' });
    expect(dv('B2')).toMatchObject({ formulae: ['"huidige inzet,dreigend scenario,gerealiseerde doorbraak"'] });
    expect(dv('B2')!.errorStyle).toBeUndefined();
    expect(dv('C1000')).toMatchObject({ formulae: ['tarief_ids'], errorStyle: 'warning' });
    expect(dv('J2')).toMatchObject({ formulae: ['"hour,day,week,month,year,once"'] });
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toContainEqual({ name: 'tarief_ids', ranges: [`tarieven!$A$2:$A$${rates.length}`] });
    expect(names).toContainEqual({ name: 'casus_ids', ranges: ['casussen!$A$2:$A$1001'] });
    expect(sheetValues(wb.getWorksheet('uitleg')!)[0]).toEqual(['Casussen invullen voor doorbraak']);
  });

  it('with --rates, the rates of that table; with --lang en, instructions in English', async () => {
    const cwd = tempTree({ 'rates.yaml': FIXTURE_RATES });
    expect(await run(['template', '-o', 'c.xlsx', '--rates', 'rates.yaml', '--lang', 'en'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, 'c.xlsx'));
    expect(sheetValues(wb.getWorksheet('tarieven')!).map((r) => r[0])).toEqual(['id', 'ots', 'jeugdzorg-plus', 'ambulant', 'begeleiding', 'jeugddetentie', 'bewind', 'crisis', 'herstel']);
    expect(sheetValues(wb.getWorksheet('tarieven')!)[1]).toEqual(['ots', 'Ondertoezichtstelling', 'year', 12000]);
    expect(sheetValues(wb.getWorksheet('instructions')!)[0]).toEqual(['Filling in cases for doorbraak']);
    // A workbook needs a file.
    expect(await run(['template'], { cwd })).toMatchObject({ status: 2, stderr: expect.stringContaining("optie '-o, --output <bestand>' is verplicht") });
  });
});

// ------------------------------------------------------------------------------------------ import

/** Rows typed into a sheet from row 2, column A on; null is a cell left empty. */
function typeRows(ws: ExcelJS.Worksheet, rows: readonly (readonly unknown[])[], from = 2): void {
  rows.forEach((r, i) => {
    r.forEach((v, c) => {
      if (v !== null) ws.getCell(from + i, c + 1).value = v as ExcelJS.CellValue;
    });
  });
}

/**
 * The template filled in as a person would, and saved by exceljs: two cases, one in cohort 'wijk'
 * (folder wijk/, with the fixture table), one on its own; a rich-text title, a formula for a chance,
 * a blank row between the lines.
 */
async function fillTemplate(template: string, out: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  typeRows(wb.getWorksheet('casussen')!, [
    ['t-1', { richText: [{ text: 'Een huis dat ' }, { text: 'groot genoeg', font: { bold: true } }, { text: ' is' }] }, null, null, 'wijk'],
    ['t-2', 'Werk in plaats van opvang', '6 months'],
  ]);
  typeRows(wb.getWorksheet('cohorten')!, [['wijk', 'Wijkteam Noord', '12 months', '../rates.yaml']]);
  typeRows(wb.getWorksheet('regels')!, [
    ['t-1', 'huidige inzet', 'ots'],
    ['t-1', 'huidige inzet', 'ambulant', null, null, '2 per week'],
    ['t-1', 'dreigend scenario', 'jeugdzorg-plus', null, '3 maanden', null, null, { formula: '1/2', result: 0.5 }],
    ['t-1', 'gerealiseerde doorbraak', null, 'Verhuiskosten', null, null, null, null, 2500, 'once', 'Wmo', 'gemeente'],
    [],
    ['t-2', 'dreigend scenario', 'ots', null, '3 months', null, 2],
  ]);
  extra?.(wb);
  await wb.xlsx.writeFile(out);
}

const T1 = `case: t-1
title: Een huis dat groot genoeg is
current:
  - rate: ots
  - rate: ambulant
    hours: 2 per week
threat:
  - rate: jeugdzorg-plus
    for: 3 maanden
    chance: 0.5
breakthrough:
  - item: Verhuiskosten
    price: 2500
    unit: once
    law: Wmo
    payer: gemeente
`;
const T2 = `case: t-2
title: Werk in plaats van opvang
horizon: 6 months
current: []
threat:
  - rate: ots
    for: 3 months
    count: 2
breakthrough: []
`;
const WIJK = `cohort: wijk
title: Wijkteam Noord
horizon: 12 months
rates: ../rates.yaml
`;

/**
 * The figures of the filled workbook, by hand (fixture table, price year 2024 throughout):
 * t-1 (cohort wijk, 12 months): current ots € 12,000 a year for the horizon (365 days) = 12,000.00,
 * plus ambulant € 78 × 2 per week × 365/7 weeks = 8,134.2857… → 8,134.29; threat jeugdzorg-plus
 * € 700 × 3 maanden (91.25 days) × 0.5 = 31,937.50; breakthrough Verhuiskosten € 2,500 once.
 * t-2 (6 months): threat ots € 12,000 × 91.25/365 × 2 = 6,000.00.
 */
const FIGURES = [
  { id: 't-1', current: 1200000 + 813429, threat: 3193750, breakthrough: 250000, baten: 3193750 - 250000, besparing: 2013429 - 250000 },
  { id: 't-2', current: 0, threat: 600000, breakthrough: 0, baten: 600000, besparing: 0 },
];

async function expectImported(cwd: string, out: string): Promise<void> {
  expect(filesUnder(join(cwd, out)).filter((f) => f !== 'rates.yaml')).toEqual(['t-2.yaml', 'wijk/cohort.yaml', 'wijk/t-1.yaml']);
  expect(splitSchema(readFileSync(join(cwd, out, 'wijk', 't-1.yaml'), 'utf8')).rest).toBe(T1);
  expect(splitSchema(readFileSync(join(cwd, out, 't-2.yaml'), 'utf8')).rest).toBe(T2);
  expect(splitSchema(readFileSync(join(cwd, out, 'wijk', 'cohort.yaml'), 'utf8')).rest).toBe(WIJK);
  expectSchemaLine(join(cwd, out, 'wijk', 't-1.yaml'), 'case');
  expectSchemaLine(join(cwd, out, 'wijk', 'cohort.yaml'), 'cohort');
  expectChecked(await run(['check', out], { cwd }));
  const json = JSON.parse((await run(['calc', out, '--format', 'json'], { cwd })).stdout);
  expect(json.cases.map((c: Record<string, unknown>) => ({ id: c.id, current: c.current, threat: c.threat, breakthrough: c.breakthrough, baten: c.baten, besparing: c.besparing }))).toEqual(
    [FIGURES[1], FIGURES[0]],
  );
  expect(json.cases.map((c: { cohort?: string }) => c.cohort ?? null)).toEqual([null, 'wijk']);
  expect(json.totals.baten).toBe(3193750 - 250000 + 600000);
}

describe('doorbraak import', () => {
  it('a template filled in another program becomes case files in the style of new, priced as by hand', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'rates.yaml': FIXTURE_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTemplate(join(cwd, 'casussen.xlsx'), join(cwd, 'ingevuld.xlsx'));
    expect(await run(['import', 'ingevuld.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden en 1 cohortbestand geschreven in cases/\n',
      stderr: '',
    });
    await expectImported(cwd, 'cases');
    // Byte-stable: the same workbook, the same files.
    expect(await run(['import', 'ingevuld.xlsx', '-o', 'again'], { cwd: cwd })).toMatchObject({ status: 1 });
    mkdirSync(join(cwd, 'again'));
    writeFileSync(join(cwd, 'again', 'rates.yaml'), FIXTURE_RATES);
    expect(await run(['import', 'ingevuld.xlsx', '-o', 'again', '--lang', 'en'], { cwd })).toEqual({
      status: 0,
      stdout: 'wrote 2 case files and 1 cohort file into again/\n',
      stderr: '',
    });
    for (const f of ['t-2.yaml', 'wijk/cohort.yaml', 'wijk/t-1.yaml']) expect(readFileSync(join(cwd, 'again', f), 'utf8')).toBe(readFileSync(join(cwd, 'cases', f), 'utf8'));
  });

  it.skipIf(!SOFFICE)('a workbook saved by LibreOffice imports to the same files', { timeout: 180_000 }, async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'rates.yaml': FIXTURE_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTemplate(join(cwd, 'casussen.xlsx'), join(cwd, 'ingevuld.xlsx'));
    mkdirSync(join(cwd, 'lo'));
    // Opened and saved by LibreOffice Calc (its own shared strings, styles and XML).
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${join(cwd, 'profile')}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', 'lo', 'ingevuld.xlsx'], {
      cwd,
      stdio: 'ignore',
      timeout: 170_000,
    });
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(dirname(LIBREOFFICE_FIXTURE), { recursive: true });
      cpSync(join(cwd, 'lo', 'ingevuld.xlsx'), LIBREOFFICE_FIXTURE);
    }
    expect(await run(['import', 'lo/ingevuld.xlsx', '-o', 'cases'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    await expectImported(cwd, 'cases');
  });

  it('a workbook LibreOffice saved (kept in test/fixtures/spreadsheet/) imports to the same files', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'rates.yaml': FIXTURE_RATES, 'lo.xlsx': readFileSync(LIBREOFFICE_FIXTURE) });
    expect(await run(['import', 'lo.xlsx', '-o', 'cases'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    await expectImported(cwd, 'cases');
  });

  it('CSV files as Dutch Excel saves them (; and decimal commas) or with , and points', async () => {
    const casussen = 'case;title;horizon;cohort\nt-1;Een huis dat groot genoeg is;;wijk\nt-2;Werk in plaats van opvang;6 months;\n';
    const cohorten = 'cohort;title;horizon;rates\nwijk;Wijkteam Noord;12 months;../rates.yaml\n';
    const regels =
      'case;scenario;rate;item;for;hours;count;chance;price;unit;law;payer\n' +
      't-1;huidige inzet;ots;;;;;;;;;\n' +
      't-1;huidige inzet;ambulant;;;2 per week;;;;;;\n' +
      't-1;dreigend scenario;jeugdzorg-plus;;3 maanden;;;0,5;;;;\n' +
      't-1;gerealiseerde doorbraak;;Verhuiskosten;;;;;2.500,00;once;Wmo;gemeente\n' +
      't-2;dreigend scenario;ots;;3 months;;2;;;;;\n';
    const comma = (t: string): string => t.replace(/;/g, ',').replace('0,5', '0.5').replace('2.500,00', '"2,500.00"');
    const cwd = tempTree({
      'nl/rates.yaml': FIXTURE_RATES,
      'en/rates.yaml': FIXTURE_RATES,
      'rates.yaml': FIXTURE_RATES,
      // Windows-1252, as Excel on Windows saves "CSV (gescheiden door lijstscheidingstekens)".
      'casussen.csv': Buffer.from(casussen.replace('Een huis', 'Eén huis'), 'latin1'),
      'cohorten.csv': cohorten,
      'regels.csv': '\ufeff' + regels.replace(/\n/g, '\r\n'),
      'casussen-en.csv': comma(casussen),
      'cohorten-en.csv': comma(cohorten),
      'regels-en.csv': comma(regels),
    });
    expect(await run(['import', 'regels.csv', 'casussen.csv', 'cohorten.csv', '-o', 'nl'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(cwd, 'nl', 'wijk', 't-1.yaml'), 'utf8')).toContain('title: Eén huis dat groot genoeg is\n');
    expect(await run(['import', 'casussen-en.csv', 'regels-en.csv', 'cohorten-en.csv', '-o', 'en'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    await expectImported(cwd, 'en');
    expect(splitSchema(readFileSync(join(cwd, 'nl', 't-2.yaml'), 'utf8')).rest).toBe(T2);
  });

  it('every bad cell: file:sheet!cell, the loader’s own message and suggestion, exit 1, nothing written', async () => {
    const cwd = tempTree({ 'rates.yaml': FIXTURE_RATES, 'cases/rates.yaml': FIXTURE_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTemplate(join(cwd, 'casussen.xlsx'), join(cwd, 'fout.xlsx'), (wb) => {
      // A second row for case t-1.
      typeRows(wb.getWorksheet('casussen')!, [['t-1', 'Dubbel']], 4);
      typeRows(
        wb.getWorksheet('regels')!,
        [
          ['t-2', 'huidige inzet', 'jeugdzorgplus'], // row 8: an unknown rate id
          ['t-2', 'huidige inzet', 'ots', null, null, null, 'twee'], // row 9: text in a number cell
          ['t-2', 'huidige inzet', 'ots', null, null, null, null, '0,5'], // row 10: a decimal comma
          ['t-2', 'huidig', 'ots'], // row 11: an unknown scenario
          ['t-9', 'huidige inzet', 'ots'], // row 12: a case without a row on casussen
          ['t-2', 'gerealiseerde doorbraak', null, 'Eigen post', null, null, null, null, null, 'once', 'Wmo', 'gemeente'], // row 13: no price
          ['t-2', 'dreigend scenario', 'ots', null, '3 jaar'], // row 14: longer than the horizon
        ],
        8,
      );
    });
    const r = await run(['import', 'fout.xlsx', '-o', 'cases'], { cwd });
    expect(r).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "fout.xlsx:casussen!A4: casus-id 't-1' komt al voor in fout.xlsx:casussen!A2",
        "fout.xlsx:regels!C8: onbekend tarief 'jeugdzorgplus'; bedoelde u 'jeugdzorg-plus'?",
        "fout.xlsx:regels!G9: 'count' moet een getal zijn, niet tekst",
        "fout.xlsx:regels!H10: 'chance' is '0,5': gebruik een punt: 0.5",
        "fout.xlsx:regels!B11: onbekend scenario 'huidig'; bedoelde u 'huidige inzet'? Kies huidige inzet, dreigend scenario of gerealiseerde doorbraak",
        "fout.xlsx:regels!A12: casus 't-9' staat niet op het blad 'casussen'; bedoelde u 't-1' of 't-2'?",
        "fout.xlsx:regels!I13: eigen post 'Eigen post' mist 'price'",
        "fout.xlsx:regels!E14: 'for: 3 jaar' is langer dan de horizon (6 months)",
        '',
      ].join('\n'),
    });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml']);
    // In English: the loader's English messages.
    const en = await run(['import', 'fout.xlsx', '-o', 'cases', '--lang', 'en'], { cwd });
    expect(en.stderr.split('\n')[1]).toBe("fout.xlsx:regels!C8: unknown rate 'jeugdzorgplus'; did you mean 'jeugdzorg-plus'?");
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml']);
  });

  it('bad cells of CSV files: file:cell', async () => {
    const cwd = tempTree({
      'rates.yaml': FIXTURE_RATES,
      'casussen.csv': 'case,title\nc-1,Een\nc-1,Twee\n',
      'regels.csv': 'case,scenario,rate,count\nc-1,current,ots,"1,5"\nc-1,threat,ots,veel\nc-2,current,ots,\n',
    });
    expect(await run(['import', 'casussen.csv', 'regels.csv', '-o', 'cases', '--rates', 'rates.yaml'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "casussen.csv:A3: casus-id 'c-1' komt al voor in casussen.csv:A2",
        "regels.csv:D2: 'count' is '1,5': gebruik een punt: 1.5",
        "regels.csv:D3: 'count' moet een getal zijn, niet tekst",
        "regels.csv:A4: casus 'c-2' staat niet op het blad 'casussen'; bedoelde u 'c-1'?",
        '',
      ].join('\n'),
    });
    expect(existsSync(join(cwd, 'cases'))).toBe(false);
  });

  it('a sheet or column that is missing, an unknown column, a file that is no workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('casussen').addRow(['case', 'titel', 'kans']);
    wb.addWorksheet('regels').addRow(['case', 'rate']);
    const cwd = tempTree({ 'x.xlsx': Buffer.from(await wb.xlsx.writeBuffer()), 'kapot.xlsx': Buffer.from('PK\u0003\u0004 niet echt'), 'leeg.csv': 'a;b\n1;2\n' });
    expect(await run(['import', 'x.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "x.xlsx:casussen!B1: onbekende sleutel 'titel'; bedoelde u 'title'? De sleutels zijn Engels.",
        // Not a column of casussen: no Dutch name to explain.
        "x.xlsx:casussen!C1: onbekende sleutel 'kans'",
        "x.xlsx:regels!A1: kolom 'scenario' ontbreekt op 'regels'; de kolomnamen staan in rij 1",
        '',
      ].join('\n'),
    });
    expect(await run(['import', 'kapot.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: 'kapot.xlsx: geen leesbare Excel-werkmap (.xlsx); sla het bestand op als Excel-werkmap of als CSV\n',
    });
    expect(await run(['import', 'leeg.csv', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "leeg.csv: tabel 'casussen' ontbreekt: een blad 'casussen' in de werkmap, of een CSV-bestand met die kolommen",
        "leeg.csv: tabel 'regels' ontbreekt: een blad 'regels' in de werkmap, of een CSV-bestand met die kolommen",
        "leeg.csv: rij 1 noemt niet de kolommen van 'casussen', 'regels' of 'cohorten' (zoals 'case' en 'scenario')",
        '',
      ].join('\n'),
    });
    expect(existsSync(join(cwd, 'cases'))).toBe(false);
  });

  it('never overwrites a case file without --force; a cohort.yaml that says the same is left as it is', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'rates.yaml': FIXTURE_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTemplate(join(cwd, 'casussen.xlsx'), join(cwd, 'ingevuld.xlsx'));
    expect((await run(['import', 'ingevuld.xlsx', '-o', 'cases'], { cwd })).status).toBe(0);
    // A person edits a case file and adds a comment to the cohort file.
    writeFileSync(join(cwd, 'cases', 't-2.yaml'), 'case: t-2\ncurrent: []\nthreat:\n  - rate: ots\n    note: gesprek met de wijkagent\nbreakthrough: []\n');
    writeFileSync(join(cwd, 'cases', 'wijk', 'cohort.yaml'), `# Ons wijkteam\n${WIJK}`);
    const before = filesUnder(join(cwd, 'cases')).map((f) => readFileSync(join(cwd, 'cases', f), 'utf8'));
    expect(await run(['import', 'ingevuld.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        'ingevuld.xlsx:casussen!A2: cases/wijk/t-1.yaml bestaat al; doorbraak import overschrijft het alleen met --force',
        'ingevuld.xlsx:casussen!A3: cases/t-2.yaml bestaat al; doorbraak import overschrijft het alleen met --force',
        '',
      ].join('\n'),
    });
    expect(filesUnder(join(cwd, 'cases')).map((f) => readFileSync(join(cwd, 'cases', f), 'utf8'))).toEqual(before);
    expect(await run(['import', 'ingevuld.xlsx', '-o', 'cases', '--force'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden geschreven in cases/ (1 cohortbestand ongewijzigd)\n',
      // The note the person added is not in the workbook: said before it goes.
      stderr:
        'ingevuld.xlsx:casussen!A3: waarschuwing: cases/t-2.yaml heeft vrije tekst (values, note) die niet in de werkmap staat; ' +
        'die verdwijnt uit het bestand (exporteer met --include-notes om die mee te nemen)\n',
    });
    expect(splitSchema(readFileSync(join(cwd, 'cases', 't-2.yaml'), 'utf8')).rest).toBe(T2);
    expect(readFileSync(join(cwd, 'cases', 'wijk', 'cohort.yaml'), 'utf8')).toBe(`# Ons wijkteam\n${WIJK}`);
  });

  it('a cohort the sheet does not define is found in the output folder; an unknown one is an error at its cell', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'cases/wijk/cohort.yaml': WIJK });
    const wb = new ExcelJS.Workbook();
    typeRows(wb.addWorksheet('casussen'), [['case', 'cohort'], ['w-1', 'wijk'], ['w-2', 'wijkk']], 1);
    typeRows(wb.addWorksheet('regels'), [['case', 'scenario', 'rate'], ['w-1', 'current', 'ots'], ['w-2', 'threat', 'ots']], 1);
    writeFileSync(join(cwd, 'w.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await run(['import', 'w.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: "w.xlsx:casussen!B3: cohort 'wijkk' staat niet op het blad 'cohorten' en niet in cases/; bedoelde u 'wijk'?\n",
    });
    wb.getWorksheet('casussen')!.getCell('B3').value = null;
    writeFileSync(join(cwd, 'w.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await run(['import', 'w.xlsx', '-o', 'cases'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml', 'w-2.yaml', 'wijk/cohort.yaml', 'wijk/w-1.yaml']);
    const json = JSON.parse((await run(['calc', 'cases', '--format', 'json'], { cwd })).stdout);
    expect(json.cases.map((c: { id: string; cohort?: string }) => [c.id, c.cohort ?? null])).toEqual([['w-2', null], ['w-1', 'wijk']]);
  });
});

describe('writeFilesAtomic: all or none', () => {
  it('a file that is there stops the set: nothing written, no temporary file, no folder made', () => {
    const dir = tempTree({ 'b/twee.yaml': 'er al\n' });
    expect(() =>
      writeFilesAtomic([
        { target: join(dir, 'a', 'diep', 'een.yaml'), content: 'een\n', replace: false },
        { target: join(dir, 'b', 'twee.yaml'), content: 'twee\n', replace: false },
      ]),
    ).toThrow(/EEXIST/);
    expect(filesUnder(dir)).toEqual(['b/twee.yaml']);
    expect(readdirSync(dir).sort()).toEqual(['b']);
    expect(readFileSync(join(dir, 'b', 'twee.yaml'), 'utf8')).toBe('er al\n');
    writeFilesAtomic([
      { target: join(dir, 'a', 'een.yaml'), content: 'een\n', replace: false },
      { target: join(dir, 'b', 'twee.yaml'), content: 'twee\n', replace: true },
    ]);
    expect(filesUnder(dir)).toEqual(['a/een.yaml', 'b/twee.yaml']);
    expect(readFileSync(join(dir, 'b', 'twee.yaml'), 'utf8')).toBe('twee\n');
  });
});

describe('doorbraak import into a folder with cases', () => {
  it('an id another case file in the folder has is an error; a folder names where a case goes', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': FIXTURE_RATES, 'cases/cohort-b/cohort.yaml': 'cohort: b\nrates: ../rates.yaml\n', 'cases/oud/w-1.yaml': 'case: w-1\ncurrent: []\nthreat: []\nbreakthrough: []\n' });
    const wb = new ExcelJS.Workbook();
    typeRows(wb.addWorksheet('casussen'), [['case', 'cohort', 'folder'], ['w-1'], ['w-2', 'b', 'elders'], ['w-3', null, 'cohort-b/sub'], ['w-4', null, '../buiten']], 1);
    typeRows(wb.addWorksheet('regels'), [['case', 'scenario', 'rate'], ['w-1', 'current', 'ots'], ['w-2', 'threat', 'ots'], ['w-3', 'threat', 'ots']], 1);
    writeFileSync(join(cwd, 'w.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    expect(await run(['import', 'w.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "w.xlsx:casussen!A2: casus-id 'w-1' komt al voor in cases/oud/w-1.yaml",
        "w.xlsx:casussen!B3: casus 'w-2' komt in cases/elders/, waar geen cohort geldt, niet 'b'; pas kolom 'cohort' of 'folder' aan",
        "w.xlsx:casussen!C5: ongeldige map '../buiten': een map binnen de uitvoermap, zoals 'veilige-handen' of 'wijk/noord', zonder '..'",
        '',
      ].join('\n'),
    });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['cohort-b/cohort.yaml', 'oud/w-1.yaml', 'rates.yaml']);
  });
});

// ------------------------------------------------------------------------------------ round trip

/** Copy `rel` of the repository (and rates/) into `dir`, without the case and cohort files when `tablesOnly`. */
function copyTree(rel: string, dir: string, tablesOnly: boolean): void {
  cpSync(join(ROOT, 'rates'), join(dir, 'rates'), { recursive: true });
  const from = join(ROOT, rel);
  for (const f of filesUnder(from)) {
    const text = readFileSync(join(from, f));
    if (tablesOnly && (!/\.ya?ml$/.test(f) || /^(case|cohort):/m.test(text.toString('utf8')))) continue;
    mkdirSync(dirname(join(dir, rel, f)), { recursive: true });
    writeFileSync(join(dir, rel, f), text);
  }
}

describe('export → import → calc', () => {
  it.each(['cases', 'test/fixtures/basic', 'test/fixtures/council', 'test/fixtures/lock-v1/cases'])(
    '%s: the same calc JSON, byte for byte',
    async (rel) => {
      const base = mkdtempSync(join(tmpdir(), 'doorbraak-roundtrip-'));
      const orig = join(base, 'orig');
      const back = join(base, 'back');
      copyTree(rel, orig, false);
      copyTree(rel, back, true);
      expect(await run(['export', rel, '-o', join(base, 'casussen.xlsx'), '--include-notes'], { cwd: orig })).toEqual({ status: 0, stdout: '', stderr: '' });
      const imported = await run(['import', relative(back, join(base, 'casussen.xlsx')), '-o', rel], { cwd: back });
      expect(imported).toMatchObject({ status: 0, stderr: '' });
      const want = await run(['calc', rel, '--format', 'json'], { cwd: orig });
      const got = await run(['calc', rel, '--format', 'json'], { cwd: back });
      expect(want.status).toBe(0);
      expect(got).toEqual(want);
      // Every case file came back, in its own folder.
      const cases = (dir: string) => filesUnder(join(dir, rel)).filter((f) => /^(case|cohort):/m.test(readFileSync(join(dir, rel, f), 'utf8')));
      expect(cases(back)).toEqual(cases(orig));
    },
  );

  it('free text only with --include-notes', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'doorbraak-export-'));
    copyTree('cases', cwd, false);
    expect(await run(['export', 'cases', '-o', 'zonder.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run(['export', 'cases', '-o', 'met.xlsx', '--include-notes'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    const texts = async (f: string): Promise<string[]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(cwd, f));
      const notes = sheetValues(wb.getWorksheet('regels')!).slice(1).map((r) => r[20]);
      const values = sheetValues(wb.getWorksheet('casussen')!).slice(1).flatMap((r) => r.slice(6));
      return [...notes, ...values].filter((v): v is string => typeof v === 'string');
    };
    expect(await texts('zonder.xlsx')).toEqual([]);
    const withNotes = await texts('met.xlsx');
    expect(withNotes).toContain('Crisisplaatsing na een conflict thuis');
    expect(withNotes.some((t) => t.startsWith('De jongere wil zelfstandig wonen'))).toBe(true);
    // The cases as written: durations as typed, the cohort and its table path.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(cwd, 'zonder.xlsx'));
    expect(sheetValues(wb.getWorksheet('cohorten')!)[1]!.slice(0, 4)).toEqual(['spoor-6', 'Spoor 6 Eén gezin, één plan (Zwolle)', '12 months', '../../rates/nl-2024.yaml']);
    expect(sheetValues(wb.getWorksheet('casussen')!)[2]!.slice(0, 5)).toEqual(['vh-01', 'Een huis dat groot genoeg is', '12 months', undefined, 'veilige-handen']);
    // Never over an input.
    expect(await run(['export', 'cases', '-o', 'cases/spoor-6/s6-01.yaml'], { cwd })).toMatchObject({ status: 2 });
  });
});
