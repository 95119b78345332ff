/**
 * cli-table3 (src/write/cli-table.ts), reached through `cliTable()` so that a run whose tables
 * src/write/render/table-draw.ts draws does not load it. Here an ordinary import; in the bundle,
 * loaded on first use (build.mjs, as src/read/lazy.ts).
 */
import * as cliTableModule from './cli-table.js';

export type CliTable = typeof cliTableModule;

/** The cli-table3 module. */
export function cliTable(): CliTable {
  return cliTableModule;
}
