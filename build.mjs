// The bundled build: src/ → dist/bundle/main.js (the CLI), dist/bundle/worker.js (the parse worker) and
// dist/bundle/exact.js (the exact path: the `yaml` package, zod, validation with messages; loaded only
// when needed, src/read/lazy.ts), ESM with their dependencies inlined and shared code in chunks, so that
// starting doorbraak reads a few files instead of a hundred under node_modules. They sit two folders
// below the package root, like the tsc output in dist/<folder>/, so relative paths to rates/ and
// package.json resolve the same way. Then dist/precompiled.json: the bundled rate tables, price index and
// schema checks compiled ahead of time (src/read/precompile.ts, src/read/precompiled.ts).
// Run by `npm run build` (and so by `npm ci` through `prepare`, and by `npm test`).
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

// The bundle takes only the precompiled file of its own build (src/read/precompiled.ts).
const BUILD = randomUUID();

// Chunk names carry a content hash: start empty so that no stale chunk is left behind.
rmSync('dist/bundle', { recursive: true, force: true });
rmSync('dist/precompile', { recursive: true, force: true });

/**
 * src/read/lazy.ts imports the exact path like any module (tsc, vitest); in the bundle, `exact()`
 * requires dist/bundle/exact.js on first use instead, so that zod and `yaml` are not compiled by a run
 * that does not need them. require() of an ES module is synchronous (Node ≥ 20.19) and shares the
 * module instances of the chunks already loaded.
 */
const lazyExact = {
  name: 'lazy-exact',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]read[\\/]lazy\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes("import * as exactModule from './exact.js';")) throw new Error('build: src/read/lazy.ts changed; update build.mjs');
      return {
        loader: 'ts',
        contents: `import { createRequire } from 'node:module';
import type * as exactModule from './exact.js';
export type Exact = typeof exactModule;
const requireExact = createRequire(import.meta.url);
let loaded: Exact | undefined;
export function exact(): Exact {
  return (loaded ??= requireExact('./exact.js') as Exact);
}
`,
      };
    });
  },
};

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/read/worker.ts', exact: 'src/read/exact.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  chunkNames: 'chunk-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // Not minified: stack traces from --debug stay readable; minifying made no measurable difference.
  minify: false,
  plugins: [lazyExact],
  define: { __DOORBRAAK_BUILD__: JSON.stringify(BUILD) },
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __doorbraakCreateRequire } from 'node:module'; const require = __doorbraakCreateRequire(import.meta.url);" },
});

// Compiled ahead of time by the converters' own code (src/read/precompile.ts, bundled on its own and
// never shipped in dist/bundle): test/precompiled.test.ts checks the file against compiling now.
await build({
  entryPoints: ['src/read/precompile.ts'],
  outfile: 'dist/precompile/precompile.mjs',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { PRECOMPILED_FILE, precompile } = await import(new URL('./dist/precompile/precompile.mjs', import.meta.url).href);
writeFileSync(PRECOMPILED_FILE, JSON.stringify({ build: BUILD, ...precompile() }));
