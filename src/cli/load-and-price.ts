/** The common first half of calc, explain, check and diff: read everything, price every case. */
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { type PricedAll, type PricingOptions, priceAll } from '../data/pricing.js';
import { type Inputs, loadInputs } from '../read/load.js';

export interface Loaded extends PricedAll {
  readonly inputs: Inputs;
  /** Problems from reading and pricing, all files. */
  readonly all: readonly Diagnostic[];
}

/** `pricing` (optional) gives the economics options once the inputs are known (docs/economics.md). */
export function loadAndPrice(paths: readonly string[], rates: readonly string[], cwd: string, pricing?: (inputs: Inputs) => PricingOptions): Loaded {
  const inputs = loadInputs(paths, { rates, cwd });
  const priced = priceAll(inputs.cases, inputs.rateSets, pricing?.(inputs));
  const all = [...inputs.diagnostics, ...priced.diagnostics];
  if (!inputs.cases.length && !all.some((d) => d.severity === 'error')) {
    all.push(diag(filePos(paths.join(' ')), 'input.no_cases'));
  }
  return { ...priced, inputs, all };
}
