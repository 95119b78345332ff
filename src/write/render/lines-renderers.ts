/** `doorbraak calc --lines` in each of its formats: CSV, JSON Lines, or a workbook with the lines sheet. */
import type { LineRow } from '../../reports/lines.js';
import { linesGrid } from '../lines-grid.js';
import { renderCsv } from './csv.js';
import type { Render } from './formats.js';
import { renderLinesJson } from './lines-json.js';
import { renderLinesXlsx } from './xlsx-audit.js';

/** The formats of the line export: data for a spreadsheet, a pivot table or a database. */
export const LINES_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type LinesFormat = (typeof LINES_FORMATS)[number];

export const LINES_RENDERERS: Readonly<Record<LinesFormat, Render<readonly LineRow[], string | Uint8Array>>> = {
  csv: (rows, { money }) => renderCsv(linesGrid(rows, money), money),
  json: (rows) => renderLinesJson(rows),
  xlsx: (rows, { money }) => renderLinesXlsx(rows, money),
};

export function isLinesFormat(f: string): f is LinesFormat {
  return (LINES_FORMATS as readonly string[]).includes(f);
}
