/**
 * The texts of doorbraak in Dutch (default) and English: `texts(lang)` gives every section of one
 * language (types.ts), and the helpers here turn a diagnostic, a usage error or a unit into words.
 * No other file under src/ holds user-facing words; see docs/texts.md.
 */
import { escapeControls, safeArgs } from '../escape.js';
import type { Diagnostic } from '../../data/diagnostic.js';
import type { RateUnit } from '../../data/duration.js';
import { english } from './lazy-en.js';
import { nl } from './nl.js';
import type { Lang, MessageCode, Msg, Texts } from './types.js';

export { LANGS, type Lang, type MessageCode, type Msg, type Texts } from './types.js';
export * from './numbers.js';

/** Both languages; English is loaded when first asked for (src/write/i18n/lazy-en.ts). */
export const TEXTS: Readonly<Record<Lang, Texts>> = {
  nl,
  get en(): Texts {
    return english().en;
  },
};

/** Every text of one language. */
export function texts(lang: Lang): Texts {
  return TEXTS[lang];
}

/** The messages of both languages, by code (scripts/errors-doc.mjs, tests). */
export const CATALOG: Readonly<Record<Lang, Readonly<Record<MessageCode, Msg>>>> = {
  nl: nl.messages,
  get en(): Readonly<Record<MessageCode, Msg>> {
    return english().en.messages;
  },
};

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(nl.messages, code);
}

/** The text of a diagnostic; an unknown code shows itself with its arguments rather than nothing. */
export function messageText(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  // Input quoted in a message is shortened, masked and escaped (src/write/escape.ts).
  const args = safeArgs(d.args);
  return isMessageCode(d.code) ? TEXTS[lang].messages[d.code](args) : `${d.code} ${JSON.stringify(args)}`;
}

/**
 * `file:line:col: message` (or `file: message` for a problem with the file as a whole); in a
 * spreadsheet `file:sheet!cell: message` (`casussen.xlsx:regels!D14: …`).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const file = escapeControls(d.file);
  const where = d.cell !== undefined ? `${file}:${escapeControls(d.cell)}` : d.line > 0 ? `${file}:${d.line}:${d.col}` : file;
  const sev = d.severity === 'warning' ? TEXTS[lang].diagnostics.warning : '';
  return `${where}: ${sev}${messageText(d, lang)}`;
}

/**
 * A usage error from commander in the user's language. Commander writes them in English ("error:
 * unknown option '--x'"); this says the common ones in the user's language, prefixes "doorbraak:"
 * like every other message, and points to --help. Unknown shapes pass through without "error: ".
 */
export function usageMessage(raw: string, lang: Lang): string {
  const text = localiseNames(raw.trim(), lang);
  const { rules, hint } = TEXTS[lang].usage;
  let body = text.replace(/^error: /, '');
  for (const [re, say] of rules) {
    const m = re.exec(text);
    if (m) {
      body = say(m);
      break;
    }
  }
  return `doorbraak: ${body}\n${hint}\n`;
}

/**
 * The names of arguments and option values in the user's language: `<paths...>` → `<paden...>`,
 * `--rates <file>` → `--rates <bestand>`, `argument 'paths'` → `argument 'paden'`.
 */
export function localiseNames(text: string, lang: Lang): string {
  const names = TEXTS[lang].placeholders as Readonly<Record<string, string>>;
  const name = (n: string): string => (Object.hasOwn(names, n) ? names[n]! : n);
  return text
    .replace(/([<[])([a-z]+)(\.\.\.)?([>\]])/g, (_m, open: string, n: string, dots: string | undefined, close: string) => `${open}${name(n)}${dots ?? ''}${close}`)
    .replace(/(argument ')([a-z]+)(')/g, (_m, a: string, n: string, b: string) => `${a}${name(n)}${b}`);
}

/** The name of an argument (`paths`) in the user's language (`paden`). */
export function argumentName(n: string, lang: Lang): string {
  const names = TEXTS[lang].placeholders as Readonly<Record<string, string>>;
  return Object.hasOwn(names, n) ? names[n]! : n;
}

/** A unit as a word: "maand" / "maanden" (nl), "month" / "months" (en); a one-off item is "eenmalig". */
export function unitWord(unit: RateUnit, plural: boolean, lang: Lang): string {
  const w = TEXTS[lang].units[unit];
  return plural ? w.many : w.one;
}
