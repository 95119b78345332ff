/** The text of every diagnostic, in Dutch and English, and its `file:line:col: message` rendering. */
import type { Args, Diagnostic } from '../data/diagnostic.js';
import type { Lang } from './i18n.js';
import { ECONOMICS_MESSAGES } from './messages-economics.js';
import { ERROR_MESSAGES } from './messages-errors.js';
import { REPORT_MESSAGES } from './messages-reports.js';
import { VERSIONING_MESSAGES } from './messages-versioning.js';
import { REPORT_FORMAT_MESSAGES } from './messages-report-formats.js';
import { escapeControls, safeArgs } from './escape.js';

export type Msg = (a: Args) => string;

/** Helpers for message functions: an argument as text, as a list, quoted. */
export const s = (a: Args, k: string): string => {
  const v = a[k];
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};
export const list = (a: Args, k: string): readonly string[] => {
  const v = a[k];
  return Array.isArray(v) ? (v as readonly string[]) : [];
};
export const q = (x: string): string => `'${x}'`;

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  text: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  array: 'een lijst',
  object: 'een mapping (sleutels met waarden)',
  boolean: 'ja/nee (true/false)',
  null: 'leeg',
};
const TYPE_EN: Record<string, string> = {
  string: 'text',
  text: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping (keys with values)',
  boolean: 'true/false',
  null: 'empty',
};

export function didYouMean(a: Args, lang: Lang, key = 'suggestions'): string {
  const sug = list(a, key);
  if (!sug.length) return '';
  const names = sug.map(q).join(lang === 'nl' ? ' of ' : ' or ');
  return lang === 'nl' ? `; bedoelde u ${names}?` : `; did you mean ${names}?`;
}

