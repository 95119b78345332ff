/** The readable report of `doorbraak verify` when a lock no longer matches: inputs, then figures. */
import { escapeControls } from './escape.js';
import { AMOUNT_KEYS } from '../data/amounts.js';
import type { IndexComparison, LockComparison } from '../reports/lock.js';
import { type Lang, type MoneyStyle, formatMoney, formatSignedMoney, localDecimal, texts } from './i18n/index.js';

const AMOUNT_FIELDS = new Set<string>([...AMOUNT_KEYS, 'mean_baten']);

export function renderVerifyFailure(lockShown: string, c: LockComparison, versions: { old: string; now: string }, style: MoneyStyle): string {
  const { labels, verify: words } = texts(style.lang);
  const out: string[] = [words.failed(lockShown)];
  if (c.inputs.length) {
    out.push('', words.inputsChanged);
    for (const i of c.inputs) {
      if (i.old === undefined) out.push(`  ${i.file}: ${words.inputAdded} (${i.new})`);
      else if (i.new === undefined) out.push(`  ${i.file}: ${words.inputRemoved} (${i.old})`);
      else out.push(`  ${i.file}: ${i.old} → ${i.new}`);
    }
  }
  const figureLines: string[] = [];
  for (const id of c.casesRemoved) figureLines.push(`  ${labels.case} ${id}: ${words.caseRemoved}`);
  for (const id of c.casesAdded) figureLines.push(`  ${labels.case} ${id}: ${words.caseAdded}`);
  for (const f of c.figures) {
    const who = f.case !== undefined ? `${labels.case} ${f.case}` : labels.total;
    const label = f.field === 'mean_baten' ? labels.mean : f.field === 'cases' ? labels.cases(2).replace(/^2 /, '') : (labels[f.field as 'baten'] ?? f.field);
    if (!AMOUNT_FIELDS.has(f.field)) {
      figureLines.push(`  ${who}, ${label}: ${f.old?.toString() ?? '-'} → ${f.new?.toString() ?? '-'}`);
      continue;
    }
    // A change smaller than the rounding to whole euros is shown in cents: never "€ 5 → € 5 (€ 0)".
    const st = f.old !== undefined && f.new !== undefined && f.old !== f.new && formatMoney(f.old, style) === formatMoney(f.new, style) ? { ...style, cents: true } : style;
    const m = (v: bigint | undefined): string => (v === undefined ? '-' : formatMoney(v, st));
    const delta = f.old !== undefined && f.new !== undefined ? ` (${formatSignedMoney(f.new - f.old, st)})` : '';
    figureLines.push(`  ${who}, ${label}: ${m(f.old)} → ${m(f.new)}${delta}`);
  }
  if (c.index?.years.length) out.push('', ...indexLines(c.index, style.lang));
  if (figureLines.length) out.push('', words.figuresChanged, ...figureLines);
  // Titles, cohorts, tables or the command differ: say so rather than print a bare header.
  if (!c.inputs.length && !figureLines.length) out.push('', words.otherChanged);
  if (c.versionChanged) out.push('', words.versionNote(versions.old, versions.now));
  const notes = renderIndexNotes(c, style);
  // Ids and paths come from a lock file that may have been edited: no control characters reach the terminal.
  return out.map(escapeControls).join('\n') + '\n' + (notes ? '\n' + notes : '');
}

/** The index figures that differ: "  2026: 2,3% (voorlopig) → 2,5% (definitief; het voorlopige cijfer is vervangen …)". */
function indexLines(ix: IndexComparison, lang: Lang): string[] {
  const w = texts(lang).indexLock;
  const fig = (f: { change: string; provisional: boolean } | undefined): string =>
    f ? `${localDecimal(f.change, lang)}%${f.provisional ? ` (${w.provisional})` : ''}` : `– (${w.notUsed})`;
  return [
    w.changedTitle(ix.id),
    ...ix.years.map((y) => {
      const replaced = y.old?.provisional === true && y.new !== undefined && !y.new.provisional;
      return `  ${y.year}: ${fig(y.old)} → ${fig(y.new)}${replaced ? ` (${w.final}; ${w.replaced})` : ''}`;
    }),
  ];
}

/** Notes under verify's answer: the bundled index was updated without touching the figures used; a provisional figure is used. */
export function renderIndexNotes(c: LockComparison, style: { readonly lang: Lang }): string {
  const ix = c.index;
  if (!ix) return '';
  const w = texts(style.lang).indexLock;
  const notes: string[] = [];
  if (ix.updated) notes.push(w.updated(ix.id, yearsText(ix)));
  if (ix.provisional.length) notes.push(w.provisionalUsed(ix.id, ix.provisional.join(', ')));
  return notes.map((n) => n + '\n').join('');
}

/** "2023–2024", or the years one by one when they are not consecutive. */
function yearsText(ix: IndexComparison): string {
  const ys = ix.usedYears;
  if (!ys.length) return '–';
  const consecutive = ys.every((y, i) => i === 0 || y === ys[i - 1]! + 1);
  return consecutive && ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : ys.join(', ');
}
