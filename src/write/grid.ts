/**
 * A report laid out as a grid of labelled cells: the one place that decides columns, labels and row
 * order, shared by the terminal table, Markdown and CSV renderers. Amount cells carry exact cents;
 * each renderer only formats them.
 */
import type { Rational } from '../data/rational.js';

export type Cell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'money'; readonly cents: bigint | Rational; /** Always show cents (unit prices, line costs), whatever --cents says. */ readonly showCents?: boolean }
  | { readonly kind: 'int'; readonly value: number | bigint }
  /** A share in per mille (tenths of a percent), shown as a percentage with one decimal; undefined shows '–'. */
  | { readonly kind: 'share'; readonly permille: bigint | undefined }
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
  /** Never shorten text cells in the terminal table (sources, derivations, free text). */
  readonly fullText?: boolean;
  /** In the terminal table, wrap text columns at this many characters (with fullText: nothing is cut). */
  readonly wrapAt?: number;
  /** How each column gives way on a narrow terminal (src/write/render/fit.ts); default: by position. */
  readonly fit?: readonly ColumnFit[];
}

/**
 * One column on a narrow terminal. Text is shortened first (a text column is cut with '…' down to
 * `minWidth`, or wrapped when the grid keeps text whole), then the columns with the highest `keep`
 * move to a table below, which repeats the `keep: 0` columns (the row's key).
 */
export interface ColumnFit {
  /** 0: the row's key, in every part; otherwise lower numbers stay longest (equal numbers move together). */
  readonly keep: number;
  /** A text column may be cut to this width (default: 16, or its own width when narrower). */
  readonly minWidth?: number;
}

export const text = (t: string): Cell => ({ kind: 'text', text: t });
export const money = (c: bigint | Rational): Cell => ({ kind: 'money', cents: c });
/** An amount always shown with cents: a unit price or a line cost, which are exact to the cent. */
export const moneyCents = (c: bigint | Rational): Cell => ({ kind: 'money', cents: c, showCents: true });
export const int = (v: number | bigint): Cell => ({ kind: 'int', value: v });
export const share = (permille: bigint | undefined): Cell => ({ kind: 'share', permille });
export const EMPTY: Cell = { kind: 'empty' };
