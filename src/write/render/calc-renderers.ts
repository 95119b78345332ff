/** `doorbraak calc` in each of its formats: one renderer per format, chosen by --format. */
import type { CalcReport } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { EconomicsReport } from '../../reports/economics.js';
import type { CaseNotes } from '../../reports/notes.js';
import type { RateUse } from '../../reports/rates-used.js';
import type { ReturnsReport } from '../../reports/returns.js';
import { returnsGrids } from '../returns-grid.js';
import { returnsJson, withInvestmentTotals } from './returns-json.js';
import { calcGrid } from '../calc-grid.js';
import { councilGrids } from '../council-grid.js';
import { economicsGrids, economicsNotes } from '../economics-grid.js';
import type { Grid } from '../grid.js';
import type { MoneyStyle } from '../i18n/index.js';
import { stringifyJson } from '../json.js';
import { calcJson } from './calc-json.js';
import { renderCsvSections } from './csv.js';
import { economicsJson } from './economics-json.js';
import type { CalcFormat, Render } from './formats.js';
import { renderHtml } from './html.js';
import { renderMarkdownSections } from './markdown.js';
import { renderNotesMarkdown, renderNotesText } from './notes.js';
import { renderTables } from './table.js';
import { renderXlsx } from './xlsx-report.js';

/** What only the HTML and xlsx reports show: the rates used with their sources and one hash over every input. */
export interface Accountability {
  readonly rates: readonly RateUse[];
  /** sha256 over the sorted sha256 of every input file (src/reports/digest.ts). */
  readonly digest: string;
  readonly inputFiles: number;
  readonly version: string;
}

export interface CalcDocument {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  /** Investment and return, programme costs, who gains, evidence by grade (issue 16). */
  readonly returns?: ReturnsReport;
  /** The free text of the cases, only with --include-notes (case files describe vulnerable families). */
  readonly notes?: readonly CaseNotes[];
  /** Computed only for the formats that show it (it reads the price index file again). */
  readonly accountability: () => Accountability;
}

/** The main grid with the economics notes under it, the council sections, then the economics sections. */
function grids(d: CalcDocument, money: MoneyStyle): Grid[] {
  const g = calcGrid(d.calc, money);
  return [
    { ...g, notes: [...g.notes, ...economicsNotes(d.economics, money)] },
    ...councilGrids(d.calc, d.council, money),
    ...(d.returns ? returnsGrids(d.returns, d.calc, money) : []),
    ...economicsGrids(d.economics, money),
  ];
}

export const CALC_RENDERERS: Readonly<Record<CalcFormat, Render<CalcDocument, string | Uint8Array>>> = {
  table: (d, { money, terminal }) => renderTables(grids(d, money), money, terminal) + (d.notes ? renderNotesText(d.notes, money.lang) : ''),
  json: (d) => {
    const base = calcJson(d.calc, d.council, d.notes);
    const returns = d.returns ? { ...withInvestmentTotals(base, d.returns), ...returnsJson(d.returns) } : base;
    return stringifyJson({ ...returns, economics: economicsJson(d.economics) });
  },
  // A CSV file holds grids of figures; free text has no place in it (use json or md).
  csv: (d, { money }) => renderCsvSections(grids(d, money), money),
  md: (d, { money }) => renderMarkdownSections(grids(d, money), money) + (d.notes ? renderNotesMarkdown(d.notes, money.lang) : ''),
  html: (d, { money }) => renderHtml({ calc: d.calc, council: d.council, economics: d.economics, ...(d.returns ? { returns: d.returns } : {}), ...d.accountability() }, money),
  xlsx: (d, { money }) => renderXlsx({ calc: d.calc, council: d.council, economics: d.economics, ...(d.returns ? { returns: d.returns } : {}), ...d.accountability() }, money),
};
