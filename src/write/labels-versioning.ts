/** Labels of check, diff and verify output, in Dutch and English (messages are in messages-versioning.ts). */
import type { Lang } from './i18n.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export interface VcLabels {
  checkSummary: (cases: number, cohorts: number, tables: number, errors: number, warnings: number) => string;
  // diff
  diffTitleCases: string;
  diffTitleRates: string;
  diffTitleLaws: string;
  diffTitleTotals: string;
  old: string;
  new: string;
  delta: string;
  rate: string;
  change: string;
  field: string;
  law: string;
  usedBy: string;
  added: string;
  removed: string;
  changed: string;
  noRateChanges: string;
  section: string;
  id: string;
  label: string;
  total: (field: string) => string;
  lawTotal: (law: string) => string;
  diffNote: (olds: string, news: string) => string;
  // verify
  verifyOk: (lock: string, cases: number, files: number) => string;
  verifyFailed: (lock: string) => string;
  inputsChanged: string;
  figuresChanged: string;
  inputAdded: string;
  inputRemoved: string;
  caseAdded: string;
  caseRemoved: string;
  versionNote: (old: string, now: string) => string;
  bundled: string;
  // issue 12
  otherChanged: string;
}

export const VC_LABELS: Record<Lang, VcLabels> = {
  nl: {
    checkSummary: (cases, cohorts, tables, errors, warnings) =>
      `${plural(cases, 'casus', 'casussen')}, ${plural(cohorts, 'cohort', 'cohorten')}, ${plural(tables, 'tarieventabel', 'tarieventabellen')}: ` +
      (errors || warnings
        ? [errors ? plural(errors, 'fout', 'fouten') : '', warnings ? plural(warnings, 'waarschuwing', 'waarschuwingen') : ''].filter(Boolean).join(', ')
        : 'geen problemen'),
    diffTitleCases: 'Baten per casus',
    diffTitleRates: 'Gewijzigde tarieven',
    diffTitleLaws: 'Baten per wet',
    diffTitleTotals: 'Totalen',
    old: 'oud',
    new: 'nieuw',
    delta: 'verschil',
    rate: 'tarief',
    change: 'wijziging',
    field: 'bedrag',
    law: 'wet',
    usedBy: 'casussen',
    added: 'toegevoegd',
    removed: 'verwijderd',
    changed: 'gewijzigd',
    noRateChanges: 'Geen tarieven gewijzigd.',
    section: 'onderdeel',
    id: 'id',
    label: 'omschrijving',
    total: (f) => `totaal ${f}`,
    lawTotal: (l) => `baten ${l}`,
    diffNote: (o, n) => `Oud: ${o}. Nieuw: ${n}. Verschil = nieuw − oud.`,
    verifyOk: (lock, cases, files) => `${lock}: ${plural(cases, 'casus', 'casussen')}, ${plural(files, 'invoerbestand', 'invoerbestanden')}: ongewijzigd`,
    verifyFailed: (lock) => `${lock}: de cijfers of de invoer zijn veranderd sinds het vastleggen`,
    inputsChanged: 'Gewijzigde invoer (sha256 oud → nieuw):',
    figuresChanged: 'Gewijzigde cijfers (oud → nieuw, verschil):',
    inputAdded: 'nieuw bestand',
    inputRemoved: 'bestand niet meer gebruikt',
    caseAdded: 'nieuwe casus',
    caseRemoved: 'casus verdwenen',
    versionNote: (o, n) => `Vastgelegd met doorbraak ${o}, nu ${n}.`,
    bundled: 'meegeleverde tabel',
    // issue 12
    otherChanged: 'Overige inhoud van het lock-bestand wijkt af van de herberekening (titels, cohorten, tarieventabellen of de opdracht)',
  },
  en: {
    checkSummary: (cases, cohorts, tables, errors, warnings) =>
      `${plural(cases, 'case', 'cases')}, ${plural(cohorts, 'cohort', 'cohorts')}, ${plural(tables, 'rate table', 'rate tables')}: ` +
      (errors || warnings
        ? [errors ? plural(errors, 'error', 'errors') : '', warnings ? plural(warnings, 'warning', 'warnings') : ''].filter(Boolean).join(', ')
        : 'no problems'),
    diffTitleCases: 'Avoided costs (baten) per case',
    diffTitleRates: 'Changed rates',
    diffTitleLaws: 'Avoided costs (baten) per law',
    diffTitleTotals: 'Totals',
    old: 'old',
    new: 'new',
    delta: 'difference',
    rate: 'rate',
    change: 'change',
    field: 'amount',
    law: 'law',
    usedBy: 'cases',
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    noRateChanges: 'No rates changed.',
    section: 'section',
    id: 'id',
    label: 'label',
    total: (f) => `total ${f}`,
    lawTotal: (l) => `baten ${l}`,
    diffNote: (o, n) => `Old: ${o}. New: ${n}. Difference = new − old.`,
    verifyOk: (lock, cases, files) => `${lock}: ${plural(cases, 'case', 'cases')}, ${plural(files, 'input file', 'input files')}: unchanged`,
    verifyFailed: (lock) => `${lock}: the figures or the inputs have changed since they were locked`,
    inputsChanged: 'Changed inputs (sha256 old → new):',
    figuresChanged: 'Changed figures (old → new, difference):',
    inputAdded: 'new file',
    inputRemoved: 'file no longer used',
    caseAdded: 'new case',
    caseRemoved: 'case gone',
    versionNote: (o, n) => `Locked with doorbraak ${o}, now ${n}.`,
    bundled: 'bundled table',
    // issue 12
    otherChanged: 'Other content of the lock file differs from the recomputation (titles, cohorts, rate tables or the command)',
  },
};
