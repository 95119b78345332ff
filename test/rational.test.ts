import { describe, expect, it } from 'vitest';
import { add, cmp, div, fromNumber, hasAtMostDecimals, mul, parseDecimal, rat, roundHalfAwayFromZero, toDecimalString } from '../src/data/rational.js';

describe('rational arithmetic', () => {
  it('keeps 365/12 exact: 12 months are 365 days', () => {
    expect(mul(rat(365, 12), rat(12))).toEqual(rat(365));
    expect(add(rat(1, 3), rat(2, 3))).toEqual(rat(1));
    expect(div(rat(1), rat(3))).toEqual(rat(1, 3));
    expect(cmp(rat(365, 12), rat(30))).toBe(1);
  });

  it('rounds half away from zero', () => {
    expect(roundHalfAwayFromZero(rat(5, 2))).toBe(3n);
    expect(roundHalfAwayFromZero(rat(-5, 2))).toBe(-3n);
    expect(roundHalfAwayFromZero(rat(7, 3))).toBe(2n); // 2.333…
    expect(roundHalfAwayFromZero(rat(-7, 3))).toBe(-2n);
    expect(roundHalfAwayFromZero(rat(15, 2))).toBe(8n); // 7.5 → 8
    expect(roundHalfAwayFromZero(rat(1891275, 100))).toBe(18913n); // 18,912.75 → 18,913
  });

  it('reads decimals exactly, not as floats', () => {
    expect(parseDecimal('163.59')).toEqual(rat(16359, 100));
    expect(parseDecimal('1,5')).toEqual(rat(3, 2));
    expect(parseDecimal('1e3')).toBeUndefined();
    expect(fromNumber(0.1)).toEqual(rat(1, 10));
    expect(fromNumber(1000.01)).toEqual(rat(100001, 100));
    expect(hasAtMostDecimals(rat(16359, 100), 2)).toBe(true);
    expect(hasAtMostDecimals(rat(1234, 1000), 2)).toBe(false);
    expect(toDecimalString(rat(365, 12), 4)).toBe('30.4167');
  });
});
