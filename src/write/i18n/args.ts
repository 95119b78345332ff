/** Reading a diagnostic's arguments inside a message: as text, as a list, quoted. */
import type { Args } from '../../data/diagnostic.js';

/** An argument as text ('' when absent; a list joined with ', '). */
export const s = (a: Args, k: string): string => {
  const v = a[k];
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};

/** An argument that is a list ([] when absent or not a list). */
export const list = (a: Args, k: string): readonly string[] => {
  const v = a[k];
  return Array.isArray(v) ? (v as readonly string[]) : [];
};

/** In single quotes, as keys and values are quoted in every message: 'chance'. */
export const q = (x: string): string => `'${x}'`;
