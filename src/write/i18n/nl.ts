/**
 * Every Dutch text of doorbraak, the default language. One object, one named section per part of the
 * program; `en.ts` has the same sections. How to add a text: docs/texts.md.
 */
import type { Args } from '../../data/diagnostic.js';
import { list, q, s } from './args.js';
import { formatInt, formatMoney } from './numbers.js';
import type { Texts } from './types.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const valueTypes: Texts['valueTypes'] = {
  string: 'tekst',
  text: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  array: 'een lijst',
  object: 'een mapping (sleutels met waarden)',
  boolean: 'ja/nee (true/false)',
  null: 'leeg',
};
const typeName = (t: string): string => (valueTypes as Readonly<Record<string, string>>)[t] ?? t;

const privacyKinds: Texts['privacyKinds'] = {
  bsn: 'een burgerservicenummer (BSN)',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  iban: 'een IBAN (rekeningnummer)',
  postcode: 'een postcode met huisnummer',
  birthdate: 'een geboortedatum',
  date: 'een datum',
};
const kindName = (k: string): string => (privacyKinds as Readonly<Record<string, string>>)[k] ?? k;

/** "; bedoelde u 'chance' of 'change'?" when the arguments hold suggestions. */
function didYouMean(a: Args): string {
  const sug = list(a, 'suggestions');
  return sug.length ? `; bedoelde u ${sug.map(q).join(' of ')}?` : '';
}

const tables = (a: Args): string => list(a, 'tables').map(q).join(', ');
/** "huidige inzet, dreigend scenario of gerealiseerde doorbraak" */
const scenarioChoice = (a: Args): string => {
  const o = list(a, 'options');
  return o.length > 1 ? `${o.slice(0, -1).join(', ')} of ${o[o.length - 1]!}` : o.join('');
};
const euros = (a: Args, k: string): string => formatMoney(BigInt(s(a, k) || '0'), { lang: 'nl', cents: false });

/** "baten € 323.005 gepubliceerd, € 214.830 berekend" for each published figure that differs. */
function differences(a: Args): string {
  const parts: string[] = [];
  // With `figure`, only that figure (each differing figure has a message at its own line).
  const only = (f: string): boolean => s(a, 'figure') === '' || s(a, 'figure') === f;
  if (only('cases') && s(a, 'pub_cases') !== s(a, 'cases')) parts.push(`casussen ${s(a, 'pub_cases')} gepubliceerd, ${s(a, 'cases')} berekend`);
  if (only('baten') && s(a, 'pub_baten') !== s(a, 'baten')) parts.push(`baten ${euros(a, 'pub_baten')} gepubliceerd, ${euros(a, 'baten')} berekend`);
  if (only('mean') && s(a, 'mean_ok') === 'no') parts.push(`gemiddeld per casus ${euros(a, 'pub_mean')} gepubliceerd, ${s(a, 'mean') ? euros(a, 'mean') : '–'} berekend`);
  return parts.join('; ');
}

/** The remedies of an index gap: a price year within the series (when the report's year is missing), another series, no indexation, or the missing figure added. */
function gapRemedies(a: Args, own: boolean): string {
  const y = s(a, 'year');
  const ways = [
    ...(s(a, 'reportYear') === '1' ? [`kies een prijspeil binnen de reeks (--price-year ${s(a, 'last')})`] : []),
    `geef een reeks met ${y} (--price-index BESTAND)`,
    'reken zonder indexatie (--no-indexation)',
    `vul ${s(a, 'index')} aan met een cijfer voor ${y}, desnoods voorlopig ('provisional: true')`,
    ...(own ? [`of geef deze prijzen een 'price_year' binnen de reeks (op de regel, de casus of het cohort)`] : []),
  ];
  return `Oplossing: ${ways.join('; ')}.`;
}

/** "1 regel met een tarief" / "3 regels met een tarief". */
function gapCount(a: Args, one: string, many: string): string {
  return plural(Number(s(a, 'lines')), one, many);
}

/** "kan" / "kunnen", with the count. */
const gapVerb = (a: Args): string => (Number(s(a, 'lines')) === 1 ? 'kan' : 'kunnen');

/** "a.yaml:5:5, b.yaml:7:5, c.yaml:9:5 en nog 2". */
function gapPositions(a: Args): string {
  const more = Number(s(a, 'more'));
  return `${list(a, 'positions').join(', ')}${more > 0 ? ` en nog ${more}` : ''}`;
}

