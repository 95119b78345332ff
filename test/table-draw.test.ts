/**
 * src/write/render/table-draw.ts draws the terminal table without cli-table3, and must draw exactly
 * what cli-table3 draws with the options of src/write/render/table.ts, or leave it to cli-table3
 * (undefined). Random tables: plain and coloured text (chalk, as the terminal gets it), several lines
 * per cell, empty cells, every alignment, wide and combining characters, emoji, stray escapes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../src/write/render/table-draw.js';
import { cliTableString } from '../src/write/render/table.js';
import { makeStyle } from '../src/write/style.js';

const st = makeStyle(true);
const chars = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom(...'abcXYZ 019.,-€…–—‘’“”éëïçñÅøß()/:%'.split(''), ...['−', '·', '¼', 'ŀ', 'ǅ']) },
  // outside the set drawTable measures itself: cli-table3 must draw these
  { weight: 1, arbitrary: fc.constantFrom('中', 'ｱ', '😀', 'e\u0301', '\u200b', '\t', '\u001b[3m', '\u001b]8;;x\u0007', '‼') },
);
const word = fc.array(chars, { minLength: 0, maxLength: 12 }).map((a) => a.join(''));
const line = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => st.bold(w)) },
  { weight: 1, arbitrary: word.map((w) => st.red(w)) },
  { weight: 1, arbitrary: word.map((w) => st.bold(st.red(w))) },
  { weight: 1, arbitrary: word.map((w) => st.dim(w) + st.green(w)) },
  // colour left open or closed on another line: cli-table3 reopens it per line
  { weight: 1, arbitrary: word.map((w) => `\u001b[1m${w}`) },
  { weight: 1, arbitrary: word.map((w) => `\u001b[31m${w}\u001b[0m`) },
);
const cell = fc.oneof({ weight: 5, arbitrary: line }, { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) });
const bolded = (c: string) => st.bold(c);

describe('drawTable draws what cli-table3 draws', () => {
  it('random tables', () => {
    let drawn = 0;
    let total = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(
            fc.array(cell, { minLength: n, maxLength: n }),
            fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 0, maxLength: 5 }),
            fc.array(fc.constantFrom('left', 'right', 'center'), { minLength: n, maxLength: n }),
            fc.boolean(),
          ),
        ),
        ([head, rows, aligns, strong]) => {
          const body = strong ? rows.map((r) => r.map(bolded)) : rows;
          const mine = drawTable(head, body, aligns);
          total++;
          if (mine === undefined) return;
          drawn++;
          expect(mine).toBe(cliTableString(head, body, aligns as Array<'left' | 'right'>));
        },
      ),
      { numRuns: Number(process.env.TABLE_DRAW_RUNS ?? 3000) },
    );
    if (process.env.TABLE_DRAW_RUNS) console.log(`drawn ${drawn} of ${total}`);
    // most random tables are drawn here, and some are left to cli-table3
    expect(drawn).toBeGreaterThan(total / 10);
    expect(drawn).toBeLessThan(total);
  });

  it('the plain tables of a report, the usual case', () => {
    const head = ['casus', 'titel', 'baten'];
    const rows = [
      ['vh-01', 'Gezin met schulden en\nhuisuitzetting', '€ 12.345'],
      ['s6-01', 'Jongere (16) — zorg', '€ -622'],
      [st.bold('totaal'), '', st.bold(st.red('€ -1'))],
    ];
    for (const aligns of [['left', 'left', 'right'], ['right', 'center', 'left']] as const) {
      const mine = drawTable(head, rows, aligns);
      expect(mine).toBeDefined();
      expect(mine).toBe(cliTableString(head, rows, aligns as unknown as Array<'left' | 'right'>));
    }
    expect(drawTable(head, [], ['left', 'left', 'right'])).toBe(cliTableString(head, [], ['left', 'left', 'right']));
  });
});
