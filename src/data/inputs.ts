/**
 * What was read for a run: the cases, cohorts and rate tables, the rates each case is priced with,
 * and every file read with its sha256. Made by src/read/load.ts; read by the reports and the checks.
 */
import type { Diagnostic } from './diagnostic.js';
import type { Case, Cohort, RateSet, RateTable } from './model.js';

/** The kinds of YAML input file. */
export type FileKind = 'case' | 'cohort' | 'rates';

/** A file whose bytes are an input of the figures. */
export interface HashedFile {
  readonly abs: string;
  /** As shown to the user (src/read/files.ts displayPath). */
  readonly path: string;
  /** sha256 of the bytes read, hex; '' when the file could not be read. */
  readonly sha256: string;
}

export interface InputFile extends HashedFile {
  readonly kind: FileKind | 'unknown';
}

export interface Inputs {
  /** In report order: cohort, then case id (natural order). */
  readonly cases: readonly Case[];
  readonly cohorts: readonly Cohort[];
  readonly tables: readonly RateTable[];
  /** The rates each case is priced with, by case id. */
  readonly rateSets: ReadonlyMap<string, RateSet>;
  readonly files: readonly InputFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** The default table file (absolute), when a case without a table of its own was priced with it. */
  readonly defaultRates?: string;
}
