/**
 * The economics options of calc (--price-year, --price-index, --no-indexation, --discount,
 * --sensitivity, --simulate, --seed): parsing, loading the price index, and building the economics
 * report next to the calc report. See docs/economics.md.
 */
import { type Command, Option } from 'commander';
import { resolve } from 'node:path';
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { DEFAULT_DISCOUNT, type PriceIndex, indexYears, parseRate } from '../data/economics.js';
import { type PricedCase, type PricingOptions, priceAll } from '../data/pricing.js';
import type { Rational } from '../data/rational.js';
import { simulate } from '../data/simulate.js';
import { DEFAULT_INDEX_FILE, loadIndex } from '../read/index-series.js';
import type { Inputs } from '../read/load.js';
import { type EconomicsReport, adjustmentInfo, horizonInfo, indexationInfo, sensitivityInfo } from '../reports/economics.js';
import { type Lang, texts } from '../write/i18n/index.js';
import { EXIT, type Io, report } from './context.js';
import type { Loaded } from './load-and-price.js';

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

export interface EconomicsSetup {
  readonly index?: PriceIndex;
  readonly discount: Rational;
  readonly priceYear?: number;
  readonly draws?: number;
  readonly seed: number;
  readonly sensitivity: boolean;
}

function usage(io: Io, lang: Lang, code: string, args: Record<string, string | number>): number {
  report(io, [diag(filePos('doorbraak'), code, args)], lang);
  return EXIT.usage;
}

/** Parse the options and load the index; an exit status when something is wrong. */
export function prepareEconomics(io: Io, o: EconomicsOptions, lang: Lang): EconomicsSetup | number {
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
  if (o.indexation) {
    const r = loadIndex(o.priceIndex ? resolve(io.cwd, o.priceIndex) : DEFAULT_INDEX_FILE, io.cwd);
    if (report(io, r.diagnostics, lang) || !r.index) return EXIT.invalid;
    index = r.index;
  }
  let priceYear: number | undefined;
  if (o.priceYear !== undefined) {
    priceYear = /^\d{4}$/.test(o.priceYear) ? Number(o.priceYear) : NaN;
    const range = index ? indexYears(index) : { first: 1900, last: 2200 };
    if (!(priceYear >= range.first && priceYear <= range.last)) {
      return usage(io, lang, 'econ.price_year_option', { value: o.priceYear, index: index?.id ?? '', first: range.first, last: range.last });
    }
  }
  return { ...(index ? { index } : {}), discount, ...(priceYear !== undefined ? { priceYear } : {}), ...(draws ? { draws } : {}), seed, sensitivity: o.sensitivity };
}

/** The newest price year among the rate tables the cases are priced with. */
export function defaultPriceYear(inputs: Inputs): number | undefined {
  let y: number | undefined;
  for (const set of inputs.rateSets.values()) for (const tb of set.tables) if (y === undefined || tb.priceYear > y) y = tb.priceYear;
  return y;
}

/** Pricing options for loadAndPrice, once the inputs (and so the default price year) are known. */
export function pricingOptions(s: EconomicsSetup): (inputs: Inputs) => PricingOptions {
  return (inputs) => {
    const dflt = defaultPriceYear(inputs);
    const priceYear = s.priceYear ?? dflt;
    return {
      ...(s.index && priceYear !== undefined ? { index: s.index, priceYear } : {}),
      ...(dflt !== undefined ? { defaultPriceYear: dflt } : {}),
      discount: s.discount,
    };
  };
}

/** Everything the economics sections show. Sensitivity re-prices the cases with low and high estimates. */
export function economicsReport(loaded: Loaded, s: EconomicsSetup): EconomicsReport | Diagnostic[] {
  const opts = pricingOptions(s)(loaded.inputs);
  const priced = loaded.priced;
  const priceYear = opts.priceYear ?? defaultPriceYear(loaded.inputs) ?? 0;
  let sensitivity;
  if (s.sensitivity) {
    const again = (e: 'low' | 'high'): readonly PricedCase[] => priceAll(loaded.inputs.cases, loaded.inputs.rateSets, { ...opts, estimate: () => e }).priced;
    sensitivity = sensitivityInfo(again('low'), priced, again('high'));
  }
  const adjustments = adjustmentInfo(priced, loaded.inputs.cohorts);
  return {
    indexation: indexationInfo(priced, priceYear, s.index),
    horizon: horizonInfo(priced, s.discount),
    ...(adjustments ? { adjustments } : {}),
    ...(sensitivity ? { sensitivity } : {}),
    ...(s.draws ? { simulation: simulate(priced, s.draws, s.seed) } : {}),
  };
}
