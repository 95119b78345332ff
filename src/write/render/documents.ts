/**
 * The document formats: the HTML report, the workbooks (the report's, the lines', the cases' of
 * template and export), the HTML diff. Reached through
 * src/write/render/lazy-documents.ts, so that a run that writes none of them does not load them.
 */
export { casesWorkbook } from '../case-workbook.js';
export { renderDiffHtml } from './diff-html.js';
export { renderHtml } from './html.js';
export { linesFitSheet, renderLinesXlsx } from './xlsx-audit.js';
export { renderXlsx } from './xlsx-report.js';
