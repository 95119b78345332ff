/**
 * chalk (src/write/colour.ts), reached through `colour()` so that a run without colour (a pipe, a
 * file, NO_COLOR) does not load it. Here an ordinary import; in the bundle, loaded on first use
 * (build.mjs, as src/read/lazy.ts).
 */
import * as colourModule from './colour.js';

export type Colour = typeof colourModule;

/** The colour module. */
export function colour(): Colour {
  return colourModule;
}
