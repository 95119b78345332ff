/**
 * The analyst's daily loop (issue 14): the answer first on a terminal that the tables fit, the
 * sections on request, input that forgives (each message with its exact text in both languages),
 * --discount as a percentage, and calc warning as check does.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { type FitColumn, fitColumns, tableWidth } from '../src/write/render/fit.js';
import { parseSections } from '../src/write/render/calc-sections.js';
import { MINI_RATES, ROOT, tempTree } from './helpers.js';

/** The CLI in this process: exit status, stdout and stderr; `columns` as a terminal's width. */
async function cli(argv: string[], opts: { cwd?: string; columns?: number; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (s: string) => void (stdout += s),
    err: (s: string) => void (stderr += s),
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...(opts.columns !== undefined ? { columns: opts.columns } : {}),
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** calc on one case file (cases/c.yaml) with the mini rate table; both languages. */
async function calcCase(yaml: string, extra: string[] = []) {
  const cwd = tempTree({ 'rates.yaml': MINI_RATES, 'cases/c.yaml': yaml });
  const nl = await cli(['calc', 'cases', '--rates', 'rates.yaml', ...extra], { cwd });
  const en = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--lang', 'en', ...extra], { cwd });
  return { nl, en };
}

const width = (s: string): number => [...s].length;

describe('the answer first, on a terminal of 80 columns', () => {
  it('calc cases/ fits 80 columns; the first screen holds the headline and the case table', async () => {
    const r = await cli(['calc', 'cases/'], { columns: 80 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    for (const l of lines) expect(width(l), l).toBeLessThanOrEqual(80);
    // 7 cases: € 273.034 baten in total, € 39.005 per case (README; 273,034 / 7 = 39,004.9 → 39,005)
    expect(lines[0]).toBe('7 casussen, € 273.034 baten, € 39.005 per casus');
    const screen = lines.slice(0, 24).join('\n');
    // The first table: every case with its horizon and baten, the total and the mean, closed.
    for (const id of ['s6-01', 'vh-01', 'vh-02', 'vh-03', 'vh-04', 'vh-05', 'vh-06']) expect(screen).toMatch(new RegExp(`│ ${id} .*│ 12 maanden │ +€ [\\d.]+ │`));
    expect(screen).toMatch(/│ totaal +│ 7 casussen +│ +│ € 273\.034 │/);
    expect(screen).toMatch(/│ gemiddeld per casus +│ +│ +│ +€ 39\.005 │/);
    expect(lines.slice(0, 24).filter((l) => l.startsWith('└'))).toHaveLength(1);
    // One line per further section, saying how to show it; no section itself.
    expect(r.stdout).toContain('\nMeer in dit rapport:\n  --sections wet           per wet\n  --sections betaler       per betaler\n');
    expect(r.stdout).not.toContain('Per wet (alle casussen)');
  });

  it('COLUMNS sets the width as a terminal does; on a pipe every column keeps its natural width', async () => {
    const env = await cli(['calc', 'cases/'], { env: { COLUMNS: '80' } });
    expect(env.stdout).toBe((await cli(['calc', 'cases/'], { columns: 80 })).stdout);
    const pipe = await cli(['calc', 'cases/']);
    expect(Math.max(...pipe.stdout.split('\n').map(width))).toBeGreaterThan(150);
    expect(pipe.stdout).toContain('│ s6-01                 │ Afvalcontainer en nieuwe vloer, daarna hulp… │ spoor-6        │ 12 maanden │');
  });

  it('explain and diff fit the terminal too (a multi-line derivation wraps within its column)', async () => {
    for (const args of [['explain', 'vh-03'], ['explain', 'vh-03', '--lang', 'en'], ['diff', 'cases/', '--against', 'rates/nl-2026.yaml']]) {
      const r = await cli(args, { columns: 80 });
      expect(r.status, args.join(' ')).toBe(0);
      for (const l of r.stdout.split('\n')) expect(width(l), `${args.join(' ')}: ${l}`).toBeLessThanOrEqual(80);
      // on a pipe, as before: the natural width
      expect(Math.max(...(await cli(args)).stdout.split('\n').map(width))).toBeGreaterThan(80);
    }
  });

  it('--all prints every section, within the width; --sections names them in Dutch or English', async () => {
    const all = await cli(['calc', 'cases/', '--all'], { columns: 80 });
    for (const l of all.stdout.split('\n')) expect(width(l), l).toBeLessThanOrEqual(80);
    for (const title of ['Per wet (alle casussen)', 'Per betaler (cohort spoor-6)', 'Grootste kostenposten in de huidige inzet (top 5)', 'Gepubliceerd tegenover berekend']) {
      expect(all.stdout).toContain(title);
    }
    expect(all.stdout).not.toContain('Meer in dit rapport');
    const nl = await cli(['calc', 'cases/', '--sections', 'wet,top']);
    const en = await cli(['calc', 'cases/', '--sections', 'law', '--sections', 'TOP']);
    expect(en.stdout).toBe(nl.stdout);
    expect(nl.stdout).toContain('Per wet (cohort veilige-handen)');
    expect(nl.stdout).not.toContain('Per betaler (');
    expect(nl.stdout).toContain('\nMeer in dit rapport:\n  --sections betaler       per betaler\n  --sections gepubliceerd  gepubliceerd tegenover berekend\n');
  });

  it('an option that asks for a section shows it: --project', async () => {
    const r = await cli(['calc', 'cases/', '--project', '30']);
    expect(r.stdout).toContain('Projectie (rekenvoorbeeld, geen meting)');
  });

  it('--sections takes the names of both languages and the keys', () => {
    expect(parseSections('wet,betaler, top gepubliceerd')).toEqual(['law', 'payer', 'top', 'published']);
    expect(parseSections('law,payer,published,projection,projectie')).toEqual(['law', 'payer', 'published', 'projection']);
    expect(parseSections('jaren,years,correcties,gevoeligheid,simulatie,toelichting,notes')).toEqual(['years', 'adjustments', 'sensitivity', 'simulation', 'notes']);
    expect(parseSections('wet,wat')).toEqual({ unknown: 'wat' });
  });
});

describe('fitting columns (src/write/render/fit.ts)', () => {
  // A key of 5, an amount of 9 under the header "dreigend scenario" (17), a title of 30 that may be
  // cut to 16, and a cohort of 14 that is least important.
  const cols: FitColumn[] = [
    { header: 'casus', cells: ['vh-01'], mode: 'wrap', natural: 5, min: 5, keep: 0 },
    { header: 'titel', cells: ['x'.repeat(30)], mode: 'cut', natural: 30, min: 16, keep: 2 },
    { header: 'cohort', cells: ['veilige-handen'], mode: 'cut', natural: 14, min: 14, keep: 3 },
    { header: 'dreigend scenario', cells: ['€ 388.363'], mode: 'fixed', natural: 9, min: 9, keep: 1 },
  ];

  it('keeps every column at its natural width when there is room or no limit', () => {
    // 1 + (5+3) + (30+3) + (14+3) + (17+3) = 79
    expect(tableWidth([5, 30, 14, 17])).toBe(79);
    expect(fitColumns(cols, undefined)).toEqual([{ columns: [0, 1, 2, 3], widths: [5, 30, 14, 17] }]);
    expect(fitColumns(cols, 79)).toEqual([{ columns: [0, 1, 2, 3], widths: [5, 30, 14, 17] }]);
  });

  it('wraps headers, then shortens titles, then moves the least important column below', () => {
    // 70: the cohort's header wraps first (nothing gained: 14 either way), then "dreigend scenario"
    // wraps to 9 (79 − 8 = 71), then the title is cut by 1 to 29: 1 + 8 + 32 + 17 + 12 = 70.
    expect(fitColumns(cols, 70)).toEqual([{ columns: [0, 1, 2, 3], widths: [5, 29, 14, 9] }]);
    // 50: at their narrowest the four need 1 + 8 + 19 + 17 + 12 = 57 > 50, so the cohort (keep 3)
    // moves below with the key. Part 1: "dreigend scenario" wraps to 9 and the title is cut to 26,
    // 1 + 8 + 29 + 12 = 50; part 2 is 1 + 8 + 17 = 26.
    expect(fitColumns(cols, 50)).toEqual([
      { columns: [0, 1, 3], widths: [5, 26, 9] },
      { columns: [0, 2], widths: [5, 14] },
    ]);
  });
});

describe('input that forgives, in both languages', () => {
  it('a Dutch key names the English key', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent:\n  - rate: ots\n    kans: 0.6\nthreat: []\nbreakthrough: []\n');
    expect(nl).toEqual({ status: 1, stdout: '', stderr: "cases/c.yaml:4:5: onbekende sleutel 'kans'; bedoelde u 'chance'? De sleutels zijn Engels.\n" });
    expect(en.stderr).toBe("cases/c.yaml:4:5: unknown key 'kans'; did you mean 'chance'? Keys are in English.\n");
  });

  it('… and the rest of the file is checked as meant: `uren` on an hour rate is not also "hours missing"', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent:\n  - rate: ambulant\n    uren: 10\nthreat: []\nbreakthrough: []\n');
    expect(nl.stderr).toBe("cases/c.yaml:4:5: onbekende sleutel 'uren'; bedoelde u 'hours'? De sleutels zijn Engels.\n");
    expect(en.stderr).toBe("cases/c.yaml:4:5: unknown key 'uren'; did you mean 'hours'? Keys are in English.\n");
  });

  it('a Dutch scenario name: the key is named, and the scenario is not also "missing"', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent: []\ndreigend: []\nbreakthrough: []\n');
    expect(nl.stderr).toBe("cases/c.yaml:3:1: onbekende sleutel 'dreigend'; bedoelde u 'threat'? De sleutels zijn Engels.\n");
    expect(en.stderr).toBe("cases/c.yaml:3:1: unknown key 'dreigend'; did you mean 'threat'? Keys are in English.\n");
  });

  it('a comma decimal says: use a point', async () => {
    const chance = await calcCase('case: c-1\ncurrent:\n  - rate: ots\n    chance: 0,6\nthreat: []\nbreakthrough: []\n');
    expect(chance.nl.stderr).toBe("cases/c.yaml:4:13: 'chance' is '0,6': gebruik een punt: 0.6\n");
    expect(chance.en.stderr).toBe("cases/c.yaml:4:13: 'chance' is '0,6': use a decimal point: 0.6\n");
    const price = await calcCase('case: c-1\ncurrent:\n  - item: Huur\n    price: 475,50\n    law: Wmo\n    payer: gemeente\nthreat: []\nbreakthrough: []\n');
    expect(price.nl.stderr).toBe("cases/c.yaml:4:12: 'price' is '475,50': gebruik een punt: 475.50\n");
    expect(price.en.stderr).toBe("cases/c.yaml:4:12: 'price' is '475,50': use a decimal point: 475.50\n");
  });

  it('a chance as a percentage says: write 0.6', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent:\n  - rate: ots\n    chance: 60%\nthreat: []\nbreakthrough: []\n');
    expect(nl.stderr).toBe("cases/c.yaml:4:13: 'chance' is '60%': een kans is een getal van 0 tot 1; schrijf 0.6\n");
    expect(en.stderr).toBe("cases/c.yaml:4:13: 'chance' is '60%': a chance is a number from 0 to 1; write 0.6\n");
  });

  it('a missing scenario says how to write an empty one', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent: []\nthreat: []\n');
    expect(nl.stderr).toBe("cases/c.yaml:1:1: sleutel 'breakthrough' ontbreekt; schrijf `breakthrough: []` als er niets is\n");
    expect(en.stderr).toBe("cases/c.yaml:1:1: missing key 'breakthrough'; write `breakthrough: []` when there is nothing\n");
  });

  it('a tab in the indentation gives only the clear message, not the parser’s', async () => {
    const { nl, en } = await calcCase('case: c-1\ncurrent:\n  - rate: ots\n  \tfor: 2 months\nthreat: []\nbreakthrough: []\n');
    expect(nl.stderr).toBe('cases/c.yaml:4:3: tab gebruikt om in te springen; gebruik spaties\n');
    expect(en.stderr).toBe('cases/c.yaml:4:3: tab used for indentation; use spaces\n');
  });

  it('every problem of a file in one run: a bad duration does not hide an unknown rate or `for` on a one-off rate', async () => {
    const { nl, en } = await calcCase(
      'case: c-1\ncurrent:\n  - rate: ots\n    for: 3 maandjes\nthreat:\n  - rate: huisuitzetting\n    for: 3 months\n  - rate: xyzzy\nbreakthrough: []\n',
    );
    expect(nl.stderr.split('\n').filter(Boolean)).toEqual([
      "cases/c.yaml:4:10: onbekende eenheid 'maandjes' in duur '3 maandjes'; bedoelde u 'maand' of 'maanden'?",
      "cases/c.yaml:6:5: 'for' past niet bij eenmalige post 'huisuitzetting' (unit: once); gebruik 'count'",
      "cases/c.yaml:8:11: onbekend tarief 'xyzzy'",
    ]);
    expect(en.stderr.split('\n').filter(Boolean)).toEqual([
      "cases/c.yaml:4:10: unknown unit 'maandjes' in duration '3 maandjes'; did you mean 'maand' or 'maanden'?",
      "cases/c.yaml:6:5: 'for' does not apply to one-off item 'huisuitzetting' (unit: once); use 'count'",
      "cases/c.yaml:8:11: unknown rate 'xyzzy'",
    ]);
  });
});

