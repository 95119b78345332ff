/**
 * Free text of the cases (`values` and each line's `note`), gathered only when a user asks for it
 * with `--include-notes`: aggregate outputs never contain free text otherwise (case files describe
 * vulnerable families). Pure.
 */
import type { Scenario } from '../data/model.js';
import { SCENARIOS } from '../data/model.js';
import type { PricedCase } from '../data/pricing.js';

export interface LineNote {
  readonly scenario: Scenario;
  /** 0-based index of the line within its scenario, as in the case file. */
  readonly index: number;
  /** The rate's label or the custom item. */
  readonly label: string;
  readonly note: string;
}

export interface CaseNotes {
  readonly id: string;
  /** `values` as written in the case file (key order kept). */
  readonly values: readonly (readonly [string, string])[];
  readonly notes: readonly LineNote[];
}

/** One entry per case, in report order; cases without any free text give empty lists. */
export function caseNotes(priced: readonly PricedCase[]): CaseNotes[] {
  return priced.map((p) => {
    const notes: LineNote[] = [];
    for (const s of SCENARIOS) {
      for (const l of p.lines[s]) if (l.line.note !== undefined) notes.push({ scenario: s, index: l.index, label: l.label, note: l.line.note });
    }
    return { id: p.case.id, values: Object.entries(p.case.values ?? {}), notes };
  });
}
