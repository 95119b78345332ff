/**
 * Golden outputs of the real CLI, run as a subprocess on test/fixtures/basic. To accept a deliberate
 * change: UPDATE_GOLDEN=1 npx vitest run test/cli-golden.test.ts, then review the diff in test/golden/.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, run, golden } from './helpers.js';

const cwd = join(FIXTURES, 'basic');
// --no-indexation keeps the core arithmetic hand-computable: the fixture has rates priced in 2022 and
// 2014 (table year 2024), which the default would index (see test/economics-cli.test.ts for that).
const base = ['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--no-indexation'];

describe('calc golden outputs', () => {
  const cases: Array<[string, string[]]> = [
    ['calc.table.nl.txt', []],
    ['calc.table.nl.all.txt', ['--all']],
    ['calc.table.en.txt', ['--lang', 'en']],
    ['calc.table.nl.cents.txt', ['--cents']],
    ['calc.csv.nl.csv', ['--format', 'csv']],
    ['calc.csv.en.csv', ['--format', 'csv', '--lang', 'en']],
    ['calc.md.nl.md', ['--format', 'md']],
    ['calc.md.en.md', ['--format', 'md', '--lang', 'en', '--cents']],
    ['calc.json', ['--format', 'json']],
    // Every group of the 3-case fixture is smaller than 5 (docs/tracking.md): with --min-group 1 the breakdowns show their figures.
    ['calc.md.nl.min-group-1.md', ['--format', 'md', '--min-group', '1']],
  ];
  it.each(cases)('%s', async (name, extra) => {
    const r = await run([...base, ...extra], { cwd });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    golden(name, r.stdout);
  });

  it('json is the same whatever the language or --cents', async () => {
    const a = (await run([...base, '--format', 'json'], { cwd })).stdout;
    expect((await run([...base, '--format', 'json', '--lang', 'en', '--cents'], { cwd })).stdout).toBe(a);
  });

  it('no colour off a TTY, even with FORCE_COLOR unset; NO_COLOR wins over FORCE_COLOR', async () => {
    expect((await run(base, { cwd })).stdout).not.toMatch(/\x1b\[/);
    expect((await run(base, { cwd, env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
    expect((await run(base, { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });

  it('the bundled cases run with the bundled table', async () => {
    const r = await run(['calc', 'cases/']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/casussen, € [\d.]+ baten, € [\d.]+ per casus/);
  });

  // The bundled cases on an 80-column terminal (COLUMNS=80): the answer first, then with --all.
  it.each([
    ['calc.cases.80.txt', []],
    ['calc.cases.80.all.txt', ['--all']],
  ])('%s', async (name, extra) => {
    const r = await run(['calc', 'cases/', ...extra], { env: { COLUMNS: '80' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    golden(name, r.stdout);
  });
});
