/** Messages of the council reports (published figures) and of `explain`, in Dutch and English. */
import type { Args } from '../data/diagnostic.js';
import { formatMoney } from './i18n.js';
import { type Catalog, type Msg, didYouMean, q, s } from './messages.js';

const euros = (a: Args, k: string, lang: 'nl' | 'en'): string => formatMoney(BigInt(s(a, k) || '0'), { lang, cents: false });

/** "baten € 323.005 gepubliceerd, € 214.830 berekend" for each figure that differs. */
function differences(a: Args, lang: 'nl' | 'en'): string {
  const parts: string[] = [];
  const nl = lang === 'nl';
  if (s(a, 'pub_cases') !== s(a, 'cases'))
    parts.push(nl ? `casussen ${s(a, 'pub_cases')} gepubliceerd, ${s(a, 'cases')} berekend` : `cases ${s(a, 'pub_cases')} published, ${s(a, 'cases')} computed`);
  if (s(a, 'pub_baten') !== s(a, 'baten'))
    parts.push(
      nl
        ? `baten ${euros(a, 'pub_baten', lang)} gepubliceerd, ${euros(a, 'baten', lang)} berekend`
        : `avoided costs ${euros(a, 'pub_baten', lang)} published, ${euros(a, 'baten', lang)} computed`,
    );
  if (s(a, 'mean_ok') === 'no')
    parts.push(
      nl
        ? `gemiddeld per casus ${euros(a, 'pub_mean', lang)} gepubliceerd, ${s(a, 'mean') ? euros(a, 'mean', lang) : '–'} berekend`
        : `mean per case ${euros(a, 'pub_mean', lang)} published, ${s(a, 'mean') ? euros(a, 'mean', lang) : '–'} computed`,
    );
  return parts.join('; ');
}

const NL: Record<string, Msg> = {
  'published.mismatch': (a) => `gepubliceerde cijfers van cohort ${q(s(a, 'cohort'))} wijken af van de berekende: ${differences(a, 'nl')}`,
  'explain.case_not_found': (a) => `casus ${q(s(a, 'id'))} niet gevonden${didYouMean(a, 'nl')}`,
  'explain.not_a_case': () => 'dit bestand bevat geen casus',
};

const EN: Record<string, Msg> = {
  'published.mismatch': (a) => `published figures of cohort ${q(s(a, 'cohort'))} differ from the computed ones: ${differences(a, 'en')}`,
  'explain.case_not_found': (a) => `case ${q(s(a, 'id'))} not found${didYouMean(a, 'en')}`,
  'explain.not_a_case': () => 'this file holds no case',
};

export const REPORT_MESSAGES: Catalog = { nl: NL, en: EN };
