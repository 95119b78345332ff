/**
 * `doorbraak diff --rates OLD.yaml --against NEW.yaml <paths...>`: what a change of rate tables does
 * to every case and to the totals. Both options are repeatable, like calc's --rates (a later table
 * overrides an earlier one rate by rate). Without --rates the old side is what calc would use (the
 * cohort's tables, else the bundled table). `--fail-over 5000|2.5%` exits 1 when a watched total moves
 * more than that.
 */
import type { Command } from 'commander';
import { type Diagnostic, diag, filePos, hasErrors } from '../../data/diagnostic.js';
import { toDecimalString } from '../../data/rational.js';
import { type Limit, diffReport, exceeding, parseLimit, percentChange } from '../../reports/diff.js';
import { type Lang, formatMoney, localDecimal, texts } from '../../write/i18n/index.js';
import { DIFF_RENDERERS } from '../../write/render/diff-renderers.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { priceLoaded } from '../load-and-price.js';
import { loadInputs } from '../../read/load.js';
import { type EconomicsOptions, addPricingOptions, defaultPriceYear, prepareEconomics, pricingOptions } from '../economics.js';
import { DIFF_FORMATS, type DiffFormat } from '../../write/render/diff-renderers.js';
import { type InputOptions, type OutputOptions, addInputOptions, addOutputOptions } from '../options.js';

export interface DiffOptions extends InputOptions, Omit<OutputOptions, 'format'>, Omit<EconomicsOptions, 'sensitivity'> {
  format: DiffFormat;
  against: string[];
  failOver?: string;
  /** --as-stated: both sides priced as the tables state them, without indexation. */
  asStated?: boolean;
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

export function runDiff(io: Io, paths: string[], opts: DiffOptions): number {
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
  const econ = prepareEconomics(io, { ...opts, indexation: opts.indexation && !opts.asStated, sensitivity: false }, opts.lang);
  if (typeof econ === 'number') return econ;
  const oldInputs = loadInputs(paths, { rates: opts.rates, cwd: io.cwd });
  const newInputs = loadInputs(paths, { rates: opts.against, cwd: io.cwd });
  const years = [econ.priceYear, defaultPriceYear(oldInputs), defaultPriceYear(newInputs)].filter((y): y is number => y !== undefined);
  const priceYear = econ.priceYear ?? (years.length ? Math.max(...years) : undefined);
  const setup = priceYear !== undefined ? { ...econ, priceYear } : econ;
  const old = priceLoaded(paths, oldInputs, pricingOptions(setup)(oldInputs));
  const now = priceLoaded(paths, newInputs, pricingOptions(setup)(newInputs));
  if (report(io, unique([...old.all, ...now.all]), opts.lang)) return EXIT.invalid;
  const r = diffReport(
    { priced: old.priced, rateSets: old.inputs.rateSets, tables: old.tables },
    { priced: now.priced, rateSets: now.inputs.rateSets, tables: now.tables },
    setup.index && priceYear !== undefined
      ? { priceYear, index: setup.index.id, ownPrices: { old: defaultPriceYear(oldInputs) ?? priceYear, new: defaultPriceYear(newInputs) ?? priceYear } }
      : undefined,
  );
  const money = { lang: opts.lang, cents: opts.cents };
  const text = DIFF_RENDERERS[opts.format](r, { money, terminal: stdoutStyle(io, !!opts.output) });
  const code = deliver(io, text, opts.output, opts.lang);
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
  cmd.action((paths: string[], opts: DiffOptions) => setExit(runDiff(io, paths, opts)));
}
