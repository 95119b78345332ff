/**
 * Every English text of doorbraak (--lang en). The same sections as `nl.ts`; the type check fails
 * when one of them lacks a text. How to add a text: docs/texts.md.
 */
import type { Args } from '../../data/diagnostic.js';
import { list, q, s } from './args.js';
import { formatInt, formatMoney } from './numbers.js';
import type { Texts } from './types.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const valueTypes: Texts['valueTypes'] = {
  string: 'text',
  text: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping (keys with values)',
  boolean: 'true/false',
  null: 'empty',
};
const typeName = (t: string): string => (valueTypes as Readonly<Record<string, string>>)[t] ?? t;

const privacyKinds: Texts['privacyKinds'] = {
  bsn: 'a citizen service number (BSN)',
  email: 'an e-mail address',
  phone: 'a phone number',
  iban: 'an IBAN (bank account number)',
  postcode: 'a postcode with house number',
  birthdate: 'a date of birth',
  date: 'a date',
};
const kindName = (k: string): string => (privacyKinds as Readonly<Record<string, string>>)[k] ?? k;

/** "; did you mean 'chance' or 'change'?" when the arguments hold suggestions. */
function didYouMean(a: Args): string {
  const sug = list(a, 'suggestions');
  return sug.length ? `; did you mean ${sug.map(q).join(' or ')}?` : '';
}

const tables = (a: Args): string => list(a, 'tables').map(q).join(', ');
/** "huidige inzet, dreigend scenario or gerealiseerde doorbraak" */
const scenarioChoice = (a: Args): string => {
  const o = list(a, 'options');
  return o.length > 1 ? `${o.slice(0, -1).join(', ')} or ${o[o.length - 1]!}` : o.join('');
};
const euros = (a: Args, k: string): string => formatMoney(BigInt(s(a, k) || '0'), { lang: 'en', cents: false });

/** "avoided costs €323,005 published, €214,830 computed" for each published figure that differs. */
function differences(a: Args): string {
  const parts: string[] = [];
  // With `figure`, only that figure (each differing figure has a message at its own line).
  const only = (f: string): boolean => s(a, 'figure') === '' || s(a, 'figure') === f;
  if (only('cases') && s(a, 'pub_cases') !== s(a, 'cases')) parts.push(`cases ${s(a, 'pub_cases')} published, ${s(a, 'cases')} computed`);
  if (only('baten') && s(a, 'pub_baten') !== s(a, 'baten')) parts.push(`avoided costs ${euros(a, 'pub_baten')} published, ${euros(a, 'baten')} computed`);
  if (only('mean') && s(a, 'mean_ok') === 'no') parts.push(`mean per case ${euros(a, 'pub_mean')} published, ${s(a, 'mean') ? euros(a, 'mean') : '–'} computed`);
  return parts.join('; ');
}

/** The remedies of an index gap: a price year within the series (when the report's year is missing), another series, no indexation, or the missing figure added. */
function gapRemedies(a: Args, own: boolean): string {
  const y = s(a, 'year');
  const ways = [
    ...(s(a, 'reportYear') === '1' ? [`choose a price year within the series (--price-year ${s(a, 'last')})`] : []),
    `give a series with ${y} (--price-index FILE)`,
    'price without indexation (--no-indexation)',
    `add a figure for ${y} to ${s(a, 'index')}, a provisional one if need be ('provisional: true')`,
    ...(own ? [`or give these prices a 'price_year' within the series (on the line, the case or the cohort)`] : []),
  ];
  return `Remedy: ${ways.join('; ')}.`;
}

/** "1 line with a rate" / "3 lines with a rate". */
function gapCount(a: Args, one: string, many: string): string {
  const n = Number(s(a, 'lines'));
  return `${n} ${n === 1 ? one : many}`;
}

