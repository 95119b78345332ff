/** The common first half of calc, explain, check and diff: read everything, price every case. */
import { type Diagnostic, diag, filePos } from '../data/diagnostic.js';
import { type PricedAll, type PricingOptions, priceAll } from '../data/pricing.js';
import { type Inputs, loadInputs } from '../read/load.js';
import { findFiles } from '../read/files.js';
import { prepareInParallel, workerCount } from '../read/parallel.js';
import type { Lang } from '../write/i18n.js';
import { makeProgress } from '../write/progress.js';

export interface Loaded extends PricedAll {
  readonly inputs: Inputs;
  /** Problems from reading and pricing, all files. */
  readonly all: readonly Diagnostic[];
}

/** `pricing` (optional) gives the economics options once the inputs are known (docs/economics.md). */
export function loadAndPrice(
  paths: readonly string[],
  rates: readonly string[],
  cwd: string,
  pricing?: (inputs: Inputs) => PricingOptions,
  followSymlinks = false,
): Loaded {
  const inputs = loadInputs(paths, { rates, cwd, followSymlinks });
  return finish(paths, inputs, priceAll(inputs.cases, inputs.rateSets, pricing?.(inputs)));
}

function finish(paths: readonly string[], inputs: Inputs, priced: PricedAll): Loaded {
  const all = [...inputs.diagnostics, ...priced.diagnostics];
  if (!inputs.cases.length && !all.some((d) => d.severity === 'error')) {
    all.push(diag(filePos(paths.join(' ')), 'input.no_cases'));
  }
  return { ...priced, inputs, all };
}

/**
 * The same as loadAndPrice, with the fast path: case files read and converted in worker threads when
 * there are enough of them (DOORBRAAK_WORKERS=0 turns this off), and a progress bar on a terminal.
 * The result is identical to loadAndPrice's.
 */
export async function loadAndPriceFast(
  paths: readonly string[],
  rates: readonly string[],
  cwd: string,
  io: { readonly env: NodeJS.ProcessEnv; readonly stderrIsTTY: boolean; readonly err: (s: string) => void },
  lang: Lang,
  pricing?: (inputs: Inputs) => PricingOptions,
  followSymlinks = false,
): Promise<Loaded> {
  const delay = Number(io.env.DOORBRAAK_PROGRESS_DELAY_MS ?? 1000);
  const progress = makeProgress({ isTTY: io.stderrIsTTY, env: io.env, write: io.err }, Number.isFinite(delay) ? delay : 1000);
  try {
    const found = findFiles(paths, cwd, { followSymlinks });
    const workers = workerCount(io.env, found.files.length);
    const prepared = workers
      ? await prepareInParallel(found, {
          rates,
          cwd,
          workers,
          onProgress: (done, total) => progress.update(lang === 'en' ? 'files read' : 'bestanden gelezen', done, total),
        })
      : { found, files: new Map() };
    const inputs = loadInputs(paths, { rates, cwd, prepared, followSymlinks });
    const options = pricing?.(inputs);
    // Priced in slices only to move the progress bar; the result is that of one priceAll call.
    const step = 5000;
    const parts: PricedAll[] = [];
    for (let i = 0; i < inputs.cases.length || i === 0; i += step) {
      parts.push(priceAll(inputs.cases.slice(i, i + step), inputs.rateSets, options));
      progress.update(lang === 'en' ? 'cases priced' : 'casussen geprijsd', Math.min(i + step, inputs.cases.length), inputs.cases.length);
    }
    const priced: PricedAll = {
      priced: parts.flatMap((p) => p.priced),
      tables: [...new Set(parts.flatMap((p) => p.tables))],
      diagnostics: parts.flatMap((p) => p.diagnostics),
    };
    return finish(paths, inputs, priced);
  } finally {
    progress.done();
  }
}
