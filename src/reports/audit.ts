/** What a report cites to be checked: the lock file calc wrote in the same run, with its digest. */
import { createHash } from 'node:crypto';

export interface LockCitation {
  /** The lock file as given to --lock. */
  readonly file: string;
  /** sha256 of the lock file's bytes. */
  readonly sha256: string;
}

export function lockCitation(file: string, text: string): LockCitation {
  return { file, sha256: createHash('sha256').update(text).digest('hex') };
}
