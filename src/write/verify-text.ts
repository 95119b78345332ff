/** The readable report of `doorbraak verify` when a lock no longer matches: inputs, then figures. */
import { AMOUNT_KEYS } from '../data/amounts.js';
import type { LockComparison } from '../reports/lock.js';
import { type MoneyStyle, formatMoney, formatSignedMoney, texts } from './i18n/index.js';

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
      figureLines.push(`  ${who}, ${label}: ${f.old ?? '-'} → ${f.new ?? '-'}`);
      continue;
    }
    const m = (v: number | undefined): string => (v === undefined ? '-' : formatMoney(BigInt(v), style));
    const delta = f.old !== undefined && f.new !== undefined ? ` (${formatSignedMoney(BigInt(f.new) - BigInt(f.old), style)})` : '';
    figureLines.push(`  ${who}, ${label}: ${m(f.old)} → ${m(f.new)}${delta}`);
  }
  if (figureLines.length) out.push('', words.figuresChanged, ...figureLines);
  if (c.versionChanged) out.push('', words.versionNote(versions.old, versions.now));
  return out.join('\n') + '\n';
}
