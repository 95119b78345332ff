/**
 * The options of calc for following cases over time (docs/tracking.md): --status (which cases count),
 * --by (the patterns sections) and --min-group (small numbers in the formats passed on).
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { PricedCase } from '../data/pricing.js';
import type { Run } from '../data/run.js';
import type { CaseStatus } from '../data/tracking.js';
import { BY_DIMENSIONS, type ByDimension } from '../reports/patterns.js';
import { DEFAULT_MIN_GROUP } from '../reports/small-numbers.js';
import { parseStatusOption, selectByStatus } from '../reports/status.js';
import { type Lang, texts } from '../write/i18n/index.js';

export interface TrackingOptions {
  /** --status; undefined: completed cases only. */
  status?: CaseStatus[];
  /** --by; undefined: problems and kind when the cases have them. */
  by?: ByDimension[];
  minGroup: number;
}

/** Dutch names of the groupings, also accepted. */
const BY_WORDS: Readonly<Record<string, ByDimension>> = { problems: 'problems', problemen: 'problems', kind: 'kind', soort: 'kind', cohort: 'cohort' };
const NONE_WORDS = ['none', 'geen'];

export function parseByOption(text: string): ByDimension[] | undefined {
  const parts = text
    .split(/[\s,;]+/)
    .map((x) => x.toLowerCase())
    .filter((x) => x !== '');
  if (parts.length === 1 && NONE_WORDS.includes(parts[0]!)) return [];
  if (!parts.length) return undefined;
  const out: ByDimension[] = [];
  for (const p of parts) {
    const d = BY_WORDS[p];
    if (!d) return undefined;
    if (!out.includes(d)) out.push(d);
  }
  return BY_DIMENSIONS.filter((d) => out.includes(d));
}

const parse =
  <T>(f: (v: string) => T | undefined, msg: string) =>
  (v: string): T => {
    const r = f(v);
    if (r === undefined) throw new InvalidArgumentError(msg);
    return r;
  };

/** --status alone (diff: both sides count the cases calc counts). */
export function addStatusOption(cmd: Command, lang: Lang): Command {
  const t = texts(lang).tracking;
  return cmd.addOption(new Option('--status <list>', t.help.options.status).argParser(parse(parseStatusOption, t.badStatus)));
}

/** The run with the cases --status counts (default: the completed ones), as calc counts them. */
export function countedByStatus(run: Run, status: readonly CaseStatus[] | undefined): Run {
  return countedOnly(run, selectByStatus(run.priced, status).included);
}

export function addTrackingOptions(cmd: Command, lang: Lang): Command {
  const t = texts(lang).tracking;
  const minGroup = (v: string): number | undefined => (/^\d{1,4}$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 1000 ? Number(v) : undefined);
  return cmd
    .addOption(new Option('--status <list>', t.help.options.status).argParser(parse(parseStatusOption, t.badStatus)))
    .addOption(new Option('--by <list>', t.help.options.by).argParser(parse(parseByOption, t.badBy)))
    .addOption(new Option('--min-group <k>', t.help.options.minGroup).argParser(parse(minGroup, t.badMinGroup)).default(DEFAULT_MIN_GROUP));
}

/**
 * The run with only the counted cases (and their low and high pricings with --sensitivity): every
 * report of calc and the lock are made from these. Files, hashes, tables and problems stay those of
 * the whole run.
 */
export function countedOnly(run: Run, included: readonly PricedCase[]): Run {
  if (included.length === run.priced.length) return run;
  const ids = new Set(included.map((p) => p.case.id));
  const keep = (ps: readonly PricedCase[]) => ps.filter((p) => ids.has(p.case.id));
  return {
    ...run,
    priced: included,
    inputs: { ...run.inputs, cases: run.inputs.cases.filter((c) => ids.has(c.id)) },
    ...(run.estimates ? { estimates: { low: keep(run.estimates.low), high: keep(run.estimates.high) } } : {}),
  };
}
