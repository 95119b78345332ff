/**
 * Terminal table: drawn by table-draw.ts as cli-table3 would draw it, or by cli-table3 itself (loaded
 * only then, src/write/lazy-table.ts) where that cannot be sure. Colour only through the Style given
 * (plain off a TTY).
 */
import { drawTable } from './table-draw.js';
import { cliTable } from '../lazy-table.js';
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, formatMoney } from '../i18n/index.js';
import type { Style } from '../style.js';
import { cellText, isNegative } from './cell.js';
import { escapeControls } from '../escape.js';
import { type FitColumn, MIN_TEXT, defaultFit, displayWidth, fitColumns } from './fit.js';

const MAX_TEXT = 44;

/** Break text into lines of at most `width` characters, at spaces where possible, inside words where not. */
export function wrapText(s: string, width: number): string {
  const out: string[] = [];
  let line = '';
  // An amount stays on one line: "€ 226.953", "€ -622".
  const words = s.split(/\s+/).filter((w) => w !== '');
  // ... and so does the small-group mark with what it marks, where both fit: "spoor-6 *".
  for (let i = words.length - 2; i >= 0; i--) {
    const mark = words[i + 1] === '*' && words[i]!.length + 2 <= width;
    if ((words[i] === '€' && /^-?\d/.test(words[i + 1]!)) || mark) words.splice(i, 2, `${words[i]} ${words[i + 1]}`);
  }
  for (const word of words) {
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

/** Text cut to `width` characters, the last one '…'. */
function cut(s: string, width: number): string {
  const chars = [...s];
  return chars.length > width ? chars.slice(0, Math.max(0, width - 1)).join('') + '…' : s;
}

/** The grid's columns as the terminal shows them: plain text, natural and narrowest widths. */
function columnsOf(g: Grid, m: MoneyStyle): FitColumn[] {
  const fit = defaultFit(g.header.length, g.fit);
  const whole = g.fullText === true || g.wrapAt !== undefined;
  return g.header.map((rawHeader, i) => {
    const header = escapeControls(rawHeader);
    const isText = g.rows.some((r) => r.cells[i]?.kind === 'text');
    // Long text is cut at MAX_TEXT characters unless the grid keeps it whole (as on a pipe before).
    const cells = g.rows.map((r) => {
      const c = r.cells[i];
      if (!c) return '';
      const s = c.kind === 'text' ? escapeControls(cellText(c, m)) : cellText(c, m);
      return c.kind === 'text' && !whole ? cut(s, MAX_TEXT) : s;
    });
    const widest = Math.max(0, ...cells.map(displayWidth));
    const keep = fit[i]!.keep;
    if (!isText) return { header, cells, mode: 'fixed', natural: widest, min: widest, keep };
    // The key column and text the grid keeps whole wrap at spaces; other text is cut ('…').
    const wrap = whole || keep === 0;
    const natural = g.wrapAt !== undefined ? Math.min(widest, g.wrapAt) : widest;
    const words = Math.max(1, ...cells.map((c) => Math.max(0, ...c.split(/\s+/).map((w) => [...w].length))));
    const min = Math.min(natural, keep === 0 ? words : (fit[i]!.minWidth ?? (wrap ? Math.min(Math.max(words, 8), MIN_TEXT) : MIN_TEXT)));
    return { header, cells, mode: wrap ? 'wrap' : 'cut', natural, min, keep };
  });
}

/** A cell within its column's width: text cut or wrapped, negative amounts in red. */
function terminalCell(c: Cell | undefined, s: string, col: FitColumn, width: number, m: MoneyStyle, st: Style): string {
  if (!c) return '';
  if (c.kind !== 'text') return isNegative(c) && s !== formatMoney(0n, m) ? st.red(s) : s;
  if (displayWidth(s) <= width) return s;
  return col.mode === 'wrap' ? wrapText(s, width) : cut(s, width);
}

/**
 * A grid as one or more terminal tables: with `width` (a terminal's columns) headers wrap, text is
 * shortened and the least important columns move to a table below (src/write/render/fit.ts); without
 * it, every column at its natural width.
 */
export function renderTable(g: Grid, m: MoneyStyle, st: Style, width?: number): string {
  const cols = columnsOf(g, m);
  const tables = fitColumns(cols, width).map((part, p) => {
    const head = part.columns.map((i, k) => {
      const h = cols[i]!.header;
      return (displayWidth(h) > part.widths[k]! ? wrapText(h, part.widths[k]!) : h)
        .split('\n')
        .map((line) => st.bold(line))
        .join('\n');
    });
    const colAligns = part.columns.map((i) => g.align[i]!);
    // A table below the first (the columns that did not fit) leaves out the rows with nothing in its
    // own columns (the mean of the baten, shown above), rather than a row that reads as missing data.
    const shown = (r: number): boolean => p === 0 || part.columns.some((i) => cols[i]!.keep !== 0 && cols[i]!.cells[r] !== '');
    const rows = g.rows.flatMap((row, r) => {
      if (!shown(r)) return [];
      const cells = part.columns.map((i, k) => terminalCell(row.cells[i], cols[i]!.cells[r]!, cols[i]!, part.widths[k]!, m, st));
      const strong = row.kind === 'total' || row.kind === 'mean';
      return [strong ? cells.map((c) => st.bold(c)) : cells];
    });
    return drawTable(head, rows, colAligns) ?? cliTableString(head, rows, colAligns);
  });
  const fold = (raw: string): string => {
    const s = escapeControls(raw);
    return width !== undefined && displayWidth(s) > width ? wrapText(s, width) : s;
  };
  const lines = [] as string[];
  if (g.title) lines.push(st.bold(fold(g.title)), '');
  lines.push(tables.join('\n'));
  if (g.notes.length) lines.push('', ...g.notes.map(fold));
  return lines.join('\n') + '\n';
}

/** The table as cli-table3 draws it. */
export function cliTableString(head: string[], rows: readonly string[][], colAligns: Array<'left' | 'right'>): string {
  const t = new (cliTable().Table)({ head, colAligns, style: { head: [], border: [], compact: true } });
  for (const r of rows) t.push(r);
  return t.toString();
}

/** Several grids (sections of one report), one after another, separated by a blank line. */
export function renderTables(gs: readonly Grid[], m: MoneyStyle, st: Style, width?: number): string {
  return gs.map((g) => renderTable(g, m, st, width)).join('\n');
}
