/** The readable report of `doorbraak verify` when a lock no longer matches: inputs, then figures. */
import { AMOUNT_KEYS } from '../data/amounts.js';
import type { LockComparison } from '../reports/lock.js';
import { LABELS, type MoneyStyle, formatMoney } from './i18n.js';
import { VC_LABELS } from './labels-versioning.js';

const AMOUNT_FIELDS = new Set<string>([...AMOUNT_KEYS, 'mean_baten']);

/** A difference with its sign: "€ +1.278" / "€ -1.278" (nl), "+€1,278" / "-€1,278" (en). */
function signed(cents: bigint, style: MoneyStyle): string {
  const s = formatMoney(cents, style);
  if (cents <= 0n || s === formatMoney(0n, style)) return s;
  return style.lang === 'nl' ? s.replace('€ ', '€ +') : `+${s}`;
}

export function renderVerifyFailure(lockShown: string, c: LockComparison, versions: { old: string; now: string }, style: MoneyStyle): string {
  const L = LABELS[style.lang];
  const V = VC_LABELS[style.lang];
  const out: string[] = [V.verifyFailed(lockShown)];
  if (c.inputs.length) {
    out.push('', V.inputsChanged);
    for (const i of c.inputs) {
      if (i.old === undefined) out.push(`  ${i.file}: ${V.inputAdded} (${i.new})`);
      else if (i.new === undefined) out.push(`  ${i.file}: ${V.inputRemoved} (${i.old})`);
      else out.push(`  ${i.file}: ${i.old} → ${i.new}`);
    }
  }
  const figureLines: string[] = [];
  for (const id of c.casesRemoved) figureLines.push(`  ${L.case} ${id}: ${V.caseRemoved}`);
  for (const id of c.casesAdded) figureLines.push(`  ${L.case} ${id}: ${V.caseAdded}`);
  for (const f of c.figures) {
    const who = f.case !== undefined ? `${L.case} ${f.case}` : L.total;
    const label = f.field === 'mean_baten' ? L.mean : f.field === 'cases' ? L.cases(2).replace(/^2 /, '') : (L[f.field as 'baten'] ?? f.field);
    if (!AMOUNT_FIELDS.has(f.field)) {
      figureLines.push(`  ${who}, ${label}: ${f.old ?? '-'} → ${f.new ?? '-'}`);
      continue;
    }
    const m = (v: number | undefined): string => (v === undefined ? '-' : formatMoney(BigInt(v), style));
    const delta = f.old !== undefined && f.new !== undefined ? ` (${signed(BigInt(f.new) - BigInt(f.old), style)})` : '';
    figureLines.push(`  ${who}, ${label}: ${m(f.old)} → ${m(f.new)}${delta}`);
  }
  if (figureLines.length) out.push('', V.figuresChanged, ...figureLines);
  if (c.versionChanged) out.push('', V.versionNote(versions.old, versions.now));
  return out.join('\n') + '\n';
}
