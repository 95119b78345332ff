// `npm run bench`: the three figures of docs/performance.md, measured in one run on the same files.
//   (a) startup: `doorbraak calc cases/` as a whole process against a bare `node -e 0`;
//   (b) throughput: `doorbraak calc --format json` on 10,000 and 100,000 generated cases against two
//       yardsticks, plain single-threaded loops that only read and parse the same files: with js-yaml
//       (the target's yardstick, issue 19) and with the `yaml` package's yaml.parse();
//   (c) peak memory (max RSS of the whole process, worker threads included) at 100,000 cases.
// Medians of several interleaved runs, wall time and CPU time (all threads) of every process, and the
// load average around every figure (the machine is shared). Prints ratios, absolute figures and
// targets; writes bench/out/results.json.
//
// Environment: BENCH_SIZES=10000,100000 (case counts), BENCH_RUNS=N (runs for (b)), BENCH_STARTUP_RUNS=N,
// BENCH_RUNS_LARGE=N (runs at 100,000 cases and more), BENCH_DATA=dir (where generated cases live; default bench/out/data), plus anything doorbraak reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureGenerated } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'doorbraak.js');
const LOOP = join(ROOT, 'bench', 'parse-loop.mjs');
const LOOP_JS_YAML = join(ROOT, 'bench', 'parse-loop-js-yaml.mjs');
const RSS = join(ROOT, 'bench', 'maxrss.mjs');

