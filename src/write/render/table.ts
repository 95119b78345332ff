/** Terminal table (cli-table3). Colour only through the Style given (plain off a TTY). */
import Table from 'cli-table3';
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, formatInt, formatMoney } from '../i18n.js';
import type { Style } from '../style.js';

const MAX_TEXT = 44;

function cellText(c: Cell, m: MoneyStyle, st: Style): string {
  switch (c.kind) {
    case 'text':
      return c.text.length > MAX_TEXT ? c.text.slice(0, MAX_TEXT - 1) + '…' : c.text;
    case 'money': {
      const s = formatMoney(c.cents, m);
      const neg = typeof c.cents === 'bigint' ? c.cents < 0n : c.cents.n < 0n;
      return neg && s !== formatMoney(0n, m) ? st.red(s) : s;
    }
    case 'int':
      return formatInt(c.value, m.lang);
    default:
      return '';
  }
}

export function renderTable(g: Grid, m: MoneyStyle, st: Style): string {
  const t = new Table({
    head: g.header.map((h) => st.bold(h)),
    colAligns: [...g.align],
    style: { head: [], border: [], compact: true },
  });
  for (const row of g.rows) {
    const cells = row.cells.map((c) => cellText(c, m, st));
    const strong = row.kind === 'total' || row.kind === 'mean';
    t.push(strong ? cells.map((c) => st.bold(c)) : cells);
  }
  const lines = [] as string[];
  if (g.title) lines.push(st.bold(g.title), '');
  lines.push(t.toString());
  if (g.notes.length) lines.push('', ...g.notes);
  return lines.join('\n') + '\n';
}
