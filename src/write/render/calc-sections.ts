/**
 * The sections of the calc report, one entry each: the registry that the table, Markdown and CSV
 * renderers walk, and that `--sections` and `--all` choose from. The terminal shows the answer first
 * (the headline and the case table, plus any section an option asked for) and one line for each
 * further section saying how to show it; md and csv hold every section, in this order.
 *
 * A new section is one entry in CALC_SECTIONS: its key, its name for --sections and its title in
 * both languages (from its own section of the catalogue), its grids, and whether it is shown on the
 * terminal without being asked for. See docs/architecture.md.
 */
import type { CalcReport } from '../../reports/calc.js';
import type { CouncilReport } from '../../reports/council.js';
import type { EconomicsReport } from '../../reports/economics.js';
import type { CaseNotes } from '../../reports/notes.js';
import type { RateUse } from '../../reports/rates-used.js';
import type { LockCitation } from '../../reports/audit.js';
import type { CaseYears, LineRow } from '../../reports/lines.js';
import type { ReturnsReport } from '../../reports/returns.js';
import type { TrackingReport } from '../../reports/tracking.js';
import { evidenceGrids, investmentGrids, programmeGrids, whoGainsGrids } from '../returns-grid.js';
import { calcGrid, calcLead } from '../calc-grid.js';
import { dimensionGrids, projectionGrid, publishedGrid, topItemsGrid } from '../council-grid.js';
import type { Disclosure } from '../disclosure.js';
import { adjustmentsGrid, economicsNotes, sensitivityGrid, simulationGrid, yearsGrid } from '../economics-grid.js';
import type { Grid } from '../grid.js';
import { LANGS, type Lang, type MoneyStyle, type Texts, texts } from '../i18n/index.js';
import type { SectionWords } from '../i18n/types.js';
import type { Style } from '../style.js';
import { renderNotesMarkdown, renderNotesText } from './notes.js';
import { renderTable, renderTables, wrapText } from './table.js';
import { cocktailsGrid, followUpGrid, patternsGrid, statusGrid, statusLine, trackedMainGrid, valueScoresGrid } from '../tracking-grid.js';

/** What only the HTML and xlsx reports show: the rates used with their sources and one hash over every input. */
export interface Accountability {
  readonly rates: readonly RateUse[];
  /** sha256 over the sorted sha256 of every input file (src/reports/digest.ts). */
  readonly digest: string;
  readonly inputFiles: number;
  readonly version: string;
  /** The audit trail (xlsx): every priced line, and the per-year figures of multi-year cases. */
  readonly lines?: readonly LineRow[];
  readonly caseYears?: readonly CaseYears[];
  /** The lock file calc wrote in the same run, cited by the HTML and xlsx reports. */
  readonly lock?: LockCitation;
}

/** Which sections the terminal shows besides those it always shows (--sections, --all). */
export interface SectionChoice {
  readonly all: boolean;
  /** Keys of CALC_SECTIONS. */
  readonly keys: readonly string[];
}

export interface CalcDocument {
  readonly calc: CalcReport;
  readonly council: CouncilReport;
  readonly economics: EconomicsReport;
  /** Investment and return, programme costs, who gains, evidence by grade (issue 16). */
  readonly returns?: ReturnsReport;
  /** The free text of the cases, only with --include-notes (case files describe vulnerable families). */
  readonly notes?: readonly CaseNotes[];
  /** Computed only for the formats that show it (it reads the price index file again). */
  readonly accountability: () => Accountability;
  /** The sections asked for on the terminal; none: the answer first. */
  readonly show?: SectionChoice;
  /** Status, follow-up, patterns, value scores and small-number marks (docs/tracking.md). */
  readonly tracking?: TrackingReport;
}

/**
 * Where a section's grids go: the terminal, a working view that shows small groups with a mark, or
 * a Markdown or CSV file, passed on, where small groups show no figures (docs/tracking.md).
 */
