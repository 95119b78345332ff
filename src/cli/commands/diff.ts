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
import { type Lang, formatMoney, localDecimal, texts } from '../../write/i18n/index.js';
import { DIFF_RENDERERS } from '../../write/render/diff-renderers.js';
import { EXIT, type Io, deliver, refuseOverInput, report, stdoutStyle, widthOf } from '../context.js';
import { type EconomicsOptions, addPricingOptions } from '../economics.js';
import { atPriceYear, loadRun } from '../run.js';
import { addStatusOption, countedByStatus } from '../tracking.js';
import type { CaseStatus } from '../../data/tracking.js';
import { DIFF_FORMATS, type DiffFormat } from '../../write/render/diff-renderers.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions } from '../options.js';

export interface DiffOptions extends InputOptions, Omit<OutputOptions, 'format'>, Omit<EconomicsOptions, 'sensitivity'> {
  format: DiffFormat;
  against: string[];
  failOver?: string;
  /** --as-stated: both sides priced as the tables state them, without indexation. */
  asStated?: boolean;
  /** --status: which cases count (default: the completed ones, as calc). */
  status?: CaseStatus[];
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


async function runDiff(io: Io, paths: string[], opts: DiffOptions): Promise<number> {
  let limit: Limit | undefined;
  if (opts.failOver !== undefined) {
    limit = parseLimit(opts.failOver);
    if (!limit) {
      report(io, [diag(filePos('--fail-over'), 'usage.fail_over', { value: opts.failOver })], opts.lang);
      return EXIT.usage;
    }
  }
  // Like with like: both sides indexed to one price year, as calc does (--price-year, else the newest
  // table year of either side); --as-stated (or --no-indexation) prices both as the tables state them.
  const economics: EconomicsOptions = { ...opts, indexation: opts.indexation && !opts.asStated, sensitivity: false };
  const followSymlinks = opts.followSymlinks === true;
  let old = await loadRun({ paths, rates: opts.rates, economics, lang: opts.lang, followSymlinks }, io);
  if (typeof old === 'number') return old;
  let now = await loadRun({ paths, rates: opts.against, economics, lang: opts.lang, followSymlinks }, io);
  if (typeof now === 'number') return now;
  // Without --price-year each side's price year is its own newest table year: both go to the later one.
  const years = [old.pricing.priceYear, now.pricing.priceYear].filter((y): y is number => y !== undefined);
  if (old.economics.index && old.economics.priceYear === undefined && years.length) {
    const common = Math.max(...years);
    if (old.pricing.priceYear !== common) old = atPriceYear(old, paths, common);
    if (now.pricing.priceYear !== common) now = atPriceYear(now, paths, common);
  }
  // The cases calc counts (completed, unless --status says otherwise), so that each side's totals are calc's.
  return diff({ old: countedByStatus(old, opts.status), now: countedByStatus(now, opts.status) }, { ...opts, ...(limit ? { limit } : {}) }, io);
}

/** diff on the two runs: the report in the asked format, then --fail-over. */
export function diff(runs: { readonly old: Run; readonly now: Run }, opts: DiffOptions & { readonly limit?: Limit }, io: Io): number {
  const { old, now } = runs;
  const refused = refuseOverInput(io, opts.lang, [{ option: '-o', path: opts.output }], [...old.hashes, ...now.hashes]);
  if (refused !== undefined) return refused;
  if (report(io, unique([...old.diagnostics, ...now.diagnostics]), opts.lang)) return EXIT.invalid;
  const priceYear = old.pricing.priceYear;
  const r = diffReport(
    { priced: old.priced, rateSets: old.inputs.rateSets, tables: old.tables },
    { priced: now.priced, rateSets: now.inputs.rateSets, tables: now.tables },
    old.pricing.index && priceYear !== undefined ? { priceYear, index: old.pricing.index.id } : undefined,
  );
  const money = { lang: opts.lang, cents: opts.cents };
  const text = DIFF_RENDERERS[opts.format](r, { money, terminal: stdoutStyle(io, !!opts.output), ...widthOf(io, !!opts.output) });
  const code = deliver(io, text, opts.output, opts.lang);
  const limit = opts.limit;
  if (code !== EXIT.ok || !limit) return code;
  const over = exceeding(r, limit);
  if (!over.length) return EXIT.ok;
  const { labels, diff: words } = texts(opts.lang);
  report(
    io,
    over.map((w) => {
      const pct = percentChange(w.old, w.new);
      const sign = pct && pct.n > 0n ? '+' : '';
      return diag(filePos('doorbraak diff'), 'diff.over_limit', {
        total: w.law !== undefined ? words.lawTotal(w.law) : words.total(labels[w.name as 'baten']),
        delta: formatMoney(w.new - w.old, money),
        percent: pct ? `${sign}${localDecimal(toDecimalString(pct, 2), opts.lang)}%` : words.wasZero,
        limit: limit.text,
      });
    }),
    opts.lang,
  );
  return EXIT.invalid;
}

export function registerDiff(program: Command, io: Io, lang: Lang, setExit: (code: number) => void): void {
  const help = texts(lang).diff.help;
  const cmd = program.command('diff').description(help.description).argument('<paths...>', help.arguments.paths);
  addInputOptions(cmd, lang);
  cmd.requiredOption('--against <file>', help.options.against, (v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
  cmd.option('--fail-over <limit>', help.options.failOver);
  addOutputOptions(cmd, lang, DIFF_FORMATS);
  addPricingOptions(cmd, lang);
  cmd.option('--as-stated', texts(lang).audit.help.asStated, false);
  addStatusOption(cmd, lang);
  cmd.action(async (paths: string[], opts: DiffOptions) => setExit(await runDiff(io, paths, opts)));
}
