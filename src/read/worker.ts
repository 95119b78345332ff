/**
 * A worker thread of the parallel path (src/read/parallel.ts): for each case file it is sent, the same
 * readInputFile and convertCase that loadInputs runs and, when the main thread sent a pricing plan,
 * the same priceOne that the main thread would run, answered as plain data (the priced case in its
 * compact wire form, rebuilt on the main thread). A file that turns out not
 * to be a case (a rate table, a cohort by content) is answered with null and left to loadInputs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RateSet } from '../data/model.js';
import { priceOne, pricedToWire } from '../data/pricing.js';
import { convertCase } from './convert.js';
import { displayPath } from './files.js';
import { type PreparedFile, makeRateSet, privacyOf, readInputFile } from './load.js';
import type { WorkerInit, WorkerJob } from './parallel.js';

const init = workerData as WorkerInit;
const plan = init.pricing;
/** The rate sets of the plan, made once from the tables sent once. */
const sets: RateSet[] = plan ? plan.sets.map((s) => makeRateSet(s.map((i) => plan.tables[i]!))) : [];

function prepare(abs: string, cohortIndex: number): PreparedFile | null {
  const { entry, diagnostics } = readInputFile(abs, displayPath(abs, init.cwd));
  // Rate tables and cohorts by content, and parsed files of no known kind (which loadInputs may still
  // be asked to read as a rate table), are left to loadInputs.
  if (entry.kind !== 'case' && (entry.kind !== 'unknown' || entry.parsed)) return null;
  const cohort = cohortIndex >= 0 ? (init.cohorts[cohortIndex] ?? undefined) : undefined;
  const converted = entry.kind === 'case' && entry.parsed ? convertCase(entry.parsed, cohort) : undefined;
  const privacy = init.privacy ? privacyOf(entry) : [];
  const s = plan ? (cohortIndex >= 0 ? (plan.cohortSet[cohortIndex] ?? -1) : plan.noCohortSet) : -1;
  const result = converted?.case && s >= 0 ? priceOne(converted.case, sets[s]!, plan!.options) : undefined;
  // Sent as numbers, not as objects: what takes exact arithmetic to find (src/data/pricing.ts pricedToWire).
  const pricedWire = result ? { set: s, ...(result.priced ? { wire: pricedToWire(result.priced) } : {}), problems: result.problems, gaps: result.gaps } : undefined;
  return {
    kind: entry.kind,
    file: entry.file,
    diagnostics,
    ...(converted ? { converted } : {}),
    ...(privacy.length ? { privacy } : {}),
    ...(pricedWire ? { pricedWire } : {}),
  };
}

parentPort?.on('message', (job: WorkerJob) => {
  parentPort?.postMessage(job.map(([abs, c]) => [abs, prepare(abs, c)] as const));
});
