// The yardstick for throughput: a plain single-threaded loop that only walks the folder, reads each
// .yaml file and yaml.parse()s it. No validation, no positions, no pricing, no output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let files = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/i.test(e.name)) {
      parse(readFileSync(p, 'utf8'));
      files++;
    }
  }
};
for (const d of process.argv.slice(2)) walk(d);
process.stdout.write(`${files}\n`);
