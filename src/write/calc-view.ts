/**
 * What calc says about the figures it adds up (issue 14): each case's horizon in words, a note when
 * a total or mean adds up different horizons, and the rounding of whole-euro tables. Words only;
 * the horizons are grouped by src/reports/horizons.ts.
 */
import type { Duration } from '../data/duration.js';
import { toDecimalString } from '../data/rational.js';
import type { HorizonMix } from '../reports/horizons.js';
import { type Lang, localDecimal, texts, unitWord } from './i18n/index.js';

/** "12 maanden", "3 jaar", "1,5 jaar" (en: "12 months", "1.5 years"). */
export function formatDuration(d: Duration, lang: Lang): string {
  const one = d.amount.n === d.amount.d;
  return texts(lang).calcView.duration(localDecimal(toDecimalString(d.amount, 4), lang), unitWord(d.unit, !one, lang));
}

/** Under the headline when the cases have different horizons; undefined when they all have one. */
export function mixedHorizonsNote(mix: HorizonMix, lang: Lang): string | undefined {
  if (!mix.mixed) return undefined;
  const { calcView, labels } = texts(lang);
  const groups = mix.groups.map((g) => calcView.horizonGroup(labels.cases(g.cases), formatDuration(g.horizon, lang), g.multiYear));
  return calcView.mixedHorizons(groups.join(', '));
}