describe('--discount is a percentage', () => {
  // One case over 2 years: ots (€ 600 a month) for the whole horizon, nothing after the breakthrough.
  // 730 days = 24 months: € 7,200 in year 1 and € 7,200 in year 2. Present value = 7,200 + 7,200 / (1 + r):
  //   r = 2.25 %: 720,000 + 720,000 / 1.0225 = 720,000 + 704,156.48 = 1,424,156.48 → 1,424,156 cents
  //   r = 0.5 %:  720,000 + 720,000 / 1.005  = 720,000 + 716,417.91 = 1,436,417.91 → 1,436,418 cents
  //   (0.5 as 50 %, the old reading: 720,000 + 480,000 = 1,200,000 cents)
  const cwd = tempTree({ 'rates.yaml': MINI_RATES, 'cases/m.yaml': 'case: m-1\nhorizon: 2 years\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n' });
  const baten = async (discount: string) => {
    const r = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--format', 'json', '--discount', discount], { cwd });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout).totals.baten as number;
  };

  it('2.25, 2,25 and 2.25% are the same 2.25 %', async () => {
    expect(await baten('2.25')).toBe(1_424_156);
    expect(await baten('2,25')).toBe(1_424_156);
    expect(await baten('2.25%')).toBe(1_424_156);
    expect(await baten('2,25 %')).toBe(1_424_156);
  });

  it('0.5 means 0.5 %, not 50 %', async () => {
    expect(await baten('0.5')).toBe(1_436_418);
    expect(await baten('0.5%')).toBe(1_436_418);
  });

  it('a refused value says what is accepted, in both languages', async () => {
    const nl = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--discount', '100'], { cwd });
    expect(nl).toEqual({
      status: 2,
      stdout: '',
      stderr: "doorbraak: --discount '100': geef een percentage van 0 tot 100 (niet 100), bijv. 2.25, 2,25 of 2.25% (allemaal 2,25%); 0 = niet verdisconteren\n",
    });
    const en = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--discount', 'twee', '--lang', 'en'], { cwd });
    expect(en.stderr).toBe("doorbraak: --discount 'twee': give a percentage from 0 to 100 (not 100), e.g. 2.25, 2,25 or 2.25% (all 2.25%); 0 = undiscounted\n");
  });
});

