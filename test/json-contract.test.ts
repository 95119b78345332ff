/** The `doorbraak.calc/1` JSON contract of design.md: keys, meanings, integer cents. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, run } from './helpers.js';

const cwd = join(FIXTURES, 'basic');
// --no-indexation: the core figures as written (indexation is pinned in test/economics-cli.test.ts).
const json = JSON.parse((await run(['calc', 'cohort-a', 'loose', '--rates', 'rates.yaml', '--no-indexation', '--format', 'json'], { cwd })).stdout);

describe('calc JSON contract', () => {
  it('has the versioned header', async () => {
    expect(json.schema).toBe('doorbraak.calc/1');
    expect(json.currency).toBe('EUR');
    expect(json.amounts).toBe('cents');
  });

  it('has the contract keys on every case, all amounts integer cents', async () => {
    for (const c of json.cases) {
      for (const k of ['id', 'title', 'cohort', 'current', 'threat', 'breakthrough', 'baten', 'besparing']) expect(c).toHaveProperty(k);
      for (const k of ['current', 'threat', 'breakthrough', 'baten', 'besparing']) expect(Number.isInteger(c[k])).toBe(true);
      expect(c.baten).toBe(c.threat - c.breakthrough);
      expect(c.besparing).toBe(c.current - c.breakthrough);
    }
    expect(json.cases.find((c: { id: string }) => c.id === 'a-1')).toMatchObject({
      cohort: 'cohort-a',
      current: 7_587_500,
      threat: 8_942_500,
      breakthrough: 1_305_600,
      baten: 7_636_900,
      besparing: 6_281_900,
    });
    expect(json.cases.find((c: { id: string }) => c.id === 'l-1').cohort).toBeNull();
  });

  it('totals are the sums of the cases and mean_baten is total / cases rounded to cents', async () => {
    const sum = (k: string) => json.cases.reduce((s: number, c: Record<string, number>) => s + c[k]!, 0);
    expect(json.totals).toEqual({
      cases: 3,
      current: sum('current'),
      threat: sum('threat'),
      breakthrough: sum('breakthrough'),
      baten: sum('baten'),
      besparing: sum('besparing'),
      mean_baten: 3_778_933, // 11,336,798 / 3 = 3,778,932.67 → 3,778,933
      // issue 16 (added keys): no line of the fixture is an investment, and net baten are the baten
      investment: sum('investment'),
      net_baten: sum('net_baten'),
    });
    expect(json.totals.investment).toBe(0);
    expect(json.totals.net_baten).toBe(json.totals.baten);
  });
});
