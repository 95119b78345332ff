// Seeded generator of synthetic, valid case files for the benchmark (never committed: it writes to
// bench/out/ or a folder you name). Realistic shape: several cohorts with a cohort.yaml, 10–20 lines
// per case across the three scenarios, rate lines with hours / for / count / chance, custom items.
// Rate ids and units come from the bundled table, so every file prices without a diagnostic.
//
//   node bench/generate.mjs <dir> <n> [seed]
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Bump when the generated files change shape, so cached sets are regenerated. */
export const GENERATOR_VERSION = 1;

/** mulberry32: a tiny, well-known 32-bit PRNG; the same seed gives the same files everywhere. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COHORTS = [
  ['jeugd-noord', 'Jeugd en gezin, wijk Noord', '12 months'],
  ['schulden-zuid', 'Schulden en wonen, wijk Zuid', '12 months'],
  ['veiligheid-oost', 'Veiligheid en opvoeden, wijk Oost', '18 months'],
  ['ggz-west', 'GGZ en dagbesteding, wijk West', '24 months'],
  ['centrum', 'Centrum, gemengde casussen', '12 months'],
];
const FOR_DURATIONS = ['2 weeks', '4 weeks', '30 days', '3 months', '6 months', '9 maanden', '12 months'];
const ITEMS = [
  ['Afvalcontainer en opruimhulp', 650, 'once', 'Participatiewet', 'gemeente'],
  ['Nieuwe vloer', 1850.5, 'once', 'Participatiewet', 'gemeente'],
  ['Ervaringsdeskundige', 450, 'month', 'Wmo', 'gemeente'],
  ['Rolmodel voor de jongere', 300, 'month', 'Jeugdwet', 'gemeente'],
  ['Pleegzorgvergoeding zonder aanbieder', 9000, 'once', 'Jeugdwet', 'gemeente'],
  ['Verhuiskosten naar grotere woning', 2400, 'once', 'Participatiewet', 'gemeente'],
  ['Sportabonnement kinderen', 35.25, 'month', 'Participatiewet', 'gemeente'],
];

export function loadRates() {
  const t = parse(readFileSync(join(ROOT, 'rates', 'nl-2024.yaml'), 'utf8'));
  return t.rates.map((r) => ({ id: r.id, unit: r.unit }));
}

function caseText(r, id, rates) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  // Every duration here fits the shortest horizon (12 months), so no line runs past its horizon.
  const fors = FOR_DURATIONS;
  const total = 10 + Math.floor(r() * 11); // 10..20 lines
  const per = [0, 0, 0];
  for (let i = 0; i < total; i++) per[i < 3 ? i : r() < 0.8 ? Math.floor(r() * 2) : 2]++; // breakthrough: fewer lines
  const out = [`case: ${id}`, `title: Synthetische casus ${id}`];
  if (r() < 0.1) out.push('horizon: 12 months');
  out.push('values:', `  betrokkenheid: Bewoner werkt mee aan het plan (${Math.floor(r() * 100)}).`, '  legitimiteit: Jeugdwet art. 2.3; Wmo 2015 art. 2.3.5.');
  ['current', 'threat', 'breakthrough'].forEach((s, si) => {
    out.push(`${s}:`);
    for (let i = 0; i < per[si]; i++) {
      if (si === 2 && r() < 0.5) {
        const [item, price, unit, law, payer] = pick(ITEMS);
        out.push(`  - item: ${item}`, `    price: ${price}`, `    unit: ${unit}`, `    law: ${law}`, `    payer: ${payer}`);
        if (unit !== 'once' && r() < 0.5) out.push(`    for: ${pick(fors)}`);
        continue;
      }
      const rate = pick(rates);
      out.push(`  - rate: ${rate.id}`);
      if (rate.unit === 'hour') out.push(r() < 0.8 ? `    hours: ${1 + Math.floor(r() * 6)} per ${r() < 0.7 ? 'week' : 'month'}` : `    hours: ${5 + Math.floor(r() * 40)}`);
      if (rate.unit !== 'once' && (si === 2 || r() < 0.5)) out.push(`    for: ${si === 2 ? pick(fors.slice(0, 4)) : pick(fors)}`);
      if (rate.unit === 'once' && r() < 0.4) out.push(`    count: ${1 + Math.floor(r() * 20)}`);
      if (si === 1 && r() < 0.6) out.push(`    chance: ${pick(['0.25', '0.3', '0.5', '0.7', '0.75', '0.85'])}`);
      if (r() < 0.2) out.push('    note: Toelichting van de professional bij deze regel');
    }
  });
  return out.join('\n') + '\n';
}

/** Write n cases under dir (replacing it): dir/<cohort>/<batch>/<id>.yaml, with a cohort.yaml per cohort. */
export function generate(dir, n, seed = 42) {
  const rates = loadRates();
  const r = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  for (let c = 0; c < COHORTS.length; c++) {
    const [id, title, horizon] = COHORTS[c];
    mkdirSync(join(dir, id), { recursive: true });
    writeFileSync(join(dir, id, 'cohort.yaml'), `cohort: ${id}\ntitle: ${title}\nhorizon: ${horizon}\n`);
  }
  const made = new Set();
  for (let i = 0; i < n; i++) {
    const c = i % COHORTS.length;
    const id = `g${String(i + 1).padStart(6, '0')}`;
    const sub = join(dir, COHORTS[c][0], `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(join(sub, `${id}.yaml`), caseText(r, id, rates));
  }
  writeFileSync(join(dir, '.generated'), JSON.stringify({ n, seed, version: GENERATOR_VERSION }));
}

/** Generate only when dir does not already hold this exact set. */
export function ensureGenerated(dir, n, seed = 42) {
  const marker = join(dir, '.generated');
  if (existsSync(marker)) {
    try {
      const m = JSON.parse(readFileSync(marker, 'utf8'));
      if (m.n === n && m.seed === seed && m.version === GENERATOR_VERSION) return false;
    } catch {
      // regenerate
    }
  }
  generate(dir, n, seed);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir || !n) {
    process.stderr.write('usage: node bench/generate.mjs <dir> <n> [seed]\n');
    process.exit(2);
  }
  generate(resolve(dir), Number(n), seed ? Number(seed) : 42);
}