const TARGETS = { startupRatio: 1.8, throughputRatio: 1.0, peakMemoryMB: 1024 };
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const runsB = Number(process.env.BENCH_RUNS ?? 3);
/** Runs at 100,000 cases and more (each takes minutes on a busy 2-core machine). */
const runsLarge = Number(process.env.BENCH_RUNS_LARGE ?? process.env.BENCH_RUNS ?? 3);
const runsA = Number(process.env.BENCH_STARTUP_RUNS ?? 21);
const dataRoot = resolve(process.env.BENCH_DATA ?? join(OUT, 'data'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** Run a node script once; wall time in ms (spawn to exit), and max RSS in MB and CPU time in ms when asked. */
function time(args, { cwd = ROOT, rss = false, expectCases } = {}) {
  const rssFile = join(tmpdir(), `doorbraak-bench-rss-${process.pid}.txt`);
  const nodeArgs = rss ? ['--import', RSS, ...args] : args;
  const env = { ...process.env, ...(rss ? { BENCH_RSS_FILE: rssFile } : {}) };
  delete env.CI;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, nodeArgs, { cwd, env, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  if (expectCases !== undefined) {
    const got = JSON.parse(r.stdout.toString('utf8')).totals.cases;
    if (got !== expectCases) throw new Error(`expected ${expectCases} cases, got ${got}`);
  }
  let maxRssMB;
  let cpuMs;
  if (rss) {
    const u = JSON.parse(readFileSync(rssFile, 'utf8'));
    maxRssMB = u.maxRSS / 1024;
    cpuMs = u.cpuMs;
    rmSync(rssFile, { force: true });
  }
  return { ms, maxRssMB, cpuMs };
}
const load = () => loadavg().map((x) => +x.toFixed(2));

const say = (s) => process.stdout.write(s + '\n');
const results = {
  machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? '', node: process.version, loadavgAtStart: load() },
  targets: TARGETS,
};

// (a) startup
say(`(a) startup: doorbraak calc cases/ vs node -e 0, median of ${runsA} runs each (interleaved)`);
{
  const bare = [];
  const calc = [];
  const loadBefore = load();
  time(['-e', '0']);
  time([BIN, 'calc', 'cases/']);
  for (let i = 0; i < runsA; i++) {
    bare.push(time(['-e', '0']).ms);
    calc.push(time([BIN, 'calc', 'cases/']).ms);
  }
  const b = median(bare);
  const c = median(calc);
  results.startup = { bareNodeMs: +b.toFixed(1), calcMs: +c.toFixed(1), ratio: +(c / b).toFixed(2), target: TARGETS.startupRatio, met: c / b <= TARGETS.startupRatio, loadavg: { before: loadBefore, after: load() } };
  say(`    node -e 0 ${fmt(b)}, calc cases/ ${fmt(c)}: ratio ${(c / b).toFixed(2)}× (target ≤ ${TARGETS.startupRatio}×) ${c / b <= TARGETS.startupRatio ? 'met' : 'MISSED'}`);
}

// (b) throughput and (c) memory
results.throughput = {};
for (const n of sizes) {
  const dir = join(dataRoot, `cases-${n}`);
  mkdirSync(dataRoot, { recursive: true });
  const t0 = Date.now();
  if (ensureGenerated(dir, n)) say(`    generated ${n} cases in ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const runs = n >= 100000 ? runsLarge : runsB;
  say(`(b) throughput at ${n} cases: calc --format json vs read+parse loops (js-yaml, yaml), median of ${runs} runs each (interleaved)`);
  const jsy = [];
  const yml = [];
  const calc = [];
  const loadBefore = load();
  // A warm-up run so that all find the files in the page cache.
  time([LOOP_JS_YAML, dir]);
  for (let i = 0; i < runs; i++) {
    jsy.push(time([LOOP_JS_YAML, dir], { rss: true }));
    yml.push(time([LOOP, dir], { rss: true }));
    calc.push(time([BIN, 'calc', '--format', 'json', dir], { rss: true, expectCases: n }));
  }
  const loadAfter = load();
  const med = (xs, k) => median(xs.map((x) => x[k]));
  const j = med(jsy, 'ms');
  const y = med(yml, 'ms');
  const c = med(calc, 'ms');
  const peak = Math.max(...calc.map((r) => r.maxRssMB));
  results.throughput[n] = {
    jsYamlLoopMs: Math.round(j),
    yamlLoopMs: Math.round(y),
    calcMs: Math.round(c),
    ratio: +(c / j).toFixed(2),
    ratioYamlLoop: +(c / y).toFixed(2),
    cpuMs: { jsYamlLoop: med(jsy, 'cpuMs'), yamlLoop: med(yml, 'cpuMs'), calc: med(calc, 'cpuMs') },
    // CPU time of all threads: what the ratio would be with the cores to itself and no parallelism.
    cpuRatio: +(med(calc, 'cpuMs') / med(jsy, 'cpuMs')).toFixed(2),
    cpuRatioYamlLoop: +(med(calc, 'cpuMs') / med(yml, 'cpuMs')).toFixed(2),
    casesPerSecond: Math.round((n / c) * 1000),
    maxRssMB: Math.round(peak),
    target: TARGETS.throughputRatio,
    met: c / j <= TARGETS.throughputRatio,
    loadavg: { before: loadBefore, after: loadAfter },
  };
  const t = results.throughput[n];
  say(`    js-yaml loop ${fmt(j)} (cpu ${fmt(t.cpuMs.jsYamlLoop)}), yaml loop ${fmt(y)} (cpu ${fmt(t.cpuMs.yamlLoop)}), calc ${fmt(c)} (cpu ${fmt(t.cpuMs.calc)}, ${t.casesPerSecond} cases/s)`);
  say(`    ratio to the js-yaml loop ${t.ratio}× (target ≤ ${TARGETS.throughputRatio}×) ${t.met ? 'met' : 'MISSED'}; to the yaml loop ${t.ratioYamlLoop}×`);
  say(`    in CPU time (all threads): ${t.cpuRatio}× the js-yaml loop, ${t.cpuRatioYamlLoop}× the yaml loop`);
  say(`    peak memory (max RSS) of calc: ${Math.round(peak)} MB; load average ${loadBefore.join(' ')} → ${loadAfter.join(' ')}`);
}
const largest = sizes[sizes.length - 1];
if (largest !== undefined) {
  const peak = results.throughput[largest].maxRssMB;
  results.memory = { cases: largest, maxRssMB: peak, targetMB: TARGETS.peakMemoryMB, met: peak <= TARGETS.peakMemoryMB };
  say(`(c) peak memory at ${largest} cases: ${peak} MB (target ≤ ${TARGETS.peakMemoryMB} MB) ${peak <= TARGETS.peakMemoryMB ? 'met' : 'MISSED'}`);
}
results.machine.loadavgAtEnd = load();
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
say(`written: ${join('bench', 'out', 'results.json')} (load average ${results.machine.loadavgAtStart.join(' ')} → ${results.machine.loadavgAtEnd.join(' ')})`);
