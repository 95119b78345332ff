/**
 * The document formats (documents.ts: HTML, xlsx), reached through `documents()` so that a run that
 * writes none of them does not load them. Here an ordinary import; in the bundle, loaded on first use
 * (build.mjs, as src/read/lazy.ts).
 */
import * as documentsModule from './documents.js';

export type Documents = typeof documentsModule;

/** The document formats' module. */
export function documents(): Documents {
  return documentsModule;
}
