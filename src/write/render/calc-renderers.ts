/** `doorbraak calc` in each of its formats: one renderer per format, chosen by --format. */
import { withInvestmentTotals, returnsJson } from './returns-json.js';
import { stringifyJson } from '../json.js';
import { texts } from '../i18n/index.js';
import { type CalcDocument, allGrids, allMarkdown, renderTerminal } from './calc-sections.js';
import { calcJson } from './calc-json.js';
import { renderCsvNote, renderCsvSections } from './csv.js';
import { economicsJson } from './economics-json.js';
import type { CalcFormat, Render } from './formats.js';
import { renderMarkdownSections } from './markdown.js';
import { documents } from './lazy-documents.js';

export type { Accountability, CalcDocument } from './calc-sections.js';

export const CALC_RENDERERS: Readonly<Record<CalcFormat, Render<CalcDocument, string | Uint8Array>>> = {
  // The answer first: the sections of src/write/render/calc-sections.ts that are shown, then what else there is.
  table: (d, { money, terminal, width }) => renderTerminal(d, { money, st: terminal, ...(width !== undefined ? { width } : {}) }),
  json: (d) => {
    const base = calcJson(d.calc, d.council, d.notes, d.tracking?.cases, d.tracking);
    const withReturns = d.returns ? { ...withInvestmentTotals(base, d.returns), ...returnsJson(d.returns) } : base;
    return stringifyJson({ ...withReturns, economics: economicsJson(d.economics) });
  },
  // A CSV file holds grids of figures; free text has no place in it (use json or md). In whole euros
  // its last line says that rows may not add up to the total by rounding.
  csv: (d, { money }) => renderCsvSections(allGrids(d, money, 'csv'), money) + (money.cents ? '' : renderCsvNote(texts(money.lang).calcView.roundingCsv, money)),
  md: (d, { money }) => allMarkdown(d, money, renderMarkdownSections),
  // Both are passed on: small groups show no figures there (docs/tracking.md).
  html: (d, { money }) => documents().renderHtml({ ...reportOf(d), ...d.accountability() }, money),
  xlsx: (d, { money }) => documents().renderXlsx({ ...reportOf(d), ...d.accountability() }, money),
};

/** What the HTML and xlsx reports are made of, besides the accountability. */
function reportOf(d: CalcDocument) {
  return { calc: d.calc, council: d.council, economics: d.economics, ...(d.returns ? { returns: d.returns } : {}), ...(d.tracking ? { tracking: d.tracking } : {}) };
}
