/**
 * The economics options of calc (--price-year, --price-index, --no-indexation, --discount,
 * --sensitivity, --simulate, --seed): declaring them, parsing them and loading the price index
 * (src/cli/run.ts does this first). The report itself is src/reports/economics.ts. See docs/economics.md.
 */
import { type Command, Option } from 'commander';
import { resolve } from 'node:path';
import { diag, filePos } from '../data/diagnostic.js';
import { DEFAULT_DISCOUNT, type EconomicsSetup, type PriceIndex, indexYears, parseRate } from '../data/economics.js';
import type { HashedFile } from '../data/inputs.js';
import { DEFAULT_INDEX_FILE, loadIndex } from '../read/index-series.js';
import { type Lang, texts } from '../write/i18n/index.js';
import { EXIT, type Io, report } from './context.js';

export interface EconomicsOptions {
  priceYear?: string;
  priceIndex?: string;
  /** false with --no-indexation */
  indexation: boolean;
  discount?: string;
  sensitivity: boolean;
  simulate?: string;
  seed?: string;
}

/** The options that change figures: price year, index series, indexation, discount rate (calc, explain). */
export function addPricingOptions(cmd: Command, lang: Lang): Command {
  const help = texts(lang).help;
  return cmd
    .option('--price-year <year>', help.priceYear)
    .option('--price-index <file>', help.priceIndex)
    .option('--no-indexation', help.noIndexation)
    .option('--discount <rate>', help.discount);
}

/** The pricing options plus the uncertainty sections (calc). */
export function addEconomicsOptions(cmd: Command, lang: Lang): Command {
  const help = texts(lang).help;
  return addPricingOptions(cmd, lang)
    .option('--sensitivity', help.sensitivity, false)
    .addOption(new Option('--simulate <n>', help.simulate))
    .option('--seed <seed>', help.seed);
}

function usage(io: Io, lang: Lang, code: string, args: Record<string, string | number>): number {
  report(io, [diag(filePos('doorbraak'), code, args)], lang);
  return EXIT.usage;
}

/**
 * Parse the options and load the price index (with the sha256 of its file, an input of the figures);
 * an exit status when something is wrong, after reporting it.
 */
export function prepareEconomics(io: Io, o: EconomicsOptions, lang: Lang): { setup: EconomicsSetup; indexFile?: HashedFile } | number {
  const discount = o.discount === undefined ? DEFAULT_DISCOUNT : parseRate(o.discount);
  if (!discount) return usage(io, lang, 'econ.discount_option', { value: o.discount ?? '' });
  let draws: number | undefined;
  if (o.simulate !== undefined) {
    draws = /^\d+$/.test(o.simulate) ? Number(o.simulate) : NaN;
    if (!(draws >= 1 && draws <= 1_000_000)) return usage(io, lang, 'econ.simulate_option', { value: o.simulate });
  }
  const seed = o.seed === undefined ? 1 : /^\d+$/.test(o.seed) ? Number(o.seed) : NaN;
  if (!(seed >= 0 && seed <= 0xffffffff)) return usage(io, lang, 'econ.seed_option', { value: o.seed ?? '' });
  let index: PriceIndex | undefined;
  let indexFile: HashedFile | undefined;
  if (o.indexation) {
    const r = loadIndex(o.priceIndex ? resolve(io.cwd, o.priceIndex) : DEFAULT_INDEX_FILE, io.cwd);
    if (report(io, r.diagnostics, lang) || !r.index) return EXIT.invalid;
    index = r.index;
    indexFile = r.file;
  }
  let priceYear: number | undefined;
  if (o.priceYear !== undefined) {
    priceYear = /^\d{4}$/.test(o.priceYear) ? Number(o.priceYear) : NaN;
    const range = index ? indexYears(index) : { first: 1900, last: 2200 };
    if (!(priceYear >= range.first && priceYear <= range.last)) {
      return usage(io, lang, 'econ.price_year_option', { value: o.priceYear, index: index?.id ?? '', first: range.first, last: range.last });
    }
  }
  const setup: EconomicsSetup = { ...(index ? { index } : {}), discount, ...(priceYear !== undefined ? { priceYear } : {}), ...(draws ? { draws } : {}), seed, sensitivity: o.sensitivity };
  return { setup, ...(indexFile ? { indexFile } : {}) };
}
