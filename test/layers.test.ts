/**
 * The layers of src/ (docs/architecture.md): every import statement of every src/**.ts file, parsed
 * by the TypeScript compiler, must point sideways or down, and no files may import each other in a
 * cycle (type-only imports count too).
 *
 *   data     the model and exact pricing: imports nothing above it
 *   read     files → model: data
 *   reports  pure computations on the model: data
 *   write    renderers: data, reports (never read: what is rendered has been computed)
 *   cli      commander wiring and the commands: everything
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const LAYERS = ['data', 'read', 'reports', 'write', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

/** Which layers each layer may import (its own always included). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  data: ['data'],
  read: ['read', 'data'],
  reports: ['reports', 'data'],
  write: ['write', 'reports', 'data'],
  cli: ['cli', 'write', 'reports', 'read', 'data'],
};

const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

/**
 * src-relative paths ('src/read/load.ts') of the modules a file imports: static, re-exported or
 * dynamic (package.json read through require is data, not a module).
 */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.') && /\.[jt]s$/.test(spec))
    .map((spec) => relative(ROOT, resolve(dirname(file), spec.replace(/\.js$/, '.ts'))).split('\\').join('/'));
}

const layerOf = (rel: string): Layer => rel.split('/')[1] as Layer;

const graph = new Map(sourceFiles(SRC).map((f) => [relative(ROOT, f).split('\\').join('/'), importsOf(f)]));

/** Strongly connected components with more than one file (Tarjan). */
function cycles(g: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('layers', () => {
  it('finds the files and their imports', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/cli/run.ts')).toContain('src/read/load.ts');
    for (const f of graph.keys()) expect(LAYERS, f).toContain(layerOf(f));
  });

  it('no import points up or sideways into a layer it may not use', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (!MAY_IMPORT[layerOf(file)].includes(layerOf(target))) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every relative import names an existing source file', () => {
    const missing = [...graph].flatMap(([file, imports]) => imports.filter((t) => !graph.has(t)).map((t) => `${file} → ${t}`));
    expect(missing).toEqual([]);
  });

  it('no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the cycle check finds a cycle', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });
});
