/** Terminal table (cli-table3). Colour only through the Style given (plain off a TTY). */
import Table from 'cli-table3';
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, formatMoney } from '../i18n/index.js';
import type { Style } from '../style.js';
import { escapeControls } from '../escape.js';
import { cellText, isNegative } from './cell.js';

const MAX_TEXT = 44;

/** A cell for the terminal: long text cut short (unless the grid keeps it whole), negative amounts in red. */
function terminalCell(c: Cell, m: MoneyStyle, st: Style, full: boolean): string {
  const s = cellText(c, m);
  if (c.kind === 'text') {
    const t = escapeControls(s);
    return !full && t.length > MAX_TEXT ? t.slice(0, MAX_TEXT - 1) + '…' : t;
  }
  return isNegative(c) && s !== formatMoney(0n, m) ? st.red(s) : s;
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
      const s = terminalCell(c, m, st, g.fullText === true);
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
