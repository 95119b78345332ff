/**
 * Showing the small-number marks (src/reports/small-numbers.ts decides them): in the formats meant to
 * be passed on (html, xlsx, csv, md) a marked row keeps its name and shows "< 5 casussen" (or
 * "afgeschermd") instead of its figures; in the working formats (terminal) it keeps its figures and
 * its name gets a '*', with a note.
 */
import type { Mark, Marks, SmallNumbers } from '../reports/small-numbers.js';
import { type Cell, EMPTY, text } from './grid.js';
import { type Lang, texts } from './i18n/index.js';

export interface Disclosure {
  readonly small: SmallNumbers;
  /** True for html, xlsx, csv and md. */
  readonly publish: boolean;
  readonly lang: Lang;
}

/** What a marked row shows instead of its figures in a published format. */
export function hiddenText(mark: Mark, d: Disclosure): string {
  const t = texts(d.lang).tracking;
  return mark === 'small' ? t.small(d.small.k) : t.withheld;
}

/** A row's cells as shown: `keep` leading cells stay; a published marked row shows the mark instead of the rest. */
export function discloseRow(cells: readonly Cell[], mark: Mark | undefined, d: Disclosure | undefined, keep = 1): Cell[] {
  if (!mark || !d) return [...cells];
  if (d.publish) return [...cells.slice(0, keep), text(hiddenText(mark, d)), ...cells.slice(keep + 1).map(() => EMPTY)];
  if (mark !== 'small') return [...cells];
  const first = cells[0];
  const marker = texts(d.lang).tracking.marker;
  return [first && first.kind === 'text' ? text(`${first.text} ${marker}`) : text(marker), ...cells.slice(1)];
}

/** The note a grid needs when any of its rows is marked. */
export function disclosureNotes(marks: Marks, d: Disclosure | undefined): string[] {
  if (!d || !marks.some((m) => m === 'small' || (d.publish && m === 'complement'))) return [];
  const t = texts(d.lang).tracking;
  if (!d.publish) return [t.workingNote(d.small.k)];
  return [...(marks.includes('small') ? [t.publishNote(d.small.k)] : []), ...(marks.includes('complement') ? [t.withheldNote] : [])];
}
