/** The privacy guard (src/data/privacy.ts, src/read/privacy-input.ts): true positives, false positives, positions, masking. */
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../src/read/load.js';
import { privacyDiagnostics, scanParsed } from '../src/read/privacy-input.js';
import { ibanValid, mask, passesElevenTest, scanString } from '../src/data/privacy.js';
import { parseYaml } from '../src/read/yaml.js';
import { formatDiagnostic } from '../src/write/i18n/index.js';
import { ROOT, tempTree } from './helpers.js';
import { join } from 'node:path';

const kinds = (s: string) => scanString(s).map((f) => `${f.kind}:${f.text}`);

describe('BSN eleven-test', () => {
  it('accepts numbers that pass it', () => {
    // 1·9 + 1·8 + 1·7 + 2·6 + 2·5 + 2·4 + 3·3 + 3·2 − 3 = 66 = 6 · 11
    expect(passesElevenTest('111222333')).toBe(true);
    // 9 + 16 + 21 + 24 + 25 + 24 + 21 + 16 − 2 = 154 = 14 · 11
    expect(passesElevenTest('123456782')).toBe(true);
  });
  it('rejects numbers that fail it, and all zeros', () => {
    // 156 − 9 = 147 = 13 · 11 + 4
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
  });
});

describe('IBAN mod-97', () => {
  it('checks the check digits', () => {
    expect(ibanValid('NL91ABNA0417164300')).toBe(true);
    expect(ibanValid('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(ibanValid('nl91abna0417164300')).toBe(true);
    expect(ibanValid('NL92ABNA0417164300')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  });
});

describe('scanString: true positives', () => {
  it.each([
    ['BSN 111222333 van moeder', ['bsn:111222333']],
    ['bsn: 1234.56.782', ['bsn:1234.56.782']],
    ['bsn 123 456 782', ['bsn:123 456 782']],
    // 8 digits: a BSN whose leading zero was dropped; 0,1,2,3,4,5,6,7,2 → 8+14+18+20+20+18+14 − 2 = 110
    ['nummer 12345672', ['bsn:12345672']],
    ['mail j.jansen@example.org graag', ['email:j.jansen@example.org']],
    ['bel 06-12345678', ['phone:06-12345678']],
    ['bel 06 1234 5678 of 0612345678', ['phone:06 1234 5678', 'phone:0612345678']],
    ['kantoor 020-1234567', ['phone:020-1234567']],
    ['+31 6 12345678', ['phone:+31 6 12345678']],
    ['+31 (0)20 1234567', ['phone:+31 (0)20 1234567']],
    ['0031 6 12345678', ['phone:0031 6 12345678']],
    ['rekening NL91ABNA0417164300', ['iban:NL91ABNA0417164300']],
    ['rekening NL91 ABNA 0417 1643 00.', ['iban:NL91 ABNA 0417 1643 00']],
    ['woont op 8011 AB 12', ['postcode:8011 AB 12']],
    ['8011AB 12', ['postcode:8011AB 12']],
    ['Kerkstraat 12, 8011 AB Zwolle', ['postcode:12, 8011 AB']],
    ['geboren 12-03-2015', ['birthdate:geboren 12-03-2015']],
    ['Geboortedatum: 2015-03-12', ['birthdate:Geboortedatum: 2015-03-12']],
    ['geb. 2012, zoon', ['birthdate:geb. 2012']],
    ['zoon (geboren 3 maart 2011)', ['birthdate:geboren 3 maart 2011']],
    ['uithuisplaatsing op 12-03-2023', ['date:12-03-2023']],
    ['sinds 2023-03-12', ['date:2023-03-12']],
    ['sinds 1 januari 2023', ['date:1 januari 2023']],
  ])('%s', (s, want) => {
    expect(kinds(s)).toEqual(want);
  });
});

describe('scanString: false positives it must not report', () => {
  it.each([
    'Pleegzorgvergoeding aan groepsleider',
    'Jeugdwet art. 2.3 en Wmo 2015 art. 2.3.5',
    'kosten 123456789 euro', // fails the eleven-test
    '€ 226.953 over 12 casussen, € 18.913 per casus',
    'zie https://www.zwolle.nl/sites/default/files/2024-03/rapport.pdf p. 12',
    '6 maanden, 2 per week, 40 uur',
    'in 2012 verhuisd', // a year alone
    'postcode 8011 AB', // a postcode alone, without house number
    'tarief 2024 en 12 maanden',
    'ABNA0417164300', // no country code: not an IBAN, digits glued to letters
    'NL92ABNA0417164300', // fails mod-97
    '13-13-2015', // no such month
    'score 0,5 en 10.5',
    'dossier 2024-0012',
    'Bedrag 1.234.567,00',
  ])('%s', (s) => {
    expect(kinds(s)).toEqual([]);
  });
});

describe('mask', () => {
  it('keeps the shape, not the value', () => {
    expect(mask('06-12345678')).toBe('0*-*******8');
    expect(mask('111222333')).toBe('1*******3');
    expect(mask('j.jansen@example.org')).toBe('j.******@*******.**g');
    expect(mask('8011 AB 12')).toBe('8*** ** *2');
  });
});

describe('scanParsed', () => {
  const doc = [
    'case: c-1',
    'title: Gezin Jansen, 8011 AB 12', // 2
    'values:',
    '  betrokkenheid: moeder bereikbaar op 06-12345678', // 4
    '  "BSN 111222333": ja', // 5: a key under values is free text too
    'current:',
    '  - rate: ots',
    '    price: 123456782', // 8: a number, not a string: not a BSN
    '    note: |', // 9 (a block scalar: the position is found in the source all the same)
    '      mail naar j.jansen@example.org', // 10
    'threat:',
    '  - item: Bewind voor NL91ABNA0417164300', // 12
    '    price: 1',
    '    law: Wmo',
    '    payer: gemeente',
    "    note: '111222333'", // 16
    'breakthrough: []',
  ].join('\n');
  const { parsed } = parseYaml(doc, 'c.yaml');

  it('finds every string, at the exact place, with the key named and the value masked', () => {
    const ds = scanParsed(parsed!, { severity: 'warning' });
    expect(ds.map((d) => formatDiagnostic(d, 'nl'))).toEqual([
      "c.yaml:2:22: waarschuwing: 'title' lijkt een postcode met huisnummer te bevatten (8*** ** *2); een casusbestand hoort gepseudonimiseerd te zijn",
      "c.yaml:4:39: waarschuwing: 'values.betrokkenheid' lijkt een telefoonnummer te bevatten (0*-*******8); een casusbestand hoort gepseudonimiseerd te zijn",
      "c.yaml:5:8: waarschuwing: 'values.B** ********3' lijkt een burgerservicenummer (BSN) te bevatten (1*******3); een casusbestand hoort gepseudonimiseerd te zijn",
      "c.yaml:10:17: waarschuwing: 'current[0].note' lijkt een e-mailadres te bevatten (j.******@*******.**g); een casusbestand hoort gepseudonimiseerd te zijn",
      "c.yaml:12:23: waarschuwing: 'threat[0].item' lijkt een IBAN (rekeningnummer) te bevatten (N****************0); een casusbestand hoort gepseudonimiseerd te zijn",
      "c.yaml:16:12: waarschuwing: 'threat[0].note' lijkt een burgerservicenummer (BSN) te bevatten (1*******3); een casusbestand hoort gepseudonimiseerd te zijn",
    ]);
  });

  it('errors under --privacy, English on request, and never the full value', () => {
    const ds = scanParsed(parsed!, { severity: 'error' });
    expect(ds.every((d) => d.severity === 'error')).toBe(true);
    const text = ds.map((d) => formatDiagnostic(d, 'en')).join('\n');
    expect(text).toContain("c.yaml:4:39: 'values.betrokkenheid' seems to contain a phone number (0*-*******8); a case file should be pseudonymised");
    for (const secret of ['06-12345678', '111222333', 'j.jansen@example.org', 'NL91ABNA0417164300', '8011 AB 12']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('privacyDiagnostics over loaded inputs', () => {
  it('scans case and cohort files, not rate tables', () => {
    const dir = tempTree({
      'rates.yaml': 'table: t\ntitle: "Bron: info@example.org"\ncurrency: EUR\nprice_year: 2024\nrates: []\n',
      'k/cohort.yaml': 'cohort: k\ntitle: Contact 06-12345678\n',
      'k/c.yaml': 'case: c-1\ntitle: Gezin\ncurrent: []\nthreat: []\nbreakthrough: []\n',
    });
    const inputs = loadInputs(['k', 'rates.yaml'], { cwd: dir });
    const ds = privacyDiagnostics(inputs, { severity: 'error' });
    expect(ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.args.kind}`)).toEqual(['k/cohort.yaml:2:16 phone']);
  });

  it('finds nothing in the bundled illustrative cases', () => {
    const inputs = loadInputs([join(ROOT, 'cases')], { cwd: ROOT });
    expect(inputs.files.length).toBeGreaterThan(3);
    expect(privacyDiagnostics(inputs, { severity: 'warning' }).map((d) => formatDiagnostic(d, 'en'))).toEqual([]);
  });
});
