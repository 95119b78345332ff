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
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../src/write/output.js';
import { FIXTURES, ROOT, golden, run, tempTree } from './helpers.js';

const FIXTURE_RATES = readFileSync(join(FIXTURES, 'basic', 'rates.yaml'), 'utf8');
const LIBREOFFICE_FIXTURE = join(FIXTURES, 'spreadsheet', 'filled-libreoffice.xlsx');
const TRACKING_LIBREOFFICE_FIXTURE = join(FIXTURES, 'spreadsheet', 'tracking-libreoffice.xlsx');

function soffice(): string | undefined {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice']) if (existsSync(p)) return p;
  return undefined;
}
const SOFFICE = soffice();
if (!SOFFICE) console.warn('LibreOffice round trip skipped: soffice not found (install Debian\'s libreoffice-calc to run it); the LibreOffice-saved fixture is still imported');

/**
 * `file` (in `cwd`) opened and saved by LibreOffice Calc (its own shared strings, styles and XML) as
 * `lo/<file>`; with UPDATE_GOLDEN=1 also kept as `fixture`.
 */
/** One LibreOffice user profile for the file's tests: the first start makes it (seconds), later ones reuse it. */
let loProfile: string | undefined;

function saveWithLibreOffice(cwd: string, file: string, fixture: string): void {
  mkdirSync(join(cwd, 'lo'), { recursive: true });
  loProfile ??= mkdtempSync(join(tmpdir(), 'doorbraak-lo-profile-'));
  execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${loProfile}`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', 'lo', file], {
    cwd,
    stdio: 'ignore',
    timeout: 170_000,
  });
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(fixture), { recursive: true });
    cpSync(join(cwd, 'lo', file), fixture);
  }
}

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
    expect(wb.worksheets.map((w) => w.name)).toEqual(['casussen', 'regels', 'cohorten', 'programma', 'woorden', 'tarieven', 'uitleg']);
    expect(sheetValues(wb.getWorksheet('casussen')!)).toEqual([
      [
        'case', 'title', 'horizon', 'price_year', 'cohort', 'folder', 'status', 'dates_start', 'dates_breakthrough', 'problems', 'kind',
        'betrokkenheid_score', 'betrokkenheid', 'legitimiteit_score', 'legitimiteit', 'rendement_score', 'rendement',
        'bestaanszekerheid_score', 'bestaanszekerheid', 'veiligheid_score', 'veiligheid', 'ontwikkelingsperspectief_score', 'ontwikkelingsperspectief',
      ],
    ]);
    expect(sheetValues(wb.getWorksheet('regels')!)[0]).toEqual([
      'case', 'scenario', 'rate', 'item', 'for', 'hours', 'count', 'chance', 'price', 'unit', 'law', 'payer', 'from',
      'price_year', 'price_low', 'price_high', 'for_low', 'for_high', 'count_low', 'count_high', 'note', 'investment', 'after', 'date',
    ]);
    expect(sheetValues(wb.getWorksheet('cohorten')!)).toEqual([
      [
        'cohort', 'title', 'horizon', 'rates', 'price_year', 'deadweight', 'attribution', 'published_baten', 'published_cases', 'published_mean',
        'published_source', 'programme_years', 'tags_problems', 'tags_kind', 'folder',
      ],
    ]);
    expect(sheetValues(wb.getWorksheet('programma')!)).toEqual([['cohort', 'item', 'price', 'per', 'payer', 'price_year', 'source']]);
    expect(sheetValues(wb.getWorksheet('woorden')!)).toEqual([['folder', 'problems', 'kind']]);
    const rates = sheetValues(wb.getWorksheet('tarieven')!);
    const table = readFileSync(join(ROOT, 'rates', 'nl-2026.yaml'), 'utf8');
    expect(rates.length - 1).toBe(table.match(/^ {2}- id: /gm)!.length);
    expect(rates[0]).toEqual(['id', 'label', 'unit', 'price']);
    expect(rates.find((r) => r[0] === 'ots')).toEqual(['ots', expect.stringContaining('OTS'), 'month', expect.any(Number)]);
    // The drop-downs: the case and rate ids from their sheets, the scenarios and units as lists.
    const validations = (sheet: string) => (ref: string) =>
      ((wb.getWorksheet(sheet)! as unknown as { dataValidations: unknown }).dataValidations as { model: Record<string, { formulae: string[]; errorStyle?: string }> }).model[ref];
    const dv = validations('regels');
    expect(dv('A2')).toMatchObject({ formulae: ['casus_ids'], errorStyle: 'warning' });
    expect(dv('B2')).toMatchObject({ formulae: ['"huidige inzet,dreigend scenario,gerealiseerde doorbraak,vervolgmeting"'] });
    expect(dv('B2')!.errorStyle).toBeUndefined();
    expect(dv('C1000')).toMatchObject({ formulae: ['tarief_ids'], errorStyle: 'warning' });
    expect(dv('J2')).toMatchObject({ formulae: ['"hour,day,week,month,year,once"'] });
    // The closed lists of the keys of issues 16 and 17: investment, status, the scores, per.
    expect(dv('V2')).toMatchObject({ formulae: ['"ja,nee"'] });
    expect(dv('V2')!.errorStyle).toBeUndefined();
    const cases = validations('casussen');
    expect(cases('E2')).toMatchObject({ formulae: ['cohort_ids'], errorStyle: 'warning' });
    expect(cases('G2')).toMatchObject({ formulae: ['"afgerond,lopend,gestopt"'] });
    for (const score of ['L2', 'N2', 'P2', 'R2', 'T2', 'V1001']) expect(cases(score)).toMatchObject({ formulae: ['"1,2,3,4,5"'] });
    expect(cases('M2')).toBeUndefined();
    const programme = validations('programma');
    expect(programme('A2')).toMatchObject({ formulae: ['cohort_ids'], errorStyle: 'warning' });
    expect(programme('D2')).toMatchObject({ formulae: ['"once,year,case"'] });
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
    saveWithLibreOffice(cwd, 'ingevuld.xlsx', LIBREOFFICE_FIXTURE);
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
        "fout.xlsx:regels!B11: onbekend scenario 'huidig'; bedoelde u 'huidige inzet'? Kies huidige inzet, dreigend scenario, gerealiseerde doorbraak of vervolgmeting",
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
        // Not a column of casussen: no Dutch name to explain, the closest column.
        "x.xlsx:casussen!C1: onbekende sleutel 'kans'; bedoelde u 'kind'?",
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
        "leeg.csv: rij 1 noemt niet de kolommen van 'casussen', 'regels', 'cohorten', 'programma' of 'woorden' (zoals 'case' en 'scenario')",
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

// ------------------------------------------------- the keys of issues 16 and 17 in the workbook

const TRACKING_RATES = readFileSync(join(FIXTURES, 'tracking', 'rates.yaml'), 'utf8');

/** Rows typed into a sheet by column name (row 1 holds the names), from row `from` on. */
function typeNamed(ws: ExcelJS.Worksheet, rows: readonly Readonly<Record<string, unknown>>[], from = 2): void {
  const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const c = head.indexOf(k);
      if (c < 0) throw new Error(`no column ${k} on ${ws.name}`);
      ws.getCell(from + i, c + 1).value = v as ExcelJS.CellValue;
    }
  });
}

/**
 * The template filled in with every key of issues 16 (investment, programme) and 17 (status, dates,
 * problems, kind, scores, follow-up, tags): a completed case k-1 and a running case k-2 in cohort
 * wijk, with the tracking fixture's round rates (jeugdhulp € 1,000, opvang € 3,000 and begeleiding
 * € 500 a month, detentie € 300 a day). A date typed as a date (Excel keeps it as a number), a score
 * typed as text, an investment as `ja` and as a TRUE cell.
 */
async function fillTracking(template: string, out: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  typeNamed(wb.getWorksheet('casussen')!, [
    {
      case: 'k-1',
      title: 'Een nieuwe vloer',
      cohort: 'wijk',
      status: 'afgerond',
      dates_start: '2024-01',
      dates_breakthrough: new Date(Date.UTC(2024, 2, 1)),
      problems: 'wonen, geld',
      kind: 'wonen',
      betrokkenheid_score: 4,
      betrokkenheid: 'Het gezin koos zelf de vloer',
      rendement_score: '3',
    },
    { case: 'k-2', title: 'Schulden, plan loopt nog', cohort: 'wijk', status: 'lopend', problems: 'geld' },
  ]);
  typeNamed(wb.getWorksheet('cohorten')!, [{ cohort: 'wijk', title: 'Wijkteam Zuid', horizon: '12 months', rates: '../rates.yaml', programme_years: 2, tags_problems: 'wonen, geld, psychisch' }]);
  typeNamed(wb.getWorksheet('programma')!, [
    { cohort: 'wijk', item: 'Training', price: 10000, per: 'once', payer: 'gemeente', source: 'raadsbrief 2024' },
    { cohort: 'wijk', item: 'Licentie', price: 1000, per: 'year', payer: 'gemeente', price_year: 2024, source: 'raadsbrief 2024' },
  ]);
  typeNamed(wb.getWorksheet('woorden')!, [{ problems: 'wonen, geld, psychisch, opvoeding', kind: 'wonen, financieel' }]);
  typeNamed(wb.getWorksheet('regels')!, [
    { case: 'k-1', scenario: 'huidige inzet', rate: 'jeugdhulp' },
    { case: 'k-1', scenario: 'dreigend scenario', rate: 'opvang' },
    { case: 'k-1', scenario: 'gerealiseerde doorbraak', item: 'Verhuizing', price: 2000, law: 'Wmo', payer: 'gemeente', investment: 'ja' },
    { case: 'k-1', scenario: 'gerealiseerde doorbraak', rate: 'begeleiding', for: '6 months' },
    { case: 'k-1', scenario: 'vervolgmeting', after: '2 months' },
    { case: 'k-1', scenario: 'vervolgmeting', after: '6 months', rate: 'begeleiding' },
    { case: 'k-1', scenario: 'vervolgmeting', after: '6 months', rate: 'opvang', for: '1 month' },
    { case: 'k-2', scenario: 'huidige inzet', rate: 'jeugdhulp' },
    { case: 'k-2', scenario: 'dreigend scenario', rate: 'detentie', for: '30 days' },
    { case: 'k-2', scenario: 'gerealiseerde doorbraak', item: 'Betalingsregeling', price: 1500, law: 'Participatiewet', payer: 'gemeente', investment: true },
  ]);
  extra?.(wb);
  await wb.xlsx.writeFile(out);
}

const K1 = `case: k-1
title: Een nieuwe vloer
status: afgerond
dates:
  start: 2024-01
  breakthrough: 2024-03-01
problems: [wonen, geld]
kind: [wonen]
values:
  betrokkenheid:
    score: 4
    text: Het gezin koos zelf de vloer
  rendement:
    score: 3
current:
  - rate: jeugdhulp
threat:
  - rate: opvang
breakthrough:
  - item: Verhuizing
    price: 2000
    law: Wmo
    payer: gemeente
    investment: true
  - rate: begeleiding
    for: 6 months
followup:
  - after: 2 months
    lines: []
  - after: 6 months
    lines:
      - rate: begeleiding
      - rate: opvang
        for: 1 month
`;
const ZUID = `cohort: wijk
title: Wijkteam Zuid
horizon: 12 months
rates: ../rates.yaml
programme:
  years: 2
  costs:
    - item: Training
      price: 10000
      per: once
      payer: gemeente
      source: raadsbrief 2024
    - item: Licentie
      price: 1000
      per: year
      payer: gemeente
      price_year: 2024
      source: raadsbrief 2024
tags:
  problems: [wonen, geld, psychisch]
`;

describe('the keys of issues 16 and 17 in the workbook', () => {
  it('filled in by hand: status, dates, tags, scores, investment, follow-up, programme and word list, priced as by hand', async () => {
    const cwd = tempTree({ 'rates.yaml': TRACKING_RATES, 'cases/rates.yaml': TRACKING_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTracking(join(cwd, 'casussen.xlsx'), join(cwd, 'k.xlsx'));
    expect(await run(['import', 'k.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden, 1 cohortbestand en 1 woordenlijst geschreven in cases/\n',
      stderr: '',
    });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml', 'tags.yaml', 'wijk/cohort.yaml', 'wijk/k-1.yaml', 'wijk/k-2.yaml']);
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'k-1.yaml'), 'utf8')).rest).toBe(K1);
    expect(readFileSync(join(cwd, 'cases', 'wijk', 'k-2.yaml'), 'utf8')).toContain(
      'status: lopend\nproblems: [geld]\ncurrent:\n  - rate: jeugdhulp\nthreat:\n  - rate: detentie\n    for: 30 days\nbreakthrough:\n  - item: Betalingsregeling\n    price: 1500\n    law: Participatiewet\n    payer: gemeente\n    investment: true\n',
    );
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'cohort.yaml'), 'utf8')).rest).toBe(ZUID);
    expect(readFileSync(join(cwd, 'cases', 'tags.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=' + relative(join(cwd, 'cases'), join(ROOT, 'schema', 'tags.schema.json')) + '\nproblems: [wonen, geld, psychisch, opvoeding]\nkind: [wonen, financieel]\n',
    );
    expectChecked(await run(['check', 'cases'], { cwd }));
    const json = JSON.parse((await run(['calc', 'cases', '--format', 'json'], { cwd })).stdout);
    // k-1, 12 months: current jeugdhulp € 1,000 × 12 = 12,000.00; threat opvang € 3,000 × 12 = 36,000.00;
    // breakthrough Verhuizing € 2,000 (the investment) + begeleiding € 500 × 6 = 5,000.00; baten 31,000.00.
    // k-2 is running (lopend): not counted.
    expect(json.cases.map((c: Record<string, unknown>) => [c.id, c.status, c.current, c.threat, c.breakthrough, c.baten, c.investment, c.net_baten])).toEqual([
      ['k-1', 'afgerond', 1200000, 3600000, 500000, 3100000, 200000, 3100000],
    ]);
    expect(json.totals).toMatchObject({ cases: 1, baten: 3100000, investment: 200000 });
    expect(json.status).toEqual({ counted: ['afgerond'], cases: { afgerond: 1, lopend: 1, gestopt: 0 }, left_out: { afgerond: 0, lopend: 1, gestopt: 0 } });
    // The investment: baten before it 31,000 + 2,000 = 33,000.00, 16.5 euro for every euro invested.
    expect(json.investment.cases[0]).toMatchObject({ id: 'k-1', investment: 200000, baten_before_investment: 3300000, net_baten: 3100000, return_per_euro: { decimal: '16.5' } });
    // The programme: training € 10,000 once, licence € 1,000 a year for 2 years; 31,000 − 12,000 = 19,000.
    expect(json.programme.cohorts[0]).toMatchObject({ id: 'wijk', cases: 1, years: 2, fixed: 1200000, total: 1200000, baten: 3100000, net_result: 1900000 });
    expect(json.programme.cohorts[0].costs.map((c: { item: string; amount: number }) => [c.item, c.amount])).toEqual([['Training', 1000000], ['Licentie', 200000]]);
    // The latest follow-up, 6 months after the breakthrough: expected 5,000 × 6/12 = 2,500.00, threat
    // level 36,000 × 6/12 = 18,000.00, realised begeleiding € 500 × 6 + opvang € 3,000 × 1 = 6,000.00.
    expect(json.followup.cases[0]).toMatchObject({ id: 'k-1', measurements: 2, after: '6 months', expected: 250000, threat_level: 1800000, realised: 600000, realised_baten: 1200000 });
    expect(json.value_scores.all.values).toEqual([
      { value: 'betrokkenheid', scored: 1, counts: [0, 0, 0, 1, 0], median: '4' },
      { value: 'rendement', scored: 1, counts: [0, 0, 1, 0, 0], median: '3' },
    ]);
    expect(json.patterns[0].groups.map((g: { key: string; cases: number; baten: number }) => [g.key, g.cases, g.baten])).toEqual([['geld', 1, 3100000], ['wonen', 1, 3100000]]);
    // Exported without --include-notes and imported over the files: the scores stay, the text of a
    // value goes, and import says so before it does.
    expect(await run(['export', 'cases', '-o', 'zonder.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run(['import', 'zonder.xlsx', '-o', 'cases', '--force'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden geschreven in cases/ (1 cohortbestand en 1 woordenlijst ongewijzigd)\n',
      stderr:
        'zonder.xlsx:casussen!A2: waarschuwing: cases/wijk/k-1.yaml heeft vrije tekst (values, note) die niet in de werkmap staat; ' +
        'die verdwijnt uit het bestand (exporteer met --include-notes om die mee te nemen)\n',
    });
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'k-1.yaml'), 'utf8')).rest).toBe(K1.replace('    text: Het gezin koos zelf de vloer\n', ''));
  });

  /** The files of fillTracking, as imported into `cases/` of `cwd`. */
  function expectTrackingFiles(cwd: string): void {
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml', 'tags.yaml', 'wijk/cohort.yaml', 'wijk/k-1.yaml', 'wijk/k-2.yaml']);
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'k-1.yaml'), 'utf8')).rest).toBe(K1);
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'cohort.yaml'), 'utf8')).rest).toBe(ZUID);
    expect(readFileSync(join(cwd, 'cases', 'wijk', 'k-2.yaml'), 'utf8')).toContain('    investment: true\n');
  }

  it.skipIf(!SOFFICE)('saved by LibreOffice (a date cell, a TRUE cell): the same files', { timeout: 180_000 }, async () => {
    const cwd = tempTree({ 'rates.yaml': TRACKING_RATES, 'cases/rates.yaml': TRACKING_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTracking(join(cwd, 'casussen.xlsx'), join(cwd, 'k.xlsx'));
    saveWithLibreOffice(cwd, 'k.xlsx', TRACKING_LIBREOFFICE_FIXTURE);
    expect(await run(['import', 'lo/k.xlsx', '-o', 'cases'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    expectTrackingFiles(cwd);
  });

  it('a workbook LibreOffice saved (kept in test/fixtures/spreadsheet/): the same files', async () => {
    const cwd = tempTree({ 'cases/rates.yaml': TRACKING_RATES, 'lo.xlsx': readFileSync(TRACKING_LIBREOFFICE_FIXTURE) });
    expect(await run(['import', 'lo.xlsx', '-o', 'cases'], { cwd })).toMatchObject({ status: 0, stderr: '' });
    expectTrackingFiles(cwd);
  });

  it('a bad cell of each new column of casussen and regels: the loader’s own message at that cell', async () => {
    const cwd = tempTree({ 'rates.yaml': TRACKING_RATES, 'cases/rates.yaml': TRACKING_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTracking(join(cwd, 'casussen.xlsx'), join(cwd, 'fout.xlsx'), (wb) => {
      // k-1 (row 2) gets what the schema refuses; k-2 (row 3) what the loader checks once the file
      // has passed the schema; k-3 (row 4) a word its cohort does not allow, which is looked up once
      // the case has no other problem (as for case files).
      typeNamed(wb.getWorksheet('casussen')!, [
        { status: 'klaar', rendement_score: 'drie' },
        { dates_start: '2024-13', kind: 'wonen, wonen', betrokkenheid_score: 7 },
        { case: 'k-3', cohort: 'wijk', problems: 'geld, gelt', kind: 'informeel' },
      ]);
      typeNamed(wb.getWorksheet('regels')!, [{ investment: 'misschien' }], 4);
      typeNamed(
        wb.getWorksheet('regels')!,
        [
          { case: 'k-2', scenario: 'huidige inzet', rate: 'begeleiding', investment: 'ja' }, // row 12: not a breakthrough line
          { case: 'k-2', scenario: 'dreigend scenario', rate: 'opvang', after: '3 months' }, // row 13: a measurement's key on a scenario line
          { case: 'k-2', scenario: 'vervolgmeting', date: '2024-06-01', rate: 'jeugdhulp' }, // row 14: k-2 has no breakthrough date
        ],
        12,
      );
    });
    expect(await run(['import', 'fout.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "fout.xlsx:casussen!G2: 'status' moet een van afgerond, lopend, gestopt, completed, running, stopped zijn, niet 'klaar'",
        "fout.xlsx:casussen!P2: 'score' moet een getal zijn, niet tekst",
        "fout.xlsx:casussen!H3: 'start' is geen geldige datum: '2024-13'; schrijf JJJJ-MM-DD of, tot op de maand, JJJJ-MM",
        "fout.xlsx:casussen!K3: 'wonen' staat twee keer in 'kind'",
        "fout.xlsx:casussen!L3: score van 'betrokkenheid' moet een geheel getal van 1 tot en met 5 zijn, niet 7",
        "fout.xlsx:casussen!J4: onbekend woord 'gelt' in 'problems': niet toegestaan in cases/wijk/cohort.yaml; bedoelde u 'geld'?",
        // The cohort allows any kind: the word list of sheet woorden, cases/tags.yaml, applies.
        "fout.xlsx:casussen!K4: onbekend woord 'informeel' in 'kind': niet toegestaan in cases/tags.yaml",
        "fout.xlsx:regels!V4: 'investment' moet ja/nee (true/false) zijn, niet tekst",
        "fout.xlsx:regels!V12: 'investment: true' hoort bij een regel van 'breakthrough' (de investering die de doorbraak mogelijk maakte), niet van 'current'",
        "fout.xlsx:regels!W13: 'after' hoort bij een vervolgmeting: kies in kolom 'scenario' 'vervolgmeting', of laat 'after' leeg",
        "fout.xlsx:regels!X14: vervolgmeting op 2024-06-01: geef de datum van de doorbraak in 'dates: { breakthrough: … }', of schrijf 'after: 6 months'",
        '',
      ].join('\n'),
    });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml']);
    const en = await run(['import', 'fout.xlsx', '-o', 'cases', '--lang', 'en'], { cwd });
    expect(en.stderr).toContain("fout.xlsx:regels!W13: 'after' belongs to a follow-up measurement: choose 'vervolgmeting' in column 'scenario', or leave 'after' empty\n");
  });

  it('the same from CSV files, each table told by its header (programma by per, woorden by its word lists)', async () => {
    const cwd = tempTree({
      'cases/rates.yaml': TRACKING_RATES,
      'casussen.csv':
        'case;title;cohort;status;dates_start;dates_breakthrough;problems;kind;betrokkenheid_score;betrokkenheid;rendement_score\n' +
        'k-1;Een nieuwe vloer;wijk;afgerond;2024-01;2024-03-01;wonen, geld;wonen;4;Het gezin koos zelf de vloer;3\n' +
        'k-2;Schulden, plan loopt nog;wijk;lopend;;;geld;;;;\n',
      'regels.csv':
        'case;scenario;rate;item;for;price;law;payer;investment;after\n' +
        'k-1;huidige inzet;jeugdhulp;;;;;;;\n' +
        'k-1;dreigend scenario;opvang;;;;;;;\n' +
        'k-1;gerealiseerde doorbraak;;Verhuizing;;2.000,00;Wmo;gemeente;ja;\n' +
        'k-1;gerealiseerde doorbraak;begeleiding;;6 months;;;;;\n' +
        'k-1;vervolgmeting;;;;;;;;2 months\n' +
        'k-1;vervolgmeting;begeleiding;;;;;;;6 months\n' +
        'k-1;vervolgmeting;opvang;;1 month;;;;;6 months\n' +
        'k-2;current;jeugdhulp;;;;;;;\n' +
        'k-2;threat;detentie;;30 days;;;;;\n' +
        // Dutch Excel saves TRUE as WAAR.
        'k-2;breakthrough;;Betalingsregeling;;1500;Participatiewet;gemeente;WAAR;\n',
      'cohorten.csv': 'cohort;title;horizon;rates;programme_years;tags_problems\nwijk;Wijkteam Zuid;12 months;../rates.yaml;2;wonen, geld, psychisch\n',
      'programma.csv': 'cohort;item;price;per;payer;price_year;source\nwijk;Training;10000;once;gemeente;;raadsbrief 2024\nwijk;Licentie;1000;year;gemeente;2024;raadsbrief 2024\n',
      'woorden.csv': 'folder;problems;kind\n;wonen, geld, psychisch, opvoeding;wonen, financieel\n',
    });
    expect(await run(['import', 'woorden.csv', 'programma.csv', 'casussen.csv', 'regels.csv', 'cohorten.csv', '-o', 'cases'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden, 1 cohortbestand en 1 woordenlijst geschreven in cases/\n',
      stderr: '',
    });
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'k-1.yaml'), 'utf8')).rest).toBe(K1);
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'wijk', 'cohort.yaml'), 'utf8')).rest).toBe(ZUID);
    expect(readFileSync(join(cwd, 'cases', 'wijk', 'k-2.yaml'), 'utf8')).toContain('    investment: true\n');
    expect(splitSchema(readFileSync(join(cwd, 'cases', 'tags.yaml'), 'utf8')).rest).toBe('problems: [wonen, geld, psychisch, opvoeding]\nkind: [wonen, financieel]\n');
    // Imported again: the cohort file and the word list say the same and are left as they are.
    expect(await run(['import', 'woorden.csv', 'programma.csv', 'casussen.csv', 'regels.csv', 'cohorten.csv', '-o', 'cases', '--force'], { cwd })).toEqual({
      status: 0,
      stdout: '2 casusbestanden geschreven in cases/ (1 cohortbestand en 1 woordenlijst ongewijzigd)\n',
      stderr: '',
    });
  });

  it('a bad cell of cohorten, programma and woorden: at that cell', async () => {
    const cwd = tempTree({ 'rates.yaml': TRACKING_RATES, 'cases/rates.yaml': TRACKING_RATES });
    await run(['template', '-o', 'casussen.xlsx', '--rates', 'rates.yaml'], { cwd });
    await fillTracking(join(cwd, 'casussen.xlsx'), join(cwd, 'fout.xlsx'), (wb) => {
      typeNamed(wb.getWorksheet('cohorten')!, [{ programme_years: 0, tags_problems: 'wonen, geld, Psychisch' }]);
      typeNamed(wb.getWorksheet('programma')!, [{ per: 'maand' }, { source: null }], 2);
      typeNamed(wb.getWorksheet('programma')!, [{ cohort: 'wijkk', item: 'Coaching', price: 250, per: 'case', payer: 'gemeente', source: 'begroting' }], 4);
      typeNamed(wb.getWorksheet('woorden')!, [{ problems: 'wonen, Schulden' }, { folder: '.', kind: 'wonen' }], 2);
    });
    expect(await run(['import', 'fout.xlsx', '-o', 'cases'], { cwd })).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        "fout.xlsx:cohorten!L2: 'years' moet een positief geheel getal zijn, niet 0",
        "fout.xlsx:cohorten!M2: 'Psychisch' is geen geldige id: gebruik kleine letters, cijfers en '-'",
        "fout.xlsx:programma!D2: 'per' moet een van once, year, case zijn, niet 'maand'",
        // A missing key: at its empty cell.
        "fout.xlsx:programma!G3: sleutel 'source' ontbreekt",
        "fout.xlsx:programma!A4: cohort 'wijkk' staat niet op het blad 'cohorten'; bedoelde u 'wijk'?",
        "fout.xlsx:woorden!B2: 'Schulden' is geen geldige id: gebruik kleine letters, cijfers en '-'",
        "fout.xlsx:woorden!A3: map '.' heeft al een woordenlijst in fout.xlsx:woorden!A2",
        '',
      ].join('\n'),
    });
    expect(filesUnder(join(cwd, 'cases'))).toEqual(['rates.yaml']);
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

/** A case, cohort or tags file (a file the workbook holds). */
const isCaseData = (f: string, text: string): boolean => /\.ya?ml$/.test(f) && (/^(case|cohort):/m.test(text) || /(^|\/)tags\.ya?ml$/.test(f));

/** Copy `rel` of the repository (and rates/) into `dir`, without the case, cohort and tags files when `tablesOnly`. */
function copyTree(rel: string, dir: string, tablesOnly: boolean): void {
  cpSync(join(ROOT, 'rates'), join(dir, 'rates'), { recursive: true });
  const from = join(ROOT, rel);
  for (const f of filesUnder(from)) {
    const text = readFileSync(join(from, f));
    if (tablesOnly && (!/\.ya?ml$/.test(f) || isCaseData(f, text.toString('utf8')))) continue;
    mkdirSync(dirname(join(dir, rel, f)), { recursive: true });
    writeFileSync(join(dir, rel, f), text);
  }
}

/** A file's data with its keys sorted, a value's text alone written as `{ text }`. */
function fileData(file: string): unknown {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    return v;
  };
  const data = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (data.values !== null && typeof data.values === 'object') {
    data.values = Object.fromEntries(Object.entries(data.values).map(([k, v]) => [k, typeof v === 'string' ? { text: v } : v]));
  }
  return sorted(data);
}

describe('export → import → calc', () => {
  it.each(['cases', 'test/fixtures/basic', 'test/fixtures/council', 'test/fixtures/lock-v1/cases', 'test/fixtures/returns', 'test/fixtures/tracking', 'test/fixtures/audit'])(
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
      // Every case, cohort and tags file came back, in its own folder, with the same data: every key
      // and value (comments, layout and the order of keys aside; a value's text alone is `{ text }`).
      const cases = (dir: string) => filesUnder(join(dir, rel)).filter((f) => isCaseData(f, readFileSync(join(dir, rel, f), 'utf8')));
      expect(cases(back)).toEqual(cases(orig));
      expect(cases(back).length).toBeGreaterThan(1);
      for (const f of cases(orig)) expect(fileData(join(back, rel, f)), f).toEqual(fileData(join(orig, rel, f)));
    },
  );

  it('free text only with --include-notes; scores, status, tags, investment, programme and word lists always', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'doorbraak-export-'));
    copyTree('cases', cwd, false);
    copyTree('test/fixtures/tracking', cwd, false);
    expect(await run(['export', 'cases', '-o', 'zonder.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await run(['export', 'cases', '-o', 'met.xlsx', '--include-notes'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    /** A sheet's rows as objects by column name. */
    const rowsOf = (wb: ExcelJS.Workbook, sheet: string): Record<string, unknown>[] => {
      const [head, ...rows] = sheetValues(wb.getWorksheet(sheet)!);
      return rows.map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]]).filter(([, v]) => v !== undefined)));
    };
    const read = async (f: string): Promise<ExcelJS.Workbook> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(cwd, f));
      return wb;
    };
    const VALUE_TEXTS = ['betrokkenheid', 'legitimiteit', 'rendement', 'bestaanszekerheid', 'veiligheid', 'ontwikkelingsperspectief'];
    const texts = async (f: string): Promise<string[]> => {
      const wb = await read(f);
      const notes = rowsOf(wb, 'regels').map((r) => r.note);
      const values = rowsOf(wb, 'casussen').flatMap((r) => VALUE_TEXTS.map((v) => r[v]));
      return [...notes, ...values].filter((v): v is string => typeof v === 'string');
    };
    expect(await texts('zonder.xlsx')).toEqual([]);
    const withNotes = await texts('met.xlsx');
    expect(withNotes).toContain('Crisisplaatsing na een conflict thuis');
    expect(withNotes.some((t) => t.startsWith('De jongere wil zelfstandig wonen'))).toBe(true);
    // The cases as written: durations as typed, the cohort and its table path.
    const wb = await read('zonder.xlsx');
    expect(sheetValues(wb.getWorksheet('cohorten')!)[1]!.slice(0, 4)).toEqual(['spoor-6', 'Spoor 6 Eén gezin, één plan (Zwolle)', '12 months', '../../rates/nl-2024.yaml']);
    expect(sheetValues(wb.getWorksheet('casussen')!)[3]!.slice(0, 5)).toEqual(['vh-01', 'Een huis dat groot genoeg is', '12 months', undefined, 'veilige-handen']);
    // What is not free text: the status and tags of a case, an investment, the programme, the word list.
    expect(rowsOf(wb, 'casussen')[1]).toEqual({
      case: 's6-02',
      title: 'Huurachterstand en schulden, plan in uitvoering',
      horizon: '12 months',
      cohort: 'spoor-6',
      status: 'lopend',
      problems: 'geld, wonen, opvoeding',
      kind: 'financieel, wonen',
    });
    const investments = rowsOf(wb, 'regels').filter((r) => r.investment !== undefined);
    expect(investments.slice(0, 3).map((r) => [r.case, r.scenario, r.item, r.investment])).toEqual([
      ['s6-01', 'gerealiseerde doorbraak', 'Afvalcontainer en opruimhulp', 'ja'],
      ['s6-01', 'gerealiseerde doorbraak', 'Nieuwe vloer', 'ja'],
      ['vh-01', 'gerealiseerde doorbraak', 'Verhuis- en inrichtingskosten grotere huurwoning', 'ja'],
    ]);
    // Every 'investment: true' of the bundled cases.
    expect(investments.length).toBe(11);
    expect(rowsOf(wb, 'cohorten')[0]).toMatchObject({ cohort: 'spoor-6', programme_years: 1 });
    expect(rowsOf(wb, 'programma').map((r) => [r.cohort, r.item, r.price, r.per, r.price_year])).toEqual([
      ['spoor-6', 'Training Doorbraakmethode', 20000, 'once', 2022],
      ['spoor-6', 'Licentie DoorbraakApp', 30000, 'year', 2022],
      ['spoor-6', 'Implementatie Doorbraakmethode', 135000, 'once', 2023],
    ]);
    // cases/tags.yaml: in the folder exported itself (an empty folder).
    expect(rowsOf(wb, 'woorden')).toEqual([{ problems: 'wonen, geld, psychisch, opvoeding, veiligheid, werk, gezondheid, verslaving', kind: 'wonen, financieel, informeel, werk, zorg' }]);
    // One cohort's folder: cases/tags.yaml is above it, stays there and is not on woorden.
    expect(await run(['export', 'cases/veilige-handen', '-o', 'vh.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    const vh = await read('vh.xlsx');
    expect(rowsOf(vh, 'woorden')).toEqual([]);
    expect(rowsOf(vh, 'cohorten')[0]).toMatchObject({ cohort: 'veilige-handen', folder: '.' });
    // A score without its text; a follow-up measurement with its lines, and one without; dates as written.
    expect(await run(['export', 'test/fixtures/tracking', '-o', 'tracking.xlsx'], { cwd })).toEqual({ status: 0, stdout: '', stderr: '' });
    const tracking = await read('tracking.xlsx');
    expect(rowsOf(tracking, 'casussen').map((r) => [r.case, r.status, r.dates_start, r.dates_breakthrough, r.betrokkenheid_score, r.legitimiteit_score, r.legitimiteit, r.rendement_score])).toEqual([
      ['t-01', undefined, undefined, undefined, 2, undefined, undefined, undefined],
      ['t-02', 'completed', '2024-01', '2024-03-01', undefined, undefined, undefined, undefined],
      ['t-03', 'lopend', undefined, undefined, undefined, undefined, undefined, undefined],
      ['t-04', 'gestopt', undefined, undefined, undefined, undefined, undefined, undefined],
      ['t-05', 'afgerond', undefined, undefined, 4, 5, undefined, 3],
    ]);
    expect(rowsOf(tracking, 'regels').filter((r) => r.scenario === 'vervolgmeting')).toEqual([
      { case: 't-01', scenario: 'vervolgmeting', rate: 'begeleiding', after: '6 months' },
      { case: 't-02', scenario: 'vervolgmeting', after: '2 months' },
      { case: 't-02', scenario: 'vervolgmeting', rate: 'opvang', for: '6 months', date: '2024-09-01' },
      { case: 't-02', scenario: 'vervolgmeting', rate: 'detentie', for: '30 days', date: '2024-09-01' },
    ]);
    expect(rowsOf(tracking, 'cohorten')[0]).toMatchObject({ cohort: 't', tags_problems: 'wonen, geld, psychisch, opvoeding, veiligheid', tags_kind: 'wonen, financieel, informeel' });
    // Never over an input.
    expect(await run(['export', 'cases', '-o', 'cases/spoor-6/s6-01.yaml'], { cwd })).toMatchObject({ status: 2 });
  });
});
