/**
 * Terminal colour: only on a TTY, never with NO_COLOR set, never into a file. chalk (and node:tty) is
 * loaded only when colour is wanted (src/write/lazy-colour.ts).
 */
import type { ChalkInstance } from 'chalk';
import { colour as colourModule } from './lazy-colour.js';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
}

export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s };

export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

export function makeStyle(colour: boolean): Style {
  if (!colour) return PLAIN;
  const c: ChalkInstance = new (colourModule().Chalk)({ level: 1 });
  return { bold: (s) => c.bold(s), dim: (s) => c.dim(s), red: (s) => c.red(s), green: (s) => c.green(s) };
}
