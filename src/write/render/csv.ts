/**
 * CSV as spreadsheets expect it: UTF-8 with BOM, CRLF line ends; under Dutch, ';' and a decimal comma
 * (what Dutch Excel opens correctly), under English ',' and a decimal point. Text cells that a
 * spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
import { escapeControls } from '../escape.js';
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, csvSeparator } from '../i18n/index.js';
import { cellText } from './cell.js';

export const BOM = '\uFEFF';

function quote(s: string, sep: string): string {
  let v = escapeControls(s);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A cell as a CSV field: text quoted where needed, numbers plain (no grouping, no euro sign). */
function csvCell(c: Cell, m: MoneyStyle, sep: string): string {
  const s = cellText(c, m, { plain: true });
  return c.kind === 'text' ? quote(s, sep) : s;
}

export function renderCsv(g: Grid, m: MoneyStyle): string {
  const sep = csvSeparator(m.lang);
  const lines = [g.header.map((h) => quote(h, sep)).join(sep)];
  for (const row of g.rows) lines.push(row.cells.map((c) => csvCell(c, m, sep)).join(sep));
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Several grids in one CSV file: the first exactly as renderCsv writes it (header on the first line),
 * then each further grid after an empty line, as a row with its title, its header and its rows.
 */
export function renderCsvSections(gs: readonly Grid[], m: MoneyStyle): string {
  const sep = csvSeparator(m.lang);
  const [first, ...rest] = gs;
  let out = first ? renderCsv(first, m) : BOM;
  for (const g of rest) {
    const lines = [''];
    if (g.title) lines.push(quote(g.title, sep));
    lines.push(g.header.map((h) => quote(h, sep)).join(sep));
    for (const row of g.rows) lines.push(row.cells.map((c) => csvCell(c, m, sep)).join(sep));
    out += lines.join('\r\n') + '\r\n';
  }
  return out;
}

/** A sentence after the grids, after an empty line, as one field (the rounding of whole euros). */
export function renderCsvNote(note: string, m: MoneyStyle): string {
  return '\r\n' + quote(note, csvSeparator(m.lang)) + '\r\n';
}