export type GridTarget = 'terminal' | 'md' | 'csv';

/** How small groups are shown for a target; none without tracking. */
function disclosureFor(d: CalcDocument, money: MoneyStyle, target: GridTarget): Disclosure | undefined {
  return d.tracking ? { small: d.tracking.small, publish: target !== 'terminal', lang: money.lang } : undefined;
}

/** The case table with what following cases adds (a status column, small cohorts); `statusAt`: where its notes say the status. */
function mainGrid(d: CalcDocument, g: Grid, money: MoneyStyle, target: GridTarget, statusAt?: number): Grid {
  const disc = disclosureFor(d, money, target);
  return d.tracking && disc ? trackedMainGrid(g, d.calc, d.tracking, disc, statusAt) : g;
}

export interface CalcSection {
  /** Stable key, e.g. 'law'. */
  readonly key: string;
  /** Its name for --sections and its title, in one language (from the catalogue). */
  readonly words: (t: Texts) => SectionWords;
  /** Its grids for the table, Markdown and CSV; none when the report has nothing for it. */
  readonly grids: (d: CalcDocument, money: MoneyStyle, target: GridTarget) => readonly Grid[];
  /** Free text after the grids (the notes): on the terminal and in Markdown; never in CSV. */
  readonly text?: { readonly table: (d: CalcDocument, lang: Lang) => string; readonly md: (d: CalcDocument, lang: Lang) => string };
  /** Shown on the terminal without --sections: the case table, or a section an option asked for. */
  readonly shown?: (d: CalcDocument) => boolean;
  /** The terminal's own rendering, when it is not the grids one after another (the case table). */
  readonly terminal?: (d: CalcDocument, ctx: TerminalContext) => string;
}

export interface TerminalContext {
  readonly money: MoneyStyle;
  readonly st: Style;
  /** The terminal's width; undefined on a pipe. */
  readonly width?: number;
}

const some = (g: Grid | undefined): Grid[] => (g ? [g] : []);

