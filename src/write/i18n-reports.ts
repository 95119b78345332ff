/** Labels of the council sections (breakdowns, top items, projections, published) and of explain, nl/en. */
import type { Rational } from '../data/rational.js';
import { toDecimalString, hasAtMostDecimals, toFractionString, rat, mul } from '../data/rational.js';
import type { TimeUnit } from '../data/duration.js';
import type { Lang } from './i18n.js';

/** A share in per mille as a percentage with one decimal: 667 → "66,7%" (nl), "66.7%" (en); "–" when undefined. */
export function formatPermille(p: bigint | undefined, lang: Lang): string {
  if (p === undefined) return '–';
  const neg = p < 0n;
  const a = neg ? -p : p;
  return `${neg ? '-' : ''}${a / 10n}${lang === 'nl' ? ',' : '.'}${a % 10n}%`;
}

function groupInt(s: string, lang: Lang): string {
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
}

/**
 * An exact number for a reader with a calculator: the decimal itself when it has at most `places`
 * decimals ("91,25"), else rounded to `places` with "…" and the exact fraction ("52,142857… (365/7)").
 */
export function formatExact(r: Rational, lang: Lang, opts: { places?: number; group?: boolean; fraction?: boolean } = {}): string {
  const places = opts.places ?? 6;
  const exact = hasAtMostDecimals(r, places);
  const dec = toDecimalString(r, places);
  const [i = '', f] = dec.split('.');
  const neg = i.startsWith('-');
  const intPart = opts.group ? (neg ? '-' : '') + groupInt(neg ? i.slice(1) : i, lang) : i;
  const text = intPart + (f ? (lang === 'nl' ? ',' : '.') + f : '');
  if (exact) return text;
  return `${text}…${opts.fraction === false ? '' : ` (${toFractionString(r)})`}`;
}

/** Euros, exactly, from a fraction of cents: "€ 4.067,142857… (28470/7)". */
export function formatExactEuros(cents: Rational, lang: Lang): string {
  const e = mul(cents, rat(1, 100));
  const s = formatExact(e, lang, { places: 6, group: true });
  const exactTwo = hasAtMostDecimals(e, 2);
  // show at least two decimals for whole-cent amounts: € 31.937,50
  let body = s;
  if (exactTwo) {
    const [i = '', f = ''] = s.split(lang === 'nl' ? ',' : '.');
    body = `${i}${lang === 'nl' ? ',' : '.'}${f.padEnd(2, '0')}`;
  }
  if (body.startsWith('-')) return lang === 'nl' ? `€ -${body.slice(1)}` : `-€${body.slice(1)}`;
  return lang === 'nl' ? `€ ${body}` : `€${body}`;
}

const UNIT_NL: Record<TimeUnit | 'hour', [string, string]> = {
  day: ['dag', 'dagen'],
  week: ['week', 'weken'],
  month: ['maand', 'maanden'],
  year: ['jaar', 'jaar'],
  hour: ['uur', 'uur'],
};
const UNIT_EN: Record<TimeUnit | 'hour', [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
  hour: ['hour', 'hours'],
};

export function unitWord(unit: TimeUnit | 'hour', plural: boolean, lang: Lang): string {
  const w = (lang === 'nl' ? UNIT_NL : UNIT_EN)[unit];
  return plural ? w[1] : w[0];
}

export interface ReportLabels {
  byLaw: string;
  byPayer: string;
  law: string;
  payer: string;
  share: string;
  sharesNote: string;
  negativeNote: string;
  allCases: string;
  cohortScope: (id: string) => string;
  topTitle: (n: number) => string;
  rank: string;
  item: string;
  totalCurrent: string;
  shareOfCurrent: string;
  casesCol: string;
  weighedMost: string;
  realised: string;
  topNote: string;
  projectionTitle: string;
  scope: string;
  measuredCases: string;
  measuredBaten: string;
  meanPerCase: string;
  projectedFor: (n: number) => string;
  projectionNote: string;
  publishedTitle: string;
  figure: string;
  published: string;
  computed: string;
  difference: string;
  matches: string;
  yes: string;
  no: string;
  figCases: string;
  figBaten: string;
  figMean: string;
  sourceOf: (id: string, source: string) => string;
  publishedNote: string;
  // explain
  explainTitle: (id: string) => string;
  field: string;
  value: string;
  file: string;
  horizon: string;
  rateTables: string;
  scenario: string;
  nr: string;
  post: string;
  unitPrice: string;
  quantity: string;
  count: string;
  chance: string;
  exactCost: string;
  cost: string;
  linesTitle: string;
  linesNote: string;
  totalsTitle: string;
  amount: string;
  computation: string;
  originTitle: string;
  rateId: string;
  label: string;
  table: string;
  priceYear: string;
  grade: string;
  source: string;
  customItem: string;
  customSource: (file: string, line: number) => string;
  override: (tablePrice: string) => string;
  valuesTitle: string;
  notesTitle: string;
  note: string;
  once: string;
  horizonMark: string;
  per: string;
}

