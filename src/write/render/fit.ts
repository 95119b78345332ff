/**
 * Fitting a grid to the terminal's width. On a pipe (no width) every column keeps its natural width,
 * as before; on a terminal of `width` columns:
 *
 *   1. column titles (headers) wrap at their spaces, the least important column first;
 *   2. text is shortened: cut with '…' (titles), or wrapped where the grid keeps text whole;
 *   3. the least important columns move to a second table below, which repeats the row's key.
 *
 * Which columns stay is decided on the narrowest layout (every header wrapped, all text at its
 * minimum); the columns that stay then widen again as far as the width allows. Pure layout: widths
 * in characters, no figures.
 */
import type { ColumnFit } from '../grid.js';

/** One column as the terminal shows it, its cells already written out as plain text. */
export interface FitColumn {
  readonly header: string;
  readonly cells: readonly string[];
  /** 'fixed': never narrower (amounts); 'cut': cut with '…'; 'wrap': wrapped at spaces. */
  readonly mode: 'fixed' | 'cut' | 'wrap';
  /** Natural width of the cells (before any fitting), e.g. capped at 44 for cut text. */
  readonly natural: number;
  /** Narrowest the cells may become. */
  readonly min: number;
  readonly keep: number;
}

/** One table of a fitted grid: which columns (by index), at which widths. */
export interface FitPart {
  readonly columns: readonly number[];
  readonly widths: readonly number[];
}

/** Default width a text column may be cut to. */
export const MIN_TEXT = 16;

/** Characters as the terminal counts them (every character doorbraak writes is one column wide). */
export function displayWidth(s: string): number {
  let n = 0;
  for (const line of s.split('\n')) n = Math.max(n, [...line].length);
  return n;
}

function longestWord(s: string): number {
  return Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
}

/** Width of a table with these column widths: `│ a │ b │` is 1 + Σ (width + 3). */
export function tableWidth(widths: readonly number[]): number {
  return 1 + widths.reduce((s, w) => s + w + 3, 0);
}

/** How a grid column gives way, by default: the first column is the key, later columns move first. */
export function defaultFit(n: number, fit?: readonly ColumnFit[]): ColumnFit[] {
  return Array.from({ length: n }, (_, i) => fit?.[i] ?? { keep: i });
}

const headerMin = (c: FitColumn): number => Math.max(1, longestWord(c.header));
const full = (c: FitColumn): number => Math.max(c.natural, displayWidth(c.header));
const narrowest = (c: FitColumn): number => Math.max(c.min, headerMin(c));

/** The widths of these columns within `width`: headers wrapped, then text shortened, as far as needed. */
function widthsFor(cols: readonly FitColumn[], width: number): number[] {
  const w = cols.map(full);
  if (tableWidth(w) <= width) return w;
  // 1. Wrap headers, the least important column first.
  const byKeep = cols.map((c, i) => i).sort((a, b) => cols[b]!.keep - cols[a]!.keep || b - a);
  for (const i of byKeep) {
    w[i] = Math.max(cols[i]!.natural, headerMin(cols[i]!));
    if (tableWidth(w) <= width) return w;
  }
  // 2. Shorten text, the widest column first, one character at a time.
  let over = tableWidth(w) - width;
  while (over > 0) {
    let best = -1;
    for (let i = 0; i < cols.length; i++) {
      if (w[i]! <= narrowest(cols[i]!)) continue;
      if (best < 0 || w[i]! > w[best]!) best = i;
    }
    if (best < 0) break;
    w[best]!--;
    over--;
  }
  return w;
}

/**
 * Split and size the columns for a terminal `width` characters wide (undefined: no limit). The
 * first part holds the key columns and the most important others; each further part repeats the
 * key columns with the next ones.
 */
export function fitColumns(cols: readonly FitColumn[], width: number | undefined): FitPart[] {
  const all = cols.map((_, i) => i);
  if (width === undefined) return [{ columns: all, widths: cols.map(full) }];
  let keys = all.filter((i) => cols[i]!.keep === 0);
  if (!keys.length && cols.length) keys = [0];
  // Columns with the same `keep` belong together (an amount and its share): they stay or move as one.
  const groups = new Map<number, number[]>();
  for (const i of all.filter((i) => !keys.includes(i))) groups.set(cols[i]!.keep, [...(groups.get(cols[i]!.keep) ?? []), i]);
  let rest = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
  const minWidths = (ids: readonly number[]) => ids.map((i) => narrowest(cols[i]!));
  const parts: FitPart[] = [];
  do {
    const kept = [...keys];
    let taken = 0;
    for (const group of rest) {
      if (taken > 0 && tableWidth(minWidths([...kept, ...group])) > width) break;
      kept.push(...group);
      taken++;
    }
    const ordered = kept.sort((a, b) => a - b);
    parts.push({ columns: ordered, widths: widthsFor(ordered.map((i) => cols[i]!), width) });
    rest = rest.slice(taken);
  } while (rest.length);
  return parts;
}
