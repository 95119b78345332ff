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
import { diffGrids, diffLongGrid } from '../../write/diff-grid.js';
import { LABELS, type Lang, formatMoney, localDecimal } from '../../write/i18n.js';
import { VC_LABELS } from '../../write/labels-versioning.js';
import { renderCsv } from '../../write/render/csv.js';
import { renderDiffJson } from '../../write/render/diff-json.js';
import { renderMarkdown } from '../../write/render/markdown.js';
import { renderTable } from '../../write/render/table.js';
import { EXIT, type Io, deliver, report, stdoutStyle } from '../context.js';
import { loadAndPrice } from '../load-and-price.js';
import { inputTargets } from '../output-guard.js';
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

export function runDiff(io: Io, paths: string[], opts: DiffOptions): number {
  let limit: Limit | undefined;
  if (opts.failOver !== undefined) {
    limit = parseLimit(opts.failOver);
    if (!limit) {
      report(io, [diag(filePos('--fail-over'), 'usage.fail_over', { value: opts.failOver })], opts.lang);
      return EXIT.usage;
    }
  }
  const old = loadAndPrice(paths, opts.rates, io.cwd, undefined, opts.followSymlinks);
  const now = loadAndPrice(paths, opts.against, io.cwd, undefined, opts.followSymlinks);
  const overInput = inputTargets([{ option: '-o', path: opts.output }], [...old.inputs.files, ...now.inputs.files].map((f) => f.abs), io.cwd);
  if (overInput.length) {
    report(io, overInput, opts.lang);
    return EXIT.usage;
  }
  if (report(io, unique([...old.all, ...now.all]), opts.lang)) return EXIT.invalid;
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
  cmd.action((paths: string[], opts: DiffOptions) => setExit(runDiff(io, paths, opts)));
}
