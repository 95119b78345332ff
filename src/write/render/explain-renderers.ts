/** `doorbraak explain` in each of its formats. */
import type { ExplainReport } from '../../reports/explain.js';
import { trackedExplainGrids as explainGrids } from '../explain-tracking-grid.js';
import { renderCsvSections } from './csv.js';
import { renderExplainJson } from './explain-json.js';
import type { Format, Render } from './formats.js';
import { renderMarkdownSections } from './markdown.js';
import { renderTables } from './table.js';

export const EXPLAIN_RENDERERS: Readonly<Record<Format, Render<ExplainReport>>> = {
  table: (r, { money, terminal, width }) => renderTables(explainGrids(r, money), money, terminal, width),
  json: (r) => renderExplainJson(r),
  csv: (r, { money }) => renderCsvSections(explainGrids(r, money), money),
  md: (r, { money }) => renderMarkdownSections(explainGrids(r, money), money),
};
