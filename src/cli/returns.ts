/** calc --optimism-bias [spec] (issue 16): the option, and its value as a bias per grade or a usage error. */
import type { Command } from 'commander';
import { diag, filePos } from '../data/diagnostic.js';
import { DEFAULT_OPTIMISM_BIAS, type OptimismBias, parseOptimismBias } from '../reports/evidence.js';
import { type Lang, texts } from '../write/i18n/index.js';
import { EXIT, type Io, report } from './context.js';

/** `true` for `--optimism-bias` without a value, the text when one is given. */
export type OptimismBiasOption = true | string;

export function addReturnsOptions(cmd: Command, lang: Lang): Command {
  return cmd.option('--optimism-bias [spec]', texts(lang).returns.help.optimismBias);
}

/** The bias asked for, undefined without the option, or the exit status of a usage error. */
export function optimismBiasOf(io: Io, o: OptimismBiasOption | undefined, lang: Lang): OptimismBias | undefined | number {
  if (o === undefined) return undefined;
  if (o === true) return DEFAULT_OPTIMISM_BIAS;
  const b = parseOptimismBias(o);
  if (b) return b;
  report(io, [diag(filePos('doorbraak'), 'returns.optimism_bias_option', { value: o })], lang);
  return EXIT.usage;
}
