/**
 * Dutch names a professional may write for the (English) keys of the files: `kans` for `chance`,
 * `uren` for `hours`. The loader stays strict (an unknown key is an error), but names the key that
 * was meant. Spaces, hyphens and capitals do not matter (`Huidige inzet` = `huidige_inzet`).
 */
const DUTCH_KEYS: Readonly<Record<string, string>> = {
  // a line
  kans: 'chance',
  waarschijnlijkheid: 'chance',
  uren: 'hours',
  uur: 'hours',
  duur: 'for',
  looptijd: 'for',
  periode: 'for',
  gedurende: 'for',
  aantal: 'count',
  prijs: 'price',
  bedrag: 'price',
  kosten: 'price',
  tarief: 'rate',
  post: 'item',
  kostenpost: 'item',
  eenheid: 'unit',
  wet: 'law',
  betaler: 'payer',
  financier: 'payer',
  notitie: 'note',
  opmerking: 'note',
  toelichting: 'note',
  vanaf: 'from',
  start: 'from',
  prijsjaar: 'price_year',
  prijs_laag: 'price_low',
  prijs_hoog: 'price_high',
  duur_laag: 'for_low',
  duur_hoog: 'for_high',
  aantal_laag: 'count_low',
  aantal_hoog: 'count_high',
  investering: 'investment',
  // a case
  casus: 'case',
  titel: 'title',
  waarden: 'values',
  huidige_inzet: 'current',
  huidig: 'current',
  huidige: 'current',
  inzet: 'current',
  dreiging: 'threat',
  dreigend: 'threat',
  dreigend_scenario: 'threat',
  doorbraak: 'breakthrough',
  na_doorbraak: 'breakthrough',
  gerealiseerde_doorbraak: 'breakthrough',
  // following a case over time (docs/tracking.md)
  datums: 'dates',
  begin: 'start',
  startdatum: 'start',
  problemen: 'problems',
  problematiek: 'problems',
  soort: 'kind',
  soort_doorbraak: 'kind',
  nameting: 'followup',
  nametingen: 'followup',
  follow_up: 'followup',
  vervolg: 'followup',
  na: 'after',
  datum: 'date',
  regels: 'lines',
  tekst: 'text',
  cijfer: 'score',
  // a cohort and a rate table
  tarieven: 'rates',
  tarieventabel: 'rates',
  gepubliceerd: 'published',
  baten: 'baten',
  casussen: 'cases',
  gemiddeld: 'mean',
  bron: 'source',
  tabel: 'table',
  omschrijving: 'label',
  label: 'label',
  kwaliteit: 'grade',
  valuta: 'currency',
  wetten: 'laws',
  betalers: 'payers',
  // a cohort's programme costs
  programma: 'programme',
  programmakosten: 'programme',
  jaren: 'years',
};

/** The English key a Dutch key means, when it is one of `known` (the keys allowed where it stands). */
export function englishKey(key: string, known: readonly string[]): string | undefined {
  const norm = key.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const english = DUTCH_KEYS[norm];
  return english !== undefined && english !== key && known.includes(english) ? english : undefined;
}

/** The Dutch keys written for `english` among `keys` (to leave out "missing 'threat'" after `dreigend:`). */
export function dutchFor(english: string, keys: readonly string[], known: readonly string[]): boolean {
  return keys.some((k) => englishKey(k, known) === english);
}

/**
 * The object with each Dutch key also under the English key it means (when that is not written too),
 * so that the rest of the file is checked as meant: `uren: 10` on an hour rate is not also reported
 * as missing `hours`. The Dutch key itself is still an error (schema.dutch_key).
 */
export function asMeant(o: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(o)) {
    const english = englishKey(k, known);
    if (english === undefined || Object.prototype.hasOwnProperty.call(o, english)) continue;
    out ??= { ...o };
    out[english] = o[k];
  }
  return out ?? o;
}
