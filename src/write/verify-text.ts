/** The readable report of `doorbraak verify` when a lock no longer matches: inputs, then figures. */
import type { LockComparison } from '../reports/lock.js';
import { LABELS, type MoneyStyle, formatMoney } from './i18n.js';
import { VC_LABELS } from './labels-versioning.js';
import { escapeControls } from './escape.js';

const AMOUNT_FIELDS = new Set(['current', 'threat', 'breakthrough', 'baten', 'besparing', 'mean_baten']);

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
      figureLines.push(`  ${who}, ${label}: ${f.old?.toString() ?? '-'} → ${f.new?.toString() ?? '-'}`);
      continue;
    }
    // A change smaller than the rounding to whole euros is shown in cents: never "€ 5 → € 5 (€ 0)".
    const st = f.old !== undefined && f.new !== undefined && f.old !== f.new && formatMoney(f.old, style) === formatMoney(f.new, style) ? { ...style, cents: true } : style;
    const m = (v: bigint | undefined): string => (v === undefined ? '-' : formatMoney(v, st));
    const delta = f.old !== undefined && f.new !== undefined ? ` (${signed(f.new - f.old, st)})` : '';
    figureLines.push(`  ${who}, ${label}: ${m(f.old)} → ${m(f.new)}${delta}`);
  }
  if (figureLines.length) out.push('', V.figuresChanged, ...figureLines);
  // Titles, cohorts, tables or the command differ: say so rather than print a bare header.
  if (!c.inputs.length && !figureLines.length) out.push('', V.otherChanged);
  if (c.versionChanged) out.push('', V.versionNote(versions.old, versions.now));
  // Ids and paths come from a lock file that may have been edited: no control characters reach the terminal.
  return out.map(escapeControls).join('\n') + '\n';
}
