/** Usage errors: exit 2, in Dutch by default and English on request, with a pointer to --help. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const NL_HINT = "Zie 'doorbraak --help' of 'doorbraak <commando> --help'.\n";
const EN_HINT = "See 'doorbraak --help' or 'doorbraak <command> --help'.\n";

describe('usage errors', () => {
  it.each([
    [['calc'], "doorbraak: verplicht argument 'paden' ontbreekt\n" + NL_HINT],
    [['frobnicate'], "doorbraak: onbekend commando 'frobnicate'\n" + NL_HINT],
    [['calk', 'cases'], "doorbraak: onbekend commando 'calk'; bedoelde u calc?\n" + NL_HINT],
    [['diff', 'cases'], "doorbraak: optie '--against <bestand>' is verplicht\n" + NL_HINT],
    [['diff', 'cases', '--against', 'x.yaml', '--status', 'foo'], "doorbraak: optie '--status <lijst>': 'foo' is ongeldig; verwacht all, of afgerond, lopend en/of gestopt gescheiden door komma’s (Engels: completed, running, stopped)\n" + NL_HINT],
    [['calc', 'cases', '--formt', 'json'], "doorbraak: onbekende optie '--formt'; bedoelde u --format?\n" + NL_HINT],
    [['calc', 'cases', '--rates'], "doorbraak: optie '--rates <bestand>' mist een waarde\n" + NL_HINT],
    [['calc', 'cases', '--lang', 'fr'], "doorbraak: optie '--lang <taal>': 'fr' is ongeldig; kies uit nl, en\n" + NL_HINT],
    [['calc', 'cases', '--top', 'x'], "doorbraak: optie '--top <n>': 'x' is ongeldig; verwacht een geheel getal ≥ 0, bijv. 5\n" + NL_HINT],
    [['schema', 'casus'], "doorbraak: 'casus' is ongeldig voor 'soort'; kies uit case, cohort, rates, index, tags\n" + NL_HINT],
    [['calc', 'cases', '--sections', 'wet,foo'], "doorbraak: optie '--sections <lijst>': 'wet,foo' is ongeldig; kies uit casussen, wet, betaler, top, projectie, gepubliceerd, investering, programma, wie-wint, onderbouwing, vervolg, patronen, waarden, jaren, correcties, gevoeligheid, simulatie, toelichting (Nederlandse of Engelse namen)\n" + NL_HINT],
    [['calc', 'cases', '--sections', 'foo', '--lang', 'en'], "doorbraak: option '--sections <list>' argument 'foo' is invalid. Choose from cases, law, payer, top, projection, published, investment, programme, gains, evidence, followup, patterns, values, years, adjustments, sensitivity, simulation, notes (English or Dutch names).\n" + EN_HINT],
    [['calc', 'cases', '--bogus', '--lang', 'en'], "doorbraak: unknown option '--bogus'\n" + EN_HINT],
    [['calc', '--lang', 'en'], "doorbraak: missing required argument 'paths'\n" + EN_HINT],
  ])('%j', async (args, stderr) => {
    expect(await run(args)).toEqual({ status: 2, stdout: '', stderr });
  });
});

describe('help', () => {
  it('no option says its default twice (a description that names its default gets no "(standaard: …)")', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const word = lang === 'nl' ? 'standaard' : 'default';
      for (const cmd of ['calc', 'check', 'diff', 'explain', 'verify', 'rates', 'schema', 'new', 'template', 'import', 'export']) {
        const help = (await run([cmd, '--help', '--lang', lang])).stdout;
        const options = help.split(/\n(?=\s{2}-)/).map((s) => s.replace(/\s+/g, ' '));
        for (const o of options) expect((o.match(new RegExp(word, 'gi')) ?? []).length, `${cmd} ${lang}: ${o}`).toBeLessThanOrEqual(1);
      }
    }
  });
});
