/** `check` runs the privacy guard: warnings by default (exit 0), errors with --privacy (exit 1). */
import { describe, expect, it } from 'vitest';
import { run, tempTree } from './helpers.js';

const CASE = 'case: p-1\ntitle: Mail jan@example.nl of bel 06-12345678\ncurrent: []\nthreat: []\nbreakthrough: []\n';

describe('check and privacy', () => {
  it('plain check warns and exits 0', async () => {
    const dir = tempTree({ 'c/p.yaml': CASE });
    expect(await run(['check', 'c'], { cwd: dir })).toEqual({
      status: 0,
      stdout: '',
      stderr:
        "c/p.yaml:2:13: waarschuwing: 'title' lijkt een e-mailadres te bevatten (j**@*******.*l); een casusbestand hoort gepseudonimiseerd te zijn\n" +
        "c/p.yaml:2:35: waarschuwing: 'title' lijkt een telefoonnummer te bevatten (0*-*******8); een casusbestand hoort gepseudonimiseerd te zijn\n",
    });
  });

  it('check --privacy makes the findings errors and exits 1; the value is never printed in full', async () => {
    const dir = tempTree({ 'c/p.yaml': CASE });
    const r = await run(['check', 'c', '--privacy', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "c/p.yaml:2:13: 'title' seems to contain an e-mail address (j**@*******.*l); a case file should be pseudonymised\n" +
        "c/p.yaml:2:35: 'title' seems to contain a phone number (0*-*******8); a case file should be pseudonymised\n",
    );
    expect(r.stderr).not.toContain('jan@example.nl');
    expect(r.stderr).not.toContain('12345678');
  });

  it('check prices as calc does: a price year the index does not have is an error in both', async () => {
    const dir = tempTree({ 'c/y.yaml': 'case: y-1\ncurrent:\n  - item: X\n    price: 10\n    price_year: 2031\n    law: Wmo\n    payer: gemeente\nthreat: []\nbreakthrough: []\n' });
    // One problem per (file, year): the custom item's own 2031 cannot be brought to 2026 (the default table's year).
    const msg =
      "c/y.yaml:3:5: geen indexcijfer voor 2031 in cpi-nl (de reeks loopt van 2005 tot en met 2026), dus 1 regel met een eigen post of eigen prijs in dit bestand kan niet naar prijspeil 2026: c/y.yaml:3:5. " +
      "Oplossing: geef een reeks met 2031 (--price-index BESTAND); reken zonder indexatie (--no-indexation); vul cpi-nl aan met een cijfer voor 2031, desnoods voorlopig ('provisional: true'); of geef deze prijzen een 'price_year' binnen de reeks (op de regel, de casus of het cohort).\n";
    expect(await run(['check', 'c'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: msg });
    expect(await run(['calc', 'c'], { cwd: dir })).toEqual({ status: 1, stdout: '', stderr: msg });
  });

  it('the bundled cases pass check --privacy', async () => {
    expect(await run(['check', 'cases/', '--privacy'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});