const NL: Record<string, Msg> = {
  'io.not_found': () => 'bestand of map bestaat niet',
  'io.permission': () => 'geen leesrechten',
  'io.symlink_loop': () => 'symbolische koppeling vormt een lus; overgeslagen',
  'io.is_dir': () => 'is een map, geen bestand',
  'io.unreadable': (a) => `kan niet gelezen worden (${s(a, 'reason')})`,
  'io.no_yaml': () => 'geen .yaml- of .yml-bestanden in deze map',
  'io.too_large': (a) => `bestand is te groot (${s(a, 'size')} bytes; hoogstens ${s(a, 'max')})`,
  'io.binary': () => 'geen tekstbestand (bevat NUL-bytes)',
  'io.encoding': (a) => `geen geldige UTF-8-tekst (byte ${s(a, 'offset')}); sla het bestand op als UTF-8`,
  'yaml.duplicate_key': (a) => `sleutel ${q(s(a, 'key'))} komt twee keer voor`,
  'yaml.tab': () => 'tab gebruikt om in te springen; gebruik spaties',
  'yaml.indent': (a) => `YAML-fout in de inspringing: ${s(a, 'detail')}`,
  'yaml.syntax': (a) => `YAML-fout: ${s(a, 'detail')}`,
  'yaml.multiple_docs': () => 'meer dan één YAML-document in dit bestand; zet één casus per bestand',
  'yaml.too_deep': (a) => `te diep genest (meer dan ${s(a, 'max') || 64} niveaus)`,
  'yaml.alias_bomb': () => 'te veel YAML-aliassen (*); het bestand wordt niet uitgevouwen',
  'yaml.warning': (a) => `YAML: ${s(a, 'detail')}`,
  'file.empty': () => 'bestand is leeg',
  'file.not_mapping': (a) => `verwacht sleutels met waarden, niet ${TYPE_NL[s(a, 'received')] ?? s(a, 'received')}`,
  'file.unknown_kind': () => "onbekend soort bestand: een casus begint met 'case:', een cohort met 'cohort:', een tarieventabel met 'table:'",
  'file.not_rates': () => "geen tarieventabel (verwacht 'table:' bovenaan)",
  'schema.unknown_key': (a) => `onbekende sleutel ${q(s(a, 'key'))}${didYouMean(a, 'nl')}`,
  'schema.missing_key': (a) => `sleutel ${q(s(a, 'key'))} ontbreekt`,
  'schema.type': (a) => `${q(s(a, 'key'))} moet ${TYPE_NL[s(a, 'expected')] ?? s(a, 'expected')} zijn, niet ${TYPE_NL[s(a, 'received')] ?? s(a, 'received')}`,
  'schema.enum': (a) => `${q(s(a, 'key'))} moet een van ${list(a, 'options').join(', ')} zijn, niet ${q(s(a, 'value'))}`,
  'schema.slug': (a) => `${q(s(a, 'value'))} is geen geldige id: gebruik kleine letters, cijfers en '-'`,
  'schema.invalid': (a) => `ongeldige waarde ${q(s(a, 'value'))} voor ${q(s(a, 'key'))}`,
  'value.too_large': (a) => `getal ${a.value !== undefined ? q(s(a, 'value')) + ' ' : ''}is te groot`,
  'value.negative': (a) => `${q(s(a, 'key'))} mag niet negatief zijn (${s(a, 'value')})`,
  'value.precision': (a) => `${q(s(a, 'key'))} heeft meer dan 2 decimalen (${s(a, 'value')}); bedragen zijn in hele centen`,
  'value.precision_n': (a) => `${q(s(a, 'key'))} heeft meer dan ${s(a, 'places')} decimalen (${s(a, 'value')})`,
  'value.duration_unit': (a) => `onbekende eenheid ${q(s(a, 'unit'))} in duur ${q(s(a, 'text'))}${didYouMean(a, 'nl')}`,
  'value.duration_nonpositive': (a) => `duur moet groter dan nul zijn (${q(s(a, 'text'))})`,
  'value.duration_no_unit': (a) => `duur ${q(s(a, 'text'))} mist een eenheid; schrijf bijv. '${s(a, 'text')} months' of '${s(a, 'text')} maanden'`,
  'value.duration_format': (a) => `ongeldige duur ${q(s(a, 'text'))}; schrijf bijv. '3 months' of '6 maanden'`,
  'value.year': (a) => `ongeldig jaartal ${s(a, 'value')}`,
  'value.positive_int': (a) => `${q(s(a, 'key'))} moet een positief geheel getal zijn, niet ${s(a, 'value')}`,
  'value.count_positive': (a) => `'count' moet groter dan nul zijn, niet ${s(a, 'value')}`,
  'value.chance_range': (a) => `'chance' moet groter dan 0 en hoogstens 1 zijn, niet ${s(a, 'value')}`,
  'value.for_beyond_horizon': (a) => `'for: ${s(a, 'for')}' is langer dan de horizon (${s(a, 'horizon')})`,
  'value.hours_nonpositive': (a) => `'hours' moet groter dan nul zijn (${q(s(a, 'text'))})`,
  'value.hours_format': (a) => `ongeldige uren ${q(s(a, 'text'))}; schrijf een totaal (40) of 'N per week' / 'N per month'`,
  'rates.duplicate_id': (a) => `tarief-id ${q(s(a, 'id'))} komt al voor op ${s(a, 'first')}`,
  'rates.law_undeclared': (a) => `wet ${q(s(a, 'value'))} staat niet in 'laws' van deze tabel${didYouMean(a, 'nl')}`,
  'rates.payer_undeclared': (a) => `betaler ${q(s(a, 'value'))} staat niet in 'payers' van deze tabel${didYouMean(a, 'nl')}`,
  'rates.source_empty': (a) => `tarief ${q(s(a, 'id'))} heeft een lege 'source'; elke prijs heeft een bron nodig`,
  'line.rate_and_item': () => "een regel heeft 'rate' of 'item', niet beide",
  'line.no_rate_or_item': () => "regel mist 'rate' (een tarief uit de tabel) of 'item' (een eigen post)",
  'line.item_field_on_rate': (a) => `${q(s(a, 'key'))} hoort bij een eigen post ('item'); tarief ${q(s(a, 'rate'))} neemt dit uit de tarieventabel`,
  'line.item_missing': (a) => `eigen post ${q(s(a, 'item'))} mist ${q(s(a, 'key'))}`,
  'line.item_empty': () => "'item' mag niet leeg zijn",
  'line.hours_missing': (a) => `${q(s(a, 'rate'))} is een uurtarief: geef 'hours' (een totaal, of 'N per week' / 'N per month')`,
  'line.hours_not_hourly': (a) => `'hours' hoort alleen bij uurtarieven; ${q(s(a, 'rate'))} rekent per ${s(a, 'unit')}`,
  'line.for_on_once': (a) => `'for' past niet bij eenmalige post ${q(s(a, 'rate'))} (unit: once); gebruik 'count'`,
  'rate.unknown': (a) =>
    `onbekend tarief ${q(s(a, 'id'))}${list(a, 'suggestions').length ? `; bedoelde u ${list(a, 'suggestions').map(q).join(', ')}?` : ''}`,
  'case.duplicate_id': (a) => `casus-id ${q(s(a, 'id'))} komt al voor in ${s(a, 'first')}`,
  'cohort.rates_missing': (a) => `tarieventabel uit 'rates' bestaat niet: ${s(a, 'file')}`,
  'input.no_cases': () => 'geen casussen gevonden',
  'io.write_failed': (a) => `kan niet schrijven (${s(a, 'reason')}); een bestaand bestand is niet aangeraakt`,
};

