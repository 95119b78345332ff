/** Messages of check, diff, lock and verify (figures under version control), in Dutch and English. */
import type { Args } from '../data/diagnostic.js';
import { type Catalog, type Msg, didYouMean, list, q, s } from './messages.js';

const tables = (a: Args): string => list(a, 'tables').map(q).join(', ');

const NL: Record<string, Msg> = {
  'check.rate_unused': (a) => `tarief ${q(s(a, 'id'))} wordt door geen enkele casus gebruikt`,
  'check.rate_shadowed': (a) => `tarief ${q(s(a, 'id'))} wordt door geen enkele casus gebruikt: tabel ${q(s(a, 'by'))} overschrijft het`,
  'check.rate_no_source': (a) => `tarief ${q(s(a, 'id'))} heeft geen bron ('source'); elke prijs heeft een bron nodig`,
  'check.rate_no_price_year': (a) => `tarief ${q(s(a, 'id'))} heeft geen prijsjaar: geef 'price_year' bij het tarief of bij de tabel`,
  'check.item_law_undeclared': (a) =>
    `wet ${q(s(a, 'value'))} van eigen post ${q(s(a, 'item'))} staat niet in 'laws' van tarieventabel ${tables(a)}${didYouMean(a, 'nl')}`,
  'check.item_payer_undeclared': (a) =>
    `betaler ${q(s(a, 'value'))} van eigen post ${q(s(a, 'item'))} staat niet in 'payers' van tarieventabel ${tables(a)}${didYouMean(a, 'nl')}`,
  'usage.fail_over': (a) => `ongeldige waarde ${q(s(a, 'value'))}; geef een bedrag in euro's (5000 of 2500.50) of een percentage (2.5%)`,
  'diff.over_limit': (a) => `${s(a, 'total')} verschuift ${s(a, 'delta')} (${s(a, 'percent')}), meer dan --fail-over ${s(a, 'limit')}`,
  'lock.invalid': (a) => `geen geldig lock-bestand: ${s(a, 'detail')}`,
  'lock.schema': (a) => `onbekend lock-schema ${q(s(a, 'value'))}; verwacht ${q(s(a, 'expected'))}`,
};

const EN: Record<string, Msg> = {
  'check.rate_unused': (a) => `rate ${q(s(a, 'id'))} is not used by any case`,
  'check.rate_shadowed': (a) => `rate ${q(s(a, 'id'))} is not used by any case: table ${q(s(a, 'by'))} overrides it`,
  'check.rate_no_source': (a) => `rate ${q(s(a, 'id'))} has no source ('source'); every price needs a source`,
  'check.rate_no_price_year': (a) => `rate ${q(s(a, 'id'))} has no price year: give 'price_year' on the rate or on the table`,
  'check.item_law_undeclared': (a) =>
    `law ${q(s(a, 'value'))} of custom item ${q(s(a, 'item'))} is not in the 'laws' of rate table ${tables(a)}${didYouMean(a, 'en')}`,
  'check.item_payer_undeclared': (a) =>
    `payer ${q(s(a, 'value'))} of custom item ${q(s(a, 'item'))} is not in the 'payers' of rate table ${tables(a)}${didYouMean(a, 'en')}`,
  'usage.fail_over': (a) => `invalid value ${q(s(a, 'value'))}; give an amount in euros (5000 or 2500.50) or a percentage (2.5%)`,
  'diff.over_limit': (a) => `${s(a, 'total')} moves ${s(a, 'delta')} (${s(a, 'percent')}), more than --fail-over ${s(a, 'limit')}`,
  'lock.invalid': (a) => `not a valid lock file: ${s(a, 'detail')}`,
  'lock.schema': (a) => `unknown lock schema ${q(s(a, 'value'))}; expected ${q(s(a, 'expected'))}`,
};

export const VERSIONING_MESSAGES: Catalog = { nl: NL, en: EN };
