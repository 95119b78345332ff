/**
 * The bundled rate tables (rates/*.yaml) and price index (rates/cpi-nl.yaml), converted at build time
 * (build.mjs with src/read/precompile.ts, into dist/precompiled.json) so that a run does not parse and
 * convert 40 KB of YAML before it can price anything; and the schemas as the fast path checks them
 * (src/read/fast-schema.ts), so that a run does not load zod. A file is taken from here only when the sha256 of its bytes is that
 * of the bundled file the entry was made from, so what is read is what was compiled; the bytes are
 * still read and hashed as before (locks and the inputs digest hash the YAML bytes). The file's path
 * as shown depends on the working folder: it is stored as a placeholder and filled in on use.
 * test/precompiled.test.ts checks that every entry equals converting its YAML.
 *
 * DOORBRAAK_PRECOMPILED=0 turns it off (the reference, and the build itself).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../data/diagnostic.js';
import type { PriceIndex } from '../data/economics.js';
import type { FileKind } from '../data/inputs.js';
import type { RateTable } from '../data/model.js';
import type { SchemaProgram } from './fast-schema.js';

/** Stands for the file's path as shown, in what was compiled. */
export const SHOWN_PLACEHOLDER = '\u0000doorbraak:shown\u0000';

/** Where build.mjs writes the compiled files: dist/, beside the bundle and the tsc output. */
export const PRECOMPILED_FILE = fileURLToPath(new URL('../../dist/precompiled.json', import.meta.url));

/** Set by build.mjs in the bundle: the bundle takes only the precompiled file of its own build. */
declare const __DOORBRAAK_BUILD__: string | undefined;

/** What build.mjs writes: by sha256 of the YAML bytes, the converted table or index (encoded, see encode). */
export interface PrecompiledFile {
  /** The build that wrote it (the bundle's __DOORBRAAK_BUILD__). */
  readonly build: string;
  readonly tables: Record<string, unknown>;
  readonly indexes: Record<string, unknown>;
  readonly schemas: SchemaFacts;
}

/** What the fast path and the converters need of the zod schemas (src/read/schemas.ts). */
export interface SchemaFacts {
  /** compileProgram of each file kind's schema. */
  readonly programs: Readonly<Record<FileKind, SchemaProgram>>;
  /** knownKeysAt of a case and of a case's line. */
  readonly keys: { readonly case: readonly string[]; readonly line: readonly string[] };
}

let cache: PrecompiledFile | null | undefined;
let usePrecompiled = process.env.DOORBRAAK_PRECOMPILED !== '0';

/** Use the precompiled tables or not in this thread (tests); answers the previous setting. */
export function setPrecompiled(on: boolean): boolean {
  const was = usePrecompiled;
  usePrecompiled = on;
  return was;
}

function compiled(): PrecompiledFile | null {
  if (!usePrecompiled) return null;
  if (cache !== undefined) return cache;
  cache = null;
  try {
    const c = JSON.parse(readFileSync(PRECOMPILED_FILE, 'utf8')) as PrecompiledFile;
    // The bundle takes only what its own build compiled (the code that converts may have changed).
    if (typeof __DOORBRAAK_BUILD__ !== 'string' || c.build === __DOORBRAAK_BUILD__) cache = c;
  } catch {
    // Not built (tsc output only, or a source checkout): convert the YAML as always.
  }
  return cache;
}

/** The schema facts compiled at build time; undefined: compile them from zod (src/read/lazy.ts). */
export function precompiledSchemas(): SchemaFacts | undefined {
  return compiled()?.schemas;
}

/** A bundled rate table converted at build time: convertRates' result for the file with this sha256. */
export function precompiledTable(sha256: string, shown: string): { table?: RateTable; diagnostics: Diagnostic[] } | undefined {
  const e = compiled()?.tables[sha256];
  return e === undefined ? undefined : (decode(e, shown) as { table?: RateTable; diagnostics: Diagnostic[] });
}

/** The bundled price index converted at build time: loadIndex's index for the file with this sha256. */
export function precompiledIndex(sha256: string, shown: string): PriceIndex | undefined {
  const e = compiled()?.indexes[sha256];
  return e === undefined ? undefined : (decode(e, shown) as PriceIndex);
}

/**
 * Plain JSON of a converted value: bigint, Map, Set and undefined tagged, the shown path replaced by
 * the placeholder. Keys keep their order; decode(encode(v, p), p) equals v.
 */
export function encode(v: unknown, shown: string): unknown {
  if (v === undefined) return { $u: 1 };
  if (typeof v === 'bigint') return { $n: v.toString() };
  if (typeof v === 'string') return v === shown ? SHOWN_PLACEHOLDER : v;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => encode(x, shown));
  if (v instanceof Map) return { $map: [...v].map(([k, x]) => [encode(k, shown), encode(x, shown)]) };
  if (v instanceof Set) return { $set: [...v].map((x) => encode(x, shown)) };
  if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`cannot precompile a ${v.constructor?.name ?? 'object'}`);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.startsWith('$')) throw new Error(`cannot precompile the key ${k}`);
    out[k] = encode(x, shown);
  }
  return out;
}

export function decode(v: unknown, shown: string): unknown {
  if (typeof v === 'string') return v === SHOWN_PLACEHOLDER ? shown : v;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => decode(x, shown));
  const o = v as Record<string, unknown>;
  if ('$n' in o) return BigInt(o.$n as string);
  if ('$u' in o) return undefined;
  if ('$map' in o) return new Map((o.$map as Array<[unknown, unknown]>).map(([k, x]) => [decode(k, shown), decode(x, shown)]));
  if ('$set' in o) return new Set((o.$set as unknown[]).map((x) => decode(x, shown)));
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) out[k] = decode(o[k], shown);
  return out;
}
