/**
 * Reading a price index series file (rates/cpi-nl.yaml): yearly percentage changes with a source,
 * chained exactly into index levels (see docs/economics.md). The bundled index is taken as converted at
 * build time (src/read/precompiled.ts); any other is read by src/read/index-parse.ts.
 */
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../data/diagnostic.js';
import type { PriceIndex } from '../data/economics.js';
import type { HashedFile } from '../data/inputs.js';
import { displayPath, readText, sha256Hex } from './files.js';
import { exact } from './lazy.js';
import { precompiledIndex } from './precompiled.js';

/** The bundled CBS CPI series, shipped with the package. */
export const DEFAULT_INDEX_FILE = fileURLToPath(new URL('../../rates/cpi-nl.yaml', import.meta.url));

/** Read a price index series; `file` is the file with the sha256 of the bytes read (an input of the figures). */
export function loadIndex(abs: string, cwd: string): { index?: PriceIndex; file?: HashedFile; diagnostics: Diagnostic[] } {
  return loadIndexAs(abs, displayPath(abs, cwd));
}

/** loadIndex with the file's path as shown given (build.mjs precompiles the bundled index with a placeholder). */
export function loadIndexAs(abs: string, shown: string): { index?: PriceIndex; file?: HashedFile; diagnostics: Diagnostic[] } {
  const res = readText(abs, shown);
  if (!res.ok) return { diagnostics: [res.diagnostic] };
  const file: HashedFile = { abs, path: shown, sha256: sha256Hex(res.bytes) };
  // The bundled index, byte for byte: converted at build time (src/read/precompiled.ts).
  const pre = precompiledIndex(file.sha256, shown);
  if (pre) return { index: pre, file, diagnostics: [] };
  const r = exact().indexFromYaml(res.text, shown);
  return r.index ? { index: r.index, file, diagnostics: r.diagnostics } : { diagnostics: r.diagnostics };
}
