/**
 * A worker thread of the parallel path (src/read/parallel.ts): for each case file it is sent, the same
 * readInputFile and convertCase that loadInputs runs, answered as plain data. A file that turns out not
 * to be a case (a rate table, a cohort by content) is answered with null and left to loadInputs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { convertCase } from './convert.js';
import { displayPath } from './files.js';
import { type PreparedFile, privacyOf, readInputFile } from './load.js';
import type { WorkerInit, WorkerJob } from './parallel.js';

const init = workerData as WorkerInit;

function prepare(abs: string, cohortIndex: number): PreparedFile | null {
  const { entry, diagnostics } = readInputFile(abs, displayPath(abs, init.cwd));
  // Rate tables and cohorts by content, and parsed files of no known kind (which loadInputs may still
  // be asked to read as a rate table), are left to loadInputs.
  if (entry.kind !== 'case' && (entry.kind !== 'unknown' || entry.parsed)) return null;
  const cohort = cohortIndex >= 0 ? (init.cohorts[cohortIndex] ?? undefined) : undefined;
  const converted = entry.kind === 'case' && entry.parsed ? convertCase(entry.parsed, cohort) : undefined;
  const privacy = init.privacy ? privacyOf(entry) : [];
  return { kind: entry.kind, file: entry.file, diagnostics, ...(converted ? { converted } : {}), ...(privacy.length ? { privacy } : {}) };
}

parentPort?.on('message', (job: WorkerJob) => {
  parentPort?.postMessage(job.map(([abs, c]) => [abs, prepare(abs, c)] as const));
});
