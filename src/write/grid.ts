/**
 * A report laid out as a grid of labelled cells: the one place that decides columns, labels and row
 * order, shared by the terminal table, Markdown and CSV renderers. Amount cells carry exact cents;
 * each renderer only formats them.
 */
import type { Rational } from '../data/rational.js';

export type Cell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'money'; readonly cents: bigint | Rational }
  | { readonly kind: 'int'; readonly value: number | bigint }
  | { readonly kind: 'empty' };

export type RowKind = 'body' | 'total' | 'subtotal' | 'mean';

export interface GridRow {
  readonly kind: RowKind;
  readonly cells: readonly Cell[];
}

export interface Grid {
  /** Optional title above the grid. */
  readonly title?: string;
  readonly header: readonly string[];
  readonly align: readonly ('left' | 'right')[];
  readonly rows: readonly GridRow[];
  /** Sentences below the grid (headline, notes). */
  readonly notes: readonly string[];
}

export const text = (t: string): Cell => ({ kind: 'text', text: t });
export const money = (c: bigint | Rational): Cell => ({ kind: 'money', cents: c });
export const int = (v: number | bigint): Cell => ({ kind: 'int', value: v });
export const EMPTY: Cell = { kind: 'empty' };
