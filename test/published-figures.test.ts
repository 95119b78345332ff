/** The arithmetic of the published figures in design.md: the mean per case and projections. */
import { describe, expect, it } from 'vitest';
import { rat } from '../src/data/rational.js';
import { totalsOf } from '../src/reports/calc.js';
import { formatMoney } from '../src/write/i18n/index.js';

/** n cases whose baten add up to `euros` exactly (the first case carries the remainder). */
function cohort(euros: number, n: number) {
  const total = BigInt(euros) * 100n;
  const each = total / BigInt(n);
  return Array.from({ length: n }, (_, i) => {
    const b = i === 0 ? total - each * BigInt(n - 1) : each;
    return { current: 0n, threat: b, breakthrough: 0n, baten: b, besparing: 0n };
  });
}

describe('published figures', () => {
  it('Spoor 6: € 226,953 over 12 cases → € 18,913 per case (226,953 / 12 = 18,912.75)', () => {
    const t = totalsOf(cohort(226_953, 12));
    expect(t.baten).toBe(22_695_300n);
    expect(t.meanBaten).toEqual(rat(22_695_300, 12));
    expect(formatMoney(t.meanBaten, { lang: 'nl', cents: false })).toBe('€ 18.913');
    expect(formatMoney(t.meanBaten, { lang: 'en', cents: false })).toBe('€18,913');
    expect(formatMoney(t.meanBaten, { lang: 'nl', cents: true })).toBe('€ 18.912,75');
  });

  it('Veilige handen: € 323,005 over 6 cases → € 53,834 per case (53,834.1666…)', () => {
    const t = totalsOf(cohort(323_005, 6));
    expect(formatMoney(t.baten, { lang: 'nl', cents: false })).toBe('€ 323.005');
    expect(formatMoney(t.meanBaten, { lang: 'nl', cents: false })).toBe('€ 53.834');
    expect(t.meanBatenCents).toBe(5_383_417n); // 32,300,500 / 6 = 5,383,416.67 cents → 5,383,417
  });
});
