/** Markdown (GitHub-flavoured tables), for council notes and wikis. */
import type { Cell, Grid } from '../grid.js';
import { type MoneyStyle, formatInt, formatMoney } from '../i18n.js';
import { formatPermille } from '../i18n-reports.js';
import { escapeMarkdownText } from '../escape.js';

/** A cell, title or note: one line, no table breaks, no HTML, links or images, controls escaped. */
function esc(s: string): string {
  return escapeMarkdownText(s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}

function cellText(c: Cell, m: MoneyStyle): string {
  switch (c.kind) {
    case 'text':
      return esc(c.text);
    case 'money':
      return formatMoney(c.cents, c.showCents ? { ...m, cents: true } : m);
    case 'share':
      return formatPermille(c.permille, m.lang);
    case 'int':
      return formatInt(c.value, m.lang);
    default:
      return '';
  }
}

export function renderMarkdown(g: Grid, m: MoneyStyle): string {
  const lines: string[] = [];
  if (g.title) lines.push(`## ${esc(g.title)}`, '');
  lines.push(`| ${g.header.map(esc).join(' | ')} |`);
  lines.push(`|${g.align.map((a) => (a === 'right' ? '---:' : ':---')).join('|')}|`);
  for (const row of g.rows) {
    const strong = row.kind === 'total' || row.kind === 'subtotal';
    const cells = row.cells.map((c) => {
      const s = cellText(c, m);
      return strong && s ? `**${s}**` : s;
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (g.notes.length) lines.push('', ...g.notes.map(esc));
  return lines.join('\n') + '\n';
}

/** Several grids (sections of one report), one after another, separated by a blank line. */
export function renderMarkdownSections(gs: readonly Grid[], m: MoneyStyle): string {
  return gs.map((g) => renderMarkdown(g, m)).join('\n');
}
