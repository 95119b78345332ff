// Preloaded with `node --import bench/maxrss.mjs` by the benchmark: on exit, writes the process's
// peak resident set size (KB, worker threads included) to $BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