const EN: Record<string, Msg> = {
  'io.not_found': () => 'no such file or directory',
  'io.permission': () => 'permission denied',
  'io.symlink_loop': () => 'symbolic link loop; skipped',
  'io.is_dir': () => 'is a directory, not a file',
  'io.unreadable': (a) => `cannot be read (${s(a, 'reason')})`,
  'io.no_yaml': () => 'no .yaml or .yml files in this directory',
  'io.too_large': (a) => `file is too large (${s(a, 'size')} bytes; at most ${s(a, 'max')})`,
  'io.binary': () => 'not a text file (contains NUL bytes)',
  'io.encoding': (a) => `not valid UTF-8 text (byte ${s(a, 'offset')}); save the file as UTF-8`,
  'yaml.duplicate_key': (a) => `key ${q(s(a, 'key'))} appears twice`,
  'yaml.tab': () => 'tab used for indentation; use spaces',
  'yaml.indent': (a) => `YAML indentation error: ${s(a, 'detail')}`,
  'yaml.syntax': (a) => `YAML error: ${s(a, 'detail')}`,
  'yaml.multiple_docs': () => 'more than one YAML document in this file; put one case in each file',
  'yaml.too_deep': (a) => `nested too deeply (more than ${s(a, 'max') || 64} levels)`,
  'yaml.alias_bomb': () => 'too many YAML aliases (*); the file is not expanded',
  'yaml.warning': (a) => `YAML: ${s(a, 'detail')}`,
  'file.empty': () => 'file is empty',
  'file.not_mapping': (a) => `expected keys with values, not ${TYPE_EN[s(a, 'received')] ?? s(a, 'received')}`,
  'file.unknown_kind': () => "unknown kind of file: a case starts with 'case:', a cohort with 'cohort:', a rate table with 'table:'",
  'file.not_rates': () => "not a rate table (expected 'table:' at the top)",
  'schema.unknown_key': (a) => `unknown key ${q(s(a, 'key'))}${didYouMean(a, 'en')}`,
  'schema.missing_key': (a) => `missing key ${q(s(a, 'key'))}`,
  'schema.type': (a) => `${q(s(a, 'key'))} must be ${TYPE_EN[s(a, 'expected')] ?? s(a, 'expected')}, not ${TYPE_EN[s(a, 'received')] ?? s(a, 'received')}`,
  'schema.enum': (a) => `${q(s(a, 'key'))} must be one of ${list(a, 'options').join(', ')}, not ${q(s(a, 'value'))}`,
  'schema.slug': (a) => `${q(s(a, 'value'))} is not a valid id: use lowercase letters, digits and '-'`,
  'schema.invalid': (a) => `invalid value ${q(s(a, 'value'))} for ${q(s(a, 'key'))}`,
  'value.too_large': (a) => `number ${a.value !== undefined ? q(s(a, 'value')) + ' ' : ''}is too large`,
  'value.negative': (a) => `${q(s(a, 'key'))} must not be negative (${s(a, 'value')})`,
  'value.precision': (a) => `${q(s(a, 'key'))} has more than 2 decimals (${s(a, 'value')}); amounts are in whole cents`,
  'value.precision_n': (a) => `${q(s(a, 'key'))} has more than ${s(a, 'places')} decimals (${s(a, 'value')})`,
  'value.duration_unit': (a) => `unknown unit ${q(s(a, 'unit'))} in duration ${q(s(a, 'text'))}${didYouMean(a, 'en')}`,
  'value.duration_nonpositive': (a) => `duration must be greater than zero (${q(s(a, 'text'))})`,
  'value.duration_no_unit': (a) => `duration ${q(s(a, 'text'))} has no unit; write e.g. '${s(a, 'text')} months'`,
  'value.duration_format': (a) => `invalid duration ${q(s(a, 'text'))}; write e.g. '3 months' or '6 maanden'`,
  'value.year': (a) => `invalid year ${s(a, 'value')}`,
  'value.positive_int': (a) => `${q(s(a, 'key'))} must be a positive whole number, not ${s(a, 'value')}`,
  'value.count_positive': (a) => `'count' must be greater than zero, not ${s(a, 'value')}`,
  'value.chance_range': (a) => `'chance' must be greater than 0 and at most 1, not ${s(a, 'value')}`,
  'value.for_beyond_horizon': (a) => `'for: ${s(a, 'for')}' is longer than the horizon (${s(a, 'horizon')})`,
  'value.hours_nonpositive': (a) => `'hours' must be greater than zero (${q(s(a, 'text'))})`,
  'value.hours_format': (a) => `invalid hours ${q(s(a, 'text'))}; write a total (40) or 'N per week' / 'N per month'`,
  'rates.duplicate_id': (a) => `rate id ${q(s(a, 'id'))} already defined at ${s(a, 'first')}`,
  'rates.law_undeclared': (a) => `law ${q(s(a, 'value'))} is not in this table's 'laws'${didYouMean(a, 'en')}`,
  'rates.payer_undeclared': (a) => `payer ${q(s(a, 'value'))} is not in this table's 'payers'${didYouMean(a, 'en')}`,
  'rates.source_empty': (a) => `rate ${q(s(a, 'id'))} has an empty 'source'; every price needs a source`,
  'line.rate_and_item': () => "a line has 'rate' or 'item', not both",
  'line.no_rate_or_item': () => "line has neither 'rate' (a rate from the table) nor 'item' (a custom item)",
  'line.item_field_on_rate': (a) => `${q(s(a, 'key'))} belongs to a custom item ('item'); rate ${q(s(a, 'rate'))} takes it from the rate table`,
  'line.item_missing': (a) => `custom item ${q(s(a, 'item'))} is missing ${q(s(a, 'key'))}`,
  'line.item_empty': () => "'item' must not be empty",
  'line.hours_missing': (a) => `${q(s(a, 'rate'))} is an hour rate: give 'hours' (a total, or 'N per week' / 'N per month')`,
  'line.hours_not_hourly': (a) => `'hours' only applies to hour rates; ${q(s(a, 'rate'))} is priced per ${s(a, 'unit')}`,
  'line.for_on_once': (a) => `'for' does not apply to one-off item ${q(s(a, 'rate'))} (unit: once); use 'count'`,
  'rate.unknown': (a) =>
    `unknown rate ${q(s(a, 'id'))}${list(a, 'suggestions').length ? `; did you mean ${list(a, 'suggestions').map(q).join(', ')}?` : ''}`,
  'case.duplicate_id': (a) => `case id ${q(s(a, 'id'))} already used in ${s(a, 'first')}`,
  'cohort.rates_missing': (a) => `rate table named in 'rates' does not exist: ${s(a, 'file')}`,
  'input.no_cases': () => 'no cases found',
  'io.write_failed': (a) => `cannot write (${s(a, 'reason')}); an existing file was left untouched`,
};

