/** `doorbraak diff` in each of its formats: a grid per section, or one long grid for CSV. */
import type { DiffReport } from '../../reports/diff.js';
import { diffGrids, diffLongGrid } from '../diff-grid.js';
import { renderCsv } from './csv.js';
import { renderDiffJson } from './diff-json.js';
import { FORMATS, type Render } from './formats.js';
import { documents } from './lazy-documents.js';
import { renderMarkdownSections } from './markdown.js';
import { renderTables } from './table.js';

/** The formats of diff: those of every report command, and a self-contained HTML page. */
export const DIFF_FORMATS = [...FORMATS, 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_RENDERERS: Readonly<Record<DiffFormat, Render<DiffReport>>> = {
  table: (r, { money, terminal, width }) => renderTables(diffGrids(r, money), money, terminal, width),
  json: (r) => renderDiffJson(r),
  csv: (r, { money }) => renderCsv(diffLongGrid(r, money), money),
  md: (r, { money }) => renderMarkdownSections(diffGrids(r, money), money),
  html: (r, { money }) => documents().renderDiffHtml(r, money),
};
