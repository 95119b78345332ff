/**
 * Usage errors from commander, in the user's language. Commander writes them in English
 * ("error: unknown option '--x'"); this turns the common ones into Dutch, prefixes "doorbraak:" like
 * every other message, and points to --help. Unknown shapes pass through unchanged.
 */
import type { Lang } from './i18n.js';

type Rule = readonly [RegExp, (m: RegExpExecArray) => string];

const NL: readonly Rule[] = [
  [/^error: missing required argument '(.+)'$/, (m) => `verplicht argument '${m[1]}' ontbreekt`],
  [/^error: unknown command '(.+)'$/, (m) => `onbekend commando '${m[1]}'`],
  [/^error: unknown option '(.+?)'(?:\n?\(Did you mean (.+)\?\))?$/s, (m) => `onbekende optie '${m[1]}'${m[2] ? `; bedoelde u ${m[2]}?` : ''}`],
  [/^error: option '(.+)' argument missing$/, (m) => `optie '${m[1]}' mist een waarde`],
  [
    /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    (m) => `optie '${m[1]}': '${m[2]}' is ongeldig; kies uit ${m[3]}`,
  ],
  [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/s, (m) => `optie '${m[1]}': '${m[2]}' is ongeldig; ${m[3]}`],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    (m) => `'${m[1]}' is ongeldig voor '${m[2]}'; kies uit ${m[3]}`,
  ],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `te veel argumenten${m[1] ? ` voor '${m[1]}'` : ''}: verwacht ${m[2]}, gekregen ${m[3]}`],
];

const HINT: Record<Lang, string> = {
  nl: "Zie 'doorbraak --help' of 'doorbraak <commando> --help'.",
  en: "See 'doorbraak --help' or 'doorbraak <command> --help'.",
};

export function usageMessage(raw: string, lang: Lang): string {
  const text = raw.trim();
  let body = text.replace(/^error: /, '');
  if (lang === 'nl') {
    for (const [re, f] of NL) {
      const m = re.exec(text);
      if (m) {
        body = f(m);
        break;
      }
    }
  }
  return `doorbraak: ${body}\n${HINT[lang]}\n`;
}