/** The calc report's sections, in the order of the Markdown and CSV reports. */
export const CALC_SECTIONS: readonly CalcSection[] = [
  {
    key: 'cases',
    words: (t) => t.calcView.sections.cases,
    // The main grid with the economics notes (price year, index factors, present values) under it;
    // the status line after the headline, and in CSV, which has no notes, the statuses as a table.
    grids: (d, money, target) => {
      const g = calcGrid(d.calc, money);
      const main = mainGrid(d, { ...g, notes: [...g.notes, ...economicsNotes(d.economics, money)] }, money, target, calcLead(d.calc, money).length);
      const status = target === 'csv' && d.tracking?.status.show ? [statusGrid(d.tracking.status, money.lang)] : [];
      return [main, ...status];
    },
    shown: () => true,
    // The answer first: the headline (and any mix of horizons, and which cases count) above the table.
    terminal: (d, { money, st, width }) => {
      const g = calcGrid(d.calc, money, { headline: false });
      const fold = (s: string): string => (width !== undefined ? wrapText(s, width) : s);
      const status = d.tracking?.status.show ? fold(statusLine(d.tracking.status, money.lang)) + '\n' : '';
      const main = mainGrid(d, { ...g, notes: [...g.notes, ...economicsNotes(d.economics, money)] }, money, 'terminal');
      return calcLead(d.calc, money).map((s) => st.bold(fold(s))).join('\n') + '\n' + status + '\n' + renderTable(main, money, st, width);
    },
  },
  { key: 'law', words: (t) => t.calcView.sections.law, grids: (d, money, target) => dimensionGrids('law', d.calc, d.council, money, disclosureFor(d, money, target)) },
  {
    key: 'payer',
    words: (t) => t.calcView.sections.payer,
    grids: (d, money, target) => dimensionGrids('payer', d.calc, d.council, money, disclosureFor(d, money, target)),
  },
  { key: 'top', words: (t) => t.calcView.sections.top, grids: (d, money) => (d.council.topItems.n > 0 ? [topItemsGrid(d.council, money)] : []) },
  {
    key: 'projection',
    words: (t) => t.calcView.sections.projection,
    grids: (d, money, target) => (d.council.projectSizes.length ? [projectionGrid(d.calc, d.council, money, disclosureFor(d, money, target))] : []),
    shown: (d) => d.council.projectSizes.length > 0,
  },
  {
    key: 'published',
    words: (t) => t.calcView.sections.published,
    grids: (d, money, target) => (d.council.published.length ? [publishedGrid(d.council.published, money, disclosureFor(d, money, target))] : []),
  },
  { key: 'investment', words: (t) => t.calcView.sections.investment, grids: (d, money) => (d.returns ? investmentGrids(d.returns, d.calc, money) : []) },
  {
    key: 'programme',
    words: (t) => t.calcView.sections.programme,
    grids: (d, money) => (d.returns ? programmeGrids(d.returns, money) : []),
    // A projection asked for (--project) shows the programme's gross and net beside it.
    shown: (d) => d.council.projectSizes.length > 0,
  },
  {
    key: 'gains',
    words: (t) => t.calcView.sections.gains,
    grids: (d, money, target) => (d.returns ? whoGainsGrids(d.returns, money, disclosureFor(d, money, target)) : []),
  },
  {
    key: 'evidence',
    words: (t) => t.calcView.sections.evidence,
    grids: (d, money) => (d.returns ? evidenceGrids(d.returns, money) : []),
    shown: (d) => d.returns?.evidence.optimismBias !== undefined,
  },
  // Following cases over time (docs/tracking.md): follow-up, patterns with their cocktails, value scores.
  { key: 'followup', words: (t) => t.tracking.sections.followup, grids: (d, money) => (d.tracking?.followups ? [followUpGrid(d.tracking.followups, money)] : []) },
  {
    key: 'patterns',
    words: (t) => t.tracking.sections.patterns,
    grids: (d, money, target) => {
      const disc = disclosureFor(d, money, target);
      if (!d.tracking || !disc) return [];
      return d.tracking.patterns.flatMap((p, i) => [patternsGrid(p, disc.small.patterns[i], money, disc), ...(p.cocktails ? [cocktailsGrid(p, disc.small.patterns[i], money, disc)] : [])]);
    },
  },
  {
    key: 'values',
    words: (t) => t.tracking.sections.values,
    grids: (d, money, target) => (d.tracking?.values ? [valueScoresGrid(d.tracking.values, d.calc, money, disclosureFor(d, money, target))] : []),
  },
  { key: 'years', words: (t) => t.calcView.sections.years, grids: (d, money) => some(yearsGrid(d.economics, money)) },
  { key: 'adjustments', words: (t) => t.calcView.sections.adjustments, grids: (d, money) => some(adjustmentsGrid(d.economics, money)) },
  { key: 'sensitivity', words: (t) => t.calcView.sections.sensitivity, grids: (d, money) => some(sensitivityGrid(d.economics, money)), shown: (d) => !!d.economics.sensitivity },
  { key: 'simulation', words: (t) => t.calcView.sections.simulation, grids: (d, money) => some(simulationGrid(d.economics, money)), shown: (d) => !!d.economics.simulation },
  {
    key: 'notes',
    words: (t) => t.calcView.sections.notes,
    grids: () => [],
    text: { table: (d, lang) => (d.notes ? renderNotesText(d.notes, lang) : ''), md: (d, lang) => (d.notes ? renderNotesMarkdown(d.notes, lang) : '') },
    shown: (d) => !!d.notes,
  },
];

/** Whether a section has anything to show in this report. */
function hasContent(s: CalcSection, d: CalcDocument, money: MoneyStyle): boolean {
  return s.grids(d, money, 'terminal').length > 0 || (s.text !== undefined && s.text.table(d, money.lang) !== '');
}

