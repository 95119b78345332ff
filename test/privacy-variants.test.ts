/**
 * Issue 12, items 5 and 6: the privacy scanner finds the Dutch spellings people actually write, stays
 * quiet on the bundled cases and rate sources, and is linear (a long string takes no time).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scanString } from '../src/data/privacy.js';
import { ROOT, cpuMs } from './helpers.js';

const kinds = (s: string) => scanString(s).map((f) => `${f.kind}:${f.text}`);

describe('scanString: Dutch spellings (item 6)', () => {
  it.each([
    // BSN 123456782 passes the eleven-test
    ['BSN 123.456.782', ['bsn:123.456.782']],
    ['BSN 123-456-782', ['bsn:123-456-782']],
    ['BSN 1234 56 782', ['bsn:1234 56 782']],
    ['BSN 123\u00a0456\u00a0782', ['bsn:123\u00a0456\u00a0782']],
    ['BSN \uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff12', ['bsn:\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff12']],
    ['bel (038) 123 45 67', ['phone:(038) 123 45 67']],
    ['bel (038)-1234567', ['phone:(038)-1234567']],
    ['bel 06.12.34.56.78', ['phone:06.12.34.56.78']],
    ['bel 06 - 123 456 78', ['phone:06 - 123 456 78']],
    ['bel 06/12345678', ['phone:06/12345678']],
    ['bel 06\u00a012345678', ['phone:06\u00a012345678']],
    ['rekening NL91.ABNA.0417.1643.00', ['iban:NL91.ABNA.0417.1643.00']],
    ['rekening NL91  ABNA  0417  1643  00', ['iban:NL91  ABNA  0417  1643  00']],
    ['rekening nl91 abna 0417 1643 00', ['iban:nl91 abna 0417 1643 00']],
    ['rekening NL91 ABNA 0417 1643 00 van moeder', ['iban:NL91 ABNA 0417 1643 00']],
    ['woont op 8011 ab 12', ['postcode:8011 ab 12']],
    ['Kerkstraat 12 8011 AB Zwolle', ['postcode:12 8011 AB']],
    ['Kerkstraat 12a, 8011 AB Zwolle', ['postcode:12a, 8011 AB']],
    ['Kerkstraat 12\n8011 AB Zwolle', ['postcode:12\n8011 AB']],
    ['8011 AB 12a', ['postcode:8011 AB 12a']],
    ['geboren 2009/03/03', ['birthdate:geboren 2009/03/03']],
    ['geboren op 3e maart 2009', ['birthdate:geboren op 3e maart 2009']],
    ['geb. 3 mrt. 2009', ['birthdate:geb. 3 mrt. 2009']],
    ['geb. 03/03/09', ['birthdate:geb. 03/03/09']],
    ['geboren 03.03.09 in Zwolle', ['birthdate:geboren 03.03.09']],
    ['sinds 3 mrt. 2023', ['date:3 mrt. 2023']],
    ['sinds 2023/03/12', ['date:2023/03/12']],
    ['mail j.jansen@example.org, bel 06-12345678', ['email:j.jansen@example.org', 'phone:06-12345678']],
  ])('%j', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });

  it.each([
    'tarief 2024 en 12 maanden',
    'in 2024 op 12 maart', // a year and a day, not a postcode
    'versie 1.2.10 van 2024',
    'codes 54001/54002/54004',
    'Kamerstuk 31 839, nr. 985',
    'Staatscourant 2023, 31554',
    'telefoon: 0 - 5 jaar', // too few digits
    '€ 1.234.567,89 in 2024',
    'ip 10.12.34.56',
    '3.5 to 4 hours',
  ])('no finding in %j', (s) => {
    expect(kinds(s)).toEqual([]);
  });
});

/** Every string (and every key) in a YAML file. */
function strings(file: string): string[] {
  const out: string[] = [];
  const walk = (n: unknown): void => {
    if (isMap(n)) for (const p of n.items) {
      walk(p.key);
      walk(p.value);
    }
    else if (isSeq(n)) for (const x of n.items) walk(x);
    else if (isScalar(n) && typeof n.value === 'string') out.push(n.value);
  };
  walk(parseDocument(readFileSync(file, 'utf8')).contents);
  // Comments are free text too.
  out.push(...readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().startsWith('#')));
  return out;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

describe('no false positives on the bundled files', () => {
  it('none in any string of cases/', () => {
    const files = yamlFiles(join(ROOT, 'cases'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => strings(f).flatMap((s) => kinds(s).map((k) => `${f}: ${k}`)));
    expect(found).toEqual([]);
  });

  it('none in the rate sources but their full dates (publication dates; rate tables are public and never scanned)', () => {
    const files = yamlFiles(join(ROOT, 'rates'));
    expect(files.length).toBe(3);
    const found = files.flatMap((f) => strings(f).flatMap((s) => kinds(s)));
    expect(found.filter((k) => !k.startsWith('date:'))).toEqual([]);
    // The guard reports any full date in a case file by design: it may be a date of birth.
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('the scanner is linear (item 5)', () => {
  // A quadratic step on 1 MB is 10^12 steps (hours); linear is well under a second. CPU time, so that a
  // busy machine does not fail it.
  it('100 KB of letters within 2 s, 1 MB of letters, digits, @, phone numbers and dates within 5 s', async () => {
    for (const [s, limit] of [
      ['a'.repeat(100_000), 2000],
      ['ab1.'.repeat(25_000), 2000],
      ['a'.repeat(1024 * 1024), 5000],
      ['0'.repeat(1024 * 1024), 5000],
      ['x@'.repeat(512 * 1024), 5000],
      ['06-12345678 '.repeat(90_000), 5000],
      ['geboren '.repeat(130_000), 5000],
    ] as const) {
      const { ms } = await cpuMs(() => scanString(s));
      expect(ms, `${s.slice(0, 12)}… (${s.length})`).toBeLessThan(limit);
    }
  });
});
