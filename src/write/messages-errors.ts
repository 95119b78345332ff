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
    // issue 12
    'yaml.too_many_keys': (a) => `te veel sleutels (meer dan ${s(a, 'max')}); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen`,
    'yaml.too_many_nodes': (a) => `te veel waarden (meer dan ${s(a, 'max')}); een casus heeft er hoogstens enkele honderden. Het bestand is niet gelezen`,
    'yaml.too_many_anchors': (a) => `te veel YAML-ankers (&, meer dan ${s(a, 'max')}); het bestand is niet gelezen`,
    'value.horizon_too_long': (a) => `horizon ${q(s(a, 'text'))} is langer dan ${s(a, 'max')} jaar; kies een kortere horizon`,
    'value.not_decimal': (a) => `${q(s(a, 'key'))} moet een gewoon decimaal getal zijn, zoals 163.59, niet ${s(a, 'value')}`,
    'usage.output_is_input': (a) => `${s(a, 'option')} ${s(a, 'file')}: dit is een invoerbestand van deze opdracht; doorbraak schrijft nooit over zijn invoer. Kies een ander bestand`,
    'io.read_only': () => 'bestand is alleen-lezen; niet overschreven',
    'io.symlink_outside': () => 'symbolische koppeling wijst buiten de opgegeven mappen; overgeslagen (volg zulke koppelingen met --follow-symlinks)',
    'io.stdout_failed': (a) => `kan niet naar de standaarduitvoer schrijven (${s(a, 'reason')}); de uitvoer is onvolledig`,
    'lock.not_cents': (a) => `${q(s(a, 'field'))} is geen geheel aantal centen (${s(a, 'number')})`,
    'lock.duplicate_input': (a) => `invoerbestand ${q(s(a, 'file'))} staat meer dan één keer in het lock-bestand`,
    // end issue 12
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
    // issue 12
    'yaml.too_many_keys': (a) => `too many keys (more than ${s(a, 'max')}); a case has a few hundred at most. The file was not read`,
    'yaml.too_many_nodes': (a) => `too many values (more than ${s(a, 'max')}); a case has a few hundred at most. The file was not read`,
    'yaml.too_many_anchors': (a) => `too many YAML anchors (&, more than ${s(a, 'max')}); the file was not read`,
    'value.horizon_too_long': (a) => `horizon ${q(s(a, 'text'))} is longer than ${s(a, 'max')} years; choose a shorter horizon`,
    'value.not_decimal': (a) => `${q(s(a, 'key'))} must be a plain decimal number such as 163.59, not ${s(a, 'value')}`,
    'usage.output_is_input': (a) => `${s(a, 'option')} ${s(a, 'file')}: this is an input file of this command; doorbraak never writes over its input. Choose another file`,
    'io.read_only': () => 'file is read-only; not overwritten',
    'io.symlink_outside': () => 'symbolic link leads outside the folders given; skipped (follow such links with --follow-symlinks)',
    'io.stdout_failed': (a) => `cannot write to standard output (${s(a, 'reason')}); the output is incomplete`,
    'lock.not_cents': (a) => `${q(s(a, 'field'))} is not a whole number of cents (${s(a, 'number')})`,
    'lock.duplicate_input': (a) => `input file ${q(s(a, 'file'))} is listed more than once in the lock file`,
    // end issue 12
  },
};