export const nl: Texts = {
  messages: {
    // reading files and folders
    'io.not_found': () => 'bestand of map bestaat niet',
    'io.permission': () => 'geen leesrechten',
    'io.symlink_loop': () => 'symbolische koppeling vormt een lus; overgeslagen',
    'io.link_loop': () => 'symbolische koppeling verwijst (via een lus) naar zichzelf; kan niet gelezen worden',
    'io.is_dir': () => 'is een map, geen bestand',
    'io.not_regular': () => 'geen gewoon bestand (een pipe, socket of apparaat); niet gelezen',
    'io.unreadable': (a) => `kan niet gelezen worden (${s(a, 'reason')})`,
    'io.no_yaml': () => 'geen .yaml- of .yml-bestanden in deze map',
    'io.too_large': (a) => `bestand is te groot (${s(a, 'size')} bytes; hoogstens ${s(a, 'max')})`,
    'io.binary': () => 'geen tekstbestand (bevat NUL-bytes)',
    'io.encoding': (a) => `geen geldige UTF-8-tekst (byte ${s(a, 'offset')}); sla het bestand op als UTF-8`,
    'io.write_failed': (a) => `kan niet schrijven (${s(a, 'reason')}); een bestaand bestand is niet aangeraakt`,
    // YAML syntax
    'yaml.duplicate_key': (a) => `sleutel ${q(s(a, 'key'))} komt twee keer voor`,
    'yaml.tab': () => 'tab gebruikt om in te springen; gebruik spaties',
    'yaml.indent': (a) => `YAML-fout in de inspringing: ${s(a, 'detail')}`,
    'yaml.syntax': (a) => `YAML-fout: ${s(a, 'detail')}`,
    'yaml.multiple_docs': () => 'meer dan één YAML-document in dit bestand; zet één casus per bestand',
    'yaml.too_deep': (a) => `te diep genest (meer dan ${s(a, 'max') || 64} niveaus)`,
    'yaml.alias_bomb': () => 'te veel YAML-aliassen (*); het bestand wordt niet uitgevouwen',
    'yaml.warning': (a) => `YAML: ${s(a, 'detail')}`,
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
    // kinds of file and their keys
    'file.empty': () => 'bestand is leeg',
    'file.not_mapping': (a) => `verwacht sleutels met waarden, niet ${typeName(s(a, 'received'))}`,
    'file.unknown_kind': () => "onbekend soort bestand: een casus begint met 'case:', een cohort met 'cohort:', een tarieventabel met 'table:'",
    'file.not_rates': () => "geen tarieventabel (verwacht 'table:' bovenaan)",
    'schema.unknown_key': (a) => `onbekende sleutel ${q(s(a, 'key'))}${didYouMean(a)}`,
    'schema.missing_key': (a) => `sleutel ${q(s(a, 'key'))} ontbreekt`,
    'schema.type': (a) => `${q(s(a, 'key'))} moet ${typeName(s(a, 'expected'))} zijn, niet ${typeName(s(a, 'received'))}`,
    'schema.enum': (a) => `${q(s(a, 'key'))} moet een van ${list(a, 'options').join(', ')} zijn, niet ${q(s(a, 'value'))}`,
    'schema.slug': (a) => `${q(s(a, 'value'))} is geen geldige id: gebruik kleine letters, cijfers en '-'`,
    'schema.invalid': (a) => `ongeldige waarde ${q(s(a, 'value'))} voor ${q(s(a, 'key'))}`,
    // forgiving input: what the person meant
    'schema.dutch_key': (a) => `onbekende sleutel ${q(s(a, 'key'))}; bedoelde u ${q(s(a, 'english'))}? De sleutels zijn Engels.`,
    'schema.missing_scenario': (a) => `sleutel ${q(s(a, 'key'))} ontbreekt; schrijf \`${s(a, 'key')}: []\` als er niets is`,
    'value.comma_decimal': (a) => `${q(s(a, 'key'))} is ${q(s(a, 'value'))}: gebruik een punt: ${s(a, 'fixed')}`,
    'value.percent_chance': (a) => `${q(s(a, 'key'))} is ${q(s(a, 'value'))}: een kans is een getal van 0 tot 1; schrijf ${s(a, 'fixed')}`,
    'yaml.map_column': () => 'sleutels op hetzelfde niveau moeten even ver inspringen (in dezelfde kolom beginnen)',
    // values
    'value.too_large': (a) => `getal ${a.value !== undefined ? q(s(a, 'value')) + ' ' : ''}is te groot`,
    'value.not_a_number': (a) => `${q(s(a, 'key'))} is geen getal (${s(a, 'value')})`,
    'value.negative': (a) => `${q(s(a, 'key'))} mag niet negatief zijn (${s(a, 'value')})`,
    'value.precision': (a) => `${q(s(a, 'key'))} heeft meer dan 2 decimalen (${s(a, 'value')}); bedragen zijn in hele centen`,
    'value.precision_n': (a) => `${q(s(a, 'key'))} heeft meer dan ${s(a, 'places')} decimalen (${s(a, 'value')})`,
    'value.duration_unit': (a) => `onbekende eenheid ${q(s(a, 'unit'))} in duur ${q(s(a, 'text'))}${didYouMean(a)}`,
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
    // rate tables, lines, cases, cohorts
    'rates.duplicate_id': (a) => `tarief-id ${q(s(a, 'id'))} komt al voor op ${s(a, 'first')}`,
    'rates.law_undeclared': (a) => `wet ${q(s(a, 'value'))} staat niet in 'laws' van deze tabel${didYouMean(a)}`,
    'rates.payer_undeclared': (a) => `betaler ${q(s(a, 'value'))} staat niet in 'payers' van deze tabel${didYouMean(a)}`,
    'rates.source_empty': (a) => `tarief ${q(s(a, 'id'))} heeft een lege 'source'; elke prijs heeft een bron nodig`,
    'line.rate_and_item': () => "een regel heeft 'rate' of 'item', niet beide",
    'line.no_rate_or_item': () => "regel mist 'rate' (een tarief uit de tabel) of 'item' (een eigen post)",
    'line.item_field_on_rate': (a) => `${q(s(a, 'key'))} hoort bij een eigen post ('item'); tarief ${q(s(a, 'rate'))} neemt dit uit de tarieventabel`,
    'line.item_missing': (a) => `eigen post ${q(s(a, 'item'))} mist ${q(s(a, 'key'))}`,
    'line.item_empty': () => "'item' mag niet leeg zijn",
    'line.hours_missing': (a) => `${q(s(a, 'rate'))} is een uurtarief: geef 'hours' (een totaal, of 'N per week' / 'N per month')`,
    'line.hours_not_hourly': (a) => `'hours' hoort alleen bij uurtarieven; ${q(s(a, 'rate'))} rekent per ${s(a, 'unit')}`,
    'line.for_on_once': (a) => `'for' past niet bij eenmalige post ${q(s(a, 'rate'))} (unit: once); gebruik 'count'`,
    'line.too_large': () => 'het bedrag van deze regel is te groot (meer dan € 10 miljard); controleer aantallen, uren en duur',
    'rate.unknown': (a) =>
      `onbekend tarief ${q(s(a, 'id'))}${list(a, 'suggestions').length ? `; bedoelde u ${list(a, 'suggestions').map(q).join(', ')}?` : ''}`,
    'case.duplicate_id': (a) => `casus-id ${q(s(a, 'id'))} komt al voor in ${s(a, 'first')}`,
    'cohort.rates_missing': (a) => `tarieventabel uit 'rates' bestaat niet: ${s(a, 'file')}`,
    'input.no_cases': () => 'geen casussen gevonden',
    // economics: line starts, ranges, adjustments, the price index and its options
    'econ.from_format': (a) => `ongeldige start ${q(s(a, 'text'))}; schrijf bijv. 'month 6' of 'maand 6' (begin van de 6e maand), 'year 2' of 'jaar 2'`,
    'econ.from_beyond_horizon': (a) => `'from: ${s(a, 'from')}' begint na het einde van de horizon (${s(a, 'horizon')})`,
    'econ.for_after_from': (a) => `'for: ${s(a, 'for')}' vanaf '${s(a, 'from')}' loopt voorbij het einde van de horizon (${s(a, 'horizon')})`,
    'econ.price_year_without_price': () => "'price_year' hoort bij een eigen 'price'; de prijs uit de tarieventabel heeft het prijsjaar van de tabel",
    'econ.range_pair': (a) => `${q(s(a, 'given'))} zonder ${q(s(a, 'missing'))}; geef een lage en een hoge schatting samen`,
    'econ.range_order': (a) => `${q(s(a, 'key') + '_low')} (${s(a, 'low')}) is groter dan ${q(s(a, 'key') + '_high')} (${s(a, 'high')})`,
    'econ.range_central': (a) => `${q(s(a, 'key'))} (${s(a, 'central')}) ligt niet tussen de lage (${s(a, 'low')}) en hoge (${s(a, 'high')}) schatting`,
    'econ.range_needs_for': () => "'for_low' en 'for_high' vragen ook een 'for' (de centrale schatting)",
    'econ.share_range': (a) => `${q(s(a, 'key'))} moet tussen 0 en 1 liggen, niet ${s(a, 'value')}`,
    'econ.price_year_option': (a) => `--price-year ${q(s(a, 'value'))}: de prijsindex ${s(a, 'index')} loopt van ${s(a, 'first')} tot en met ${s(a, 'last')}`,
    'econ.discount_option': (a) => `--discount ${q(s(a, 'value'))}: geef een percentage van 0 tot 100 (niet 100), bijv. 2.25, 2,25 of 2.25% (allemaal 2,25%); 0 = niet verdisconteren`,
    'econ.simulate_option': (a) => `--simulate ${q(s(a, 'value'))}: geef een aantal trekkingen van 1 tot 1.000.000`,
    'econ.seed_option': (a) => `--seed ${q(s(a, 'value'))}: geef een geheel getal van 0 tot 4294967295`,
    'index.not_index': () => "geen prijsindexreeks (verwacht 'index:', 'first_year:' en 'changes:')",
    'index.year_order': (a) => `jaar ${s(a, 'year')} staat niet op zijn plaats; verwacht ${s(a, 'expected')} (één jaar per regel, oplopend, zonder gaten)`,
    'index.change': (a) => `ongeldige jaarmutatie ${q(s(a, 'value'))}; een percentage met hoogstens 4 decimalen`,
    // the privacy guard (check)
    'privacy.found': (a) =>
      `${q(s(a, 'key'))} lijkt ${kindName(s(a, 'kind'))} te bevatten (${s(a, 'masked')}); een casusbestand hoort gepseudonimiseerd te zijn`,
    // calc, explain, check, diff, lock and verify
    'published.mismatch': (a) => `gepubliceerde cijfers van cohort ${q(s(a, 'cohort'))} wijken af van de berekende: ${differences(a)}`,
    'explain.case_not_found': (a) => `casus ${q(s(a, 'id'))} niet gevonden${didYouMean(a)}`,
    'explain.not_a_case': () => 'dit bestand bevat geen casus',
    'check.rate_unused': (a) => `tarief ${q(s(a, 'id'))} wordt door geen enkele casus gebruikt`,
    'check.rate_shadowed': (a) => `tarief ${q(s(a, 'id'))} wordt door geen enkele casus gebruikt: tabel ${q(s(a, 'by'))} overschrijft het`,
    'check.rate_no_source': (a) => `tarief ${q(s(a, 'id'))} heeft geen bron ('source'); elke prijs heeft een bron nodig`,
    'check.rate_no_price_year': (a) => `tarief ${q(s(a, 'id'))} heeft geen prijsjaar: geef 'price_year' bij het tarief of bij de tabel`,
    'check.item_law_undeclared': (a) =>
      `wet ${q(s(a, 'value'))} van eigen post ${q(s(a, 'item'))} staat niet in 'laws' van tarieventabel ${tables(a)}${didYouMean(a)}`,
    'check.item_payer_undeclared': (a) =>
      `betaler ${q(s(a, 'value'))} van eigen post ${q(s(a, 'item'))} staat niet in 'payers' van tarieventabel ${tables(a)}${didYouMean(a)}`,
    'usage.fail_over': (a) => `ongeldige waarde ${q(s(a, 'value'))}; geef een bedrag in euro's (5000 of 2500.50) of een percentage (2.5%)`,
    'usage.xlsx_needs_output': () => `--format xlsx schrijft een binair werkboek: geef een bestand met -o, bijv. -o baten.xlsx`,
    'diff.over_limit': (a) => `${s(a, 'total')} verschuift ${s(a, 'delta')} (${s(a, 'percent')}), meer dan --fail-over ${s(a, 'limit')}`,
    'lock.invalid': (a) => `geen geldig lock-bestand: ${s(a, 'detail')}`,
    'lock.schema': (a) => `onbekend lock-schema ${q(s(a, 'value'))}; verwacht ${q(s(a, 'expected'))}`,
    // investment, programme costs and optimism bias (issue 16)
    'returns.investment_scenario': (a) =>
      `'investment: true' hoort bij een regel van 'breakthrough' (de investering die de doorbraak mogelijk maakte), niet van ${q(s(a, 'scenario'))}`,
    'returns.programme_source_empty': (a) => `programmakosten ${q(s(a, 'item'))} hebben een lege 'source'; noem waar het bedrag gepubliceerd is`,
    'returns.programme_index_year': (a) =>
      `geen indexcijfer voor ${s(a, 'year')} in ${s(a, 'index')} (programmakosten ${q(s(a, 'item'))}); kies een ander --price-year, geef een reeks met --price-index, of --no-indexation`,
    'returns.optimism_bias_option': (a) => `--optimism-bias ${q(s(a, 'value'))}: geef per klasse een percentage van 0 tot 100, bijv. 'A=0,B=10%,C=25%'`,
    // issue 12: limits, never over an input, safe output
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
    // this year's figures: custom items named as such, one problem per index gap
    'item.hours_missing': (a) => `eigen post ${q(s(a, 'item'))} rekent per uur: geef 'hours' (een totaal, of 'N per week' / 'N per month')`,
    'item.hours_not_hourly': (a) => `'hours' hoort alleen bij posten per uur; eigen post ${q(s(a, 'item'))} rekent per ${s(a, 'unit')}`,
    'item.for_on_once': (a) => `'for' past niet bij eenmalige eigen post ${q(s(a, 'item'))} (unit: once); gebruik 'count'`,
    'index.gap_table': (a) =>
      `geen indexcijfer voor ${s(a, 'year')} in ${s(a, 'index')} (de reeks loopt van ${s(a, 'first')} tot en met ${s(a, 'last')}), ` +
      `dus ${gapCount(a, 'regel met een tarief', 'regels met een tarief')} uit tabel ${q(s(a, 'table'))} ${gapVerb(a)} niet naar prijspeil ${s(a, 'priceYear')}: ${gapPositions(a)}. ${gapRemedies(a, false)}`,
    'index.gap_own': (a) =>
      `geen indexcijfer voor ${s(a, 'year')} in ${s(a, 'index')} (de reeks loopt van ${s(a, 'first')} tot en met ${s(a, 'last')}), ` +
      `dus ${gapCount(a, 'regel met een eigen post of eigen prijs', 'regels met een eigen post of eigen prijs')} in dit bestand ${gapVerb(a)} niet naar prijspeil ${s(a, 'priceYear')}: ${gapPositions(a)}. ${gapRemedies(a, true)}`,
    // cases from a spreadsheet (issue 15): new, template, import, export
    'sheet.unknown_format': () => 'geen Excel-werkmap (.xlsx) en geen CSV-bestand',
    'sheet.not_xlsx': () => 'geen leesbare Excel-werkmap (.xlsx); sla het bestand op als Excel-werkmap of als CSV',
    'sheet.too_large': (a) => `de werkmap is uitgepakt groter dan ${s(a, 'max')} bytes; het bestand is niet gelezen`,
    'sheet.unknown_table': () => "rij 1 noemt niet de kolommen van 'casussen', 'regels', 'cohorten', 'programma' of 'woorden' (zoals 'case' en 'scenario')",
    'sheet.duplicate_table': (a) => `tabel ${q(s(a, 'table'))} staat er twee keer; de eerste in ${s(a, 'first')}`,
    'sheet.missing': (a) => `tabel ${q(s(a, 'table'))} ontbreekt: een blad ${q(s(a, 'table'))} in de werkmap, of een CSV-bestand met die kolommen`,
    'sheet.missing_column': (a) => `kolom ${q(s(a, 'column'))} ontbreekt op ${q(s(a, 'table'))}; de kolomnamen staan in rij 1`,
    'sheet.duplicate_column': (a) => `kolom ${q(s(a, 'column'))} staat er twee keer`,
    'sheet.case_id_missing': () => "rij zonder casus: vul in kolom 'case' de id van de casus in",
    'sheet.line_case_missing': () => "regel zonder casus: vul in kolom 'case' de id van een casus in",
    'sheet.case_unknown': (a) => `casus ${q(s(a, 'id'))} staat niet op het blad ${q(s(a, 'table'))}${didYouMean(a)}`,
    'sheet.scenario_missing': (a) => `regel zonder scenario: kies ${scenarioChoice(a)}`,
    'sheet.scenario_unknown': (a) =>
      `onbekend scenario ${q(s(a, 'value'))}${list(a, 'suggestions').length ? `; bedoelde u ${q(list(a, 'suggestions')[0]!)}? Kies` : '; kies'} ${scenarioChoice(a)}`,
    'sheet.cohort_id_missing': () => "rij zonder cohort: vul in kolom 'cohort' de id van het cohort in",
    'sheet.duplicate_cohort': (a) => `cohort-id ${q(s(a, 'id'))} komt al voor in ${s(a, 'first')}`,
    'sheet.followup_only': (a) => `${q(s(a, 'key'))} hoort bij een vervolgmeting: kies in kolom 'scenario' ${q(s(a, 'name'))}, of laat ${q(s(a, 'key'))} leeg`,
    'sheet.cohort_unknown': (a) => `cohort ${q(s(a, 'id'))} staat niet op het blad ${q(s(a, 'table'))}${didYouMean(a)}`,
    'sheet.duplicate_tags': (a) => `map ${q(s(a, 'folder'))} heeft al een woordenlijst in ${s(a, 'first')}`,
    'sheet.folder_invalid': (a) => `ongeldige map ${q(s(a, 'value'))}: een map binnen de uitvoermap, zoals 'veilige-handen' of 'wijk/noord', zonder '..'`,
    'import.cohort_unknown': (a) => `cohort ${q(s(a, 'id'))} staat niet op het blad 'cohorten' en niet in ${s(a, 'folder')}${didYouMean(a)}`,
    'import.cohort_elsewhere': (a) =>
      `casus ${q(s(a, 'case'))} komt in ${s(a, 'folder')}, waar ${s(a, 'actual') ? `cohort ${q(s(a, 'actual'))}` : 'geen cohort'} geldt, niet ${q(s(a, 'id'))}; pas kolom 'cohort' of 'folder' aan`,
    'import.folder_taken': (a) => `cohort ${q(s(a, 'id'))} krijgt dezelfde map als cohort ${q(s(a, 'other'))} (${q(s(a, 'folder'))}); geef een van beide een andere 'folder'`,
    'import.free_text_dropped': (a) => `${s(a, 'file')} heeft vrije tekst (values, note) die niet in de werkmap staat; die verdwijnt uit het bestand (exporteer met --include-notes om die mee te nemen)`,
    'import.exists': (a) => `${s(a, 'file')} bestaat al; doorbraak import overschrijft het alleen met --force`,
    'new.exists': (a) => `${s(a, 'file')} bestaat al; doorbraak new overschrijft niets: kies een andere id of map`,
    'export.value_dropped': (a) => `waarde ${q(s(a, 'key'))} van casus ${q(s(a, 'id'))} heeft geen kolom op het blad 'casussen' en staat niet in de werkmap`,
    // following cases over time: status, dates, follow-up, tags, value scores (docs/tracking.md)
    'tracking.date_format': (a) => `${q(s(a, 'key'))} is geen geldige datum: ${q(s(a, 'date'))}; schrijf JJJJ-MM-DD of, tot op de maand, JJJJ-MM`,
    'tracking.dates_order': (a) => `de doorbraak (${s(a, 'breakthrough')}) ligt vóór de start (${s(a, 'start')})`,
    'tracking.followup_when_both': () => "een vervolgmeting heeft 'after' (tijd na de doorbraak) of 'date', niet beide",
    'tracking.followup_when_missing': () => "een vervolgmeting mist 'after' (tijd na de doorbraak, bijv. '6 months') of 'date'",
    'tracking.followup_needs_breakthrough': (a) =>
      `vervolgmeting op ${s(a, 'date')}: geef de datum van de doorbraak in 'dates: { breakthrough: … }', of schrijf 'after: 6 months'`,
    'tracking.followup_not_after': (a) => `vervolgmeting op ${s(a, 'date')} ligt niet na de doorbraak (${s(a, 'breakthrough')})`,
    'tracking.for_beyond_period': (a) => `'for: ${s(a, 'for')}' is langer dan de periode sinds de doorbraak (${s(a, 'period')})`,
    'tracking.score_range': (a) => `score van ${q(s(a, 'key'))} moet een geheel getal van ${s(a, 'min')} tot en met ${s(a, 'max')} zijn, niet ${s(a, 'value')}`,
    'tracking.tag_duplicate': (a) => `${q(s(a, 'word'))} staat twee keer in ${q(s(a, 'key'))}`,
    'tracking.tag_unknown': (a) => `onbekend woord ${q(s(a, 'word'))} in ${q(s(a, 'key'))}: niet toegestaan in ${s(a, 'file')}${didYouMean(a)}`,
    // the audit trail: calc --lines
    'lines.xlsx_too_many': (a) => `${s(a, 'lines')} regels passen niet op één werkblad (hoogstens 1.048.575); schrijf ze met --format csv of json`,
    'usage.lines_format': (a) => `--lines schrijft csv, json (één object per regel) of xlsx, niet ${q(s(a, 'format'))}: geef bijv. --format csv`,
  },

  valueTypes,

  privacyKinds,

  diagnostics: {
    warning: 'waarschuwing: ',
    internalError: (message) =>
      `doorbraak: interne fout: ${message}\nDit is een fout in doorbraak, niet in uw bestanden. Meld het graag, met de opdracht die u gaf (draai opnieuw met --debug voor details).\n`,
  },

  labels: {
    case: 'casus',
    title: 'titel',
    cohort: 'cohort',
    current: 'huidige inzet',
    threat: 'dreigend scenario',
    breakthrough: 'na doorbraak',
    baten: 'baten',
    besparing: 'besparing',
    total: 'totaal',
    mean: 'gemiddeld per casus',
    law: 'wet',
    payer: 'betaler',
    cases: (n) => (n === 1 ? '1 casus' : `${n} casussen`),
    headline: (n, baten, mean) => `${n}, ${baten} baten, ${mean} per casus`,
    noCohort: '(geen cohort)',
    amountsNote: (cents) =>
      `Bedragen in euro${cents ? '' : ', afgerond op hele euro’s'}. Baten = dreigend scenario − na doorbraak; besparing = huidige inzet − na doorbraak.`,
    allCases: 'alle casussen',
    cohortScope: (id) => `cohort ${id}`,
  },

  rates: {
    rate: 'tarief',
    label: 'omschrijving',
    unit: 'eenheid',
    price: 'prijs',
    unitPrice: 'prijs per eenheid',
    priceYear: 'prijsjaar',
    grade: 'kwaliteit',
    source: 'bron',
    table: 'tabel',
    customItem: 'eigen post',
    customSource: (file, line) => `eigen post in ${file}:${line}`,
    override: (p) => `eigen prijs (tabel: ${p})`,
  },

  units: {
    hour: { one: 'uur', many: 'uur' },
    day: { one: 'dag', many: 'dagen' },
    week: { one: 'week', many: 'weken' },
    month: { one: 'maand', many: 'maanden' },
    year: { one: 'jaar', many: 'jaar' },
    once: { one: 'eenmalig', many: 'eenmalig' },
  },

  help: {
    program: 'Prijs Doorbraakmethode-casussen: vermeden kosten (baten) per casus, wet en betaler, uit YAML-bestanden en een tarieventabel met bronnen.',
    debug: 'toon de stacktrace bij een interne fout',
    version: 'toon het versienummer',
    help: 'toon de hulp bij dit commando',
    helpCommand: 'toon de hulp bij een commando',
    rates:
      'tarieventabel (herhaalbaar; een latere tabel overschrijft een eerdere per tarief); standaard de tabel van het cohort, anders de meegeleverde tabel',
    followSymlinks: 'volg ook symbolische koppelingen die buiten de opgegeven mappen leiden (standaard: overgeslagen met een waarschuwing)',
    lang: 'taal van labels en meldingen',
    format: 'uitvoerformaat',
    cents: 'bedragen in centen tonen in plaats van hele euro’s',
    output: 'schrijf naar dit bestand (in zijn geheel of niet)',
    priceYear: 'prijspeil van het rapport (standaard: het prijsjaar van de nieuwste tarieventabel)',
    priceIndex: 'prijsindexreeks (standaard de meegeleverde CBS-CPI, rates/cpi-nl.yaml)',
    noIndexation: 'tarieven niet indexeren: elk tarief in zijn eigen prijsjaar',
    discount: 'disconteringsvoet in procenten voor meerjarige horizonnen: 2.25, 2,25 en 2.25% zijn 2,25% (standaard); 0 = niet verdisconteren',
    sensitivity: 'toon de baten met alle schattingen laag, centraal en hoog',
    simulate: 'Monte-Carlo-simulatie met n trekkingen: P10/P50/P90 van de baten',
    seed: 'startwaarde van de simulatie (standaard 1); zelfde seed, zelfde uitkomst',
  },

  commander: {
    words: {
      'Usage:': 'Gebruik:',
      'Arguments:': 'Argumenten:',
      'Options:': 'Opties:',
      'Global Options:': 'Algemene opties:',
      'Commands:': 'Commando’s:',
      '[options]': '[opties]',
      '[command]': '[commando]',
    },
    choices: (list) => `keuze uit ${list}`,
    defaultValue: (value) => `standaard: ${value}`,
    value: (v) => (v === true ? 'aan' : v === false ? 'uit' : Array.isArray(v) && v.length === 0 ? 'geen' : JSON.stringify(v)),
    preset: (value) => `zonder waarde: ${value}`,
    env: (name) => `omgevingsvariabele ${name}`,
    separator: '; ',
  },

  usage: {
    rules: [
      [/^error: missing required argument '(.+)'$/, (m) => `verplicht argument '${m[1]}' ontbreekt`],
      [/^error: unknown command '(.+?)'(?:\n?\(Did you mean (.+)\?\))?$/s, (m) => `onbekend commando '${m[1]}'${m[2] ? `; bedoelde u ${m[2]}?` : ''}`],
      [/^error: required option '(.+)' not specified$/, (m) => `optie '${m[1]}' is verplicht`],
      [/^error: unknown option '(.+?)'(?:\n?\(Did you mean (.+)\?\))?$/s, (m) => `onbekende optie '${m[1]}'${m[2] ? `; bedoelde u ${m[2]}?` : ''}`],
      [/^error: option '(.+)' argument missing$/, (m) => `optie '${m[1]}' mist een waarde`],
      [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (m) => `optie '${m[1]}': '${m[2]}' is ongeldig; kies uit ${m[3]}`],
      [/^error: option '(.+)' argument '(.*)' is invalid\. (.+)$/s, (m) => `optie '${m[1]}': '${m[2]}' is ongeldig; ${m[3]}`],
      [
        /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
        (m) => `'${m[1]}' is ongeldig voor '${m[2]}'; kies uit ${m[3]}`,
      ],
      [
        /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
        (m) => `te veel argumenten${m[1] ? ` voor '${m[1]}'` : ''}: verwacht ${m[2]}, gekregen ${m[3]}`,
      ],
    ],
    hint: "Zie 'doorbraak --help' of 'doorbraak <commando> --help'.",
  },

  progress: {
    filesRead: 'bestanden gelezen',
    casesPriced: 'casussen geprijsd',
  },

  calc: {
    help: {
      description:
        'reken casussen door: huidige inzet, dreigend scenario, na doorbraak, baten en besparing per casus en in totaal, per wet en betaler, met de grootste kostenposten',
      arguments: { paths: 'casusbestanden en mappen' },
      options: {
        top: 'aantal grootste kostenposten van de huidige inzet (0: geen)',
        project: 'projectie van de gemiddelde baten naar deze aantallen casussen, bijv. 30,40',
        strictPublished: 'eindig met status 1 als berekende cijfers afwijken van de gepubliceerde (published in cohort.yaml)',
        lock: 'leg de cijfers vast met een sha256 van elke invoer (controleer later met doorbraak verify)',
        includeNotes: 'neem de vrije tekst van de casussen (values, note) op in table, md en json; standaard nooit',
      },
    },
    badTop: 'verwacht een geheel getal ≥ 0, bijv. 5',
    badProject: 'verwacht aantallen casussen gescheiden door komma’s, bijv. 30,40',
  },

  council: {
    byLaw: 'Per wet',
    byPayer: 'Per betaler',
    share: '%',
    sharesNote:
      'Aandeel = bedrag van de groep ÷ totaal van de kolom, afgerond op 0,1% met de methode van de grootste resten, zodat de aandelen samen precies 100% zijn. De bedragen tellen op tot het totaal op de cent.',
    negativeNote: 'Een negatief bedrag of aandeel: onder die wet of betaler kost de doorbraak meer dan het dreigend scenario (of de huidige inzet).',
    topTitle: (n) => `Grootste kostenposten in de huidige inzet (top ${n})`,
    rank: 'nr',
    item: 'kostenpost',
    totalCurrent: 'totaal huidige inzet',
    shareOfCurrent: '% van huidige inzet',
    casesCol: 'casussen',
    weighedMost: 'zwaarst in casus',
    realised: '⇐ gerealiseerde doorbraak',
    topNote:
      'Posten gegroepeerd per tarief (eigen posten per omschrijving) over alle casussen. De gerealiseerde doorbraak is die van de casus waarin de post het zwaarst woog: de grootste eigen post (item) in het scenario na doorbraak, of anders de titel van de casus.',
    projectionTitle: 'Projectie (rekenvoorbeeld, geen meting)',
    scope: 'bereik',
    measuredCases: 'gemeten casussen',
    measuredBaten: 'gemeten baten',
    projectedFor: (n) => `projectie ${n} casussen`,
    projectionNote:
      'Projectie = baten ÷ aantal casussen × N, exact gerekend en eenmaal afgerond. Dit is het gemeten gemiddelde opgeschaald, geen gemeten bedrag.',
    publishedTitle: 'Gepubliceerd tegenover berekend',
    figure: 'cijfer',
    published: 'gepubliceerd',
    computed: 'berekend',
    difference: 'verschil',
    matches: 'klopt',
    yes: 'ja',
    no: 'nee',
    figCases: 'casussen',
    figBaten: 'baten',
    sourceOf: (id, source) => `Bron ${id}: ${source}`,
    publishedNote:
      'Verschil = berekend − gepubliceerd. Het gemiddelde klopt als het berekende gemiddelde, afgerond zoals het gepubliceerd is, gelijk is.',
  },

  economics: {
    priceYear: (y, idx, prov) => `Prijspeil ${y}${prov ? ' (voorlopig indexcijfer)' : ''}; tarieven uit andere jaren geïndexeerd met ${idx}.`,
    priceYearNoIndex: (y) => `Prijspeil: elk tarief in zijn eigen prijsjaar (niet geïndexeerd; --no-indexation); tabeljaar ${y}.`,
    factors: (list) => `Indexfactoren: ${list}.`,
    factor: (from, f, n) => `${from} ×${f} (${n} ${n === 1 ? 'regel' : 'regels'})`,
    presentValue: (r, und) =>
      `Meerjarige horizon: bedragen zijn contante waarden tegen ${r} (jaar 1 = nu, jaar t gedeeld door (1 + r)^(t − 1)); niet verdisconteerd ${und} baten.`,
    perYear: 'Per jaar (niet verdisconteerd)',
    year: 'jaar',
    weight: 'disconteringsfactor',
    undiscounted: 'totaal niet verdisconteerd',
    presentValueRow: 'contante waarde',
    adjustmentsTitle: 'Eerlijke correcties per cohort (deadweight en attributie)',
    gross: 'bruto baten',
    deadweight: 'deadweight',
    minusDeadweight: '− deadweight',
    afterDeadweight: 'na deadweight',
    attribution: 'attributie',
    net: 'netto baten',
    meanNet: 'netto per casus',
    adjustmentsNote: (net, gross) => `Netto ${net} baten (bruto ${gross}); casussen zonder correctie tellen bruto mee.`,
    sensitivityTitle: 'Gevoeligheid: baten met elke schatting laag, centraal en hoog',
    low: 'laag',
    central: 'centraal',
    high: 'hoog',
    sensitivityNote: 'Laag/hoog = alle low-/high-schattingen tegelijk (ook in het doorbraakscenario), geen slechtste of beste geval.',
    simulationTitle: (n, seed) => `Simulatie: ${n} trekkingen, seed ${seed}`,
    measure: 'maat',
    totalBaten: 'totale baten',
    perCase: 'baten per casus',
    average: 'gemiddelde',
    simulationNote:
      'Driehoeksverdelingen uit laag/centraal/hoog, Bernoulli voor chance; rekent binnen de simulatie met drijvende komma, uitkomsten eenmaal op centen afgerond.',
  },

  notes: {
    title: 'Toelichting (vrije tekst uit de casusbestanden)',
    none: 'geen vrije tekst in deze casussen',
  },

  html: {
    kicker: 'Doorbraakmethode · rapportage baten',
    title: 'Baten van de doorbraken',
    docTitle: (h) => `Doorbraak: ${h}`,
    cases: 'casussen',
    baten: 'baten',
    contents: 'Inhoud',
    batenPerCase: 'Baten per casus',
    batenChart: 'Staafdiagram: baten per casus (dreigend scenario − na doorbraak)',
    scenarios: 'Drie scenario’s per casus',
    scenariosIntro:
      'Per casus de kosten van de huidige inzet, het dreigend scenario (als er niets verandert) en de situatie na de doorbraak (de doorbraak zelf inbegrepen).',
    scenariosChart: 'Staafdiagram: huidige inzet, dreigend scenario en na doorbraak per casus',
    lawPayer: 'Baten per wet en per betaler',
    lawChart: 'Gestapelde staaf: baten per wet (alle casussen)',
    payerChart: 'Gestapelde staaf: baten per betaler (alle casussen)',
    negativeLegend: 'Lichte segmenten links van de nullijn: onder die wet of betaler kost de doorbraak meer dan het dreigend scenario.',
    perCohort: 'Per cohort',
    top: 'Grootste kostenposten en hun doorbraken',
    economics: 'Prijspeil en rekenwijze',
    rates: 'Gebruikte tarieven en bronnen',
    ratesIntro:
      'Elk tarief waarmee een regel in deze casussen is geprijsd, met prijs, prijsjaar, kwaliteit en bron. Kwaliteit: A officieel tarief, B afgeleid, C zwak of schatting.',
    accountability: 'Verantwoording',
    digest: 'Inhoudshash van de invoer (sha256)',
    digestNote: (n) =>
      `sha256 over de gesorteerde sha256-hashes van ${n === 1 ? 'het invoerbestand' : `alle ${n} invoerbestanden`} (casussen, cohorten, tarieventabellen en de prijsindex als die is gebruikt). Dezelfde invoer geeft dezelfde hash, waar en wanneer ook.`,
    version: 'doorbraak-versie',
    tables: 'Tarieventabellen',
    reproduce:
      'Dit rapport bevat geen datum of tijd: dezelfde invoer en dezelfde versie geven hetzelfde bestand. Vrije tekst uit de casusbestanden (values, note) staat er niet in.',
  },

  xlsx: {
    casesSheet: 'Casussen',
    totalsSheet: 'Totalen',
    byLawSheet: 'Per wet',
    byPayerSheet: 'Per betaler',
    topSheet: 'Grootste posten',
    ratesSheet: 'Tarieven',
    aboutSheet: 'Verantwoording',
    count: 'aantal casussen',
    shareBaten: 'aandeel baten',
    lines: 'regels',
    digest: 'inhoudshash invoer (sha256)',
    version: 'doorbraak-versie',
    headline: 'kernzin',
    note: 'toelichting',
    formulas:
      'Baten en besparing per casus, de totalen (SOM over de casusregels), het gemiddelde (totaal ÷ aantal) en de aandelen zijn formules: het werkboek rekent mee als u een bedrag wijzigt.',
    amounts: 'Bedragen in euro, exact op de cent zoals doorbraak ze berekent.',
  },

  explain: {
    help: {
      description: 'toon hoe elk bedrag van één casus tot stand kwam: elke regel met prijs, hoeveelheid, aantal, kans, kosten en bron',
      arguments: { case: 'casus-id of casusbestand', paths: 'mappen en bestanden om de casus in te zoeken (standaard: cases/)' },
      options: {},
    },
    title: (id) => `Afleiding van casus ${id}`,
    field: 'veld',
    value: 'waarde',
    file: 'bestand',
    horizon: 'horizon',
    rateTables: 'tarieventabellen',
    scenario: 'scenario',
    nr: 'nr',
    post: 'post',
    quantity: 'hoeveelheid',
    count: 'aantal',
    chance: 'kans',
    exactCost: 'exact',
    cost: 'kosten',
    index: 'index',
    indexedNote: (year) =>
      `Prijspeil ${year}: elke prijs is vanaf zijn prijsjaar geïndexeerd met de factor in kolom 'index' (CPI); kosten = prijs per eenheid × index × hoeveelheid × aantal × kans.`,
    presentValueNote: (rate, years) =>
      `Horizon langer dan een jaar: 'exact' is de onverdisconteerde som over de hele regel; 'kosten' is de contante waarde bij ${rate}, de som over de jaren van (kosten in jaar t, afgerond op centen) / (1 + r)^(t − 1), eenmaal afgerond. Per jaar: ${years}.`,
    linesTitle: 'Regels',
    linesNote:
      'kosten = prijs per eenheid × hoeveelheid × aantal × kans, exact gerekend en eenmaal afgerond op hele centen (half van nul af). Een maand is 365/12 dagen, een week 7, een jaar 365.',
    totalsTitle: 'Totalen',
    amount: 'bedrag',
    computation: 'berekening',
    originTitle: 'Herkomst van de prijzen',
    valuesTitle: 'Waarden',
    notesTitle: 'Notities',
    note: 'notitie',
    horizonMark: 'horizon',
    per: 'per',
  },

  check: {
    help: {
      description: 'controleer casussen, cohorten en tarieventabellen; stil bij geen problemen (exit 0), anders elk probleem en exit 1',
      arguments: { paths: 'casusbestanden, tarieventabellen en mappen' },
      options: {
        verbose: 'print een samenvatting van één regel',
        privacy:
          'behandel privacyvondsten (BSN, e-mail, telefoon, IBAN, adres, geboortedatum) als fouten (exit 1) in plaats van waarschuwingen',
      },
    },
    summary: (cases, cohorts, tables, errors, warnings) =>
      `${plural(cases, 'casus', 'casussen')}, ${plural(cohorts, 'cohort', 'cohorten')}, ${plural(tables, 'tarieventabel', 'tarieventabellen')}: ` +
      (errors || warnings
        ? [errors ? plural(errors, 'fout', 'fouten') : '', warnings ? plural(warnings, 'waarschuwing', 'waarschuwingen') : ''].filter(Boolean).join(', ')
        : 'geen problemen'),
  },

  diff: {
    help: {
      description: 'wat een andere tarieventabel doet met elke casus en de totalen: oud, nieuw en verschil',
      arguments: { paths: 'casusbestanden en mappen' },
      options: {
        against: 'de nieuwe tarieventabel (herhaalbaar, zoals --rates)',
        failOver: "exit 1 als een totaal meer verschuift dan dit: euro's (5000) of een percentage (2.5%)",
      },
    },
    titleCases: 'Baten per casus',
    titleRates: 'Gewijzigde tarieven',
    titleLaws: 'Baten per wet',
    titleTotals: 'Totalen',
    old: 'oud',
    new: 'nieuw',
    delta: 'verschil',
    change: 'wijziging',
    field: 'bedrag',
    usedBy: 'casussen',
    added: 'toegevoegd',
    removed: 'verwijderd',
    changed: 'gewijzigd',
    fields: { price: 'prijs', unit: 'eenheid', law: 'wet', payer: 'betaler' },
    noRateChanges: 'Geen tarieven gewijzigd.',
    section: 'onderdeel',
    id: 'id',
    total: (f) => `totaal ${f}`,
    lawTotal: (l) => `baten ${l}`,
    note: (o, n) => `Oud: ${o}. Nieuw: ${n}. Verschil = nieuw − oud.`,
    wasZero: 'was nul',
  },

  verify: {
    help: {
      description: 'reken vastgelegde cijfers (calc --lock) opnieuw uit; exit 1 met de verschillen als invoer of cijfers veranderd zijn',
      arguments: { lock: 'het lock-bestand' },
      options: { cents: 'bedragen in centen tonen' },
    },
    ok: (lock, cases, files) => `${lock}: ${plural(cases, 'casus', 'casussen')}, ${plural(files, 'invoerbestand', 'invoerbestanden')}: ongewijzigd`,
    failed: (lock) => `${lock}: de cijfers of de invoer zijn veranderd sinds het vastleggen`,
    inputsChanged: 'Gewijzigde invoer (sha256 oud → nieuw):',
    figuresChanged: 'Gewijzigde cijfers (oud → nieuw, verschil):',
    inputAdded: 'nieuw bestand',
    inputRemoved: 'bestand niet meer gebruikt',
    caseAdded: 'nieuwe casus',
    caseRemoved: 'casus verdwenen',
    versionNote: (o, n) => `Vastgelegd met doorbraak ${o}, nu ${n}.`,
    otherChanged: 'Overige inhoud van het lock-bestand wijkt af van de herberekening (titels, cohorten, tarieventabellen of de opdracht)',
  },

  schema: {
    help: {
      description: 'print het JSON Schema van een soort bestand, voor editors (yaml-language-server)',
      arguments: { kind: 'soort bestand' },
      options: {},
    },
  },

  audit: {
    help: {
      lines:
        'schrijf in plaats van het rapport één rij per geprijsde regel (csv, json: één object per regel, of xlsx), met prijs, index, hoeveelheid, aantal, kans, bedragen per jaar, contante waarde en bron',
      asStated: 'vergelijk de prijzen zoals de tabellen ze noemen, zonder indexatie (zoals --no-indexation)',
    },
    columns: {
      cohort: 'cohort',
      case: 'casus',
      scenario: 'scenario',
      nr: 'nr',
      rate: 'tarief',
      table: 'tabel',
      item: 'eigen post',
      label: 'omschrijving',
      law: 'wet',
      payer: 'betaler',
      unit: 'eenheid',
      price: 'prijs per eenheid',
      override: 'eigen prijs',
      priceYear: 'prijsjaar',
      factor: 'indexfactor',
      factorFraction: 'indexfactor (breuk)',
      quantity: 'hoeveelheid',
      quantityFraction: 'hoeveelheid (breuk)',
      derivation: 'afleiding hoeveelheid',
      count: 'aantal',
      chance: 'kans',
      exact: 'exact (niet afgerond)',
      year: (n) => `jaar ${n}`,
      undiscounted: 'niet verdisconteerd',
      presentValue: 'kosten (contante waarde)',
      discount: 'disconteringsvoet',
      source: 'bron',
      investment: 'investering',
    },
    yes: 'ja',
    no: 'nee',
    linesSheet: 'Regels',
    perYearSheet: 'Per jaar',
    publishedSheet: 'Gepubliceerd',
    perYearNote:
      'Per casus met een horizon langer dan een jaar: de bedragen per jaar (niet verdisconteerd, SOM.ALS over het blad Regels), de disconteringsfactor 1 / (1 + r)^(jaar − 1) en de contante waarde: de som van de contante waarden van de regels, zoals in het rapport.',
    linesNote:
      'Regels: één rij per geprijsde regel. Exact = prijs × indexfactor × hoeveelheid × aantal × kans; jaar = AFRONDEN(exact × aandeel van het jaar; 2); contante waarde = AFRONDEN(som van jaar t / (1 + r)^(t − 1); 2). De rijen van een casus tellen op tot haar totalen.',
    linesTooMany: (n) => `${formatInt(n, 'nl')} regels passen niet op één werkblad (hoogstens 1.048.575): het blad Regels ontbreekt; calc --lines --format csv of json schrijft ze alle.`,
    lockFile: 'vastgelegd in (calc --lock)',
    lockDigest: 'sha256 van het lock-bestand',
    lockNote: (f) => `De cijfers van dit rapport staan ook in ${f}. Iedereen met dezelfde invoer kan ze controleren met: doorbraak verify ${f}`,
    indexTitle: 'Indexfactoren',
    priceYear: 'prijsjaar',
    reportYear: 'prijspeil',
    changes: 'jaarmutatie',
    computation: 'berekening',
    lines: 'regels',
    provisional: 'voorlopig',
    indexNote: (ix) =>
      `Indexfactor = het product van (1 + jaarmutatie / 100) over de jaren na het prijsjaar tot en met het prijspeil (${ix}); ligt het prijsjaar na het prijspeil, dan 1 gedeeld door dat product.`,
    from: (start) => `vanaf ${start}`,
    yearsTitle: 'Per jaar per regel en contante waarde',
    year: (n) => `jaar ${n}`,
    weight: 'disconteringsfactor',
    undiscounted: 'niet verdisconteerd',
    presentValueExact: 'contante waarde, exact',
    presentValue: 'kosten',
    yearsNote: (r) =>
      `Een regel valt in de jaren naar rato van de dagen die hij erin loopt (een eenmalige post in het jaar waarin hij begint); elk jaarbedrag is eenmaal op centen afgerond. Contante waarde = som van (bedrag in jaar t × disconteringsfactor 1 / (1 + ${r})^(t − 1)), eenmaal afgerond: de kolom 'kosten'.`,
    diffIndexed: (y, ix) =>
      `Beide kanten op prijspeil ${y}, geïndexeerd met ${ix}, zoals calc; het verschil is dus de wijziging van de tarieven in euro's van ${y}. Met --as-stated vergelijkt diff de prijzen zoals de tabellen ze noemen.`,
    diffAsStated: 'Prijzen zoals de tabellen ze noemen, niet geïndexeerd (--as-stated); de totalen kunnen daarom afwijken van die van calc.',
    diffTitle: 'Wat een andere tarieventabel doet',
    diffKicker: 'Doorbraakmethode · vergelijking van tarieventabellen',
  },

  returns: {
    help: {
      optimismBias: "corrigeer de baten voor optimism bias per klasse van tarief, bijv. 'A=0,B=10%,C=25%' (zonder waarde: deze standaard); eigen bedragen tellen als C",
    },
    investmentTitle: 'Investering en rendement per casus',
    investmentMark: '(investering)',
    investment: 'investering',
    avoided: 'baten vóór investering',
    netBaten: 'netto baten',
    returnPerEuro: 'per € geïnvesteerd',
    payback: 'terugverdiend',
    paybackMonth: (m) => `maand ${m}`,
    paybackNever: 'niet binnen de horizon',
    investmentSummary: (net, inv, per) =>
      `${inv} geïnvesteerd en ${net} netto baten: elke geïnvesteerde euro levert ${per} aan baten op (vóór aftrek van de investering).`,
    investmentNote:
      "Investering = de regels na doorbraak met 'investment: true'. Die zitten in 'na doorbraak', dus de baten zijn al netto: netto baten = baten. Baten vóór investering = netto baten + investering; per € geïnvesteerd = baten vóór investering ÷ investering.",
    paybackNote:
      'Terugverdiend: de eerste maand waarin de opgetelde baten vóór investering de opgetelde investering overtreffen (de opgetelde baten boven nul komen), gerekend vanaf het begin van elke casus, niet verdisconteerd.',
    noProgramme: (c) => `Geen programmakosten opgegeven voor cohort ${c}: het netto resultaat na programmakosten is daar niet bekend.`,
    programmeCostsTitle: 'Programmakosten',
    item: 'post',
    per: 'hoe vaak',
    perOnce: 'eenmalig',
    perYear: (n) => `per jaar × ${n}`,
    perCase: (n) => `per casus × ${n}`,
    price: 'prijs',
    priceYear: 'prijsjaar',
    factor: 'index',
    amount: 'bedrag',
    source: 'bron',
    programmeTitle: 'Netto resultaat van het programma',
    casesCol: 'casussen',
    programmeCosts: 'programmakosten',
    netResult: 'netto resultaat',
    breakEven: 'break-even (casussen)',
    breakEvenNever: 'niet bij dit gemiddelde',
    fixed: 'vaste kosten',
    perCaseCost: 'kosten per casus',
    programmeNote:
      'Netto resultaat = baten − programmakosten (de investeringen zitten al in de baten). Break-even: het kleinste aantal casussen waarbij het gemeten gemiddelde per casus de programmakosten dekt.',
    breakEvenSentence: (c, mean, n) => `Cohort ${c}: bij ${mean} baten per casus dekken ${n === 1 ? '1 casus' : `${n} casussen`} de programmakosten.`,
    projectionTitle: 'Projectie bruto en netto (rekenvoorbeeld, geen meting)',
    projectedCases: 'casussen',
    gross: 'bruto baten',
    net: 'netto',
    projectionNote: 'Bruto = baten ÷ casussen × N; programmakosten bij N casussen = eenmalig + per jaar + per casus × N; netto = bruto − programmakosten.',
    whoTitle: (d) => (d === 'payer' ? 'Wie investeert, wie wint (per betaler)' : 'Wie investeert, wie wint (per wet)'),
    invested: 'investeert',
    netPosition: 'netto positie',
    netAfterProgramme: 'netto na programmakosten',
    position: 'positie',
    positions: {
      'gains-without-investing': 'wint zonder te investeren',
      'invests-and-gains': 'investeert en wint',
      'invests-more-than-gains': 'investeert meer dan hij wint',
      'pays-without-investing': 'betaalt meer zonder te investeren',
      neutral: 'neutraal',
    },
    whoNote:
      'Investeert = de investeringsregels van deze partij. Baten vóór investering = dreigend scenario − (na doorbraak − investering). Netto positie = baten vóór investering − investering = de baten van deze partij; samen de totale baten.',
    whoProgrammeNote: 'De programmakosten staan bij de betaler die ze draagt; de positie telt ze mee als investering.',
    evidenceTitle: 'Onderbouwing van de baten per klasse',
    grade: 'klasse',
    grades: {
      A: 'A (officieel tarief)',
      B: 'B (afgeleid)',
      C: 'C (schatting)',
      none: 'zonder klasse (telt als C)',
    },
    share: '% van baten',
    bias: 'optimism bias',
    correction: 'correctie',
    adjusted: 'baten na correctie',
    evidenceSummary: (b, c, none) => `${b} baten, waarvan ${c} op klasse-C-schattingen en ${none} op eigen bedragen zonder klasse.`,
    evidenceNote:
      'Baten per klasse = dreigend scenario − na doorbraak van de regels met een tarief van die klasse. Eigen posten, een eigen prijs op een tariefregel en tarieven zonder klasse hebben geen klasse en tellen als C (schatting).',
    biasNote: (spec) =>
      `Optimism bias (${spec}): per klasse gaat het dreigend scenario omlaag en 'na doorbraak' omhoog met dat percentage; correctie = percentage × (dreigend + na doorbraak), afgerond op centen.`,
    biasSummary: (g, c, a) => `Baten ${g} − correctie ${c} = ${a} na optimism bias.`,
    htmlReturns: 'Investering en rendement',
    htmlWhoGains: 'Wie investeert, wie wint',
    htmlWhoIntro:
      'Per betaler en per wet: wat een partij investeert (links van de nullijn), wat zij vóór die investering aan kosten vermijdt (rechts) en haar netto positie. Zo is te zien wie wint zonder te investeren en wie meer investeert dan hij wint.',
    htmlEvidence: 'Onderbouwing per klasse',
    chartPayer: 'Investering en baten vóór investering per betaler',
    chartLaw: 'Investering en baten vóór investering per wet',
    legendInvested: 'investeert',
    legendAvoided: 'baten vóór investering',
    legendNet: 'netto',
    investmentSheet: 'Investering',
    whoSheet: 'Wie wint',
    programmeSheet: 'Programma',
    evidenceSheet: 'Onderbouwing',
  },
  calcView: {
    help: {
      sections: 'toon ook deze onderdelen in de tabel, bijv. wet,betaler,top (Nederlandse of Engelse namen); html, xlsx, md, csv en json bevatten altijd alles',
      all: 'toon alle onderdelen in de tabel',
      strict: 'privacy-vondsten en wetten of betalers buiten de tarieventabel zijn fouten (exit 1) in plaats van waarschuwingen',
    },
    sections: {
      cases: { name: 'casussen', title: 'baten per casus' },
      law: { name: 'wet', title: 'per wet' },
      payer: { name: 'betaler', title: 'per betaler' },
      top: { name: 'top', title: 'grootste kostenposten in de huidige inzet' },
      projection: { name: 'projectie', title: 'projectie naar meer casussen' },
      published: { name: 'gepubliceerd', title: 'gepubliceerd tegenover berekend' },
      investment: { name: 'investering', title: 'investering, netto baten en rendement per casus' },
      programme: { name: 'programma', title: 'programmakosten, netto resultaat en break-even' },
      gains: { name: 'wie-wint', title: 'wie investeert, wie wint (per betaler en per wet)' },
      evidence: { name: 'onderbouwing', title: 'baten per bewijsklasse (A, B, C)' },
      years: { name: 'jaren', title: 'per jaar, niet verdisconteerd' },
      adjustments: { name: 'correcties', title: 'deadweight en attributie per cohort' },
      sensitivity: { name: 'gevoeligheid', title: 'baten met schattingen laag, centraal en hoog' },
      simulation: { name: 'simulatie', title: 'Monte-Carlo-simulatie' },
      notes: { name: 'toelichting', title: 'vrije tekst uit de casusbestanden' },
    },
    moreTitle: 'Meer in dit rapport:',
    moreLine: (option, title) => `  ${option}  ${title}`,
    moreAll: 'Alles: --all. De formaten html, xlsx, md, csv en json bevatten altijd alles.',
    emptySection: (name) => `Onderdeel '${name}': niets te tonen in dit rapport.`,
    badSections: (names) => `kies uit ${names} (Nederlandse of Engelse namen)`,
    horizon: 'horizon',
    duration: (amount, unit) => `${amount} ${unit}`,
    horizonGroup: (cases, horizon, presentValue) => `${cases} over ${horizon}${presentValue ? ' (contante waarde)' : ''}`,
    mixedHorizons: (groups) => `Let op: verschillende horizonnen (${groups}); totaal, gemiddelde en projectie tellen ze bij elkaar op.`,
    rounding: 'Door afronding op hele euro’s tellen de rijen niet altijd precies op tot het totaal.',
    roundingCsv: 'Bedragen afgerond op hele euro’s; door afronding tellen de rijen niet altijd precies op tot het totaal. Met --cents: bedragen in centen.',
  },

  placeholders: {
    file: 'bestand',
    paths: 'paden',
    case: 'casus',
    lock: 'lock',
    kind: 'soort',
    lang: 'taal',
    format: 'formaat',
    year: 'jaar',
    rate: 'percentage',
    limit: 'grens',
    list: 'lijst',
    seed: 'startwaarde',
    n: 'n',
    folder: 'map',
    files: 'bestanden',
  },

  indexLock: {
    changedTitle: (ix) => `Gewijzigde indexcijfers van ${ix} (oud → nieuw):`,
    provisional: 'voorlopig',
    final: 'definitief',
    replaced: 'het voorlopige cijfer is vervangen door het definitieve',
    notUsed: 'niet gebruikt',
    updated: (ix, years) => `De meegeleverde prijsindex ${ix} is bijgewerkt sinds het vastleggen; de indexcijfers die deze cijfers gebruiken (${years}) zijn ongewijzigd.`,
    provisionalUsed: (ix, years) =>
      `Let op: deze cijfers gebruiken een voorlopig indexcijfer van ${ix} (${years}); verify meldt het als het definitieve cijfer het vervangt.`,
  },

  ownPrices: {
    from: { rate: 'tarief', line: 'regel', case: 'casus', cohort: 'cohort', report: 'prijspeil van het rapport' },
  },

  rateSearch: {
    help: {
      description: 'zoek in de tarieventabellen die gelden (de meegeleverde, die van een cohort via de paden, of --rates): id, omschrijving, prijs en bron',
      arguments: {
        query: 'zoektekst: elk woord komt voor in id, omschrijving of bron (hoofdletters en accenten tellen niet); een bestaand pad is geen zoektekst',
        paths: 'casussen, cohorten of tarieventabellen: hun tabellen gelden (standaard de meegeleverde tabel)',
      },
      options: {
        law: 'alleen tarieven onder deze wet (bijv. Jeugdwet)',
        payer: 'alleen tarieven van deze betaler (bijv. gemeente)',
        grade: 'alleen deze kwaliteit: A, B of C (of een lijst: A,B)',
      },
    },
    title: 'Tarieven',
    id: 'id',
    priceAsStated: 'prijs (zoals vermeld)',
    indexedPrice: (y) => `prijs ${y}`,
    per: (price, unit) => `${price} per ${unit}`,
    indexedLine: (py, ix, y) => `prijsjaar ${py} → ${ix} in prijspeil ${y}`,
    notIndexed: (py) => `prijsjaar ${py}`,
    gradeWord: (g) => `kwaliteit ${g}`,
    tableWord: (t) => `tabel ${t}`,
    sourceWord: 'bron',
    summary: (shown, total, tables) => `${shown} van ${plural(total, 'tarief', 'tarieven')} (${tables}).`,
    priceNote: (y, ix, prov) => `Prijzen geïndexeerd naar prijspeil ${y} met ${ix}${prov ? ' (voorlopig indexcijfer)' : ''}. Kwaliteit: A officieel tarief, B afgeleid, C zwak of schatting.`,
    noIndexNote: 'Prijzen niet geïndexeerd (--no-indexation): elk tarief in zijn eigen prijsjaar. Kwaliteit: A officieel tarief, B afgeleid, C zwak of schatting.',
    gapNote: (y, ix, n) => `Geen indexcijfer voor ${y} in ${ix}: ${plural(n, 'tarief', 'tarieven')} niet geïndexeerd.`,
    none: 'Geen tarieven gevonden.',
    noneFor: (what, value, sug) => `Geen tarieven met ${what} '${value}'${sug ? `; bedoelde u ${sug}?` : '.'}`,
    badGrade: 'geef A, B of C, of een lijst zoals A,B',
  },

  newCase: {
    help: {
      description: 'schrijf een nieuwe casus MAP/CASUS.yaml: een sjabloon met uitleg en voorbeelden dat zo door check komt; overschrijft nooit een bestaand bestand',
      arguments: {
        case: 'id van de nieuwe casus (kleine letters, cijfers en -)',
        folder: 'map van het bestand (standaard de huidige map); het cohort van de map geeft de horizon en de tarieventabel',
      },
      options: {
        from: 'begin met de regels van een bestaande casus (een id in de map, of een bestand), zonder titel, waarden en notities',
      },
    },
    header: (id) => [
      '',
      `Casus ${id}: één huishouden, gepseudonimiseerd:`,
      'geen namen, BSN, adressen, telefoonnummers of geboortedata.',
      "De sleutels zijn Engels; bedragen in euro's met een punt (475.50);",
      'een kans is een getal van 0 tot 1 (0.5).',
      'Controleer met doorbraak check; zoek tarieven met doorbraak rates <zoekwoord>.',
    ],
    headerFrom: (id, from) => [
      '',
      `Casus ${id}, begonnen met de regels van casus ${from}`,
      '(zonder titel, waarden en notities). Gepseudonimiseerd: geen namen, BSN of adressen.',
      "De sleutels zijn Engels; bedragen in euro's met een punt (475.50);",
      'een kans is een getal van 0 tot 1 (0.5).',
      'Controleer met doorbraak check; zoek tarieven met doorbraak rates <zoekwoord>.',
    ],
    title: 'Nieuwe casus',
    titleNote: 'korte titel, zonder persoonsgegevens',
    horizonNote: "de periode waarover de scenario's geprijsd worden",
    cohortHorizon: (cohort, horizon) => [`De horizon is die van cohort ${cohort}: ${horizon}.`, "Schrijf 'horizon: …' om daarvan af te wijken."],
    scenarios: {
      current: ['', 'Huidige inzet: de ondersteuning die nu voor het huishouden wordt ingezet.', 'Een regel per tarief of eigen post, bijvoorbeeld:'],
      threat: ['', 'Dreigend scenario: wat het zou kosten als er niets verandert, bijvoorbeeld:'],
      breakthrough: ['', 'Gerealiseerde doorbraak: de doorbraak zelf en de hulp die daarna nog nodig is,', 'bijvoorbeeld:'],
    },
    useExamples: (scenario) => `Zet zulke regels onder '${scenario}:' in plaats van [] (leeg laten mag).`,
    notes: {
      rate: 'een tarief uit de tarieventabel',
      for: 'hoe lang; zonder for de hele horizon',
      hourRate: 'een uurtarief',
      hours: "een totaal (40), of 'N per week' / 'N per month'",
      chance: 'de kans dat het gebeurt, van 0 tot 1',
      item: 'een eigen post, niet uit de tabel',
      price: "euro's, met een punt",
      unit: 'hour, day, week, month, year of once',
      investment: 'de investering die de doorbraak mogelijk maakte (telt mee in de baten)',
    },
    exampleItem: 'Verhuiskosten naar een grotere woning',
    exampleFor: '6 maanden',
    exampleHours: '2 per week',
    exampleThreatFor: '3 maanden',
    written: (file, folder) => `${file} geschreven; controleer met: doorbraak check ${folder}`,
  },

  template: {
    help: {
      description: 'schrijf een lege werkmap (.xlsx) om casussen in te vullen in Excel of LibreOffice: bladen casussen, regels, cohorten en tarieven, met keuzelijsten, en uitleg',
      arguments: {},
      options: { rates: 'de tarieventabel(len) voor het blad tarieven en de keuzelijst van tarieven (herhaalbaar); standaard de meegeleverde tabel' },
    },
  },

  importCases: {
    help: {
      description: 'lees casussen uit een werkmap (.xlsx) of CSV-bestanden en schrijf één casusbestand per casus (en een cohort.yaml per cohort) in de map van -o; schrijft niets zolang er iets niet klopt',
      arguments: { files: 'de werkmap, of de CSV-bestanden met de tabellen casussen en regels (en cohorten, programma, woorden)' },
      options: {
        output: 'de map voor de casusbestanden (wordt gemaakt als die er niet is)',
        force: 'overschrijf bestaande casus-, cohort- en tags-bestanden',
      },
    },
    written: (n, folder, unchanged) => {
      const others = (c: { cohorts: number; tags: number }): string[] => [
        ...(c.cohorts ? [plural(c.cohorts, 'cohortbestand', 'cohortbestanden')] : []),
        ...(c.tags ? [plural(c.tags, 'woordenlijst', 'woordenlijsten')] : []),
      ];
      const and = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}` : (xs[0] ?? ''));
      const left = others(unchanged);
      return `${and([plural(n.cases, 'casusbestand', 'casusbestanden'), ...others(n)])} geschreven in ${folder}${left.length ? ` (${and(left)} ongewijzigd)` : ''}`;
    },
  },

  exportCases: {
    help: {
      description: 'zet casussen in een werkmap (.xlsx) om bij te werken en terug te lezen met doorbraak import; vrije tekst alleen met --include-notes',
      arguments: { paths: 'casusbestanden en mappen' },
      options: { includeNotes: "neem de vrije tekst mee: de tekst van de waarden (betrokkenheid, legitimiteit, …) en de notities ('note'); de scores altijd" },
    },
  },

  workbook: {
    instructionsSheet: 'uitleg',
    instructions: [
      '# Casussen invullen voor doorbraak',
      'doorbraak berekent de baten van casussen van de Doorbraakmethode. Vul deze werkmap in en lees haar in met: doorbraak import casussen.xlsx -o cases/',
      'Casussen zijn gepseudonimiseerd: schrijf geen namen, BSN, adressen, telefoonnummers of geboortedata.',
      '',
      '# Blad casussen: één rij per casus (één huishouden)',
      'case: de id, met kleine letters, cijfers en -, bijv. vh-07; elke id één keer. title: een korte titel.',
      'horizon: de periode waarover geprijsd wordt, bijv. 12 months of 12 maanden (leeg: die van het cohort, anders 12 maanden).',
      'price_year: het prijsjaar van de eigen prijzen van de casus (leeg mag). cohort: het cohort van de casus (leeg mag).',
      'folder: de map van het casusbestand, binnen de map van doorbraak import (leeg: de map van het cohort).',
      'status: afgerond (leeg is ook afgerond), lopend of gestopt (kies uit de lijst). Lopende en gestopte casussen tellen niet mee in de totalen.',
      "dates_start en dates_breakthrough: wanneer de casus begon en wanneer de doorbraak er was: 2024-03-15, of tot op de maand 2024-03 (typ dan '2024-03 met een apostrof, anders maakt Excel er 1 maart van).",
      'problems: de problemen van het huishouden; kind: de soort doorbraak. Woorden gescheiden door komma’s, bijv. wonen, geld, psychisch (leeg mag).',
      'De waarden betrokkenheid, legitimiteit, rendement, bestaanszekerheid, veiligheid en ontwikkelingsperspectief: in de kolom met _score een score',
      'van 1 (niet), 2 (nauwelijks), 3 (deels), 4 (grotendeels) tot 5 (volledig), in de kolom met de naam van de waarde vrije tekst (beide mogen leeg blijven).',
      '',
      '# Blad regels: één rij per regel van een scenario',
      'case: de id van een casus van het blad casussen. scenario: huidige inzet, dreigend scenario of gerealiseerde doorbraak (kies uit de lijst).',
      'rate: een tarief van het blad tarieven (kies uit de lijst). Of laat rate leeg en vul item in: een eigen post met price, unit, law en payer.',
      'for: hoe lang, bijv. 3 months of 6 maanden (leeg: de hele horizon). hours: bij een uurtarief een totaal (40) of 2 per week.',
      'count: aantal personen of eenheden (leeg: 1). chance: de kans dat het gebeurt, van 0 tot 1 (0,5 of 50%; leeg: 1).',
      "price: een eigen prijs in euro's (bij een tarief: in plaats van de prijs uit de tabel). unit: hour, day, week, month, year of once.",
      'from: de regel begint later, bijv. month 7. price_low en price_high, for_low en for_high, count_low en count_high: lage en hoge schattingen.',
      'note: vrije tekst bij de regel. Lege rijen worden overgeslagen.',
      'investment: ja bij een regel van de gerealiseerde doorbraak die de investering is die de doorbraak mogelijk maakte (kies uit de lijst; leeg: nee).',
      '',
      '# Vervolgmetingen op het blad regels: wat er na de doorbraak werkelijk is ingezet',
      'Kies als scenario vervolgmeting, vul after in (de tijd sinds de doorbraak, bijv. 6 months) of date (de datum van de meting; dan is dates_breakthrough nodig),',
      'en verder de regel zoals bij een scenario. Rijen van dezelfde casus met dezelfde after of date zijn één meting.',
      'Een rij met alleen after of date en geen tarief of post: een meting waarbij niets is ingezet.',
      '',
      '# Blad cohorten (mag leeg blijven)',
      'Een cohort is een groep casussen in één map, met een cohort.yaml. cohort: de id. title, horizon, price_year, deadweight en attribution als in cohort.yaml.',
      'rates: de tarieventabel(len) van het cohort, een pad vanaf de map van het cohort. published_baten, published_cases, published_mean, published_source: gepubliceerde cijfers.',
      'programme_years: het aantal jaren dat het programma loopt voor de casussen van het cohort (leeg: 1).',
      'tags_problems en tags_kind: de woorden die problems en kind van de casussen van het cohort mogen gebruiken, gescheiden door komma’s (leeg: elk woord).',
      'folder: de map van het cohort, binnen de map van doorbraak import (leeg: de id van het cohort).',
      '',
      '# Blad programma: wat de methode kost (mag leeg blijven)',
      'Eén rij per kostenpost van een cohort: cohort (een id van het blad cohorten), item (waarvoor), price (in euro’s), per: once (eenmalig),',
      'year (per jaar van het programma) of case (per casus van het cohort), payer (wie betaalt), price_year (leeg mag) en source: waar het bedrag gepubliceerd is.',
      '',
      '# Blad woorden: de toegestane woorden, een tags.yaml (mag leeg blijven)',
      'Eén rij per map: folder (leeg: de map van doorbraak import zelf), problems en kind: de woorden die de casussen in die map en de mappen eronder',
      'mogen gebruiken, gescheiden door komma’s. Een cohort met tags_problems of tags_kind gebruikt die van zichzelf.',
      '',
      '# Getallen en fouten',
      'Typ getallen zoals uw spreadsheet ze kent (in een Nederlandse Excel 475,50). Tekst die geen getal is in een getallenkolom is een fout.',
      'doorbraak import schrijft niets zolang er een fout in staat, en noemt elke fout met blad en cel, bijv. casussen.xlsx:regels!D14: onbekend tarief.',
    ],
    prompts: {
      case: { title: 'casus', text: 'de id van een casus van het blad casussen' },
      scenario: { title: 'scenario', text: 'huidige inzet, dreigend scenario, gerealiseerde doorbraak, of vervolgmeting (met after of date)' },
      rate: { title: 'tarief', text: 'een id van het blad tarieven; leeg bij een eigen post (kolom item)' },
      unit: { title: 'eenheid', text: 'alleen bij een eigen post: hour, day, week, month, year of once' },
      cohort: { title: 'cohort', text: 'een id van het blad cohorten (leeg mag)' },
      status: { title: 'status', text: 'afgerond (leeg is ook afgerond), lopend of gestopt' },
      score: { title: 'score', text: '1 niet, 2 nauwelijks, 3 deels, 4 grotendeels, 5 volledig (leeg mag)' },
      investment: { title: 'investering', text: 'ja: deze regel van de gerealiseerde doorbraak is de investering die de doorbraak mogelijk maakte' },
      per: { title: 'per', text: 'once (eenmalig), year (per jaar van het programma) of case (per casus van het cohort)' },
    },
  },
  tracking: {
    help: {
      description: '',
      arguments: {},
      options: {
        status: 'welke casussen meetellen: afgerond (standaard), all, of een lijst als afgerond,lopend (Engels: completed, running, stopped)',
        by: 'patronen per problems, kind en/of cohort, bijv. problems,kind (standaard: problems en kind als de casussen die hebben; none: geen)',
        minGroup: 'groepen met minder casussen tonen in html, xlsx, csv en md geen cijfers (kleine aantallen)',
      },
    },
    sections: {
      followup: { name: 'vervolg', title: 'vervolgmetingen: hield de doorbraak stand?' },
      patterns: { name: 'patronen', title: 'patronen per probleem en soort doorbraak' },
      values: { name: 'waarden', title: 'verdeling van de scores van de waarden' },
    },
    badStatus: 'verwacht all, of afgerond, lopend en/of gestopt gescheiden door komma’s (Engels: completed, running, stopped)',
    badBy: 'verwacht problems, kind en/of cohort gescheiden door komma’s, of none',
    badMinGroup: 'verwacht een geheel getal van 1 tot en met 1000, bijv. 5',
    status: { afgerond: 'afgerond', lopend: 'lopend', gestopt: 'gestopt' },
    statusCol: 'status',
    statusLine: (counted, leftOut) => {
      const words = { afgerond: 'afgerond', lopend: 'lopend', gestopt: 'gestopt' } as const;
      const part = (xs: readonly (readonly [keyof typeof words, number])[]): string[] => xs.filter(([, n]) => n > 0).map(([st, n]) => `${n} ${words[st]}`);
      const and = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}` : (xs[0] ?? ''));
      const c = part(counted);
      const l = part(leftOut);
      if (l.length) return `${c.length ? c.join(', ') : '0 casussen meegeteld'}; ${and(l)}, niet meegeteld`;
      const total = counted.reduce((s, [, n]) => s + n, 0);
      return `${plural(total, 'casus', 'casussen')} meegeteld: ${c.join(', ') || '0'}`;
    },
    statusTitle: 'Status van de casussen',
    countedCol: 'meegeteld',
    yes: 'ja',
    no: 'nee',
    followupTitle: 'Vervolgmeting: hield de doorbraak stand?',
    measurement: 'meting',
    after: (d) => `na ${d}`,
    on: (d) => `op ${d}`,
    period: 'periode',
    days: (d) => `${d} dagen`,
    expected: 'verwacht (na doorbraak)',
    expectedShort: 'verwacht',
    threatLevel: 'dreigend niveau',
    realised: 'gerealiseerd',
    difference: 'verschil',
    expectedBaten: 'verwachte baten',
    realisedBaten: 'gerealiseerde baten',
    signal: 'signaal',
    backAtThreat: 'terug op dreigend niveau',
    followupNote:
      'Over dezelfde periode P sinds de doorbraak: verwacht = na doorbraak × P ÷ horizon; dreigend niveau = dreigend scenario × P ÷ horizon; gerealiseerd = de kosten van de regels van de vervolgmeting; verschil = gerealiseerd − verwacht; gerealiseerde baten = dreigend niveau − gerealiseerd. Exact gerekend en eenmaal afgerond op centen; per casus de laatste meting (docs/arithmetic.md).',
    flaggedNote: (n) => `${plural(n, 'casus', 'casussen')} terug op dreigend niveau: de gerealiseerde kosten zijn minstens zo hoog als het dreigend scenario over dezelfde periode.`,
    patternsTitle: (by) => (by === 'problems' ? 'Patronen per probleem' : by === 'kind' ? 'Patronen per soort doorbraak' : 'Patronen per cohort'),
    dimension: { problems: 'probleem', kind: 'soort doorbraak', cohort: 'cohort' },
    none: (by) => (by === 'cohort' ? '(geen cohort)' : '(geen)'),
    casesCol: 'casussen',
    median: 'mediaan per casus',
    overlapNote:
      'Een casus met meer woorden telt mee in de groep van elk woord; de groepen tellen daarom niet op tot het totaal. Gemiddelde = baten ÷ casussen in de groep; mediaan = de middelste baten per casus.',
    cohortNote: 'Gemiddelde = baten ÷ casussen in de groep; mediaan = de middelste baten per casus.',
    cocktailsTitle: 'Terugkerende combinaties van problemen (cocktails)',
    combination: 'combinatie',
    cocktailsNote:
      'Combinaties van 2 tot 4 problemen die in minstens 2 casussen samen voorkomen. Een combinatie die in precies zoveel casussen voorkomt als een grotere waarin ze zit, staat er niet apart bij.',
    noCocktails: 'Geen combinatie van problemen komt in meer dan één casus voor.',
    valuesTitle: 'Waarden: verdeling van de scores',
    value: 'waarde',
    scored: 'gescoord',
    medianScore: 'mediaan',
    scale: 'Schaal: 1 niet, 2 nauwelijks, 3 deels, 4 grotendeels, 5 volledig.',
    scaleNote:
      'Schaal: 1 niet, 2 nauwelijks, 3 deels, 4 grotendeels, 5 volledig (docs/tracking.md). Kolom 1 tot en met 5: het aantal casussen met die score. Alleen de scores; de vrije tekst van values staat nooit in een overzicht.',
    small: (k) => `< ${k} casussen`,
    withheld: 'afgeschermd',
    marker: '*',
    withheldTogether: 'afgeschermde groepen samen',
    withheldNote:
      'Afgeschermd: een tweede groep, verborgen zodat de kleine groep niet uit het totaal terug te rekenen is.',
    publishNote: (k) =>
      `< ${k} casussen: van een groep van minder dan ${k} casussen worden geen cijfers getoond, omdat die één herkenbaar gezin kunnen beschrijven (de kop en de totalen blijven staan).`,
    workingNote: (k) =>
      `*: een groep van minder dan ${k} casussen. Deze cijfers zijn voor eigen gebruik: in html, xlsx, csv en md staat er '< ${k} casussen' (--min-group).`,
    htmlPatterns: 'Patronen',
    htmlPatternsIntro: 'Welke problemen en welke soorten doorbraak komen terug, en wat leveren ze op.',
    htmlPatternsChart: (by) => `Baten per ${by}`,
    htmlFollowup: 'Vervolgmeting',
    htmlFollowupChart: 'Verwacht tegenover gerealiseerd per casus, over de periode sinds de doorbraak',
    htmlValues: 'Waarden',
    htmlChartSmall: (k) => `Groepen van minder dan ${k} casussen staan niet in de grafiek.`,
    patternsSheet: 'Patronen',
    followupSheet: 'Vervolgmeting',
    valuesSheet: 'Waarden',
    dates: 'data',
    start: 'start',
    breakthroughDate: 'doorbraak',
    scoresTitle: 'Scores van de waarden (1–5)',
    score: 'score',
    followupLinesTitle: (n, when) => `Vervolgmeting ${n} (${when}): regels`,
    followupExplainTitle: 'Vervolgmetingen: verwacht tegenover gerealiseerd',
  },
};
