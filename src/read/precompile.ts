/**
 * What build.mjs compiles ahead of time into dist/precompiled.json (src/read/precompiled.ts): the
 * bundled rate tables and price index converted from their YAML by the converters' own code, keyed by
 * the sha256 of the bytes, and the schema facts the fast path needs. Never part of a run: build.mjs
 * bundles it on its own, and test/precompiled.test.ts compares what was written with compiling now.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileKind } from '../data/inputs.js';
import { compileProgram } from './fast-schema.js';
import { sha256Hex } from './files.js';
import { DEFAULT_INDEX_FILE, loadIndexAs } from './index-series.js';
import { DEFAULT_RATES_FILE, readTableAhead } from './load.js';
import { type PrecompiledFile, SHOWN_PLACEHOLDER, type SchemaFacts, encode, setPrecompiled } from './precompiled.js';
import { SCHEMAS, knownKeysAt } from './schemas.js';

export { PRECOMPILED_FILE } from './precompiled.js';

/** The path as shown may only stand as a whole string (then it is filled in on use), never inside one. */
function inside(v: unknown): boolean {
  if (typeof v === 'string') return v !== SHOWN_PLACEHOLDER && v.includes(SHOWN_PLACEHOLDER);
  return v !== null && typeof v === 'object' && Object.values(v).some(inside);
}

function encoded(v: unknown, what: string): unknown {
  const e = encode(v, SHOWN_PLACEHOLDER);
  if (inside(e)) throw new Error(`precompile: the path of ${what} as shown inside a longer string`);
  return e;
}

/** The schema facts of src/read/schemas.ts. */
export function schemaFacts(): SchemaFacts {
  const kinds: FileKind[] = ['case', 'cohort', 'rates', 'tags'];
  return {
    programs: Object.fromEntries(kinds.map((k) => [k, compileProgram(SCHEMAS[k])])) as SchemaFacts['programs'],
    keys: { case: knownKeysAt(SCHEMAS.case, []), line: knownKeysAt(SCHEMAS.case, ['current', 0]) },
  };
}

/** Everything of dist/precompiled.json but the build stamp, compiled now from the YAML of rates/ and the schemas. */
export function precompile(): Omit<PrecompiledFile, 'build'> {
  const was = setPrecompiled(false);
  try {
    const dir = join(DEFAULT_RATES_FILE, '..');
    const tables: Record<string, unknown> = {};
    const indexes: Record<string, unknown> = {};
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const abs = join(dir, name);
      const sha = sha256Hex(readFileSync(abs));
      if (abs === DEFAULT_INDEX_FILE) {
        const r = loadIndexAs(abs, SHOWN_PLACEHOLDER);
        if (!r.index || r.diagnostics.length) throw new Error(`precompile: ${name} has problems`);
        indexes[sha] = encoded(r.index, name);
      } else {
        const r = readTableAhead(abs, SHOWN_PLACEHOLDER, 'rates', false);
        if (r.diagnostics.length || !r.converted?.table || r.converted.diagnostics.length) throw new Error(`precompile: ${name} has problems`);
        tables[sha] = encoded(r.converted, name);
      }
    }
    return { tables, indexes, schemas: schemaFacts() };
  } finally {
    setPrecompiled(was);
  }
}