/** "a.yaml:5:5, b.yaml:7:5, c.yaml:9:5 and 2 more". */
function gapPositions(a: Args): string {
  const more = Number(s(a, 'more'));
  return `${list(a, 'positions').join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

export const en: Texts = {
  messages: {
    // reading files and folders
    'io.not_found': () => 'no such file or directory',
    'io.permission': () => 'permission denied',
    'io.symlink_loop': () => 'symbolic link loop; skipped',
    'io.link_loop': () => 'symbolic link points (through a loop) to itself; cannot be read',
    'io.is_dir': () => 'is a directory, not a file',
    'io.not_regular': () => 'not a regular file (a pipe, socket or device); not read',
    'io.unreadable': (a) => `cannot be read (${s(a, 'reason')})`,
    'io.no_yaml': () => 'no .yaml or .yml files in this directory',
    'io.too_large': (a) => `file is too large (${s(a, 'size')} bytes; at most ${s(a, 'max')})`,
    'io.binary': () => 'not a text file (contains NUL bytes)',
    'io.encoding': (a) => `not valid UTF-8 text (byte ${s(a, 'offset')}); save the file as UTF-8`,
    'io.write_failed': (a) => `cannot write (${s(a, 'reason')}); an existing file was left untouched`,
    // YAML syntax
    'yaml.duplicate_key': (a) => `key ${q(s(a, 'key'))} appears twice`,
    'yaml.tab': () => 'tab used for indentation; use spaces',
    'yaml.indent': (a) => `YAML indentation error: ${s(a, 'detail')}`,
    'yaml.syntax': (a) => `YAML error: ${s(a, 'detail')}`,
    'yaml.multiple_docs': () => 'more than one YAML document in this file; put one case in each file',
    'yaml.too_deep': (a) => `nested too deeply (more than ${s(a, 'max') || 64} levels)`,
    'yaml.alias_bomb': () => 'too many YAML aliases (*); the file is not expanded',
    'yaml.warning': (a) => `YAML: ${s(a, 'detail')}`,
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
    // kinds of file and their keys
    'file.empty': () => 'file is empty',
    'file.not_mapping': (a) => `expected keys with values, not ${typeName(s(a, 'received'))}`,
    'file.unknown_kind': () => "unknown kind of file: a case starts with 'case:', a cohort with 'cohort:', a rate table with 'table:'",
    'file.not_rates': () => "not a rate table (expected 'table:' at the top)",
    'schema.unknown_key': (a) => `unknown key ${q(s(a, 'key'))}${didYouMean(a)}`,
    'schema.missing_key': (a) => `missing key ${q(s(a, 'key'))}`,
    'schema.type': (a) => `${q(s(a, 'key'))} must be ${typeName(s(a, 'expected'))}, not ${typeName(s(a, 'received'))}`,
    'schema.enum': (a) => `${q(s(a, 'key'))} must be one of ${list(a, 'options').join(', ')}, not ${q(s(a, 'value'))}`,
    'schema.slug': (a) => `${q(s(a, 'value'))} is not a valid id: use lowercase letters, digits and '-'`,
    'schema.invalid': (a) => `invalid value ${q(s(a, 'value'))} for ${q(s(a, 'key'))}`,
    // forgiving input: what the person meant
    'schema.dutch_key': (a) => `unknown key ${q(s(a, 'key'))}; did you mean ${q(s(a, 'english'))}? Keys are in English.`,
    'schema.missing_scenario': (a) => `missing key ${q(s(a, 'key'))}; write \`${s(a, 'key')}: []\` when there is nothing`,
    'value.comma_decimal': (a) => `${q(s(a, 'key'))} is ${q(s(a, 'value'))}: use a decimal point: ${s(a, 'fixed')}`,
    'value.percent_chance': (a) => `${q(s(a, 'key'))} is ${q(s(a, 'value'))}: a chance is a number from 0 to 1; write ${s(a, 'fixed')}`,
    'yaml.map_column': () => 'keys at the same level must be indented alike (start in the same column)',
    // values
    'value.too_large': (a) => `number ${a.value !== undefined ? q(s(a, 'value')) + ' ' : ''}is too large`,
    'value.not_a_number': (a) => `${q(s(a, 'key'))} is not a number (${s(a, 'value')})`,
    'value.negative': (a) => `${q(s(a, 'key'))} must not be negative (${s(a, 'value')})`,
    'value.precision': (a) => `${q(s(a, 'key'))} has more than 2 decimals (${s(a, 'value')}); amounts are in whole cents`,
    'value.precision_n': (a) => `${q(s(a, 'key'))} has more than ${s(a, 'places')} decimals (${s(a, 'value')})`,
    'value.duration_unit': (a) => `unknown unit ${q(s(a, 'unit'))} in duration ${q(s(a, 'text'))}${didYouMean(a)}`,
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
    // rate tables, lines, cases, cohorts
    'rates.duplicate_id': (a) => `rate id ${q(s(a, 'id'))} already defined at ${s(a, 'first')}`,
    'rates.law_undeclared': (a) => `law ${q(s(a, 'value'))} is not in this table's 'laws'${didYouMean(a)}`,
    'rates.payer_undeclared': (a) => `payer ${q(s(a, 'value'))} is not in this table's 'payers'${didYouMean(a)}`,
    'rates.source_empty': (a) => `rate ${q(s(a, 'id'))} has an empty 'source'; every price needs a source`,
    'line.rate_and_item': () => "a line has 'rate' or 'item', not both",
    'line.no_rate_or_item': () => "line has neither 'rate' (a rate from the table) nor 'item' (a custom item)",
    'line.item_field_on_rate': (a) => `${q(s(a, 'key'))} belongs to a custom item ('item'); rate ${q(s(a, 'rate'))} takes it from the rate table`,
    'line.item_missing': (a) => `custom item ${q(s(a, 'item'))} is missing ${q(s(a, 'key'))}`,
    'line.item_empty': () => "'item' must not be empty",
    'line.hours_missing': (a) => `${q(s(a, 'rate'))} is an hour rate: give 'hours' (a total, or 'N per week' / 'N per month')`,
    'line.hours_not_hourly': (a) => `'hours' only applies to hour rates; ${q(s(a, 'rate'))} is priced per ${s(a, 'unit')}`,
    'line.for_on_once': (a) => `'for' does not apply to one-off item ${q(s(a, 'rate'))} (unit: once); use 'count'`,
    'line.too_large': () => 'the amount of this line is too large (over €10 billion); check counts, hours and durations',
    'rate.unknown': (a) =>
      `unknown rate ${q(s(a, 'id'))}${list(a, 'suggestions').length ? `; did you mean ${list(a, 'suggestions').map(q).join(', ')}?` : ''}`,
    'case.duplicate_id': (a) => `case id ${q(s(a, 'id'))} already used in ${s(a, 'first')}`,
    'cohort.rates_missing': (a) => `rate table named in 'rates' does not exist: ${s(a, 'file')}`,
    'input.no_cases': () => 'no cases found',
    // economics: line starts, ranges, adjustments, the price index and its options
    'econ.from_format': (a) => `invalid start ${q(s(a, 'text'))}; write e.g. 'month 6' (the start of the 6th month) or 'year 2'`,
    'econ.from_beyond_horizon': (a) => `'from: ${s(a, 'from')}' starts after the end of the horizon (${s(a, 'horizon')})`,
    'econ.for_after_from': (a) => `'for: ${s(a, 'for')}' from '${s(a, 'from')}' runs past the end of the horizon (${s(a, 'horizon')})`,
    'econ.price_year_without_price': () => "'price_year' belongs to a line's own 'price'; a price from the rate table has the table's price year",
    'econ.range_pair': (a) => `${q(s(a, 'given'))} without ${q(s(a, 'missing'))}; give a low and a high estimate together`,
    'econ.range_order': (a) => `${q(s(a, 'key') + '_low')} (${s(a, 'low')}) is greater than ${q(s(a, 'key') + '_high')} (${s(a, 'high')})`,
    'econ.range_central': (a) => `${q(s(a, 'key'))} (${s(a, 'central')}) is not between the low (${s(a, 'low')}) and high (${s(a, 'high')}) estimates`,
    'econ.range_needs_for': () => "'for_low' and 'for_high' also need a 'for' (the central estimate)",
    'econ.share_range': (a) => `${q(s(a, 'key'))} must be between 0 and 1, not ${s(a, 'value')}`,
    'econ.price_year_option': (a) => `--price-year ${q(s(a, 'value'))}: the price index ${s(a, 'index')} runs from ${s(a, 'first')} to ${s(a, 'last')}`,
    'econ.discount_option': (a) => `--discount ${q(s(a, 'value'))}: give a percentage from 0 to 100 (not 100), e.g. 2.25, 2,25 or 2.25% (all 2.25%); 0 = undiscounted`,
    'econ.simulate_option': (a) => `--simulate ${q(s(a, 'value'))}: give a number of draws from 1 to 1,000,000`,
    'econ.seed_option': (a) => `--seed ${q(s(a, 'value'))}: give a whole number from 0 to 4294967295`,
    'index.not_index': () => "not a price index series (expected 'index:', 'first_year:' and 'changes:')",
    'index.year_order': (a) => `year ${s(a, 'year')} is out of place; expected ${s(a, 'expected')} (one year per entry, ascending, no gaps)`,
    'index.change': (a) => `invalid yearly change ${q(s(a, 'value'))}; a percentage with at most 4 decimals`,
    // the privacy guard (check)
    'privacy.found': (a) =>
      `${q(s(a, 'key'))} seems to contain ${kindName(s(a, 'kind'))} (${s(a, 'masked')}); a case file should be pseudonymised`,
    // calc, explain, check, diff, lock and verify
    'published.mismatch': (a) => `published figures of cohort ${q(s(a, 'cohort'))} differ from the computed ones: ${differences(a)}`,
    'explain.case_not_found': (a) => `case ${q(s(a, 'id'))} not found${didYouMean(a)}`,
    'explain.not_a_case': () => 'this file holds no case',
    'check.rate_unused': (a) => `rate ${q(s(a, 'id'))} is not used by any case`,
    'check.rate_shadowed': (a) => `rate ${q(s(a, 'id'))} is not used by any case: table ${q(s(a, 'by'))} overrides it`,
    'check.rate_no_source': (a) => `rate ${q(s(a, 'id'))} has no source ('source'); every price needs a source`,
    'check.rate_no_price_year': (a) => `rate ${q(s(a, 'id'))} has no price year: give 'price_year' on the rate or on the table`,
    'check.item_law_undeclared': (a) =>
      `law ${q(s(a, 'value'))} of custom item ${q(s(a, 'item'))} is not in the 'laws' of rate table ${tables(a)}${didYouMean(a)}`,
    'check.item_payer_undeclared': (a) =>
      `payer ${q(s(a, 'value'))} of custom item ${q(s(a, 'item'))} is not in the 'payers' of rate table ${tables(a)}${didYouMean(a)}`,
    'usage.fail_over': (a) => `invalid value ${q(s(a, 'value'))}; give an amount in euros (5000 or 2500.50) or a percentage (2.5%)`,
    'usage.xlsx_needs_output': () => `--format xlsx writes a binary workbook: give a file with -o, e.g. -o baten.xlsx`,
    'diff.over_limit': (a) => `${s(a, 'total')} moves ${s(a, 'delta')} (${s(a, 'percent')}), more than --fail-over ${s(a, 'limit')}`,
    'lock.invalid': (a) => `not a valid lock file: ${s(a, 'detail')}`,
    'lock.schema': (a) => `unknown lock schema ${q(s(a, 'value'))}; expected ${q(s(a, 'expected'))}`,
    // investment, programme costs and optimism bias (issue 16)
    'returns.investment_scenario': (a) =>
      `'investment: true' belongs on a 'breakthrough' line (the investment that made the breakthrough), not on one of ${q(s(a, 'scenario'))}`,
    'returns.programme_source_empty': (a) => `programme cost ${q(s(a, 'item'))} has an empty 'source'; name where the amount was published`,
    'returns.programme_index_year': (a) =>
      `no index figure for ${s(a, 'year')} in ${s(a, 'index')} (programme cost ${q(s(a, 'item'))}); choose another --price-year, give a series with --price-index, or --no-indexation`,
    'returns.optimism_bias_option': (a) => `--optimism-bias ${q(s(a, 'value'))}: give a percentage from 0 to 100 per grade, e.g. 'A=0,B=10%,C=25%'`,
    // issue 12: limits, never over an input, safe output
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
    // this year's figures: custom items named as such, one problem per index gap
    'item.hours_missing': (a) => `custom item ${q(s(a, 'item'))} is priced per hour: give 'hours' (a total, or 'N per week' / 'N per month')`,
    'item.hours_not_hourly': (a) => `'hours' only applies to items priced per hour; custom item ${q(s(a, 'item'))} is priced per ${s(a, 'unit')}`,
    'item.for_on_once': (a) => `'for' does not apply to one-off custom item ${q(s(a, 'item'))} (unit: once); use 'count'`,
    'index.gap_table': (a) =>
      `no index figure for ${s(a, 'year')} in ${s(a, 'index')} (the series runs from ${s(a, 'first')} to ${s(a, 'last')}), ` +
      `so ${gapCount(a, 'line with a rate', 'lines with a rate')} from table ${q(s(a, 'table'))} cannot be brought to price year ${s(a, 'priceYear')}: ${gapPositions(a)}. ${gapRemedies(a, false)}`,
    'index.gap_own': (a) =>
      `no index figure for ${s(a, 'year')} in ${s(a, 'index')} (the series runs from ${s(a, 'first')} to ${s(a, 'last')}), ` +
      `so ${gapCount(a, 'line with a custom item or own price', 'lines with a custom item or own price')} in this file cannot be brought to price year ${s(a, 'priceYear')}: ${gapPositions(a)}. ${gapRemedies(a, true)}`,
    // cases from a spreadsheet (issue 15): new, template, import, export
    'sheet.unknown_format': () => 'not an Excel workbook (.xlsx) nor a CSV file',
    'sheet.not_xlsx': () => 'not a readable Excel workbook (.xlsx); save the file as an Excel workbook or as CSV',
    'sheet.too_large': (a) => `the workbook unpacks to more than ${s(a, 'max')} bytes; the file was not read`,
    'sheet.unknown_table': () => "row 1 does not name the columns of 'casussen', 'regels', 'cohorten', 'programma' or 'woorden' (such as 'case' and 'scenario')",
    'sheet.duplicate_table': (a) => `table ${q(s(a, 'table'))} is given twice; the first in ${s(a, 'first')}`,
    'sheet.missing': (a) => `table ${q(s(a, 'table'))} is missing: a sheet ${q(s(a, 'table'))} in the workbook, or a CSV file with its columns`,
    'sheet.missing_column': (a) => `column ${q(s(a, 'column'))} is missing in ${q(s(a, 'table'))}; the column names are in row 1`,
    'sheet.duplicate_column': (a) => `column ${q(s(a, 'column'))} appears twice`,
    'sheet.case_id_missing': () => "row without a case: give the case's id in column 'case'",
    'sheet.line_case_missing': () => "line without a case: give the id of a case in column 'case'",
    'sheet.case_unknown': (a) => `case ${q(s(a, 'id'))} is not on sheet ${q(s(a, 'table'))}${didYouMean(a)}`,
    'sheet.scenario_missing': (a) => `line without a scenario: choose ${scenarioChoice(a)}`,
    'sheet.scenario_unknown': (a) =>
      `unknown scenario ${q(s(a, 'value'))}${list(a, 'suggestions').length ? `; did you mean ${q(list(a, 'suggestions')[0]!)}? Choose` : '; choose'} ${scenarioChoice(a)}`,
    'sheet.cohort_id_missing': () => "row without a cohort: give the cohort's id in column 'cohort'",
    'sheet.duplicate_cohort': (a) => `cohort id ${q(s(a, 'id'))} already used in ${s(a, 'first')}`,
    'sheet.followup_only': (a) => `${q(s(a, 'key'))} belongs to a follow-up measurement: choose ${q(s(a, 'name'))} in column 'scenario', or leave ${q(s(a, 'key'))} empty`,
    'sheet.cohort_unknown': (a) => `cohort ${q(s(a, 'id'))} is not on sheet ${q(s(a, 'table'))}${didYouMean(a)}`,
    'sheet.duplicate_tags': (a) => `folder ${q(s(a, 'folder'))} already has a word list in ${s(a, 'first')}`,
    'sheet.folder_invalid': (a) => `invalid folder ${q(s(a, 'value'))}: a folder inside the output folder, such as 'veilige-handen' or 'area/north', without '..'`,
    'import.cohort_unknown': (a) => `cohort ${q(s(a, 'id'))} is neither on sheet 'cohorten' nor in ${s(a, 'folder')}${didYouMean(a)}`,
    'import.cohort_elsewhere': (a) =>
      `case ${q(s(a, 'case'))} goes into ${s(a, 'folder')}, where ${s(a, 'actual') ? `cohort ${q(s(a, 'actual'))} applies` : 'no cohort applies'}, not ${q(s(a, 'id'))}; change column 'cohort' or 'folder'`,
    'import.folder_taken': (a) => `cohort ${q(s(a, 'id'))} gets the same folder as cohort ${q(s(a, 'other'))} (${q(s(a, 'folder'))}); give one of them another 'folder'`,
    'import.free_text_dropped': (a) => `${s(a, 'file')} has free text (values, note) that is not in the workbook; it goes from the file (export with --include-notes to keep it)`,
    'import.exists': (a) => `${s(a, 'file')} already exists; doorbraak import replaces it only with --force`,
    'new.exists': (a) => `${s(a, 'file')} already exists; doorbraak new never overwrites: choose another id or folder`,
    'export.value_dropped': (a) => `value ${q(s(a, 'key'))} of case ${q(s(a, 'id'))} has no column on sheet 'casussen' and is left out of the workbook`,
    // following cases over time: status, dates, follow-up, tags, value scores (docs/tracking.md)
    'tracking.date_format': (a) => `${q(s(a, 'key'))} is not a valid date: ${q(s(a, 'date'))}; write YYYY-MM-DD or, to the month, YYYY-MM`,
    'tracking.dates_order': (a) => `the breakthrough (${s(a, 'breakthrough')}) is before the start (${s(a, 'start')})`,
    'tracking.followup_when_both': () => "a follow-up has 'after' (time since the breakthrough) or 'date', not both",
    'tracking.followup_when_missing': () => "a follow-up lacks 'after' (time since the breakthrough, e.g. '6 months') or 'date'",
    'tracking.followup_needs_breakthrough': (a) =>
      `follow-up on ${s(a, 'date')}: give the date of the breakthrough in 'dates: { breakthrough: … }', or write 'after: 6 months'`,
    'tracking.followup_not_after': (a) => `follow-up on ${s(a, 'date')} is not after the breakthrough (${s(a, 'breakthrough')})`,
    'tracking.for_beyond_period': (a) => `'for: ${s(a, 'for')}' is longer than the period since the breakthrough (${s(a, 'period')})`,
    'tracking.score_range': (a) => `the score of ${q(s(a, 'key'))} must be a whole number from ${s(a, 'min')} to ${s(a, 'max')}, not ${s(a, 'value')}`,
    'tracking.tag_duplicate': (a) => `${q(s(a, 'word'))} appears twice in ${q(s(a, 'key'))}`,
    'tracking.tag_unknown': (a) => `unknown word ${q(s(a, 'word'))} in ${q(s(a, 'key'))}: not allowed by ${s(a, 'file')}${didYouMean(a)}`,
    // the audit trail: calc --lines
    'lines.xlsx_too_many': (a) => `${s(a, 'lines')} lines do not fit one worksheet (at most 1,048,575); write them with --format csv or json`,
    'usage.lines_format': (a) => `--lines writes csv, json (one object per line) or xlsx, not ${q(s(a, 'format'))}: give e.g. --format csv`,
  },

  valueTypes,

  privacyKinds,

  diagnostics: {
    warning: 'warning: ',
    internalError: (message) =>
      `doorbraak: internal error: ${message}\nThis is a bug in doorbraak, not in your files. Please report it with the command you ran (run again with --debug for details).\n`,
  },

  labels: {
    case: 'case',
    title: 'title',
    cohort: 'cohort',
    current: 'current support',
    threat: 'threat scenario',
    breakthrough: 'after breakthrough',
    baten: 'avoided costs',
    besparing: 'savings',
    total: 'total',
    mean: 'mean per case',
    law: 'law',
    payer: 'payer',
    cases: (n) => (n === 1 ? '1 case' : `${n} cases`),
    headline: (n, baten, mean) => `${n}, ${baten} avoided costs (baten), ${mean} per case`,
    noCohort: '(no cohort)',
    amountsNote: (cents) =>
      `Amounts in euros${cents ? '' : ', rounded to whole euros'}. Avoided costs (baten) = threat − after breakthrough; savings = current − after breakthrough.`,
    allCases: 'all cases',
    cohortScope: (id) => `cohort ${id}`,
  },

  rates: {
    rate: 'rate',
    label: 'label',
    unit: 'unit',
    price: 'price',
    unitPrice: 'unit price',
    priceYear: 'price year',
    grade: 'grade',
    source: 'source',
    table: 'table',
    customItem: 'custom item',
    customSource: (file, line) => `custom item in ${file}:${line}`,
    override: (p) => `own price (table: ${p})`,
  },

  units: {
    hour: { one: 'hour', many: 'hours' },
    day: { one: 'day', many: 'days' },
    week: { one: 'week', many: 'weeks' },
    month: { one: 'month', many: 'months' },
    year: { one: 'year', many: 'years' },
    once: { one: 'once', many: 'once' },
  },

  help: {
    program: 'Price Doorbraakmethode cases: avoided costs (baten) per case, law and payer, from YAML files and a cited rate table.',
    debug: 'show the stack trace on an internal error',
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'display help for command',
    rates: 'rate table (repeatable; a later table overrides an earlier one rate by rate); default: the cohort’s table, else the bundled table',
    followSymlinks: 'also follow symbolic links that lead outside the folders given (default: skipped with a warning)',
    lang: 'language of labels and messages',
    format: 'output format',
    cents: 'show cents instead of whole euros',
    output: 'write to this file (whole or not at all)',
    priceYear: 'price year of the report (default: the newest rate table’s price year)',
    priceIndex: 'price index series (default: the bundled CBS CPI, rates/cpi-nl.yaml)',
    noIndexation: 'do not index rates: each rate in its own price year',
    discount: 'discount rate in percent for multi-year horizons: 2.25, 2,25 and 2.25% are 2.25% (the default); 0 = undiscounted',
    sensitivity: 'show avoided costs with all estimates low, central and high',
    simulate: 'Monte Carlo simulation with n draws: P10/P50/P90 of avoided costs',
    seed: 'seed of the simulation (default 1); same seed, same result',
  },

  commander: {
    words: {},
    choices: (list) => `choices: ${list}`,
    defaultValue: (value) => `default: ${value}`,
    value: (v) => JSON.stringify(v),
    preset: (value) => `preset: ${value}`,
    env: (name) => `env: ${name}`,
    separator: ', ',
  },

  usage: {
    // commander's own English stays as it is, without its "error: ".
    rules: [],
    hint: "See 'doorbraak --help' or 'doorbraak <command> --help'.",
  },

  progress: {
    filesRead: 'files read',
    casesPriced: 'cases priced',
  },

  calc: {
    help: {
      description:
        'price cases: current support, threat, after breakthrough, avoided costs and savings per case and in total, by law and payer, with the largest cost items',
      arguments: { paths: 'case files and folders' },
      options: {
        top: 'number of largest current cost items (0: none)',
        project: 'project the mean avoided costs to these case counts, e.g. 30,40',
        strictPublished: 'exit with status 1 when computed figures differ from the published ones (published in cohort.yaml)',
        lock: 'lock the figures with a sha256 of every input (check later with doorbraak verify)',
        includeNotes: 'include the cases’ free text (values, note) in table, md and json; never by default',
      },
    },
    badTop: 'expected a whole number ≥ 0, e.g. 5',
    badProject: 'expected case counts separated by commas, e.g. 30,40',
  },

  council: {
    byLaw: 'By law',
    byPayer: 'By payer',
    share: '%',
    sharesNote:
      'Share = the group’s amount ÷ the column total, rounded to 0.1% by largest remainder so that the shares add up to exactly 100%. The amounts add up to the total to the cent.',
    negativeNote: 'A negative amount or share: under that law or payer the breakthrough costs more than the threat (or the current support).',
    topTitle: (n) => `Largest cost items of the current support (top ${n})`,
    rank: 'no.',
    item: 'cost item',
    totalCurrent: 'total current support',
    shareOfCurrent: '% of current support',
    casesCol: 'cases',
    weighedMost: 'weighed most in case',
    realised: '⇐ realised breakthrough',
    topNote:
      'Items grouped by rate (custom items by their label) over all cases. The realised breakthrough is that of the case where the item weighed most: the largest custom item in its breakthrough scenario, or else the case title.',
    projectionTitle: 'Projection (an illustration, not a measurement)',
    scope: 'scope',
    measuredCases: 'cases measured',
    measuredBaten: 'avoided costs measured',
    projectedFor: (n) => `projected for ${n} cases`,
    projectionNote:
      'Projection = avoided costs ÷ number of cases × N, computed exactly and rounded once. It scales the measured mean; it is not a measured figure.',
    publishedTitle: 'Published against computed',
    figure: 'figure',
    published: 'published',
    computed: 'computed',
    difference: 'difference',
    matches: 'matches',
    yes: 'yes',
    no: 'no',
    figCases: 'cases',
    figBaten: 'avoided costs',
    sourceOf: (id, source) => `Source ${id}: ${source}`,
    publishedNote: 'Difference = computed − published. The mean matches when the computed mean, rounded as it was published, is equal.',
  },

  economics: {
    priceYear: (y, idx, prov) => `Price year ${y}${prov ? ' (provisional index figure)' : ''}; rates from other years indexed with ${idx}.`,
    priceYearNoIndex: (y) => `Prices: each rate in its own price year (not indexed; --no-indexation); table year ${y}.`,
    factors: (list) => `Index factors: ${list}.`,
    factor: (from, f, n) => `${from} ×${f} (${n} ${n === 1 ? 'line' : 'lines'})`,
    presentValue: (r, und) =>
      `Multi-year horizon: amounts are present values at ${r} (year 1 = now, year t divided by (1 + r)^(t − 1)); undiscounted ${und} avoided costs.`,
    perYear: 'Per year (undiscounted)',
    year: 'year',
    weight: 'discount factor',
    undiscounted: 'total undiscounted',
    presentValueRow: 'present value',
    adjustmentsTitle: 'Honest adjustments per cohort (deadweight and attribution)',
    gross: 'gross avoided costs',
    deadweight: 'deadweight',
    minusDeadweight: '− deadweight',
    afterDeadweight: 'after deadweight',
    attribution: 'attribution',
    net: 'net avoided costs',
    meanNet: 'net per case',
    adjustmentsNote: (net, gross) => `Net ${net} avoided costs (gross ${gross}); cases without an adjustment count gross.`,
    sensitivityTitle: 'Sensitivity: avoided costs with every estimate low, central and high',
    low: 'low',
    central: 'central',
    high: 'high',
    sensitivityNote: 'Low/high = all low/high estimates at once (in the breakthrough scenario too), not a worst or best case.',
    simulationTitle: (n, seed) => `Simulation: ${n} draws, seed ${seed}`,
    measure: 'measure',
    totalBaten: 'total avoided costs',
    perCase: 'avoided costs per case',
    average: 'mean',
    simulationNote:
      'Triangular distributions from low/central/high, Bernoulli for chance; floating point inside the simulation only, results rounded once to cents.',
  },

  notes: {
    title: 'Notes (free text from the case files)',
    none: 'no free text in these cases',
  },

  html: {
    kicker: 'Doorbraakmethode · avoided costs report',
    title: 'Avoided costs of the breakthroughs',
    docTitle: (h) => `Doorbraak: ${h}`,
    cases: 'cases',
    baten: 'avoided costs (baten)',
    contents: 'Contents',
    batenPerCase: 'Avoided costs per case',
    batenChart: 'Bar chart: avoided costs per case (threat − after breakthrough)',
    scenarios: 'Three scenarios per case',
    scenariosIntro:
      'For each case the cost of the current support, of the threat scenario (if nothing changes) and after the breakthrough (the breakthrough itself included).',
    scenariosChart: 'Bar chart: current support, threat scenario and after breakthrough per case',
    lawPayer: 'Avoided costs by law and by payer',
    lawChart: 'Stacked bar: avoided costs by law (all cases)',
    payerChart: 'Stacked bar: avoided costs by payer (all cases)',
    negativeLegend: 'Light segments left of the zero line: under that law or payer the breakthrough costs more than the threat scenario.',
    perCohort: 'Per cohort',
    top: 'Largest cost items and their breakthroughs',
    economics: 'Price year and method',
    rates: 'Rates used and their sources',
    ratesIntro:
      'Every rate a line of these cases was priced with, with its price, price year, grade and source. Grade: A official tariff, B derived, C weak or estimate.',
    accountability: 'Accountability',
    digest: 'Content hash of the inputs (sha256)',
    digestNote: (n) =>
      `sha256 over the sorted sha256 hashes of ${n === 1 ? 'the input file' : `all ${n} input files`} (cases, cohorts, rate tables and the price index when one was used). The same inputs give the same hash, wherever and whenever.`,
    version: 'doorbraak version',
    tables: 'Rate tables',
    reproduce:
      'This report holds no date or time: the same inputs and the same version give the same file. Free text from the case files (values, note) is not in it.',
  },

  xlsx: {
    casesSheet: 'Cases',
    totalsSheet: 'Totals',
    byLawSheet: 'By law',
    byPayerSheet: 'By payer',
    topSheet: 'Top items',
    ratesSheet: 'Rates used',
    aboutSheet: 'About',
    count: 'number of cases',
    shareBaten: 'share of avoided costs',
    lines: 'lines',
    digest: 'content hash of the inputs (sha256)',
    version: 'doorbraak version',
    headline: 'headline',
    note: 'note',
    formulas:
      'Avoided costs and savings per case, the totals (SUM over the case rows), the mean (total ÷ count) and the shares are formulas: the workbook recomputes when you edit an amount.',
    amounts: 'Amounts in euros, exact to the cent as doorbraak computes them.',
  },

  explain: {
    help: {
      description: 'show how every amount of one case was made: each line with price, quantity, count, chance, cost and source',
      arguments: { case: 'case id or case file', paths: 'folders and files to look for the case in (default: cases/)' },
      options: {},
    },
    title: (id) => `Derivation of case ${id}`,
    field: 'field',
    value: 'value',
    file: 'file',
    horizon: 'horizon',
    rateTables: 'rate tables',
    scenario: 'scenario',
    nr: 'no.',
    post: 'item',
    quantity: 'quantity',
    count: 'count',
    chance: 'chance',
    exactCost: 'exact',
    cost: 'cost',
    index: 'index',
    indexedNote: (year) =>
      `Price year ${year}: every price is indexed from its own price year with the factor in column 'index' (CPI); cost = unit price × index × quantity × count × chance.`,
    presentValueNote: (rate, years) =>
      `Horizon longer than a year: 'exact' is the undiscounted sum over the whole line; 'cost' is the present value at ${rate}, the sum over the years of (cost in year t, rounded to cents) / (1 + r)^(t − 1), rounded once. Per year: ${years}.`,
    linesTitle: 'Lines',
    linesNote:
      'cost = unit price × quantity × count × chance, computed exactly and rounded once to whole cents (half away from zero). A month is 365/12 days, a week 7, a year 365.',
    totalsTitle: 'Totals',
    amount: 'amount',
    computation: 'computation',
    originTitle: 'Where the prices come from',
    valuesTitle: 'Values',
    notesTitle: 'Notes',
    note: 'note',
    horizonMark: 'horizon',
    per: 'per',
  },

  check: {
    help: {
      description: 'check cases, cohorts and rate tables; silent when all is well (exit 0), else every problem and exit 1',
      arguments: { paths: 'case files, rate tables and folders' },
      options: {
        verbose: 'print a one-line summary',
        privacy: 'treat privacy findings (BSN, e-mail, phone, IBAN, address, date of birth) as errors (exit 1) instead of warnings',
      },
    },
    summary: (cases, cohorts, tables, errors, warnings) =>
      `${plural(cases, 'case', 'cases')}, ${plural(cohorts, 'cohort', 'cohorts')}, ${plural(tables, 'rate table', 'rate tables')}: ` +
      (errors || warnings
        ? [errors ? plural(errors, 'error', 'errors') : '', warnings ? plural(warnings, 'warning', 'warnings') : ''].filter(Boolean).join(', ')
        : 'no problems'),
  },

  diff: {
    help: {
      description: 'what a change of rate table does to every case and to the totals: old, new and difference',
      arguments: { paths: 'case files and folders' },
      options: {
        against: 'the new rate table (repeatable, like --rates)',
        failOver: 'exit 1 when a total moves more than this: euros (5000) or a percentage (2.5%)',
      },
    },
    titleCases: 'Avoided costs (baten) per case',
    titleRates: 'Changed rates',
    titleLaws: 'Avoided costs (baten) per law',
    titleTotals: 'Totals',
    old: 'old',
    new: 'new',
    delta: 'difference',
    change: 'change',
    field: 'amount',
    usedBy: 'cases',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    fields: { price: 'price', unit: 'unit', law: 'law', payer: 'payer' },
    noRateChanges: 'No rates changed.',
    section: 'section',
    id: 'id',
    total: (f) => `total ${f}`,
    lawTotal: (l) => `baten ${l}`,
    note: (o, n) => `Old: ${o}. New: ${n}. Difference = new − old.`,
    wasZero: 'was zero',
  },

  verify: {
    help: {
      description: 'recompute locked figures (calc --lock); exit 1 with the differences when inputs or figures changed',
      arguments: { lock: 'the lock file' },
      options: { cents: 'show amounts in cents' },
    },
    ok: (lock, cases, files) => `${lock}: ${plural(cases, 'case', 'cases')}, ${plural(files, 'input file', 'input files')}: unchanged`,
    failed: (lock) => `${lock}: the figures or the inputs have changed since they were locked`,
    inputsChanged: 'Changed inputs (sha256 old → new):',
    figuresChanged: 'Changed figures (old → new, difference):',
    inputAdded: 'new file',
    inputRemoved: 'file no longer used',
    caseAdded: 'new case',
    caseRemoved: 'case gone',
    versionNote: (o, n) => `Locked with doorbraak ${o}, now ${n}.`,
    otherChanged: 'Other content of the lock file differs from the recomputation (titles, cohorts, rate tables or the command)',
  },

  schema: {
    help: {
      description: 'print the JSON Schema of a kind of file, for editors (yaml-language-server)',
      arguments: { kind: 'kind of file' },
      options: {},
    },
  },

  audit: {
    help: {
      lines:
        'instead of the report, write one row per priced line (csv, json: one object per line, or xlsx), with price, index, quantity, count, chance, amounts per year, present value and source',
      asStated: 'compare prices as the tables state them, without indexation (like --no-indexation)',
    },
    columns: {
      cohort: 'cohort',
      case: 'case',
      scenario: 'scenario',
      nr: 'nr',
      rate: 'rate',
      table: 'table',
      item: 'custom item',
      label: 'label',
      law: 'law',
      payer: 'payer',
      unit: 'unit',
      price: 'unit price',
      override: 'own price',
      priceYear: 'price year',
      factor: 'index factor',
      factorFraction: 'index factor (fraction)',
      quantity: 'quantity',
      quantityFraction: 'quantity (fraction)',
      derivation: 'quantity derivation',
      count: 'count',
      chance: 'chance',
      exact: 'exact (unrounded)',
      year: (n) => `year ${n}`,
      undiscounted: 'undiscounted',
      presentValue: 'cost (present value)',
      discount: 'discount rate',
      source: 'source',
      investment: 'investment',
    },
    yes: 'yes',
    no: 'no',
    linesSheet: 'Lines',
    perYearSheet: 'Per year',
    publishedSheet: 'Published',
    perYearNote:
      'Per case with a horizon longer than a year: the amounts per year (undiscounted, SUMIFS over the Lines sheet), the discount factor 1 / (1 + r)^(year − 1) and the present value: the sum of the lines’ present values, as in the report.',
    linesNote:
      'Lines: one row per priced line. Exact = price × index factor × quantity × count × chance; year = ROUND(exact × the year’s share, 2); present value = ROUND(sum of year t / (1 + r)^(t − 1), 2). A case’s rows add up to its totals.',
    linesTooMany: (n) => `${formatInt(n, 'en')} lines do not fit one worksheet (at most 1,048,575): the Lines sheet is left out; calc --lines --format csv or json writes them all.`,
    lockFile: 'locked in (calc --lock)',
    lockDigest: 'sha256 of the lock file',
    lockNote: (f) => `The figures of this report are also in ${f}. Anyone with the same inputs can check them with: doorbraak verify ${f}`,
    indexTitle: 'Index factors',
    priceYear: 'price year',
    reportYear: 'report price year',
    changes: 'yearly change',
    computation: 'computation',
    lines: 'lines',
    provisional: 'provisional',
    indexNote: (ix) =>
      `Index factor = the product of (1 + yearly change / 100) over the years after the price year up to and including the report's price year (${ix}); when the price year is later, 1 divided by that product.`,
    from: (start) => `from ${start}`,
    yearsTitle: 'Per year per line, and present value',
    year: (n) => `year ${n}`,
    weight: 'discount factor',
    undiscounted: 'undiscounted',
    presentValueExact: 'present value, exact',
    presentValue: 'cost',
    yearsNote: (r) =>
      `A line falls in the years in proportion to the days it runs in each (a one-off item in the year it starts); each year's amount is rounded once to cents. Present value = sum of (amount in year t × discount factor 1 / (1 + ${r})^(t − 1)), rounded once: the column 'cost'.`,
    diffIndexed: (y, ix) =>
      `Both sides at ${y} prices, indexed with ${ix}, as calc does; the difference is the change of the rates in ${y} euros. With --as-stated diff compares prices as the tables state them.`,
    diffAsStated: 'Prices as the tables state them, not indexed (--as-stated); the totals may therefore differ from calc’s.',
    diffTitle: 'What another rate table does',
    diffKicker: 'Doorbraakmethode · rate tables compared',
  },

  returns: {
    help: {
      optimismBias: "correct the avoided costs for optimism bias per grade of rate, e.g. 'A=0,B=10%,C=25%' (without a value: this default); custom amounts count as C",
    },
    investmentTitle: 'Investment and return per case',
    investmentMark: '(investment)',
    investment: 'investment',
    avoided: 'avoided before investment',
    netBaten: 'net avoided costs',
    returnPerEuro: 'per € invested',
    payback: 'paid back',
    paybackMonth: (m) => `month ${m}`,
    paybackNever: 'not within the horizon',
    investmentSummary: (net, inv, per) => `${inv} invested and ${net} net avoided costs: each euro invested avoids ${per} (before the investment is deducted).`,
    investmentNote:
      "Investment = the breakthrough lines with 'investment: true'. They are part of the breakthrough, so the avoided costs (baten) are net already: net avoided costs = avoided costs. Avoided before investment = net avoided costs + investment; per € invested = avoided before investment ÷ investment.",
    paybackNote:
      'Paid back: the first month in which the cumulative costs avoided before investment exceed the cumulative investment (the cumulative avoided costs rise above zero), counted from the start of each case, undiscounted.',
    noProgramme: (c) => `No programme costs given for cohort ${c}: its net result after programme costs is not known.`,
    programmeCostsTitle: 'Programme costs',
    item: 'item',
    per: 'how often',
    perOnce: 'once',
    perYear: (n) => `per year × ${n}`,
    perCase: (n) => `per case × ${n}`,
    price: 'price',
    priceYear: 'price year',
    factor: 'index',
    amount: 'amount',
    source: 'source',
    programmeTitle: 'Net result of the programme',
    casesCol: 'cases',
    programmeCosts: 'programme costs',
    netResult: 'net result',
    breakEven: 'break-even (cases)',
    breakEvenNever: 'not at this mean',
    fixed: 'fixed costs',
    perCaseCost: 'cost per case',
    programmeNote:
      'Net result = avoided costs − programme costs (the investments are inside the avoided costs already). Break-even: the smallest number of cases at which the measured mean per case covers the programme costs.',
    breakEvenSentence: (c, mean, n) => `Cohort ${c}: at ${mean} avoided costs per case, ${n === 1 ? '1 case covers' : `${n} cases cover`} the programme costs.`,
    projectionTitle: 'Projection gross and net (an illustration, not a measurement)',
    projectedCases: 'cases',
    gross: 'gross avoided costs',
    net: 'net',
    projectionNote: 'Gross = avoided costs ÷ cases × N; programme costs for N cases = once + per year + per case × N; net = gross − programme costs.',
    whoTitle: (d) => (d === 'payer' ? 'Who invests, who gains (by payer)' : 'Who invests, who gains (by law)'),
    invested: 'invests',
    netPosition: 'net position',
    netAfterProgramme: 'net after programme costs',
    position: 'position',
    positions: {
      'gains-without-investing': 'gains without investing',
      'invests-and-gains': 'invests and gains',
      'invests-more-than-gains': 'invests more than it gains',
      'pays-without-investing': 'pays more without investing',
      neutral: 'neutral',
    },
    whoNote:
      "Invests = this party's investment lines. Avoided before investment = threat − (after breakthrough − investment). Net position = avoided before investment − investment = this party's avoided costs (baten); together the total.",
    whoProgrammeNote: 'Programme costs are shown with the payer who bears them; the position counts them as an investment.',
    evidenceTitle: 'Evidence behind the baten by grade',
    grade: 'grade',
    grades: {
      A: 'A (official tariff)',
      B: 'B (derived)',
      C: 'C (estimate)',
      none: 'ungraded (counts as C)',
    },
    share: '% of avoided costs',
    bias: 'optimism bias',
    correction: 'correction',
    adjusted: 'after correction',
    evidenceSummary: (b, c, none) => `${b} avoided costs, of which ${c} on grade-C estimates and ${none} on ungraded custom amounts.`,
    evidenceNote:
      'Avoided costs per grade = threat − after breakthrough of the lines priced with a rate of that grade. Custom items, a case’s own price on a rate line and rates without a grade have no grade and count as C (estimate).',
    biasNote: (spec) =>
      `Optimism bias (${spec}): per grade the threat goes down and the breakthrough goes up by that percentage; correction = percentage × (threat + after breakthrough), rounded to cents.`,
    biasSummary: (g, c, a) => `Avoided costs ${g} − correction ${c} = ${a} after optimism bias.`,
    htmlReturns: 'Investment and return',
    htmlWhoGains: 'Who invests, who gains',
    htmlWhoIntro:
      'By payer and by law: what a party invests (left of the zero line), the costs it avoids before that investment (right) and its net position. This shows who gains without investing and who invests more than it gains.',
    htmlEvidence: 'Evidence by grade',
    chartPayer: 'Investment and costs avoided before investment by payer',
    chartLaw: 'Investment and costs avoided before investment by law',
    legendInvested: 'invests',
    legendAvoided: 'avoided before investment',
    legendNet: 'net',
    investmentSheet: 'Investment',
    whoSheet: 'Who gains',
    programmeSheet: 'Programme',
    evidenceSheet: 'Evidence',
  },
  calcView: {
    help: {
      sections: 'also show these parts in the table, e.g. law,payer,top (English or Dutch names); html, xlsx, md, csv and json always hold everything',
      all: 'show every part in the table',
      strict: 'privacy findings and laws or payers outside the rate table are errors (exit 1) instead of warnings',
    },
    sections: {
      cases: { name: 'cases', title: 'avoided costs per case' },
      law: { name: 'law', title: 'by law' },
      payer: { name: 'payer', title: 'by payer' },
      top: { name: 'top', title: 'largest cost items in the current support' },
      projection: { name: 'projection', title: 'projection to more cases' },
      published: { name: 'published', title: 'published against computed' },
      investment: { name: 'investment', title: 'investment, net avoided costs and return per case' },
      programme: { name: 'programme', title: 'programme costs, net result and break-even' },
      gains: { name: 'gains', title: 'who invests, who gains (by payer and by law)' },
      evidence: { name: 'evidence', title: 'avoided costs by grade of evidence (A, B, C)' },
      years: { name: 'years', title: 'per year, undiscounted' },
      adjustments: { name: 'adjustments', title: 'deadweight and attribution per cohort' },
      sensitivity: { name: 'sensitivity', title: 'avoided costs with estimates low, central and high' },
      simulation: { name: 'simulation', title: 'Monte Carlo simulation' },
      notes: { name: 'notes', title: 'free text from the case files' },
    },
    moreTitle: 'More in this report:',
    moreLine: (option, title) => `  ${option}  ${title}`,
    moreAll: 'Everything: --all. The html, xlsx, md, csv and json formats always hold everything.',
    emptySection: (name) => `Part '${name}': nothing to show in this report.`,
    badSections: (names) => `Choose from ${names} (English or Dutch names).`,
    horizon: 'horizon',
    duration: (amount, unit) => `${amount} ${unit}`,
    horizonGroup: (cases, horizon, presentValue) => `${cases} over ${horizon}${presentValue ? ' (present value)' : ''}`,
    mixedHorizons: (groups) => `Note: different horizons (${groups}); the total, mean and projection add them up.`,
    rounding: 'Rounded to whole euros, the rows do not always add up exactly to the total.',
    roundingCsv: 'Amounts rounded to whole euros; by rounding, the rows do not always add up exactly to the total. With --cents: amounts in cents.',
  },

  placeholders: {
    file: 'file',
    paths: 'paths',
    case: 'case',
    lock: 'lock',
    kind: 'kind',
    lang: 'lang',
    format: 'format',
    year: 'year',
    rate: 'rate',
    limit: 'limit',
    list: 'list',
    seed: 'seed',
    n: 'n',
    folder: 'folder',
    files: 'files',
  },

  indexLock: {
    changedTitle: (ix) => `Changed index figures of ${ix} (old → new):`,
    provisional: 'provisional',
    final: 'final',
    replaced: 'the provisional figure has been replaced by the final one',
    notUsed: 'not used',
    updated: (ix, years) => `The bundled price index ${ix} has been updated since the figures were locked; the index figures they use (${years}) are unchanged.`,
    provisionalUsed: (ix, years) =>
      `Note: these figures use a provisional index figure of ${ix} (${years}); verify reports it when the final figure replaces it.`,
  },

  ownPrices: {
    from: { rate: 'rate', line: 'line', case: 'case', cohort: 'cohort', report: "the report's price year" },
  },

  rateSearch: {
    help: {
      description: 'search the rate tables in force (the bundled one, a cohort\'s through the paths, or --rates): id, label, price and source',
      arguments: {
        query: 'text to search for: every word occurs in the id, label or source (case and accents do not matter); an existing path is not a query',
        paths: 'cases, cohorts or rate tables: their tables are in force (default the bundled table)',
      },
      options: {
        law: 'only rates under this law (e.g. Jeugdwet)',
        payer: 'only rates of this payer (e.g. gemeente)',
        grade: 'only this grade: A, B or C (or a list: A,B)',
      },
    },
    title: 'Rates',
    id: 'id',
    priceAsStated: 'price (as stated)',
    indexedPrice: (y) => `price ${y}`,
    per: (price, unit) => `${price} per ${unit}`,
    indexedLine: (py, ix, y) => `price year ${py} → ${ix} at ${y} prices`,
    notIndexed: (py) => `price year ${py}`,
    gradeWord: (g) => `grade ${g}`,
    tableWord: (t) => `table ${t}`,
    sourceWord: 'source',
    summary: (shown, total, tables) => `${shown} of ${total} ${total === 1 ? 'rate' : 'rates'} (${tables}).`,
    priceNote: (y, ix, prov) => `Prices indexed to ${y} with ${ix}${prov ? ' (provisional index figure)' : ''}. Grade: A official tariff, B derived, C weak or estimate.`,
    noIndexNote: 'Prices not indexed (--no-indexation): each rate in its own price year. Grade: A official tariff, B derived, C weak or estimate.',
    gapNote: (y, ix, n) => `No index figure for ${y} in ${ix}: ${n} ${n === 1 ? 'rate' : 'rates'} not indexed.`,
    none: 'No rates found.',
    noneFor: (what, value, sug) => `No rates with ${what} '${value}'${sug ? `; did you mean ${sug}?` : '.'}`,
    badGrade: 'give A, B or C, or a list such as A,B',
  },

  newCase: {
    help: {
      description: 'write a new case FOLDER/CASE.yaml: a template with explanations and examples that passes check as written; never overwrites a file',
      arguments: {
        case: 'id of the new case (lowercase letters, digits and -)',
        folder: "folder of the file (default the current folder); the folder's cohort gives the horizon and the rate table",
      },
      options: {
        from: 'start from the lines of an existing case (an id in the folder, or a file), without its title, values and notes',
      },
    },
    header: (id) => [
      '',
      `Case ${id}: one household, pseudonymised:`,
      'no names, BSNs, addresses, phone numbers or dates of birth.',
      'Keys are in English; amounts in euros with a decimal point (475.50);',
      'a chance is a number from 0 to 1 (0.5).',
      'Check with doorbraak check; find rates with doorbraak rates <word>.',
    ],
    headerFrom: (id, from) => [
      '',
      `Case ${id}, started from the lines of case ${from}`,
      '(title, values and notes left out). Pseudonymised: no names, BSNs or addresses.',
      'Keys are in English; amounts in euros with a decimal point (475.50);',
      'a chance is a number from 0 to 1 (0.5).',
      'Check with doorbraak check; find rates with doorbraak rates <word>.',
    ],
    title: 'New case',
    titleNote: 'a short title, without personal data',
    horizonNote: 'the period the scenarios are priced over',
    cohortHorizon: (cohort, horizon) => [`The horizon is that of cohort ${cohort}: ${horizon}.`, "Write 'horizon: …' to differ from it."],
    scenarios: {
      current: ['', 'Current (huidige inzet): the support the household gets now.', 'One line per rate or custom item, for example:'],
      threat: ['', 'Threat (dreigend scenario): what it would cost if nothing changed, for example:'],
      breakthrough: ['', 'Breakthrough (gerealiseerde doorbraak): the breakthrough itself and the support', 'still needed after it, for example:'],
    },
    useExamples: (scenario) => `Put such lines under '${scenario}:' instead of [] (empty is fine).`,
    notes: {
      rate: 'a rate from the rate table',
      for: 'how long; without for: the whole horizon',
      hourRate: 'an hourly rate',
      hours: "a total (40), or 'N per week' / 'N per month'",
      chance: 'the chance that it happens, 0 to 1',
      item: 'a custom item, not in the table',
      price: 'euros, with a decimal point',
      unit: 'hour, day, week, month, year or once',
      investment: 'the investment that made the breakthrough (already inside the baten)',
    },
    exampleItem: 'Moving costs to a bigger home',
    exampleFor: '6 months',
    exampleHours: '2 per week',
    exampleThreatFor: '3 months',
    written: (file, folder) => `wrote ${file}; check with: doorbraak check ${folder}`,
  },

  template: {
    help: {
      description: 'write an empty workbook (.xlsx) to fill in cases in Excel or LibreOffice: sheets casussen, regels, cohorten and tarieven, with drop-down lists, and instructions',
      arguments: {},
      options: { rates: 'the rate table(s) for sheet tarieven and the drop-down list of rates (repeatable); default the bundled table' },
    },
  },

  importCases: {
    help: {
      description: 'read cases from a workbook (.xlsx) or CSV files and write one case file per case (and a cohort.yaml per cohort) into the folder of -o; writes nothing while anything is wrong',
      arguments: { files: 'the workbook, or the CSV files with the tables casussen and regels (and cohorten, programma, woorden)' },
      options: {
        output: 'the folder for the case files (made when it is not there)',
        force: 'replace existing case, cohort and tags files',
      },
    },
    written: (n, folder, unchanged) => {
      const others = (c: { cohorts: number; tags: number }): string[] => [
        ...(c.cohorts ? [plural(c.cohorts, 'cohort file', 'cohort files')] : []),
        ...(c.tags ? [plural(c.tags, 'tags file', 'tags files')] : []),
      ];
      const and = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? ''));
      const left = others(unchanged);
      return `wrote ${and([plural(n.cases, 'case file', 'case files'), ...others(n)])} into ${folder}${left.length ? ` (${and(left)} unchanged)` : ''}`;
    },
  },

  exportCases: {
    help: {
      description: 'put cases into a workbook (.xlsx) to update and read back with doorbraak import; free text only with --include-notes',
      arguments: { paths: 'case files and folders' },
      options: { includeNotes: "include the free text: the text of the values (betrokkenheid, legitimiteit, …) and the notes ('note'); the scores always" },
    },
  },

  workbook: {
    instructionsSheet: 'instructions',
    instructions: [
      '# Filling in cases for doorbraak',
      'doorbraak computes the avoided costs (baten) of Doorbraakmethode cases. Fill in this workbook and read it in with: doorbraak import casussen.xlsx -o cases/',
      'Cases are pseudonymised: write no names, BSNs, addresses, phone numbers or dates of birth.',
      'The sheet and column names are those of the case files and stay Dutch or English as they are.',
      '',
      '# Sheet casussen: one row per case (one household)',
      'case: the id, in lowercase letters, digits and -, e.g. vh-07; each id once. title: a short title.',
      "horizon: the period priced, e.g. 12 months (empty: the cohort's, else 12 months).",
      'price_year: the price year of the case\'s own prices (may be empty). cohort: the case\'s cohort (may be empty).',
      "folder: the folder of the case file, inside the folder of doorbraak import (empty: the cohort's folder).",
      'status: afgerond (completed; empty is completed too), lopend (running) or gestopt (stopped): choose from the list. Running and stopped cases are not counted in the totals.',
      "dates_start and dates_breakthrough: when the case started and when the breakthrough was realised: 2024-03-15, or to the month 2024-03 (type '2024-03 with an apostrophe, or Excel makes it 1 March).",
      "problems: the household's problems; kind: the kind of breakthrough. Words separated by commas, e.g. wonen, geld, psychisch (may be empty).",
      'The values betrokkenheid, legitimiteit, rendement, bestaanszekerheid, veiligheid and ontwikkelingsperspectief: in the column ending in _score a score',
      "from 1 (not at all), 2 (hardly), 3 (partly), 4 (largely) to 5 (fully), in the column named after the value free text (both may stay empty).",
      '',
      '# Sheet regels: one row per line of a scenario',
      'case: the id of a case on sheet casussen. scenario: huidige inzet (current), dreigend scenario (threat) or gerealiseerde doorbraak (breakthrough): choose from the list.',
      'rate: a rate from sheet tarieven (choose from the list). Or leave rate empty and fill in item: a custom item with price, unit, law and payer.',
      'for: how long, e.g. 3 months (empty: the whole horizon). hours: for an hourly rate, a total (40) or 2 per week.',
      'count: number of persons or units (empty: 1). chance: the chance that it happens, 0 to 1 (0.5 or 50%; empty: 1).',
      'price: an own price in euros (on a rate: instead of the table price). unit: hour, day, week, month, year or once.',
      'from: the line starts later, e.g. month 7. price_low and price_high, for_low and for_high, count_low and count_high: low and high estimates.',
      'note: free text on the line. Empty rows are skipped.',
      'investment: ja (yes) on a breakthrough line that is the investment that made the breakthrough possible (choose from the list; empty: nee, no).',
      '',
      '# Follow-up measurements on sheet regels: what was actually spent after the breakthrough',
      'Choose vervolgmeting (follow-up) as the scenario, fill in after (the time since the breakthrough, e.g. 6 months) or date (the date of the measurement; needs dates_breakthrough),',
      'and the line as in a scenario. Rows of the same case with the same after or date are one measurement.',
      'A row with only after or date and no rate or item: a measurement at which nothing was spent.',
      '',
      '# Sheet cohorten (may stay empty)',
      'A cohort is a group of cases in one folder, with a cohort.yaml. cohort: the id. title, horizon, price_year, deadweight and attribution as in cohort.yaml.',
      "rates: the cohort's rate table(s), a path from the cohort's folder. published_baten, published_cases, published_mean, published_source: published figures.",
      'programme_years: the years the programme runs for the cases of the cohort (empty: 1).',
      "tags_problems and tags_kind: the words the problems and kind of the cohort's cases may use, separated by commas (empty: any word).",
      "folder: the cohort's folder, inside the folder of doorbraak import (empty: the cohort's id).",
      '',
      '# Sheet programma: what the method costs (may stay empty)',
      'One row per cost of a cohort: cohort (an id from sheet cohorten), item (what for), price (in euros), per: once,',
      'year (each year of the programme) or case (each case of the cohort), payer (who pays), price_year (may be empty) and source: where the amount was published.',
      '',
      '# Sheet woorden: the allowed words, a tags.yaml (may stay empty)',
      'One row per folder: folder (empty: the folder of doorbraak import itself), problems and kind: the words the cases in that folder and the folders below it',
      'may use, separated by commas. A cohort with tags_problems or tags_kind uses its own.',
      '',
      '# Numbers and errors',
      'Type numbers as your spreadsheet knows them. Text that is not a number in a number column is an error.',
      'doorbraak import writes nothing while there is an error, and names each error with its sheet and cell, e.g. casussen.xlsx:regels!D14: unknown rate.',
    ],
    prompts: {
      case: { title: 'case', text: 'the id of a case on sheet casussen' },
      scenario: { title: 'scenario', text: 'huidige inzet (current), dreigend scenario (threat), gerealiseerde doorbraak (breakthrough), or vervolgmeting (follow-up, with after or date)' },
      rate: { title: 'rate', text: 'an id from sheet tarieven; empty for a custom item (column item)' },
      unit: { title: 'unit', text: 'custom items only: hour, day, week, month, year or once' },
      cohort: { title: 'cohort', text: 'an id from sheet cohorten (may be empty)' },
      status: { title: 'status', text: 'afgerond (completed; empty is completed too), lopend (running) or gestopt (stopped)' },
      score: { title: 'score', text: '1 not at all, 2 hardly, 3 partly, 4 largely, 5 fully (may be empty)' },
      investment: { title: 'investment', text: 'ja (yes): this breakthrough line is the investment that made the breakthrough possible' },
      per: { title: 'per', text: 'once, year (each year of the programme) or case (each case of the cohort)' },
    },
  },
  tracking: {
    help: {
      description: '',
      arguments: {},
      options: {
        status: 'which cases count: completed (default), all, or a list such as completed,running (Dutch: afgerond, lopend, gestopt)',
        by: 'patterns by problems, kind and/or cohort, e.g. problems,kind (default: problems and kind when the cases have them; none: no patterns)',
        minGroup: 'groups with fewer cases show no figures in html, xlsx, csv and md (small numbers)',
      },
    },
    sections: {
      followup: { name: 'followup', title: 'follow-ups: did the breakthrough hold?' },
      patterns: { name: 'patterns', title: 'patterns by problem and kind of breakthrough' },
      values: { name: 'values', title: 'distribution of the value scores' },
    },
    badStatus: 'expected all, or completed, running and/or stopped separated by commas (Dutch: afgerond, lopend, gestopt)',
    badBy: 'expected problems, kind and/or cohort separated by commas, or none',
    badMinGroup: 'expected a whole number from 1 to 1000, e.g. 5',
    status: { afgerond: 'completed', lopend: 'running', gestopt: 'stopped' },
    statusCol: 'status',
    statusLine: (counted, leftOut) => {
      const words = { afgerond: 'completed', lopend: 'running', gestopt: 'stopped' } as const;
      const part = (xs: readonly (readonly [keyof typeof words, number])[]): string[] => xs.filter(([, n]) => n > 0).map(([st, n]) => `${n} ${words[st]}`);
      const and = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : (xs[0] ?? ''));
      const c = part(counted);
      const l = part(leftOut);
      if (l.length) return `${c.length ? c.join(', ') : '0 cases counted'}; ${and(l)}, not counted`;
      const total = counted.reduce((s, [, n]) => s + n, 0);
      return `${plural(total, 'case', 'cases')} counted: ${c.join(', ') || '0'}`;
    },
    statusTitle: 'Status of the cases',
    countedCol: 'counted',
    yes: 'yes',
    no: 'no',
    followupTitle: 'Follow-up: did the breakthrough hold?',
    measurement: 'measurement',
    after: (d) => `after ${d}`,
    on: (d) => `on ${d}`,
    period: 'period',
    days: (d) => `${d} days`,
    expected: 'expected (after breakthrough)',
    expectedShort: 'expected',
    threatLevel: 'threat level',
    realised: 'realised',
    difference: 'difference',
    expectedBaten: 'expected avoided costs',
    realisedBaten: 'realised avoided costs',
    signal: 'signal',
    backAtThreat: 'back at threat level',
    followupNote:
      'Over the same period P since the breakthrough: expected = after breakthrough × P ÷ horizon; threat level = threat × P ÷ horizon; realised = the cost of the follow-up lines; difference = realised − expected; realised avoided costs = threat level − realised. Computed exactly and rounded once to cents; per case the latest measurement (docs/arithmetic.md).',
    flaggedNote: (n) => `${plural(n, 'case', 'cases')} back at the threat level: the realised costs are at least as high as the threat scenario over the same period.`,
    patternsTitle: (by) => (by === 'problems' ? 'Patterns by problem' : by === 'kind' ? 'Patterns by kind of breakthrough' : 'Patterns by cohort'),
    dimension: { problems: 'problem', kind: 'kind of breakthrough', cohort: 'cohort' },
    none: (by) => (by === 'cohort' ? '(no cohort)' : '(none)'),
    casesCol: 'cases',
    median: 'median per case',
    overlapNote:
      'A case with several words counts in the group of each word, so the groups do not add up to the total. Mean = avoided costs ÷ cases in the group; median = the middle avoided costs per case.',
    cohortNote: 'Mean = avoided costs ÷ cases in the group; median = the middle avoided costs per case.',
    cocktailsTitle: 'Recurring combinations of problems (cocktails)',
    combination: 'combination',
    cocktailsNote:
      'Combinations of 2 to 4 problems that occur together in at least 2 cases. A combination that occurs in exactly as many cases as a larger one containing it is not listed separately.',
    noCocktails: 'No combination of problems occurs in more than one case.',
    valuesTitle: 'Values: distribution of the scores',
    value: 'value',
    scored: 'scored',
    medianScore: 'median',
    scale: 'Scale: 1 not at all, 2 hardly, 3 partly, 4 largely, 5 fully.',
    scaleNote:
      'Scale: 1 not at all, 2 hardly, 3 partly, 4 largely, 5 fully (docs/tracking.md). Columns 1 to 5: the number of cases with that score. Only the scores; the free text of values never enters an overview.',
    small: (k) => `< ${k} cases`,
    withheld: 'withheld',
    marker: '*',
    withheldTogether: 'withheld groups together',
    withheldNote: 'Withheld: a second group, hidden so that the small group cannot be recomputed from the total.',
    publishNote: (k) =>
      `< ${k} cases: a group of fewer than ${k} cases shows no figures, because it may describe one recognisable family (the headline and the totals stay).`,
    workingNote: (k) =>
      `*: a group of fewer than ${k} cases. These figures are for your own use: html, xlsx, csv and md show '< ${k} cases' (--min-group).`,
    htmlPatterns: 'Patterns',
    htmlPatternsIntro: 'Which problems and which kinds of breakthrough recur, and what they yield.',
    htmlPatternsChart: (by) => `Avoided costs by ${by}`,
    htmlFollowup: 'Follow-up',
    htmlFollowupChart: 'Expected against realised per case, over the period since the breakthrough',
    htmlValues: 'Values',
    htmlChartSmall: (k) => `Groups of fewer than ${k} cases are not in the chart.`,
    patternsSheet: 'Patterns',
    followupSheet: 'Follow-up',
    valuesSheet: 'Values',
    dates: 'dates',
    start: 'start',
    breakthroughDate: 'breakthrough',
    scoresTitle: 'Scores of the values (1–5)',
    score: 'score',
    followupLinesTitle: (n, when) => `Follow-up ${n} (${when}): lines`,
    followupExplainTitle: 'Follow-ups: expected against realised',
  },
};
