/**
 * `doorbraak diff --rates OLD.yaml --against NEW.yaml <paths...>`: what a change of rate tables does
 * to every case and to the totals. Both options are repeatable, like calc's --rates (a later table
 * overrides an earlier one rate by rate). Without --rates the old side is what calc would use (the
 * cohort's tables, else the bundled table). `--fail-over 5000|2.5%` exits 1 when a watched total moves
 * more than that.
 */
import type { Command } from 'commander';
import { type Diagnostic, diag, filePos } from '../../data/diagnostic.js';
import type { Run } from '../../data/run.js';
import { toDecimalString } from '../../data/rational.js';
import { type Limit, diffReport, exceeding, parseLimit, percentChange } from '../../reports/diff.js';
import { diffGrids, diffLongGrid } from '../../write/diff-grid.js';
import { LABELS, type Lang, formatMoney, localDecimal } from '../../write/i18n.js';
import { VC_LABELS } from '../../write/labels-versioning.js';
import { renderCsv } from '../../write/render/csv.js';
import { renderDiffJson } from '../../write/render/diff-json.js';
import { renderMarkdown } from '../../write/render/markdown.js';
import { renderTable } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import type { EconomicsOptions } from '../economics.js';
import { loadRun } from '../run.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions, t } from '../options.js';

export interface DiffOptions extends InputOptions, OutputOptions {
  against: string[];
  failOver?: string;
}

/** The same problem found on both sides is reported once. */
function unique(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = JSON.stringify(d);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * diff prices both sides as the tables are written: no indexation (a change of table is what it
 * shows), the default discount rate for multi-year horizons.
 */
const DIFF_ECONOMICS: EconomicsOptions = { indexation: false, sensitivity: false };

async function runDiff(io: Io, paths: string[], opts: DiffOptions): Promise<number> {
  let limit: Limit | undefined;
  if (opts.failOver !== undefined) {
    limit = parseLimit(opts.failOver);
    if (!limit) {
      report(io, [diag(filePos('--fail-over'), 'usage.fail_over', { value: opts.failOver })], opts.lang);
      return EXIT.usage;
    }
  }
  const old = await loadRun({ paths, rates: opts.rates, economics: DIFF_ECONOMICS, lang: opts.lang }, io);
  if (typeof old === 'number') return old;
  const now = await loadRun({ paths, rates: opts.against, economics: DIFF_ECONOMICS, lang: opts.lang }, io);
  if (typeof now === 'number') return now;
  return diff({ old, now }, { ...opts, ...(limit ? { limit } : {}) }, io);
}

/** diff on the two runs: the report in the asked format, then --fail-over. */
export function diff(runs: { readonly old: Run; readonly now: Run }, opts: DiffOptions & { readonly limit?: Limit }, io: Io): number {
  const { old, now } = runs;
  if (report(io, unique([...old.diagnostics, ...now.diagnostics]), opts.lang)) return EXIT.invalid;
  const r = diffReport(
    { priced: old.priced, rateSets: old.inputs.rateSets, tables: old.tables },
    { priced: now.priced, rateSets: now.inputs.rateSets, tables: now.tables },
  );
  const money = { lang: opts.lang, cents: opts.cents };
  let text: string;
  switch (opts.format) {
    case 'json':
      text = renderDiffJson(r);
      break;
    case 'csv':
      text = renderCsv(diffLongGrid(r, money), money);
      break;
    case 'md':
      text = diffGrids(r, money).map((g) => renderMarkdown(g, money)).join('\n');
      break;
    default: {
      const st = stdoutStyle(io, !!opts.output);
      text = diffGrids(r, money).map((g) => renderTable(g, money, st)).join('\n');
    }
  }
  const code = deliver(io, text, opts.output, opts.lang);
  const limit = opts.limit;
  if (code !== EXIT.ok || !limit) return code;
  const over = exceeding(r, limit);
  if (!over.length) return EXIT.ok;
  const V = VC_LABELS[opts.lang];
  report(
    io,
    over.map((w) => {
      const pct = percentChange(w.old, w.new);
      const sign = pct && pct.n > 0n ? '+' : '';
      return diag(filePos('doorbraak diff'), 'diff.over_limit', {
        total: w.law !== undefined ? V.lawTotal(w.law) : V.total(LABELS[opts.lang][w.name as 'baten']),
        delta: formatMoney(w.new - w.old, money),
        percent: pct ? `${sign}${localDecimal(toDecimalString(pct, 2), opts.lang)}%` : opts.lang === 'nl' ? 'was nul' : 'was zero',
        limit: limit.text,
      });
    }),
    opts.lang,
  );
  return EXIT.invalid;
}

export function registerDiff(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const cmd = program
    .command('diff')
    .description(
      t(lang, {
        nl: 'wat een andere tarieventabel doet met elke casus en de totalen: oud, nieuw en verschil',
        en: 'what a change of rate table does to every case and to the totals: old, new and difference',
      }),
    )
    .argument('<paths...>', t(lang, { nl: 'casusbestanden en mappen', en: 'case files and folders' }));
  addInputOptions(cmd, lang);
  cmd.requiredOption(
    '--against <file>',
    t(lang, { nl: 'de nieuwe tarieventabel (herhaalbaar, zoals --rates)', en: 'the new rate table (repeatable, like --rates)' }),
    (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
  );
  cmd.option(
    '--fail-over <limit>',
    t(lang, {
      nl: "exit 1 als een totaal meer verschuift dan dit: euro's (5000) of een percentage (2.5%)",
      en: 'exit 1 when a total moves more than this: euros (5000) or a percentage (2.5%)',
    }),
  );
  addOutputOptions(cmd, lang);
  cmd.action(async (paths: string[], opts: DiffOptions) => setExit(await runDiff(io, paths, opts)));
}
