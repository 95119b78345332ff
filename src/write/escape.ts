/**
 * Making text from input files safe to show: control characters and bidirectional overrides made
 * visible (`\x1b`, `\u202e`) so that no input can move the cursor, ring the bell, overwrite a line or
 * reverse the text on a terminal; Markdown's HTML and link syntax escaped; quoted input in messages
 * shortened and with anything the privacy guard recognises masked. Used by the message renderer and
 * the table, CSV and Markdown renderers (xlsx strips control characters itself, HTML escapes itself).
 */
import type { Args } from '../data/diagnostic.js';
import { mask, scanString } from '../data/privacy.js';

/** C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text. */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Control and bidi characters as visible escapes: ESC → `\x1b`, U+202E → `\u202e`. */
export function escapeControls(s: string): string {
  CONTROLS.lastIndex = 0;
  if (!CONTROLS.test(s)) return s;
  return s.replace(CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** Text for a Markdown document: controls escaped, and no raw HTML, links or images (`<`, `>`, `[`, `]`). */
export function escapeMarkdownText(s: string): string {
  return escapeControls(s).replace(/[<>[\]]/g, (c) => `\\${c}`);
}

/** The most characters of a piece of input quoted in a message; the rest becomes '…'. */
export const MAX_QUOTED = 32;

/** Anything the privacy guard finds in `s` (a BSN, a phone number, an address …) masked in place. */
export function maskPersonal(s: string): string {
  const found = scanString(s);
  if (!found.length) return s;
  let out = '';
  let at = 0;
  for (const f of found) {
    out += s.slice(at, f.index) + mask(f.text);
    at = f.index + f.text.length;
  }
  return out + s.slice(at);
}

/** Input quoted in a message: personal data masked, at most MAX_QUOTED characters, controls escaped. */
export function quoteInput(s: string, max = MAX_QUOTED, masked = true): string {
  let v = masked ? maskPersonal(s) : s;
  if (v.length > max) {
    const cps = [...v];
    if (cps.length > max) v = cps.slice(0, max - 1).join('') + '…';
  }
  return escapeControls(v);
}

/** Arguments that hold text as the user typed it: quoted shortened and masked. */
const INPUT_ARGS = new Set(['key', 'value', 'text', 'id', 'rate', 'item', 'horizon', 'unit', 'for', 'from', 'low', 'high', 'central', 'given', 'missing', 'tag', 'name', 'escape', 'char', 'cohort']);
/** Arguments that may quote input inside a longer text (a parser's message): masked, not shortened. */
const MASKED_ARGS = new Set(['detail']);
/** Arguments that hold a date of a case's course (docs/tracking.md): dates by design, not a person's; shortened, not masked. */
const COURSE_DATE_ARGS = new Set(['date', 'start', 'breakthrough']);

/** The arguments of a diagnostic made safe to print: see INPUT_ARGS and MASKED_ARGS; every string escaped. */
export function safeArgs(a: Args): Args {
  const out: Record<string, string | number | readonly string[]> = {};
  for (const [k, v] of Object.entries(a)) {
    if (typeof v === 'string') {
      out[k] = INPUT_ARGS.has(k) ? quoteInput(v) : COURSE_DATE_ARGS.has(k) ? quoteInput(v, MAX_QUOTED, false) : MASKED_ARGS.has(k) ? escapeControls(maskPersonal(v)) : escapeControls(v);
    }
    else if (Array.isArray(v)) out[k] = (v as readonly string[]).map((x) => escapeControls(String(x)));
    else out[k] = v as number;
  }
  return out;
}
