/** Messages of the economics: line starts, ranges, adjustments, the price index and its options. */
import type { Catalog } from './messages.js';
import { q, s } from './messages.js';

export const ECONOMICS_MESSAGES: Catalog = {
  nl: {
    'econ.from_format': (a) => `ongeldige start ${q(s(a, 'text'))}; schrijf bijv. 'month 6' of 'maand 6' (begin van de 6e maand), 'year 2' of 'jaar 2'`,
    'econ.from_beyond_horizon': (a) => `'from: ${s(a, 'from')}' begint na het einde van de horizon (${s(a, 'horizon')})`,
    'econ.for_after_from': (a) => `'for: ${s(a, 'for')}' vanaf '${s(a, 'from')}' loopt voorbij het einde van de horizon (${s(a, 'horizon')})`,
    'econ.price_year_without_price': () => "'price_year' hoort bij een eigen 'price'; de prijs uit de tarieventabel heeft het prijsjaar van de tabel",
    'econ.range_pair': (a) => `${q(s(a, 'given'))} zonder ${q(s(a, 'missing'))}; geef een lage en een hoge schatting samen`,
    'econ.range_order': (a) => `${q(s(a, 'key') + '_low')} (${s(a, 'low')}) is groter dan ${q(s(a, 'key') + '_high')} (${s(a, 'high')})`,
    'econ.range_central': (a) => `${q(s(a, 'key'))} (${s(a, 'central')}) ligt niet tussen de lage (${s(a, 'low')}) en hoge (${s(a, 'high')}) schatting`,
    'econ.range_needs_for': () => "'for_low' en 'for_high' vragen ook een 'for' (de centrale schatting)",
    'econ.share_range': (a) => `${q(s(a, 'key'))} moet tussen 0 en 1 liggen, niet ${s(a, 'value')}`,
    'index.not_index': () => "geen prijsindexreeks (verwacht 'index:', 'first_year:' en 'changes:')",
    'index.year_order': (a) => `jaar ${s(a, 'year')} staat niet op zijn plaats; verwacht ${s(a, 'expected')} (één jaar per regel, oplopend, zonder gaten)`,
    'index.change': (a) => `ongeldige jaarmutatie ${q(s(a, 'value'))}; een percentage met hoogstens 4 decimalen`,
    'index.year_missing': (a) => `geen indexcijfer voor ${s(a, 'year')} in ${s(a, 'index')} (tarief ${q(s(a, 'rate'))}); kies een ander --price-year, geef een reeks met --price-index, of --no-indexation`,
    'econ.price_year_option': (a) => `--price-year ${q(s(a, 'value'))}: de prijsindex ${s(a, 'index')} loopt van ${s(a, 'first')} tot en met ${s(a, 'last')}`,
    'econ.discount_option': (a) => `--discount ${q(s(a, 'value'))}: geef een percentage van 0 tot 100, bijv. '2.25%' of '0'`,
    'econ.simulate_option': (a) => `--simulate ${q(s(a, 'value'))}: geef een aantal trekkingen van 1 tot 1.000.000`,
    'econ.seed_option': (a) => `--seed ${q(s(a, 'value'))}: geef een geheel getal van 0 tot 4294967295`,
  },
  en: {
    'econ.from_format': (a) => `invalid start ${q(s(a, 'text'))}; write e.g. 'month 6' (the start of the 6th month) or 'year 2'`,
    'econ.from_beyond_horizon': (a) => `'from: ${s(a, 'from')}' starts after the end of the horizon (${s(a, 'horizon')})`,
    'econ.for_after_from': (a) => `'for: ${s(a, 'for')}' from '${s(a, 'from')}' runs past the end of the horizon (${s(a, 'horizon')})`,
    'econ.price_year_without_price': () => "'price_year' belongs to a line's own 'price'; a price from the rate table has the table's price year",
    'econ.range_pair': (a) => `${q(s(a, 'given'))} without ${q(s(a, 'missing'))}; give a low and a high estimate together`,
    'econ.range_order': (a) => `${q(s(a, 'key') + '_low')} (${s(a, 'low')}) is greater than ${q(s(a, 'key') + '_high')} (${s(a, 'high')})`,
    'econ.range_central': (a) => `${q(s(a, 'key'))} (${s(a, 'central')}) is not between the low (${s(a, 'low')}) and high (${s(a, 'high')}) estimates`,
    'econ.range_needs_for': () => "'for_low' and 'for_high' also need a 'for' (the central estimate)",
    'econ.share_range': (a) => `${q(s(a, 'key'))} must be between 0 and 1, not ${s(a, 'value')}`,
    'index.not_index': () => "not a price index series (expected 'index:', 'first_year:' and 'changes:')",
    'index.year_order': (a) => `year ${s(a, 'year')} is out of place; expected ${s(a, 'expected')} (one year per entry, ascending, no gaps)`,
    'index.change': (a) => `invalid yearly change ${q(s(a, 'value'))}; a percentage with at most 4 decimals`,
    'index.year_missing': (a) => `no index figure for ${s(a, 'year')} in ${s(a, 'index')} (rate ${q(s(a, 'rate'))}); choose another --price-year, give a series with --price-index, or --no-indexation`,
    'econ.price_year_option': (a) => `--price-year ${q(s(a, 'value'))}: the price index ${s(a, 'index')} runs from ${s(a, 'first')} to ${s(a, 'last')}`,
    'econ.discount_option': (a) => `--discount ${q(s(a, 'value'))}: give a percentage from 0 to 100, e.g. '2.25%' or '0'`,
    'econ.simulate_option': (a) => `--simulate ${q(s(a, 'value'))}: give a number of draws from 1 to 1,000,000`,
    'econ.seed_option': (a) => `--seed ${q(s(a, 'value'))}: give a whole number from 0 to 4294967295`,
  },
};
