#!/usr/bin/env node
// Rewrites the "Every message" table of docs/errors.md from the catalogues in src/write/i18n/ (run after `npm run build`):
//   node scripts/errors-doc.mjs
// Rows that already exist keep their hand-picked example values; new codes get generic examples.
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG } from '../dist/write/i18n/index.js';

const file = new URL('../docs/errors.md', import.meta.url);
const doc = readFileSync(file, 'utf8');
const start = doc.indexOf('| code | Nederlands | English |');
if (start < 0) throw new Error('table header not found in docs/errors.md');
const head = doc.slice(0, start);
const rest = doc.slice(start).split('\n');
let end = 2;
while (end < rest.length && rest[end].startsWith('| `')) end++;
const existing = new Map(rest.slice(2, end).map((l) => [/^\| `([^`]+)`/.exec(l)?.[1], l]));

const SAMPLE = {
  id: 'jeugdzorgplus', key: 'chanse', value: '1.5', text: '3 mnths', unit: 'mnths', rate: 'ots', item: 'Vloer',
  file: 'geen.yaml', first: 'cases/a.yaml', suggestions: ['chance'], options: ['a', 'b'], year: 2031, max: 64,
  detail: '…', reason: 'EACCES', cohort: 'veilige-handen', index: 'cpi-nl', kind: 'bsn', field: 'title',
};
const args = new Proxy({}, { get: (_, k) => (typeof k === 'string' ? (SAMPLE[k] ?? '…') : undefined), has: () => true });
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const rows = Object.keys(CATALOG.nl)
  .sort()
  .map((code) => existing.get(code) ?? `| \`${code}\` | ${cell(CATALOG.nl[code](args))} | ${cell(CATALOG.en[code](args))} |`);
writeFileSync(file, head + [...rest.slice(0, 2), ...rows, ...rest.slice(end)].join('\n'));
console.log(`docs/errors.md: ${rows.length} codes`);
