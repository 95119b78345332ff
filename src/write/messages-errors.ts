/**
 * Messages for bad input beyond the core: the YAML parser's problems in the user's own language
 * (no English library text in Dutch output), non-regular files, numbers that are not numbers, and the
 * privacy guard (src/reports/privacy.ts).
 */
import type { Catalog } from './messages.js';
import { q, s } from './messages.js';

const PRIVACY_NL: Record<string, string> = {
  bsn: 'een burgerservicenummer (BSN)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  iban: 'een IBAN (rekeningnummer)',
  postcode: 'een postcode met huisnummer',
  birthdate: 'een geboortedatum',
};
const PRIVACY_EN: Record<string, string> = {
  bsn: 'a citizen service number (BSN)',
  email: 'an e-mail address',
  phone: 'a phone number',
  iban: 'an IBAN (bank account number)',
  postcode: 'a postcode with house number',
  birthdate: 'a date of birth',
};

export const ERROR_MESSAGES: Catalog = {
  nl: {
    'io.not_regular': () => 'geen gewoon bestand (een pipe, socket of apparaat); niet gelezen',
    'io.link_loop': () => 'symbolische koppeling verwijst (via een lus) naar zichzelf; kan niet gelezen worden',
    'line.too_large': () => 'het bedrag van deze regel is te groot (meer dan € 10 miljard); controleer aantallen, uren en duur',
    'yaml.unclosed_quote': (a) => `aanhalingsteken ${s(a, 'quote')} wordt niet gesloten`,
    'yaml.key_without_value': () => "sleutel zonder waarde: zet een ':' achter de sleutel",
    'yaml.key_one_line': () => "een sleutel moet op één regel staan, gevolgd door ':'",
    'yaml.two_keys_one_line': () => 'twee sleutels op één regel; zet elke sleutel op een eigen regel, of zet de waarde tussen aanhalingstekens',
    'yaml.seq_column': () => "de streepjes '-' van een lijst moeten onder elkaar staan",
    'yaml.seq_without_dash': () => "lijstregel zonder '-' ervoor",
    'yaml.flow_unclosed': (a) => `lijst of mapping tussen haakjes wordt niet gesloten met ${q(s(a, 'end'))} (of springt niet ver genoeg in)`,
    'yaml.flow_missing_comma': () => "komma ontbreekt tussen de elementen tussen haakjes",
    'yaml.comment_space': () => "zet een spatie voor '#' als het commentaar is",
    'yaml.unexpected': () => 'onverwacht teken; controleer haakjes, aanhalingstekens en inspringing',
    'yaml.bad_escape': (a) => `ongeldige escape ${s(a, 'escape')} tussen dubbele aanhalingstekens`,
    'yaml.bad_start': (a) => `een waarde mag niet beginnen met ${s(a, 'char')}; zet haar tussen aanhalingstekens`,
    'yaml.bad_alias': () => 'ongeldig YAML-anker of -alias (& of *)',
    'yaml.unknown_alias': (a) => `alias ${s(a, 'name')} verwijst naar een anker (&) dat niet (eerder) bestaat`,
    'yaml.unknown_tag': (a) => `onbekende YAML-tag ${s(a, 'tag')}; de waarde wordt als tekst gelezen`,
    'yaml.complex_key': () => 'een sleutel moet een gewone naam zijn, geen lijst of mapping',
    'value.not_a_number': (a) => `${q(s(a, 'key'))} is geen getal (${s(a, 'value')})`,
    'privacy.found': (a) =>
      `${q(s(a, 'key'))} lijkt ${PRIVACY_NL[s(a, 'kind')] ?? s(a, 'kind')} te bevatten (${s(a, 'masked')}); een casusbestand hoort gepseudonimiseerd te zijn`,
  },
  en: {
    'io.not_regular': () => 'not a regular file (a pipe, socket or device); not read',
    'io.link_loop': () => 'symbolic link points (through a loop) to itself; cannot be read',
    'line.too_large': () => 'the amount of this line is too large (over €10 billion); check counts, hours and durations',
    'yaml.unclosed_quote': (a) => `quote ${s(a, 'quote')} is never closed`,
    'yaml.key_without_value': () => "key without a value: put a ':' after the key",
    'yaml.key_one_line': () => "a key must be on one line, followed by ':'",
    'yaml.two_keys_one_line': () => 'two keys on one line; put each key on its own line, or quote the value',
    'yaml.seq_column': () => "the dashes '-' of a list must line up",
    'yaml.seq_without_dash': () => "list item without a '-' in front",
    'yaml.flow_unclosed': (a) => `bracketed list or mapping is not closed with ${q(s(a, 'end'))} (or not indented far enough)`,
    'yaml.flow_missing_comma': () => 'missing comma between bracketed items',
    'yaml.comment_space': () => "put a space before '#' if it starts a comment",
    'yaml.unexpected': () => 'unexpected character; check brackets, quotes and indentation',
    'yaml.bad_escape': (a) => `invalid escape ${s(a, 'escape')} in double quotes`,
    'yaml.bad_start': (a) => `a value cannot start with ${s(a, 'char')}; put it in quotes`,
    'yaml.bad_alias': () => 'invalid YAML anchor or alias (& or *)',
    'yaml.unknown_alias': (a) => `alias ${s(a, 'name')} refers to an anchor (&) that does not exist (earlier)`,
    'yaml.unknown_tag': (a) => `unknown YAML tag ${s(a, 'tag')}; the value is read as text`,
    'yaml.complex_key': () => 'a key must be a plain name, not a list or mapping',
    'value.not_a_number': (a) => `${q(s(a, 'key'))} is not a number (${s(a, 'value')})`,
    'privacy.found': (a) =>
      `${q(s(a, 'key'))} seems to contain ${PRIVACY_EN[s(a, 'kind')] ?? s(a, 'kind')} (${s(a, 'masked')}); a case file should be pseudonymised`,
  },
};
