/** Messages of the html and xlsx report formats, in Dutch and English. */
import type { Catalog, Msg } from './messages.js';

const NL: Record<string, Msg> = {
  'usage.xlsx_needs_output': () => `--format xlsx schrijft een binair werkboek: geef een bestand met -o, bijv. -o baten.xlsx`,
};

const EN: Record<string, Msg> = {
  'usage.xlsx_needs_output': () => `--format xlsx writes a binary workbook: give a file with -o, e.g. -o baten.xlsx`,
};

export const REPORT_FORMAT_MESSAGES: Catalog = { nl: NL, en: EN };