export type Catalog = Readonly<Record<Lang, Readonly<Record<string, Msg>>>>;

/** Messages of the core (reading, validation, pricing). Features add their own catalog file below. */
export const CORE_MESSAGES: Catalog = { nl: NL, en: EN };

/** Every catalog; a feature with its own messages adds its file here. */
const CATALOGS: readonly Catalog[] = [CORE_MESSAGES, ERROR_MESSAGES, REPORT_MESSAGES, ECONOMICS_MESSAGES, VERSIONING_MESSAGES, REPORT_FORMAT_MESSAGES];

export const CATALOG: Catalog = {
  nl: Object.assign({}, ...CATALOGS.map((c) => c.nl)) as Record<string, Msg>,
  en: Object.assign({}, ...CATALOGS.map((c) => c.en)) as Record<string, Msg>,
};

export function messageText(d: Pick<Diagnostic, 'code' | 'args'>, lang: Lang): string {
  const m = CATALOG[lang][d.code];
  // Input quoted in a message is shortened, masked and escaped (src/write/escape.ts).
  const args = safeArgs(d.args);
  return m ? m(args) : `${d.code} ${JSON.stringify(args)}`;
}

/** `file:line:col: message` (or `file: message` for a problem with the file as a whole). */
export function formatDiagnostic(d: Diagnostic, lang: Lang): string {
  const file = escapeControls(d.file);
  const where = d.line > 0 ? `${file}:${d.line}:${d.col}` : file;
  const sev = d.severity === 'warning' ? (lang === 'nl' ? 'waarschuwing: ' : 'warning: ') : '';
  return `${where}: ${sev}${messageText(d, lang)}`;
}