describe('calc warns as check does', () => {
  // A BSN (123456782 passes the eleven-test: 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 1·2 = 154 = 14·11)
  // in the title, and a payer the rate table does not declare.
  const rates = MINI_RATES.replace('price_year: 2024\n', 'price_year: 2024\npayers: [gemeente]\n');
  const cwd = tempTree({
    'rates.yaml': rates,
    'cases/w.yaml': 'case: w-1\ntitle: Gezin met BSN 123456782\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough:\n  - item: Huur\n    price: 500\n    law: Wmo\n    payer: zorgkantoor\n',
  });

  it('warnings, exit 0, and the figures', async () => {
    const r = await cli(['calc', 'cases', '--rates', 'rates.yaml'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      "cases/w.yaml:2:22: waarschuwing: 'title' lijkt een burgerservicenummer (BSN) te bevatten (1*******2); een casusbestand hoort gepseudonimiseerd te zijn\n" +
        "cases/w.yaml:7:5: waarschuwing: betaler 'zorgkantoor' van eigen post 'Huur' staat niet in 'payers' van tarieventabel 'mini'\n",
    );
    // 12 months of ots: 12 × 600 = 7,200; the item 500: baten 6,700.
    expect(r.stdout).toContain('1 casus, € 6.700 baten, € 6.700 per casus');
    const en = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--lang', 'en'], { cwd });
    expect(en.stderr).toBe(
      "cases/w.yaml:2:22: warning: 'title' seems to contain a citizen service number (BSN) (1*******2); a case file should be pseudonymised\n" +
        "cases/w.yaml:7:5: warning: payer 'zorgkantoor' of custom item 'Huur' is not in the 'payers' of rate table 'mini'\n",
    );
  });

  it('errors with --strict: exit 1 and no figures', async () => {
    const r = await cli(['calc', 'cases', '--rates', 'rates.yaml', '--strict'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "cases/w.yaml:2:22: 'title' lijkt een burgerservicenummer (BSN) te bevatten (1*******2); een casusbestand hoort gepseudonimiseerd te zijn\n" +
        "cases/w.yaml:7:5: betaler 'zorgkantoor' van eigen post 'Huur' staat niet in 'payers' van tarieventabel 'mini'\n",
    );
  });
});

describe('horizons and rounding are said', () => {
  it('a mix of horizons is said under the headline; the same horizon everywhere is not', async () => {
    const cwd = tempTree({
      'rates.yaml': MINI_RATES,
      'cases/a.yaml': 'case: a\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n',
      'cases/b.yaml': 'case: b\nhorizon: 2 years\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n',
    });
    const r = await cli(['calc', 'cases', '--rates', 'rates.yaml'], { cwd });
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      // a: 7,200; b: 14,241.56 (present value at 2.25 %, above) → 21,441.56 in total, 10,720.78 per case
      '2 casussen, € 21.442 baten, € 10.721 per casus',
      'Let op: verschillende horizonnen (1 casus over 12 maanden, 1 casus over 2 jaar (contante waarde)); totaal, gemiddelde en projectie tellen ze bij elkaar op.',
    ]);
    expect(r.stdout).toMatch(/│ b +│ +│ 2 jaar +│/);
    const one = await cli(['calc', 'cases/a.yaml', '--rates', 'rates.yaml', '--lang', 'en'], { cwd });
    expect(one.stdout.split('\n').slice(0, 2)).toEqual(['1 case, €7,200 avoided costs (baten), €7,200 per case', '']);
  });

  it('whole-euro table, Markdown and CSV say that rows may not add up; with --cents they do not need to', async () => {
    const cwd = tempTree({ 'rates.yaml': MINI_RATES, 'cases/a.yaml': 'case: a\ncurrent: []\nthreat:\n  - rate: ots\nbreakthrough: []\n' });
    const say = 'Door afronding op hele euro’s tellen de rijen niet altijd precies op tot het totaal.';
    for (const format of ['table', 'md']) {
      expect((await cli(['calc', 'cases', '--rates', 'rates.yaml', '-f', format], { cwd })).stdout).toContain(say);
      expect((await cli(['calc', 'cases', '--rates', 'rates.yaml', '-f', format, '--cents'], { cwd })).stdout).not.toContain(say);
    }
    const csv = (await cli(['calc', 'cases', '--rates', 'rates.yaml', '-f', 'csv', '--lang', 'en'], { cwd })).stdout;
    // The sentence has commas: one quoted field under English (',' separates).
    expect(csv.endsWith('\r\n\r\n"Amounts rounded to whole euros; by rounding, the rows do not always add up exactly to the total. With --cents: amounts in cents."\r\n')).toBe(true);
    const cents = (await cli(['calc', 'cases', '--rates', 'rates.yaml', '-f', 'csv', '--cents'], { cwd })).stdout;
    expect(cents).not.toContain('afronding');
    expect(cents).toContain('\na;;12 maanden;0,00;7200,00;0,00;7200,00;0,00\r\n');
  });
});
