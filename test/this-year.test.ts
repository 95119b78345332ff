/**
 * This year's figures (issue 13): the default table nl-2026 priced in 2026 euros with the provisional
 * 2026 index figure, a municipality's own 2025 table, the price year of custom items and own prices
 * (line, case, cohort, report), one problem per index gap, and custom items named as such. Every
 * figure below is computed by hand in the test before it is asserted.
 */
import { describe, expect, it } from 'vitest';
import { ROOT, tempTree, type RunResult, run } from './helpers.js';

/** The CLI in-process (test/helpers.ts run), here with its working folder first. */
const cli = (args: string[], cwd: string): Promise<RunResult> => run(args, { cwd });

// A cohort written by hand. Its cohort.yaml names no table, so the default nl-2026 prices it; its
// custom items are 2025 prices (the cohort's price_year) unless a line or the case says otherwise.
const HAND = {
  'hand/cohort.yaml': 'cohort: hand\ntitle: Handgeschreven cohort\nprice_year: 2025\n',
  'hand/h-1.yaml': `case: h-1
title: Bijstand en begeleiding
current:
  - rate: ots
    for: 6 months
threat:
  - rate: bijstand-alleenstaand
  - rate: ambulante-jeugdhulp-hbo
    hours: 40
breakthrough:
  - item: Maatjesproject
    price: 1000
    law: Wmo
    payer: gemeente
  - item: Huur eerste maand
    price: 800
    price_year: 2026
    law: Participatiewet
    payer: gemeente
`,
  'hand/h-2.yaml': `case: h-2
title: Schulden
price_year: 2024
current: []
threat:
  - item: Schuldsanering
    price: 2000
    law: Wet gemeentelijke schuldhulpverlening
    payer: gemeente
breakthrough:
  - rate: ots
    price: 700
    for: 1 month
`,
};

/** A municipality's own table: contract prices of 2025 (or, with the year changed, 2027). */
const ownTable = (year: number, ots: string, hbo: string): string => `table: zwolle-${year}
title: Zwolle eigen tarieven ${year}
currency: EUR
price_year: ${year}
rates:
  - id: ots
    label: OTS (contractprijs Zwolle)
    unit: month
    price: ${ots}
    law: Jeugdwet
    payer: gemeente
    grade: A
    source: "contract ${year}"
  - id: ambulante-jeugdhulp-hbo
    label: Ambulante jeugdhulp HBO (contract Zwolle)
    unit: hour
    price: ${hbo}
    law: Jeugdwet
    payer: gemeente
    grade: A
    source: "contract ${year}"
`;

interface CalcJson {
  cases: Array<{ id: string; current: number; threat: number; breakthrough: number; baten: number; besparing: number }>;
  totals: { baten: number; mean_baten: number };
  rate_tables: Array<{ id: string }>;
  economics: { price_year: number; price_index: { provisional: boolean }; indexation: Array<{ from: number; factor: { decimal: string }; lines: number }> };
}

