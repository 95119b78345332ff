// The bundled build: src/ → dist/bundle/main.js (the CLI) and dist/bundle/worker.js (the parse worker),
// each one ESM file with its dependencies inlined, so that starting doorbraak reads two or three files
// instead of a hundred under node_modules. Both sit two folders below the package root, like the tsc
// output in dist/<folder>/, so relative paths to rates/ and package.json resolve the same way.
// Run by `npm run build` (and so by `npm ci` through `prepare`, and by `npm test`).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: start empty so that no stale chunk is left behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/read/worker.ts' },
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
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __doorbraakCreateRequire } from 'node:module'; const require = __doorbraakCreateRequire(import.meta.url);" },
});
