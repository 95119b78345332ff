// Started as a real process by tests (test/helpers.ts runMany): runs several CLI invocations of the
// bundled build in this one process, each with its own captured output, and prints the results as
// JSON. For what needs a process environment (TZ, locale) but not one process start per command.
// Reads [{ args, cwd }] as JSON on stdin; every invocation sees this process's environment.
import { readFileSync } from 'node:fs';
import { main } from '../../dist/bundle/main.js';

const jobs = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { args, cwd } of jobs) {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    env: process.env,
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const status = await main(args, io);
  results.push({ status, stdout, stderr });
}
process.stdout.write(JSON.stringify(results));
