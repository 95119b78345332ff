/**
 * The free-text section printed after a report's table when `--include-notes` is given: per case its
 * `values` and its line notes. Plain text for the terminal, a Markdown section for md, and JSON fields
 * (`values`, `notes`) for the JSON contract.
 */
import { escapeControls } from '../escape.js';
import type { CaseNotes } from '../../reports/notes.js';
import { type Lang, texts } from '../i18n/index.js';

function oneLine(s: string): string {
  return escapeControls(s.replace(/\s*\r?\n\s*/g, ' ').trim());
}

function lines(ns: readonly CaseNotes[], lang: Lang, bullet: (s: string) => string, caseHead: (id: string) => string): string[] {
  const labels = texts(lang).labels;
  const out: string[] = [];
  for (const n of ns) {
    if (!n.values.length && !n.notes.length) continue;
    out.push(caseHead(escapeControls(n.id)));
    for (const [k, v] of n.values) out.push(bullet(`${oneLine(k)}: ${oneLine(v)}`));
    for (const l of n.notes) out.push(bullet(`${labels[l.scenario]} #${l.index + 1} (${oneLine(l.label)}): ${oneLine(l.note)}`));
  }
  if (!out.length) out.push(texts(lang).notes.none);
  return out;
}

/** For the terminal table: appended after the table, separated by an empty line. */
export function renderNotesText(ns: readonly CaseNotes[], lang: Lang): string {
  return ['', texts(lang).notes.title, ...lines(ns, lang, (s) => `  - ${s}`, (id) => `${id}:`)].join('\n') + '\n';
}

function mdEsc(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/([*_`[\]<>|])/g, '\\$1');
}

/** For Markdown: a section after the table. */
export function renderNotesMarkdown(ns: readonly CaseNotes[], lang: Lang): string {
  return ['', `## ${texts(lang).notes.title}`, '', ...lines(ns, lang, (s) => `- ${mdEsc(s)}`, (id) => `**${mdEsc(id)}**`)].join('\n') + '\n';
}

/** For JSON: `values` (an object) and `notes` (a list) per case id. */
export function notesJson(n: CaseNotes): { values: Record<string, string>; notes: Record<string, unknown>[] } {
  return {
    values: Object.fromEntries(n.values),
    notes: n.notes.map((l) => ({ scenario: l.scenario, index: l.index, label: l.label, note: l.note })),
  };
}
