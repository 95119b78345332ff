// Preloaded with `node --import bench/maxrss.mjs` by the benchmark: on exit, writes the process's
// peak resident set size (KB) and CPU time (user + system, ms), worker threads included, as JSON to
// $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000) }));
});
