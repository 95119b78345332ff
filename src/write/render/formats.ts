/** The output formats of the commands, and what every renderer is given besides its report. */
import type { MoneyStyle } from '../i18n/index.js';
import type { Style } from '../style.js';

/** The formats of every report command. */
export const FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

/** calc writes two more: a self-contained HTML report and an xlsx workbook. */
export const CALC_FORMATS = [...FORMATS, 'html', 'xlsx'] as const;
export type CalcFormat = (typeof CALC_FORMATS)[number];

export interface RenderContext {
  /** Language and --cents. */
  readonly money: MoneyStyle;
  /** Colour for the terminal table (plain off a terminal and into a file). */
  readonly terminal: Style;
  /** The terminal's width for the table format; undefined on a pipe or into a file (natural widths). */
  readonly width?: number;
}

/** One format's renderer of one command's report: a table `Record<Format, Render<Report>>` per command. */
export type Render<Report, Out extends string | Uint8Array = string> = (report: Report, ctx: RenderContext) => Out;
