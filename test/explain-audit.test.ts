/**
 * explain a calculator can redo: index factors as products of the yearly changes, the per-year split
 * of every line of a multi-year case (so the present value can be rebuilt), and `from:` on every line
 * that has it, written as the months it means. Fixture and hand computations: test/lines.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXTURES, MINI_RATES, run, tempTree } from './helpers.js';

// Each test runs the CLI several times; on a busy machine that takes longer than the default 20 s.
vi.setConfig({ testTimeout: 90_000 });

const audit = join(FIXTURES, 'audit');

describe('explain: index factors as products of yearly changes', () => {
  it('2022 → 2024 = 1,038 × 1,033 = 1,072254; 2023 → 2024 = 1,033', async () => {
    const md = (await run(['explain', 'au-2', audit, '--format', 'md'])).stdout;
    expect(md).toContain('| 2022 | 2024 | 2023 +3,8%, 2024 +3,3% | 1,038 × 1,033 = 1,072254 | 1 |');
    expect(md).toContain('| 2023 | 2024 | 2024 +3,3% | 1,033 | 1 |');
    const en = (await run(['explain', 'au-2', audit, '--format', 'md', '--lang', 'en'])).stdout;
    expect(en).toContain('| 2022 | 2024 | 2023 +3.8%, 2024 +3.3% | 1.038 × 1.033 = 1.072254 | 1 |');
  });

  it('a price year after the report year: 1 / 1,033, and 1 / (1,033 × 1,023) with a provisional 2026', async () => {
    // --price-year 2023: ots (2024) × 1/1.033 = 1000/1033 = 0.968054…; begeleiding (2022) × 1.038
    const md = (await run(['explain', 'au-2', audit, '--format', 'md', '--price-year', '2023'])).stdout;
    expect(md).toContain('| 2022 | 2023 | 2023 +3,8% | 1,038 | 1 |');
    expect(md).toContain('| 2024 | 2023 | 2024 +3,3% | 1 / 1,033 = 0,968054… (1000/1033) | 2 |');
    // a 2026 price at 2024 prices: 1 / (1.033 × 1.023) = 1,000,000/1,056,759 = 0.94628955… → 0,94629… (6 places, the trailing 0 dropped); 2026 is provisional
    const dir = tempTree({
      'rates.yaml': MINI_RATES.replace('price_year: 2024', 'price_year: 2026'),
      'c.yaml': 'case: c\ntitle: C\ncurrent:\n  - rate: ots\nthreat: []\nbreakthrough: []\n',
    });
    const r = await run(['explain', 'c', '.', '--rates', 'rates.yaml', '--price-year', '2024', '--format', 'md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('| 2026 | 2024 | 2025 +3,3%, 2026 +2,3% (voorlopig) | 1 / (1,033 × 1,023) = 0,94629… (1000000/1056759) | 1 |');
    const j = JSON.parse((await run(['explain', 'c', '.', '--rates', 'rates.yaml', '--price-year', '2024', '--format', 'json'], { cwd: dir })).stdout);
    expect(j.index_factors[0]).toMatchObject({ from: 2026, to: 2024, inverse: true, factor: '1000000/1056759' });
    expect(j.index_factors[0].steps.map((x: { year: number; change: string; provisional: boolean }) => [x.year, x.change, x.provisional])).toEqual([
      [2025, '3.3', false],
      [2026, '2.3', true],
    ]);
  });

  it('JSON: every chain with its steps; the product of the steps is the factor', async () => {
    const j = JSON.parse((await run(['explain', 'au-1', audit, '--format', 'json'])).stdout);
    expect(j.index_factors).toEqual([
      {
        from: 2022,
        to: 2024,
        factor: '536127/500000',
        inverse: false,
        steps: [
          { year: 2023, change: '3.8', factor: '519/500', provisional: false },
          { year: 2024, change: '3.3', factor: '1033/1000', provisional: false },
        ],
        lines: 2,
      },
      { from: 2023, to: 2024, factor: '1033/1000', inverse: false, steps: [{ year: 2024, change: '3.3', factor: '1033/1000', provisional: false }], lines: 1 },
    ]);
    // 519/500 × 1033/1000 = 536127/500000
    expect(519 * 1033).toBe(536127);
  });
});

describe('explain: the per-year split of a multi-year case rebuilds the present value', () => {
  it('au-1 (2 jaar): each line per year, the weights 1 and 400/409, the present value exact and rounded', async () => {
    const j = JSON.parse((await run(['explain', 'au-1', audit, '--format', 'json'])).stdout);
    expect(j.discount_weights).toEqual(['1', '400/409']);
    expect(j.present_values).toEqual([
      // 1,200,000 + 1,200,000 × 400/409 = 970,800,000/409
      { scenario: 'current', index: 1, years: [1_200_000, 1_200_000], exact: '970800000/409', rounded: 2_373_594 },
      { scenario: 'current', index: 2, years: [357_826, 0], exact: '357826', rounded: 357_826 },
      // 1,549,500 × 400/409 = 619,800,000/409
      { scenario: 'threat', index: 1, years: [0, 1_549_500], exact: '619800000/409', rounded: 1_515_403 },
      { scenario: 'threat', index: 2, years: [1_200_000, 1_200_000], exact: '970800000/409', rounded: 2_373_594 },
      { scenario: 'breakthrough', index: 1, years: [150_000, 0], exact: '150000', rounded: 150_000 },
      // 178,913 + 357,826 × 400/409 = (73,175,417 + 143,130,400)/409 = 216,305,817/409
      { scenario: 'breakthrough', index: 2, years: [178_913, 357_826], exact: '216305817/409', rounded: 528_865 },
    ]);
    const md = (await run(['explain', 'au-1', audit, '--format', 'md'])).stdout;
    expect(md).toContain('## Per jaar per regel en contante waarde');
    expect(md).toContain('| **disconteringsfactor** |  |  | **1** | **0,977995… (400/409)** |  |  |  |');
    expect(md).toContain('| na doorbraak | 2 | begeleiding | € 1.789,13 | € 3.578,26 | € 5.367,39 | € 5.288,650782… (216305817/40900) | € 5.288,65 |');
  });

  it('a one-year case has no per-year section', async () => {
    const r = await run(['explain', 'vh-01', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ discount_weights: null, present_values: null });
    expect((await run(['explain', 'vh-01', '--format', 'md'])).stdout).not.toContain('Per jaar per regel');
  });
});

describe('explain: from: on every line that has it, as the months it means', () => {
  it('"vanaf maand 7: 18 maanden (horizon) − 6 maanden = 12 maanden = 365 dagen", not "18 maanden − maand 7"', async () => {
    const md = (await run(['explain', 'au-2', audit, '--format', 'md'])).stdout;
    expect(md).toContain(
      '| vanaf maand 7: 18 maanden (horizon) − 6 maanden = 12 maanden = 365 dagen; 2 per week × 365/7 weken = 104,285714… (730/7) uur |',
    );
    expect(md).not.toContain('− maand 7');
    // a one-off that starts later, and a line with both from and for
    expect(md).toContain('| vanaf maand 13: 1 (eenmalig) |');
    const au1 = (await run(['explain', 'au-1', audit, '--format', 'md'])).stdout;
    expect(au1).toContain('| vanaf maand 13: 60 dagen |');
    expect(au1).toContain('| vanaf maand 7: 24 maanden (horizon) − 6 maanden = 18 maanden = 547,5 dagen; 1 per week × 547,5/7 weken = 78,214286… (1095/14) uur |');
    const en = (await run(['explain', 'au-2', audit, '--format', 'md', '--lang', 'en'])).stdout;
    expect(en).toContain('| from month 7: 18 months (horizon) − 6 months = 12 months = 365 days; 2 per week × 365/7 weeks = 104.285714… (730/7) hours |');
  });

  it('the line export spells it the same way', async () => {
    const csv = (await run(['calc', audit, '--lines', '--format', 'csv'])).stdout;
    expect(csv).toContain(';"vanaf maand 7: 18 maanden (horizon) − 6 maanden = 12 maanden = 365 dagen; 2 per week × 365/7 weken = 104,285714… (730/7) uur";');
  });
});
