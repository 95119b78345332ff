// The bundled build: src/ → dist/bundle/main.js (the CLI), dist/bundle/worker.js (the parse worker) and
// the modules loaded only when needed (LAZY below: the exact path with zod and `yaml`, chalk, cli-table3,
// the English texts, the HTML and xlsx formats), ESM with their dependencies inlined and shared code in
// chunks, so that starting doorbraak reads a few files instead of a hundred under node_modules. They sit
// two folders below the package root, like the tsc output in dist/<folder>/, so relative paths to rates/
// and package.json resolve the same way. Then dist/precompiled.json: the bundled rate tables, price index
// and schema checks compiled ahead of time (src/read/precompile.ts, src/read/precompiled.ts).
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
 * Modules loaded on first use. Each accessor (src/read/lazy.ts, src/write/lazy-colour.ts) imports its
 * module like any other (tsc, vitest) and hands it out through one function:
 *
 *   import * as exactModule from './exact.js';
 *   export type Exact = typeof exactModule;
 *   export function exact(): Exact { return exactModule; }
 *
 * In the bundle the module is an entry point of its own (dist/bundle/exact.js), and the accessor
 * requires it on first use instead: require() of an ES module is synchronous (Node >= 20.19) and shares
 * the module instances of the chunks already loaded. So zod and `yaml` (the exact path) and chalk
 * (colour) are not even compiled by a run that does not need them.
 */
const LAZY = {
  'src/read/lazy.ts': 'src/read/exact.ts',
  'src/write/lazy-colour.ts': 'src/write/colour.ts',
  'src/write/lazy-table.ts': 'src/write/cli-table.ts',
  'src/write/i18n/lazy-en.ts': 'src/write/i18n/en.ts',
  'src/write/render/lazy-documents.ts': 'src/write/render/documents.ts',
  'src/write/lazy-yaml-data.ts': 'src/write/yaml-data.ts',
};
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    const esc = (f) => f.replace(/[.]/g, '\\.').replace(/\//g, '[\\\\/]');
    b.onLoad({ filter: new RegExp(`(${Object.keys(LAZY).map(esc).join('|')})$`) }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const imp = /^import \* as (\w+) from '\.\/([\w-]+)\.js';$/m.exec(source);
      const typ = /^export type (\w+) = typeof (\w+);$/m.exec(source);
      const fn = /^export function (\w+)\(\): (\w+) \{\s*return (\w+);\s*\}$/m.exec(source);
      if (!imp || !typ || !fn || typ[2] !== imp[1] || fn[2] !== typ[1] || fn[3] !== imp[1]) throw new Error(`build: ${args.path} is not an accessor as build.mjs expects`);
      const [, ns, target] = imp;
      return {
        loader: 'ts',
        contents: `import { createRequire } from 'node:module';
import type * as ${ns} from './${target}.js';
export type ${typ[1]} = typeof ${ns};
const requireLazy = createRequire(import.meta.url);
let loaded: ${typ[1]} | undefined;
/** Loaded on first use (build.mjs). */
export function ${fn[1]}(): ${typ[1]} {
  return (loaded ??= requireLazy('./${target}.js') as ${typ[1]});
}
`,
      };
    });
  },
};
const lazyEntries = Object.fromEntries(Object.values(LAZY).map((src) => [src.replace(/^.*\//, '').replace(/\.ts$/, ''), src]));

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/read/worker.ts', ...lazyEntries },
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
  plugins: [lazyModules],
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
