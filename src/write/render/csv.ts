/**
 * CSV as spreadsheets expect it: UTF-8 with BOM, CRLF line ends; under Dutch, ';' and a decimal comma
 * (what Dutch Excel opens correctly), under English ',' and a decimal point. Text cells that a
 * spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, plainNumber } from '../i18n.js';

export const BOM = '\uFEFF';

function quote(s: string, sep: string): string {
  let v = s;
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return v.includes(sep) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function cellText(c: Cell, m: MoneyStyle, sep: string): string {
  switch (c.kind) {
    case 'text':
      return quote(c.text, sep);
    case 'money':
      return plainNumber(c.cents, m);
    case 'int':
      return c.value.toString();
    default:
      return '';
  }
}

export function csvSeparator(m: MoneyStyle): string {
  return m.lang === 'nl' ? ';' : ',';
}

export function renderCsv(g: Grid, m: MoneyStyle): string {
  const sep = csvSeparator(m);
  const lines = [g.header.map((h) => quote(h, sep)).join(sep)];
  for (const row of g.rows) lines.push(row.cells.map((c) => cellText(c, m, sep)).join(sep));
  return BOM + lines.join('\r\n') + '\r\n';
}
