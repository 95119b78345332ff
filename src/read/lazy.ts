/**
 * The exact path (src/read/exact.ts: the `yaml` package, zod, validation with messages), reached
 * through `exact()` so that a run that does not need it does not load it.
 *
 * Here (tsc, vitest) it is an ordinary import. The bundled build (build.mjs) replaces this file by
 * one whose `exact()` loads dist/bundle/exact.js synchronously on first use (require of an ES module,
 * Node ≥ 20.19), sharing the bundle's other modules: half the bundle's code is then never compiled by
 * a run whose files all take the fast path.
 */
import * as exactModule from './exact.js';

export type Exact = typeof exactModule;

/** The exact path's module. */
export function exact(): Exact {
  return exactModule;
}
