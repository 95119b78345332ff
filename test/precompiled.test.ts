/**
 * The bundled rate tables and price index are converted at build time (build.mjs → dist/precompiled.json,
 * src/read/precompiled.ts). Every entry must equal converting its YAML now, byte for byte (the same
 * JSON of the converted objects, key order and all) and deep-equal, whatever the path as shown; and a
 * whole run gives the same output with and without them, its hashes those of the YAML bytes.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX_FILE, loadIndexAs } from '../src/read/index-series.js';
import { readTableAhead } from '../src/read/load.js';
import { PRECOMPILED_FILE, type PrecompiledFile, encode, precompiledIndex, precompiledSchemas, precompiledTable, setPrecompiled } from '../src/read/precompiled.js';
import { precompile, schemaFacts } from '../src/read/precompile.js';
import { SCHEMA_KINDS } from '../src/data/inputs.js';
import { ROOT, runProcess } from './helpers.js';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const yamls = readdirSync(join(ROOT, 'rates')).filter((n) => /\.ya?ml$/.test(n)).sort();
const json = (v: unknown, shown: string) => JSON.stringify(encode(v, shown));

function fromYaml<T>(f: () => T): T {
  const was = setPrecompiled(false);
  try {
    return f();
  } finally {
    setPrecompiled(was);
  }
}

describe('precompiled bundled tables and index', () => {
  const file = JSON.parse(readFileSync(PRECOMPILED_FILE, 'utf8')) as { tables: object; indexes: object };

  it('holds the schema check of every kind of input file (a tags.yaml among the cases loads no zod)', () => {
    const programs = (file as unknown as { schemas: { programs: object } }).schemas.programs;
    expect(Object.keys(programs).sort()).toEqual(SCHEMA_KINDS.filter((k) => k !== 'index').sort());
  });

  it('holds every bundled YAML file, and nothing else', () => {
    const tables = yamls.filter((n) => join(ROOT, 'rates', n) !== DEFAULT_INDEX_FILE).map((n) => sha(join(ROOT, 'rates', n)));
    expect(Object.keys(file.tables).sort()).toEqual(tables.sort());
    expect(Object.keys(file.indexes)).toEqual([sha(DEFAULT_INDEX_FILE)]);
  });

  it.each(yamls.filter((n) => join(ROOT, 'rates', n) !== DEFAULT_INDEX_FILE))('%s equals converting its YAML', (name) => {
    const abs = join(ROOT, 'rates', name);
    for (const shown of [`rates/${name}`, `../elders/${name}`, abs]) {
      const ref = fromYaml(() => readTableAhead(abs, shown, 'rates', false));
      expect(ref.diagnostics).toEqual([]);
      const pre = precompiledTable(sha(abs), shown);
      expect(pre).toBeDefined();
      expect(json(pre, shown)).toBe(json(ref.converted, shown));
      expect(pre).toEqual(ref.converted);
      // and it is what a load of the file uses
      expect(readTableAhead(abs, shown, 'rates', false).converted).toEqual(ref.converted);
    }
  });

  it('the price index equals converting its YAML', () => {
    for (const shown of ['rates/cpi-nl.yaml', '../elders/cpi-nl.yaml']) {
      const ref = fromYaml(() => loadIndexAs(DEFAULT_INDEX_FILE, shown));
      expect(ref.diagnostics).toEqual([]);
      const pre = precompiledIndex(sha(DEFAULT_INDEX_FILE), shown);
      expect(json(pre, shown)).toBe(json(ref.index, shown));
      expect(pre).toEqual(ref.index);
      expect(loadIndexAs(DEFAULT_INDEX_FILE, shown)).toEqual(ref);
    }
  });

  it('is what compiling now gives: tables, index and the schema checks (src/read/precompile.ts)', () => {
    const { build: _, ...written } = file as unknown as PrecompiledFile;
    expect(JSON.stringify(written)).toBe(JSON.stringify(precompile()));
    expect(precompiledSchemas()).toEqual(schemaFacts());
  });

  it('a changed file is converted from its YAML', () => {
    expect(precompiledTable(sha(DEFAULT_INDEX_FILE).replace(/^./, 'x'), 'x.yaml')).toBeUndefined();
  });

  it.each([
    ['calc', '--format', 'json', 'cases/'],
    ['calc', '--format', 'json', '--lang', 'en', '--price-year', '2025', 'cases/'],
    ['explain', 'cases/spoor-6/s6-01.yaml'],
  ])('a whole run is the same with and without them: %s', async (...args) => {
    const [a, b] = await Promise.all([runProcess(args), runProcess(args, { env: { DOORBRAAK_PRECOMPILED: '0' } })]);
    expect(a.status).toBe(0);
    expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });
  });

  it('a lock records the same hashes and figures with and without them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doorbraak-precompiled-'));
    const lock = (name: string, env: Record<string, string>) =>
      runProcess(['calc', '--format', 'json', '--lock', join(dir, name), 'cases/'], { env }).then((r) => {
        expect(r.status).toBe(0);
        return readFileSync(join(dir, name), 'utf8');
      });
    const [a, b] = await Promise.all([lock('a.lock', {}), lock('b.lock', { DOORBRAAK_PRECOMPILED: '0' })]);
    expect(a).toContain(sha(join(ROOT, 'rates', 'nl-2024.yaml')));
    expect(a).toBe(b);
  });
});
