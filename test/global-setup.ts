/**
 * Before any test: make sure the bundled build (dist/bundle/, what bin/doorbraak.js starts and what the
 * in-process tests import) is not older than src/. `npm test` builds first; this catches
 * `npx vitest run` after an edit, which would otherwise test yesterday's bundle. esbuild only (build.mjs,
 * under a second); the type check stays `npm run build` / `npm run typecheck`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE, ROOT } from './helpers.js';

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

export default function setup(): void {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : -1;
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'build.mjs')), newest(join(ROOT, 'package.json')));
  if (built >= sources) return;
  console.warn('dist/bundle is older than src/: rebuilding it (node build.mjs)');
  execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'inherit' });
}
