/**
 * Behaviour on bad input (design.md): every problem in every file, `file:line:col: message`, exit 1
 * for invalid input and 2 for usage, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { MINI_RATES, run, tempTree } from './helpers.js';

async function calc(files: Record<string, string | Buffer>, args: string[] = [], extra: string[] = []) {
  const dir = tempTree({ 'rates.yaml': MINI_RATES, ...files });
  return run(['calc', ...(args.length ? args : ['cases']), '--rates', 'rates.yaml', ...extra], { cwd: dir });
}

const CASE = (body: string) => `case: c-1\ntitle: T\n${body}`;
const EMPTY_SCENARIOS = 'current: []\nthreat: []\nbreakthrough: []\n';

describe('bad input', () => {
  it('an unknown key names the closest known key', async () => {
    const r = await calc({ 'cases/c.yaml': CASE('current:\n  - rate: ots\n    chanse: 0.5\nthreat: []\nbreakthrough: []\n') });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/c.yaml:5:5: onbekende sleutel 'chanse'; bedoelde u 'chance'?\n");
    expect(r.stdout).toBe('');
  });

  it('an unknown rate id names the closest ids (English on request)', async () => {
    const r = await calc({ 'cases/c.yaml': CASE('current:\n  - rate: jeugdzorgplus\nthreat: []\nbreakthrough: []\n') }, [], ['--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/c.yaml:4:11: unknown rate 'jeugdzorgplus'; did you mean 'jeugdzorg-plus'?\n");
  });

  it('reports every problem in every file, sorted by file and line', async () => {
    const r = await calc({
      'cases/a.yaml': CASE('current:\n  - rate: ots\n    for: 3 mnths\n  - rate: ots\n    chance: 1.5\nthreat: []\nbreakthrough: []\n'),
      'cases/b.yaml': 'case: c-2\ncurrent: []\nthreat:\n  - rate: ambulant\nbreakthrough:\n  - rate: ots\n    hours: 4\n',
    });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "cases/a.yaml:5:10: onbekende eenheid 'mnths' in duur '3 mnths'; bedoelde u 'months' of 'month'?",
      "cases/a.yaml:7:13: 'chance' moet groter dan 0 en hoogstens 1 zijn, niet 1.5",
      "cases/b.yaml:4:5: 'ambulant' is een uurtarief: geef 'hours' (een totaal, of 'N per week' / 'N per month')",
      "cases/b.yaml:6:5: 'hours' hoort alleen bij uurtarieven; 'ots' rekent per month",
    ]);
  });

  it('YAML syntax errors point at the line', async () => {
    const r = await calc({ 'cases/c.yaml': 'case: c-1\ncurrent: [\nthreat: []\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/c.yaml:3:1: lijst of mapping tussen haakjes wordt niet gesloten met ']' (of springt niet ver genoeg in)\n");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a duplicate key is named', async () => {
    const r = await calc({ 'cases/c.yaml': `case: c-1\ncase: c-2\n${EMPTY_SCENARIOS}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/c.yaml:2:1: sleutel 'case' komt twee keer voor\n");
  });

  it('a missing scenario and a wrong type', async () => {
    const r = await calc({ 'cases/c.yaml': 'case: c-1\ncurrent: []\nthreat:\n  - rate: ots\n    count: veel\n' }, [], ['--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual(["cases/c.yaml:1:1: missing key 'breakthrough'; write `breakthrough: []` when there is nothing", "cases/c.yaml:5:12: 'count' must be a number, not text"]);
  });

  it('`for` beyond the horizon, zero durations and over-precise prices', async () => {
    const r = await calc({
      'cases/c.yaml': CASE('horizon: 6 months\ncurrent:\n  - rate: ots\n    for: 1 year\n  - rate: ots\n    for: 0 weeks\nthreat:\n  - item: X\n    price: 10.005\n    law: Wmo\n    payer: gemeente\nbreakthrough: []\n'),
    });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "cases/c.yaml:6:10: 'for: 1 year' is langer dan de horizon (6 months)",
      "cases/c.yaml:8:10: duur moet groter dan nul zijn ('0 weeks')",
      "cases/c.yaml:11:12: 'price' heeft meer dan 2 decimalen (10.005); bedragen zijn in hele centen",
    ]);
  });

  it('duplicate case ids across files', async () => {
    const r = await calc({ 'cases/a.yaml': CASE(EMPTY_SCENARIOS), 'cases/b.yaml': CASE(EMPTY_SCENARIOS) });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("cases/b.yaml:1:1: casus-id 'c-1' komt al voor in cases/a.yaml\n");
  });

  it('a path that does not exist', async () => {
    const r = await calc({}, ['nope/']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('nope/: bestand of map bestaat niet\n');
  });

  it('an empty file and a file of only comments', async () => {
    const r = await calc({ 'cases/a.yaml': '', 'cases/b.yaml': '# only a comment\n' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('cases/a.yaml: bestand is leeg\ncases/b.yaml: bestand is leeg\n');
  });

  it('a mapping where text or a mapping may stand: the problem inside it, not "must be text"', async () => {
    const r = await calc({ 'cases/c.yaml': CASE(`values:\n  betrokkenheid: { score: vier, txt: x }\n  legitimiteit: [a]\n${EMPTY_SCENARIOS}`) });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        "cases/c.yaml:4:27: 'score' moet een getal zijn, niet tekst",
        "cases/c.yaml:4:33: onbekende sleutel 'txt'; bedoelde u 'text'?",
        // A list is neither: the plain message.
        "cases/c.yaml:5:17: 'legitimiteit' moet tekst zijn, niet een lijst",
        '',
      ].join('\n'),
    );
  });

  it('usage errors exit 2', async () => {
    expect((await run(['calc'])).status).toBe(2);
    expect((await run(['calc', 'cases', '--format', 'pdf'])).status).toBe(2);
    expect((await run(['frobnicate'])).status).toBe(2);
    expect((await run(['calc', 'cases', '--lang', 'fr'])).status).toBe(2);
    expect((await run([])).status).toBe(2);
  });

  it('help and version exit 0', async () => {
    expect((await run(['--help'])).status).toBe(0);
    expect((await run(['--version'])).status).toBe(0);
    expect((await run(['calc', '--help', '--lang', 'en'])).stdout).toMatch(/--rates <file>/);
  });
});
