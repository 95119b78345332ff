/** Folding text within a terminal column: an amount and a small-group mark stay with their word. */
import { describe, expect, it } from 'vitest';
import { wrapText } from '../src/write/render/table.js';

describe('wrapText', () => {
  it('folds at spaces within the width', () => {
    expect(wrapText('totaal veilige-handen', 14)).toBe('totaal\nveilige-handen');
  });
  it('keeps "€ 226.953" on one line', () => {
    expect(wrapText('baten € 226.953 in totaal', 10)).toBe('baten\n€ 226.953\nin totaal');
  });
  it('keeps the small-group mark with what it marks ("spoor-6 *", not a lone "*")', () => {
    expect(wrapText('totaal spoor-6 *', 14)).toBe('totaal\nspoor-6 *');
    expect(wrapText('totaal spoor-6 *', 16)).toBe('totaal spoor-6 *');
    // a word that fills the column leaves the mark to the next line, as before
    expect(wrapText('Participatiewet *', 15)).toBe('Participatiewet\n*');
  });
});
