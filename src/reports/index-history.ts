/**
 * Earlier versions of the bundled price index `doorbraak:rates/cpi-nl.yaml`, by the sha256 of their
 * bytes: what a lock written before locks recorded the index figures they used (`price_index`) was
 * computed with. `verify` looks an old lock's index hash up here to find the yearly changes it used,
 * so that extending the series (2025, a provisional 2026) does not fail a lock whose figures it does
 * not touch. Add a version here whenever the bundled file changes (test/index-lock.test.ts checks
 * each entry against a copy of that version in test/fixtures/index-history/).
 */

/** The yearly changes of cpi-nl 2006–2024 (first_year 2005), unchanged in every version so far. */
const CPI_2006_2024 = ['1.1', '1.6', '2.5', '1.2', '1.3', '2.3', '2.5', '2.5', '1', '0.6', '0.3', '1.4', '1.7', '2.6', '1.3', '2.7', '10', '3.8', '3.3'];

export interface IndexVersion {
  /** As written in a lock. */
  readonly file: string;
  readonly sha256: string;
  /** Where the version came from (a commit of doorbraak), for the reader. */
  readonly commit: string;
  readonly firstYear: number;
  /** The yearly changes from firstYear + 1 on, as exact decimal strings. */
  readonly changes: readonly string[];
  readonly provisional: readonly number[];
}

export const BUNDLED_INDEX_VERSIONS: readonly IndexVersion[] = [
  {
    file: 'doorbraak:rates/cpi-nl.yaml',
    sha256: '5556f285e70becde05c941aef751bf3a8e8c924e8b3b4fee99fef5cfd3b75a20',
    commit: 'dc470f6 (locks introduced; series 2006–2024)',
    firstYear: 2005,
    changes: CPI_2006_2024,
    provisional: [],
  },
  {
    file: 'doorbraak:rates/cpi-nl.yaml',
    sha256: '2c29dd384d2f86d6126dde4f0948ff114db097b05d0560f953d1fb4c4d763812',
    commit: '08eb2aa (2025 = 3.3, 2026 = 2.3 provisional)',
    firstYear: 2005,
    changes: [...CPI_2006_2024, '3.3', '2.3'],
    provisional: [2026],
  },
];

/** The yearly changes of a known earlier version of a bundled index, by year; undefined when unknown. */
export function knownIndexVersion(file: string, sha256: string): ReadonlyMap<number, { change: string; provisional: boolean }> | undefined {
  const v = BUNDLED_INDEX_VERSIONS.find((x) => x.file === file && x.sha256 === sha256);
  if (!v) return undefined;
  return new Map(v.changes.map((change, i) => [v.firstYear + 1 + i, { change, provisional: v.provisional.includes(v.firstYear + 1 + i) }]));
}