describe('the 2026 table in 2026 euros, with the provisional index', () => {
  it('prices a cohort written by hand: nl-2026 is the default, custom items in the cohort, case or line price year', async () => {
    const dir = tempTree(HAND);
    const r = await cli(['calc', 'hand', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as CalcJson;
    expect(j.rate_tables.map((t) => t.id)).toEqual(['nl-2026']);
    // The report's price year is the newest table year, 2026; 2024 → 2026 = 1.033 × 1.023 = 1.056759,
    // 2025 → 2026 = 1.023 (the provisional 2026 figure), so the report says "voorlopig".
    expect(j.economics.price_year).toBe(2026);
    expect(j.economics.price_index.provisional).toBe(true);
    // h-1 current: ots € 624.00 (2024) × 6 months = 3,744.00 × 1.056759 = 3,956.505696 → 3,956.51
    // h-1 threat: bijstand-alleenstaand € 1,401.50 (2026) × 12 months = 16,818.00 (factor 1)
    //             + ambulante-jeugdhulp-hbo € 78.00 (2024) × 40 h = 3,120.00 × 1.056759 = 3,297.08808 → 3,297.09
    //             = 20,115.09
    // h-1 breakthrough: Maatjesproject € 1,000 in the cohort's 2025 → × 1.023 = 1,023.00
    //                   + Huur € 800 with its own price_year 2026 → 800.00; = 1,823.00
    // h-1 baten 20,115.09 − 1,823.00 = 18,292.09; besparing 3,956.51 − 1,823.00 = 2,133.51
    expect(j.cases[0]).toMatchObject({ id: 'h-1', current: 395_651, threat: 2_011_509, breakthrough: 182_300, baten: 1_829_209, besparing: 213_351 });
    // h-2 (case price_year 2024 over the cohort's 2025): Schuldsanering € 2,000 × 1.056759 = 2,113.518 → 2,113.52;
    // ots overridden at € 700 (own price, so the case's 2024) × 1 month × 1.056759 = 739.7313 → 739.73
    // baten 2,113.52 − 739.73 = 1,373.79; besparing 0 − 739.73 = −739.73
    expect(j.cases[1]).toMatchObject({ id: 'h-2', current: 0, threat: 211_352, breakthrough: 73_973, baten: 137_379, besparing: -73_973 });
    // total baten 18,292.09 + 1,373.79 = 19,665.88; mean 9,832.94
    expect(j.totals).toMatchObject({ baten: 1_966_588, mean_baten: 983_294 });
    const t = await cli(['calc', 'hand'], dir);
    expect(t.stdout).toContain('Prijspeil 2026 (voorlopig indexcijfer); tarieven uit andere jaren geïndexeerd met cpi-nl.');
  });

  it('explain says where the price year of each own price comes from', async () => {
    const dir = tempTree(HAND);
    const r = await cli(['explain', 'h-2', 'hand', '--format', 'md'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('| dreigend scenario 1 | eigen post | Schuldsanering |  | Wet gemeentelijke schuldhulpverlening | gemeente | 2024 (casus) |');
    expect(r.stdout).toContain('| na doorbraak 1 | ots | Ondertoezichtstelling');
    expect(r.stdout).toMatch(/\| na doorbraak 1 \| ots \|[^\n]*\| 2024 \(casus\) \|/);
    const h1 = await cli(['explain', 'h-1', 'hand', '--format', 'json'], dir);
    const lines = (JSON.parse(h1.stdout) as { scenarios: Record<string, { lines: Array<{ price_year: number; price_year_from: string }> }> }).scenarios;
    expect(lines.breakthrough!.lines.map((l) => [l.price_year, l.price_year_from])).toEqual([
      [2025, 'cohort'],
      [2026, 'line'],
    ]);
    expect(lines.threat!.lines.map((l) => [l.price_year, l.price_year_from])).toEqual([
      [2026, 'rate'],
      [2024, 'rate'],
    ]);
  });

  it('the bundled cases with nl-2026: 2026 euros, provisional, factors 2024 → 2026 and 2022 → 2026 chained across the rebasing', async () => {
    const r = await cli(['calc', 'cases/', '--rates', 'rates/nl-2026.yaml', '--format', 'json'], ROOT);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as CalcJson;
    expect(j.economics.price_year).toBe(2026);
    expect(j.economics.price_index.provisional).toBe(true);
    const f = new Map(j.economics.indexation.map((x) => [x.from, x.factor.decimal]));
    // 2024 → 2026: 1.033 × 1.023 = 1.056759 (2025 on the CBS 2025 = 100 base, 2026 provisional: the
    // yearly changes chain whatever the base); 2022 → 2026: 1.038 × 1.033 × 1.033 × 1.023 = 1.133114064786
    expect(f.get(2024)).toBe('1.056759');
    expect(f.get(2022)).toBe('1.133114');
  });
});

describe("a municipality's own 2025 table", () => {
  it('on top of nl-2024: the report is in 2025 euros; deflating a 2026 price uses the provisional figure', async () => {
    const dir = tempTree({ ...HAND, 'zwolle-2025.yaml': ownTable(2025, '650.00', '80.00') });
    const r = await cli(['calc', 'hand', '--rates', `${ROOT}/rates/nl-2024.yaml`, '--rates', 'zwolle-2025.yaml', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as CalcJson;
    expect(j.economics.price_year).toBe(2025);
    // h-1: ots € 650 (Zwolle, 2025) × 6 = 3,900.00
    //      threat bijstand-alleenstaand (nl-2024: € 1,308.45, 2024) × 12 = 15,701.40 × 1.033 = 16,219.5462 → 16,219.55
    //             + ambulant € 80 (Zwolle, 2025) × 40 = 3,200.00; = 19,419.55
    //      breakthrough € 1,000 (cohort 2025) = 1,000.00 + € 800 (2026) / 1.023 = 782.0137 → 782.01; = 1,782.01
    //      baten 17,637.54; besparing 2,117.99
    expect(j.cases[0]).toMatchObject({ id: 'h-1', current: 390_000, threat: 1_941_955, breakthrough: 178_201, baten: 1_763_754, besparing: 211_799 });
    // h-2: € 2,000 (2024) × 1.033 = 2,066.00; ots € 700 (2024) × 1.033 = 723.10; baten 1,342.90
    expect(j.cases[1]).toMatchObject({ id: 'h-2', threat: 206_600, breakthrough: 72_310, baten: 134_290 });
    // 2026 → 2025 divides by the provisional 1.023: the report says so.
    expect(j.economics.price_index.provisional).toBe(true);
    expect(j.totals.baten).toBe(1_763_754 + 134_290);
  });
});

describe("the bundled cases with a municipality's 2025 table (the issue's scenario)", () => {
  it('priced in 2025 euros; with --price-year 2024 the custom items are 2024 prices and the 2025 rates are deflated', async () => {
    const dir = tempTree({ 'zwolle-2025.yaml': ownTable(2025, '650.00', '80.00') });
    const args = ['calc', `${ROOT}/cases`, '--rates', `${ROOT}/rates/nl-2024.yaml`, '--rates', 'zwolle-2025.yaml', '--format', 'json'];
    const r = await cli(args, dir);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as CalcJson;
    expect(j.economics.price_year).toBe(2025);
    // 2025 is a final figure: not provisional. 2024 → 2025 = 1.033; 2022 → 2025 = 1.038 × 1.033 × 1.033 = 1.107638382
    expect(j.economics.price_index.provisional).toBe(false);
    const f = new Map(j.economics.indexation.map((x) => [x.from, x.factor.decimal]));
    expect(f.get(2024)).toBe('1.033');
    expect(f.get(2022)).toBe('1.107638');
    // The 2025 contract prices need no factor; custom items are in the report's year (2025) too.
    expect(f.has(2025)).toBe(false);
    const back = await cli([...args, '--price-year', '2024'], dir);
    expect(back.stderr).toBe('');
    const k = JSON.parse(back.stdout) as CalcJson;
    // Now 2025 → 2024 divides by 1.033; nothing is missing from the index.
    expect(new Map(k.economics.indexation.map((x) => [x.from, x.factor.decimal])).get(2025)).toBe('0.968054');
  });
});

describe('an index gap is one problem per (table or file, year), with the remedies', () => {
  it('a 2027 table: the report year 2027 is not in the index', async () => {
    const dir = tempTree({ ...HAND, 'zwolle-2027.yaml': ownTable(2027, '700.00', '80.00') });
    const r = await cli(['calc', 'hand', '--rates', `${ROOT}/rates/nl-2026.yaml`, '--rates', 'zwolle-2027.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // nl-2026: only bijstand-alleenstaand (h-1 threat 1) is still priced from it (ots and ambulant come
    // from zwolle-2027, whose own year needs no figure). The own prices of h-1 (cohort 2025, line 2026)
    // and h-2 (case 2024) all need 2027: one problem per file.
    expect(r.stderr.split('\n')).toEqual([
      "doorbraak:rates/nl-2026.yaml:16:1: geen indexcijfer voor 2027 in cpi-nl (de reeks loopt van 2005 tot en met 2026), dus 1 regel met een tarief uit tabel 'nl-2026' kan niet naar prijspeil 2027: hand/h-1.yaml:7:5. Oplossing: kies een prijspeil binnen de reeks (--price-year 2026); geef een reeks met 2027 (--price-index BESTAND); reken zonder indexatie (--no-indexation); vul cpi-nl aan met een cijfer voor 2027, desnoods voorlopig ('provisional: true').",
      "hand/h-1.yaml:11:5: geen indexcijfer voor 2027 in cpi-nl (de reeks loopt van 2005 tot en met 2026), dus 2 regels met een eigen post of eigen prijs in dit bestand kunnen niet naar prijspeil 2027: hand/h-1.yaml:11:5, hand/h-1.yaml:15:5. Oplossing: kies een prijspeil binnen de reeks (--price-year 2026); geef een reeks met 2027 (--price-index BESTAND); reken zonder indexatie (--no-indexation); vul cpi-nl aan met een cijfer voor 2027, desnoods voorlopig ('provisional: true'); of geef deze prijzen een 'price_year' binnen de reeks (op de regel, de casus of het cohort).",
      "hand/h-2.yaml:6:5: geen indexcijfer voor 2027 in cpi-nl (de reeks loopt van 2005 tot en met 2026), dus 2 regels met een eigen post of eigen prijs in dit bestand kunnen niet naar prijspeil 2027: hand/h-2.yaml:6:5, hand/h-2.yaml:11:5. Oplossing: kies een prijspeil binnen de reeks (--price-year 2026); geef een reeks met 2027 (--price-index BESTAND); reken zonder indexatie (--no-indexation); vul cpi-nl aan met een cijfer voor 2027, desnoods voorlopig ('provisional: true'); of geef deze prijzen een 'price_year' binnen de reeks (op de regel, de casus of het cohort).",
      '',
    ]);
  });

  it('the bundled cases with a 2027 table: one problem for the whole table, not one per line', async () => {
    const dir = tempTree({ 'zwolle-2027.yaml': ownTable(2027, '700.00', '80.00') });
    const r = await cli(['calc', `${ROOT}/cases`, '--rates', `${ROOT}/rates/nl-2026.yaml`, '--rates', 'zwolle-2027.yaml', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // Custom items without a price year are in the report's year (2027): no figure needed for them.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^doorbraak:rates\/nl-2026\.yaml:16:1: no index figure for 2027 in cpi-nl \(the series runs from 2005 to 2026\), so \d+ lines with a rate from table 'nl-2026' cannot be brought to price year 2027: (\S+\.yaml:\d+:\d+, ){2}\S+\.yaml:\d+:\d+ and \d+ more\. Remedy: choose a price year within the series \(--price-year 2026\); give a series with 2027 \(--price-index FILE\); price without indexation \(--no-indexation\); add a figure for 2027 to cpi-nl, a provisional one if need be \('provisional: true'\)\.$/,
    );
  });

  it('--price-year 2026 with a 2027 table: the 2027 rates cannot be deflated (no --price-year remedy then)', async () => {
    const dir = tempTree({ ...HAND, 'zwolle-2027.yaml': ownTable(2027, '700.00', '80.00') });
    const r = await cli(['calc', 'hand', '--rates', `${ROOT}/rates/nl-2026.yaml`, '--rates', 'zwolle-2027.yaml', '--price-year', '2026', '--lang', 'en'], dir);
    expect(r.status).toBe(1);
    // h-1 current 1 (ots) and threat 2 (ambulant) come from zwolle-2027; the own prices (2024–2026) index to 2026.
    expect(r.stderr).toBe(
      "zwolle-2027.yaml:1:1: no index figure for 2027 in cpi-nl (the series runs from 2005 to 2026), so 2 lines with a rate from table 'zwolle-2027' cannot be brought to price year 2026: hand/h-1.yaml:4:5, hand/h-1.yaml:8:5. Remedy: give a series with 2027 (--price-index FILE); price without indexation (--no-indexation); add a figure for 2027 to cpi-nl, a provisional one if need be ('provisional: true').\n",
    );
  });
});

describe('custom items are named "eigen post", never "tarief"', () => {
  it('hours on a one-off custom item, and a custom item per hour without hours', async () => {
    const dir = tempTree({
      'c.yaml': `case: c-1
current:
  - item: Coaching
    price: 60
    unit: hour
    law: Wmo
    payer: gemeente
threat:
  - item: Verhuizing
    price: 900
    hours: 10
    law: Wmo
    payer: gemeente
breakthrough:
  - item: Inrichting
    price: 500
    for: 2 months
    law: Wmo
    payer: gemeente
`,
    });
    const r = await cli(['calc', 'c.yaml'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        "c.yaml:3:5: eigen post 'Coaching' rekent per uur: geef 'hours' (een totaal, of 'N per week' / 'N per month')",
        "c.yaml:9:5: 'hours' hoort alleen bij posten per uur; eigen post 'Verhuizing' rekent per once",
        "c.yaml:15:5: 'for' past niet bij eenmalige eigen post 'Inrichting' (unit: once); gebruik 'count'",
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toContain('tarief');
  });

  it('a price_year on a case or cohort must be a year', async () => {
    const dir = tempTree({ 'x/cohort.yaml': 'cohort: x\nprice_year: 20.5\n', 'x/c.yaml': 'case: c-1\nprice_year: 1800\ncurrent: []\nthreat: []\nbreakthrough: []\n' });
    const r = await cli(['calc', 'x'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('x/cohort.yaml:2:13: ');
    expect(r.stderr).toContain('x/c.yaml:2:13: ongeldig jaartal 1800');
  });
});
