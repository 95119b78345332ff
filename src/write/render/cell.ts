/**
 * The one formatter of a grid cell, shared by every renderer: an amount, a count or a share as the
 * language writes it, text as it is. Each renderer only escapes what its format needs (Markdown
 * pipes, HTML entities, CSV quotes) and adds its own emphasis.
 */
import type { Cell } from '../grid.js';
import { type MoneyStyle, formatInt, formatMoney, formatPermille, plainNumber } from '../i18n/index.js';

export interface CellFormat {
  /** Numbers for a spreadsheet: no grouping, no euro sign (CSV). */
  readonly plain?: boolean;
}

export function cellText(c: Cell, style: MoneyStyle, format: CellFormat = {}): string {
  switch (c.kind) {
    case 'text':
      return c.text;
    case 'money': {
      const money = c.showCents ? { ...style, cents: true } : style;
      return format.plain ? plainNumber(c.cents, money) : formatMoney(c.cents, money);
    }
    case 'share':
      return formatPermille(c.permille, style.lang);
    case 'int':
      return format.plain ? c.value.toString() : formatInt(c.value, style.lang);
    default:
      return '';
  }
}

/** An amount below zero (shown in red on a terminal). */
export function isNegative(c: Cell): boolean {
  return c.kind === 'money' && (typeof c.cents === 'bigint' ? c.cents < 0n : c.cents.n < 0n);
}
