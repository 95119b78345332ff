/** Markdown (GitHub-flavoured tables), for council notes and wikis. */
import { escapeMarkdownText } from '../escape.js';
import type { Grid } from '../grid.js';
import type { MoneyStyle } from '../i18n/index.js';
import { cellText } from './cell.js';

function esc(s: string): string {
  return escapeMarkdownText(s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}

export function renderMarkdown(g: Grid, m: MoneyStyle): string {
  const lines: string[] = [];
  if (g.title) lines.push(`## ${esc(g.title)}`, '');
  lines.push(`| ${g.header.map(esc).join(' | ')} |`);
  lines.push(`|${g.align.map((a) => (a === 'right' ? '---:' : ':---')).join('|')}|`);
  for (const row of g.rows) {
    const strong = row.kind === 'total' || row.kind === 'subtotal';
    const cells = row.cells.map((c) => {
      const s = esc(cellText(c, m));
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
