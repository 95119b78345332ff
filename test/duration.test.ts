import { describe, expect, it } from 'vitest';
import { isDuration, parseDuration, parseHours } from '../src/data/duration.js';
import { rat } from '../src/data/rational.js';

describe('durations convert through days', () => {
  it.each([
    ['3 months', rat(365 * 3, 12)], // 91.25 days
    ['6 maanden', rat(365 * 6, 12)],
    ['1 maand', rat(365, 12)],
    ['2 weeks', rat(14)],
    ['26 weken', rat(182)],
    ['90 dagen', rat(90)],
    ['1 day', rat(1)],
    ['1 year', rat(365)],
    ['2 jaren', rat(730)],
    ['1 jaar', rat(365)],
    ['1.5 months', rat(365 * 3, 24)],
    ['1,5 maand', rat(365 * 3, 24)],
  ])('%s', (text, days) => {
    const d = parseDuration(text);
    expect(isDuration(d) && d.days).toEqual(days);
  });

  it('rejects unknown units, zero, negatives and bare numbers', () => {
    expect(parseDuration('3 mnths')).toMatchObject({ kind: 'unit', unit: 'mnths' });
    expect(parseDuration('0 months')).toMatchObject({ kind: 'nonpositive' });
    expect(parseDuration('-2 weeks')).toMatchObject({ kind: 'nonpositive' });
    expect(parseDuration(3)).toMatchObject({ kind: 'no-unit' });
    expect(parseDuration('three months')).toMatchObject({ kind: 'format' });
  });

  it('reads hours as a total or per week/month', () => {
    expect(parseHours(40)).toEqual({ text: '40', amount: rat(40) });
    expect(parseHours('2 per week')).toEqual({ text: '2 per week', amount: rat(2), per: 'week' });
    expect(parseHours('4 per maand')).toEqual({ text: '4 per maand', amount: rat(4), per: 'month' });
    expect(parseHours('2 per fortnight')).toMatchObject({ kind: 'format' });
    expect(parseHours(0)).toMatchObject({ kind: 'nonpositive' });
  });
});