export const REPORT_LABELS: Record<Lang, ReportLabels> = {
  nl: {
    byLaw: 'Per wet',
    byPayer: 'Per betaler',
    law: 'wet',
    payer: 'betaler',
    share: '%',
    sharesNote:
      'Aandeel = bedrag van de groep ÷ totaal van de kolom, afgerond op 0,1% met de methode van de grootste resten, zodat de aandelen samen precies 100% zijn. De bedragen tellen op tot het totaal op de cent.',
    negativeNote: 'Een negatief bedrag of aandeel: onder die wet of betaler kost de doorbraak meer dan het dreigend scenario (of de huidige inzet).',
    allCases: 'alle casussen',
    cohortScope: (id) => `cohort ${id}`,
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
    meanPerCase: 'gemiddeld per casus',
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
    figMean: 'gemiddeld per casus',
    sourceOf: (id, source) => `Bron ${id}: ${source}`,
    publishedNote:
      'Verschil = berekend − gepubliceerd. Het gemiddelde klopt als het berekende gemiddelde, afgerond zoals het gepubliceerd is, gelijk is.',
    explainTitle: (id) => `Afleiding van casus ${id}`,
    field: 'veld',
    value: 'waarde',
    file: 'bestand',
    horizon: 'horizon',
    rateTables: 'tarieventabellen',
    scenario: 'scenario',
    nr: 'nr',
    post: 'post',
    unitPrice: 'prijs per eenheid',
    quantity: 'hoeveelheid',
    count: 'aantal',
    chance: 'kans',
    exactCost: 'exact',
    cost: 'kosten',
    linesTitle: 'Regels',
    linesNote:
      'kosten = prijs per eenheid × hoeveelheid × aantal × kans, exact gerekend en eenmaal afgerond op hele centen (half van nul af). Een maand is 365/12 dagen, een week 7, een jaar 365.',
    totalsTitle: 'Totalen',
    amount: 'bedrag',
    computation: 'berekening',
    originTitle: 'Herkomst van de prijzen',
    rateId: 'tarief',
    label: 'omschrijving',
    table: 'tabel',
    priceYear: 'prijsjaar',
    grade: 'kwaliteit',
    source: 'bron',
    customItem: 'eigen post',
    customSource: (file, line) => `eigen post in ${file}:${line}`,
    override: (p) => `eigen prijs (tabel: ${p})`,
    valuesTitle: 'Waarden',
    notesTitle: 'Notities',
    note: 'notitie',
    once: 'eenmalig',
    horizonMark: 'horizon',
    per: 'per',
  },
  en: {
    byLaw: 'By law',
    byPayer: 'By payer',
    law: 'law',
    payer: 'payer',
    share: '%',
    sharesNote:
      'Share = the group’s amount ÷ the column total, rounded to 0.1% by largest remainder so that the shares add up to exactly 100%. The amounts add up to the total to the cent.',
    negativeNote: 'A negative amount or share: under that law or payer the breakthrough costs more than the threat (or the current support).',
    allCases: 'all cases',
    cohortScope: (id) => `cohort ${id}`,
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
    meanPerCase: 'mean per case',
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
    figMean: 'mean per case',
    sourceOf: (id, source) => `Source ${id}: ${source}`,
    publishedNote: 'Difference = computed − published. The mean matches when the computed mean, rounded as it was published, is equal.',
    explainTitle: (id) => `Derivation of case ${id}`,
    field: 'field',
    value: 'value',
    file: 'file',
    horizon: 'horizon',
    rateTables: 'rate tables',
    scenario: 'scenario',
    nr: 'no.',
    post: 'item',
    unitPrice: 'unit price',
    quantity: 'quantity',
    count: 'count',
    chance: 'chance',
    exactCost: 'exact',
    cost: 'cost',
    linesTitle: 'Lines',
    linesNote:
      'cost = unit price × quantity × count × chance, computed exactly and rounded once to whole cents (half away from zero). A month is 365/12 days, a week 7, a year 365.',
    totalsTitle: 'Totals',
    amount: 'amount',
    computation: 'computation',
    originTitle: 'Where the prices come from',
    rateId: 'rate',
    label: 'label',
    table: 'table',
    priceYear: 'price year',
    grade: 'grade',
    source: 'source',
    customItem: 'custom item',
    customSource: (file, line) => `custom item in ${file}:${line}`,
    override: (p) => `own price (table: ${p})`,
    valuesTitle: 'Values',
    notesTitle: 'Notes',
    note: 'note',
    once: 'once',
    horizonMark: 'horizon',
    per: 'per',
  },
};