/** Every grid of every section, in order (Markdown, CSV). */
export function allGrids(d: CalcDocument, money: MoneyStyle, target: Exclude<GridTarget, 'terminal'>): Grid[] {
  return CALC_SECTIONS.flatMap((s) => s.grids(d, money, target));
}

/** Every section for Markdown: the grids, then any free text. */
export function allMarkdown(d: CalcDocument, money: MoneyStyle, md: (gs: readonly Grid[], m: MoneyStyle) => string): string {
  return md(allGrids(d, money, 'md'), money) + CALC_SECTIONS.map((s) => s.text?.md(d, money.lang) ?? '').join('');
}

/**
 * The terminal report: the sections shown (always the case table; what --sections or --all or an
 * option asked for), then one line for each further section saying how to show it.
 */
export function renderTerminal(d: CalcDocument, ctx: TerminalContext): string {
  const t = texts(ctx.money.lang);
  const choice = d.show ?? { all: false, keys: [] };
  const parts: string[] = [];
  const more: CalcSection[] = [];
  for (const s of CALC_SECTIONS) {
    const asked = choice.all || choice.keys.includes(s.key) || (s.shown?.(d) ?? false);
    if (!asked) {
      if (hasContent(s, d, ctx.money)) more.push(s);
      continue;
    }
    if (!hasContent(s, d, ctx.money)) {
      if (choice.keys.includes(s.key)) parts.push(t.calcView.emptySection(s.words(t).name) + '\n');
      continue;
    }
    const body = s.terminal ? s.terminal(d, ctx) : renderTables(s.grids(d, ctx.money, 'terminal'), ctx.money, ctx.st, ctx.width);
    const free = foldText(s.text?.table(d, ctx.money.lang) ?? '', ctx.width);
    parts.push(body ? body + free : free.replace(/^\n/, ''));
  }
  if (more.length) {
    const options = more.map((s) => `--sections ${s.words(t).name}`);
    const pad = Math.max(...options.map((o) => o.length));
    const lines = [t.calcView.moreTitle, ...more.map((s, i) => t.calcView.moreLine(options[i]!.padEnd(pad), s.words(t).title)), t.calcView.moreAll];
    parts.push(lines.map((l) => (ctx.width !== undefined && l.length > ctx.width ? wrapText(l, ctx.width) : l)).join('\n') + '\n');
  }
  return parts.join('\n');
}

/** Free text within the terminal's width: a long line wraps, its continuation indented under its text. */
function foldText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const indent = /^\s*(?:- )?/.exec(line)![0].length;
      const pad = ' '.repeat(Math.min(indent, 8));
      return wrapText(line, Math.max(20, width - pad.length))
        .split('\n')
        .map((l, i) => (i === 0 ? ' '.repeat(/^\s*/.exec(line)![0].length) + l : pad + l))
        .join('\n');
    })
    .join('\n');
}

/**
 * The section keys a --sections value names: Dutch or English names (or the keys), separated by
 * commas or spaces, in any case. A string: the first name that is no section.
 */
export function parseSections(value: string): string[] | { readonly unknown: string } {
  const byName = new Map<string, string>();
  for (const s of CALC_SECTIONS) {
    byName.set(s.key.toLowerCase(), s.key);
    for (const lang of LANGS) byName.set(s.words(texts(lang)).name.toLowerCase(), s.key);
  }
  const keys: string[] = [];
  for (const name of value.split(/[\s,;]+/).filter((x) => x !== '')) {
    const key = byName.get(name.toLowerCase());
    if (key === undefined) return { unknown: name };
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** The section names in one language, for a message: "casussen, wet, betaler, …". */
export function sectionNames(lang: Lang): string[] {
  return CALC_SECTIONS.map((s) => s.words(texts(lang)).name);
}
