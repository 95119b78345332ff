/** Terminal table (cli-table3). Colour only through the Style given (plain off a TTY). */
import Table from 'cli-table3';
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, formatInt, formatMoney } from '../i18n.js';
import type { Style } from '../style.js';
import { formatPermille } from '../i18n-reports.js';
import { escapeControls } from '../escape.js';

const MAX_TEXT = 44;

function cellText(c: Cell, m: MoneyStyle, st: Style, full = false): string {
  switch (c.kind) {
    case 'text': {
      const t = escapeControls(c.text);
      return !full && t.length > MAX_TEXT ? t.slice(0, MAX_TEXT - 1) + '…' : t;
    }
    case 'money': {
      const s = formatMoney(c.cents, c.showCents ? { ...m, cents: true } : m);
      const neg = typeof c.cents === 'bigint' ? c.cents < 0n : c.cents.n < 0n;
      return neg && s !== formatMoney(0n, m) ? st.red(s) : s;
    }
    case 'share':
      return formatPermille(c.permille, m.lang);
    case 'int':
      return formatInt(c.value, m.lang);
    default:
      return '';
  }
}

/** Break text into lines of at most `width` characters, at spaces where possible, inside words where not. */
export function wrapText(s: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter((w) => w !== '')) {
    let w = word;
    if (line && line.length + 1 + w.length <= width) {
      line += ' ' + w;
      continue;
    }
    if (line) out.push(line);
    while (w.length > width) {
      out.push(w.slice(0, width));
      w = w.slice(width);
    }
    line = w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

export function renderTable(g: Grid, m: MoneyStyle, st: Style): string {
  const t = new Table({
    head: g.header.map((h) => st.bold(escapeControls(h))),
    colAligns: [...g.align],
    style: { head: [], border: [], compact: true },
  });
  for (const row of g.rows) {
    const cells = row.cells.map((c) => {
      const s = cellText(c, m, st, g.fullText === true);
      return g.wrapAt && c.kind === 'text' ? wrapText(s, g.wrapAt) : s;
    });
    const strong = row.kind === 'total' || row.kind === 'mean';
    t.push(strong ? cells.map((c) => st.bold(c)) : cells);
  }
  const lines = [] as string[];
  if (g.title) lines.push(st.bold(escapeControls(g.title)), '');
  lines.push(t.toString());
  if (g.notes.length) lines.push('', ...g.notes.map(escapeControls));
  return lines.join('\n') + '\n';
}

/** Several grids (sections of one report), one after another, separated by a blank line. */
export function renderTables(gs: readonly Grid[], m: MoneyStyle, st: Style): string {
  return gs.map((g) => renderTable(g, m, st)).join('\n');
}
