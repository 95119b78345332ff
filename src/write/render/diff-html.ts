/**
 * `doorbraak diff --format html`: the diff report as one self-contained page, in the style of the calc
 * report (inline CSS, no scripts, fonts or images from elsewhere, no date). The tables are the same
 * grids the terminal and Markdown show. Formatting only.
 */
import type { DiffReport } from '../../reports/diff.js';
import { basisNote, diffGrids } from '../diff-grid.js';
import { type MoneyStyle, texts } from '../i18n/index.js';
import { esc } from '../svg.js';
import { htmlTable } from './html.js';
import { HTML_STYLE } from './html-style.js';

export function renderDiffHtml(r: DiffReport, style: MoneyStyle): string {
  const audit = texts(style.lang).audit;
  const basis = basisNote(r, style);
  const sections = diffGrids(r, style)
    // the price-year note stands under the title already
    .map((g) => ({ ...g, notes: g.notes.filter((n) => n !== basis) }))
    .map((g, i) => {
      const id = `diff-${i + 1}`;
      return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(g.title ?? '')}</h2>\n${htmlTable(g, style, { caption: false })}</section>\n`;
    })
    .join('');
  return (
    `<!DOCTYPE html>\n<html lang="${style.lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(audit.diffTitle)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n` +
    `<header>\n<p class="kicker">${esc(audit.diffKicker)}</p>\n<h1>${esc(audit.diffTitle)}</h1>\n` +
    `<p class="lede" id="diff-basis">${esc(basis)}</p>\n</header>\n` +
    sections +
    `</main>\n</body>\n</html>\n`
  );
}
