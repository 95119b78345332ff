/** One content hash over every input file, so a report can state exactly which inputs made it. */
import { createHash } from 'node:crypto';
import { compareStrings } from '../data/diagnostic.js';
import type { HashedFile } from '../data/inputs.js';

/**
 * sha256 over the sorted sha256 hashes of the input files (one per line): depends on the files'
 * contents only, not on their names, order or location, so a clone elsewhere gives the same digest.
 */
export function inputsDigest(files: readonly Pick<HashedFile, 'sha256'>[]): string {
  const lines = files
    .map((f) => f.sha256)
    .filter(Boolean)
    .sort(compareStrings)
    .map((h) => `${h}\n`)
    .join('');
  return createHash('sha256').update(lines).digest('hex');
}
