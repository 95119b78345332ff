/** `doorbraak diff` in each of its formats: a grid per section, or one long grid for CSV. */
import type { DiffReport } from '../../reports/diff.js';
import { diffGrids, diffLongGrid } from '../diff-grid.js';
import { renderCsv } from './csv.js';
import { renderDiffJson } from './diff-json.js';
import type { Format, Render } from './formats.js';
import { renderMarkdownSections } from './markdown.js';
import { renderTables } from './table.js';

export const DIFF_RENDERERS: Readonly<Record<Format, Render<DiffReport>>> = {
  table: (r, { money, terminal }) => renderTables(diffGrids(r, money), money, terminal),
  json: (r) => renderDiffJson(r),
  csv: (r, { money }) => renderCsv(diffLongGrid(r, money), money),
  md: (r, { money }) => renderMarkdownSections(diffGrids(r, money), money),
};
