/**
 * The English texts (en.ts), reached through `english()` so that a run in Dutch (the default) does not
 * load them. Here an ordinary import; in the bundle, loaded on first use (build.mjs, as src/read/lazy.ts).
 */
import * as enModule from './en.js';

export type English = typeof enModule;

/** The English texts' module. */
export function english(): English {
  return enModule;
}
