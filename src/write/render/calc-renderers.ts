/** `doorbraak calc` in each of its formats: one renderer per format, chosen by --format. */
import type { CalcReport } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { EconomicsReport } from '../../reports/economics.js';
import type { CaseNotes } from '../../reports/notes.js';
import type { RateUse } from '../../reports/rates-used.js';
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
import type { TrackingReport } from '../../reports/tracking.js';
import type { Disclosure } from '../disclosure.js';
import { trackedMainGrid, trackingGrids } from '../tracking-grid.js';

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
  /** The free text of the cases, only with --include-notes (case files describe vulnerable families). */
  readonly notes?: readonly CaseNotes[];
  /** Computed only for the formats that show it (it reads the price index file again). */
  readonly accountability: () => Accountability;
  /** Status, follow-up, patterns, value scores and small-number marks (docs/tracking.md). */
  readonly tracking?: TrackingReport;
}

/**
 * The main grid with the economics notes under it, the council sections, the sections of following
 * cases over time, then the economics sections. `publish`: md and csv, where small groups show no
 * figures (docs/tracking.md); the terminal shows them with a note.
 */
function grids(d: CalcDocument, money: MoneyStyle, publish: boolean, csv = false): Grid[] {
  const disc: Disclosure | undefined = d.tracking ? { small: d.tracking.small, publish, lang: money.lang } : undefined;
  const g = calcGrid(d.calc, money);
  const main = { ...g, notes: [...g.notes, ...economicsNotes(d.economics, money)] };
  return [
    d.tracking && disc ? trackedMainGrid(main, d.calc, d.tracking, disc) : main,
    ...councilGrids(d.calc, d.council, money, disc),
    ...(d.tracking && disc ? trackingGrids(d.tracking, d.calc, money, disc, { statusTable: csv }) : []),
    ...economicsGrids(d.economics, money),
  ];
}

export const CALC_RENDERERS: Readonly<Record<CalcFormat, Render<CalcDocument, string | Uint8Array>>> = {
  table: (d, { money, terminal }) => renderTables(grids(d, money, false), money, terminal) + (d.notes ? renderNotesText(d.notes, money.lang) : ''),
  json: (d) => stringifyJson({ ...calcJson(d.calc, d.council, d.notes, d.tracking?.cases, d.tracking), economics: economicsJson(d.economics) }),
  // A CSV file holds grids of figures; free text has no place in it (use json or md).
  csv: (d, { money }) => renderCsvSections(grids(d, money, true, true), money),
  md: (d, { money }) => renderMarkdownSections(grids(d, money, true), money) + (d.notes ? renderNotesMarkdown(d.notes, money.lang) : ''),
  html: (d, { money }) => renderHtml({ calc: d.calc, council: d.council, economics: d.economics, ...d.accountability(), ...(d.tracking ? { tracking: d.tracking } : {}) }, money),
  xlsx: (d, { money }) => renderXlsx({ calc: d.calc, council: d.council, economics: d.economics, ...d.accountability(), ...(d.tracking ? { tracking: d.tracking } : {}) }, money),
};
