/**
 * What was read for a run: the cases, cohorts and rate tables, the rates each case is priced with,
 * and every file read with its sha256. Made by src/read/load.ts; read by the reports and the checks.
 */
import type { Diagnostic } from './diagnostic.js';
import type { Case, Cohort, RateSet, RateTable } from './model.js';

/** The kinds of YAML input file (tags: a tags.yaml of allowed words, docs/tracking.md). */
export type FileKind = 'case' | 'cohort' | 'rates' | 'tags';

/** The file kinds with a JSON Schema (`doorbraak schema`): the three input kinds, and the price index series. */
export type SchemaKind = FileKind | 'index';
export const SCHEMA_KINDS: readonly SchemaKind[] = ['case', 'cohort', 'rates', 'index', 'tags'];

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
  /** Case files with errors: the lines that converted, priced only to report their problems too. */
  readonly probes?: readonly Probe[];
  /**
   * What the privacy guard found in the case and cohort files, as warnings, when the load was asked
   * to scan them (calc, check): scanned while each file was parsed, so that it is not read twice.
   */
  readonly privacy?: readonly Diagnostic[];
  /** The default table file (absolute), when a case without a table of its own was priced with it. */
  readonly defaultRates?: string;
}

/** The valid lines of a case file with errors, and the rates it would be priced with. */
export interface Probe {
  readonly case: Case;
  readonly rates: RateSet;
}
