/**
 * Everything one run of a command works from, loaded once (src/cli/run.ts): the inputs as read, the
 * economics settings, every case priced, all problems found on the way and the hash of every input.
 * A command is a function of a Run, its options and the outside world (src/cli/context.ts Io).
 */
import type { Diagnostic } from './diagnostic.js';
import type { EconomicsSetup } from './economics.js';
import type { HashedFile, Inputs } from './inputs.js';
import type { RateTable } from './model.js';
import type { PricedCase, PricingOptions } from './pricing.js';

export interface Run {
  readonly inputs: Inputs;
  readonly economics: EconomicsSetup;
  /** What the cases were priced with (pricingOptionsFor of the settings and the inputs). */
  readonly pricing: PricingOptions;
  /** Every case that could be priced, in report order. */
  readonly priced: readonly PricedCase[];
  /** With --sensitivity: the same cases priced with every estimate at low, and at high. */
  readonly estimates?: { readonly low: readonly PricedCase[]; readonly high: readonly PricedCase[] };
  /** Rate tables used by at least one priced case, each once, in first-use order. */
  readonly tables: readonly RateTable[];
  /** Every problem from finding, reading, validating and pricing, unsorted (report() sorts). */
  readonly diagnostics: readonly Diagnostic[];
  /** Every input of the figures with its sha256: the files read, then the price index. */
  readonly hashes: readonly HashedFile[];
}

/** The newest price year among the rate tables the cases are priced with. */
function defaultPriceYear(inputs: Pick<Inputs, 'rateSets'>): number | undefined {
  let y: number | undefined;
  for (const set of inputs.rateSets.values()) for (const tb of set.tables) if (y === undefined || tb.priceYear > y) y = tb.priceYear;
  return y;
}

/** The pricing options of a run, once the inputs (and so the default price year) are known. */
export function pricingOptionsFor(s: EconomicsSetup, inputs: Pick<Inputs, 'rateSets'>): PricingOptions {
  const dflt = defaultPriceYear(inputs);
  const priceYear = s.priceYear ?? dflt;
  return {
    ...(s.index && priceYear !== undefined ? { index: s.index, priceYear } : {}),
    ...(dflt !== undefined ? { defaultPriceYear: dflt } : {}),
    discount: s.discount,
  };
}
