/** `doorbraak rates` in each of its formats: cards on the terminal, one grid in Markdown and CSV, JSON. */
import type { RateSearchReport } from '../../reports/rate-search.js';
import { rateSearchGrid, renderRateCards } from '../rate-search-grid.js';
import { stringifyJson } from '../json.js';
import { renderCsv } from './csv.js';
import type { Format, Render } from './formats.js';
import { renderMarkdown } from './markdown.js';
import { ratesJson } from './rates-json.js';

export const RATES_RENDERERS: Readonly<Record<Format, Render<RateSearchReport>>> = {
  table: (r, { money, terminal }) => renderRateCards(r, money.lang, terminal),
  json: (r) => stringifyJson(ratesJson(r)),
  csv: (r, { money }) => renderCsv(rateSearchGrid(r, money), money),
  md: (r, { money }) => renderMarkdown(rateSearchGrid(r, money), money),
};
