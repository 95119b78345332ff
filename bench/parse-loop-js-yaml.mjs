// The second yardstick for throughput (issue 19): the same plain single-threaded loop as
// bench/parse-loop.mjs, but parsing with js-yaml 4, the fastest correct way to read these files in
// JavaScript that was measured (docs/performance.md). No validation, no positions, no pricing, no output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

let files = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/i.test(e.name)) {
      load(readFileSync(p, 'utf8'));
      files++;
    }
  }
};
for (const d of process.argv.slice(2)) walk(d);
process.stdout.write(`${files}\n`);
