/**
 * Raw YAML data → domain objects. Works defensively on data that may have failed the schema, so that
 * every problem in a file is reported in one run: a field of the wrong type is left to the schema
 * messages, a field of the right type is checked here (durations, hours, money, chance, line rules).
 */
import { dirname, resolve } from 'node:path';
import type { Diagnostic, Position } from '../data/diagnostic.js';
import { DEFAULT_HORIZON, type Duration, type HoursSpec, RATE_UNITS, type RateUnit, cmpDays, isHours, parseHours } from '../data/duration.js';
import type { Case, Cohort, Grade, Line, Published, Rate, RateTable, Scenario } from '../data/model.js';
import { SCENARIOS } from '../data/model.js';
import { type Rational, ONE, cmp, fromNumber, hasAtMostDecimals } from '../data/rational.js';
import { closest } from '../data/suggest.js';
import { Ctx } from './convert-context.js';
import { asMeant } from './dutch-keys.js';
import { exact } from './lazy.js';
import { precompiledSchemas } from './precompiled.js';
import { convertAdjustment, convertEconomics } from './convert-economics.js';
import { convertProgramme, investmentOf } from './convert-programme.js';
import type { PathSeg } from './yaml.js';
import { FastParsed, type Parsed } from './fast.js';
import { MAX_HORIZON_DAYS, MAX_HORIZON_YEARS } from '../data/economics.js';
import { convertTracking, valueTexts } from './convert-tracking.js';
import { vocabularyOf } from './vocabulary.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function str(o: Obj, k: string): string | undefined {
  const v = o[k];
  return typeof v === 'string' ? v : undefined;
}
function num(o: Obj, k: string): number | undefined {
  const v = o[k];
  return typeof v === 'number' ? v : undefined;
}

function horizonOf(ctx: Ctx, o: Obj, path: PathSeg[]): Duration | undefined {
  if (o.horizon === undefined) return undefined;
  const d = ctx.duration(o.horizon, path);
  // Multi-year figures are computed year by year: a horizon of 1000 years is a typing error (issue 12).
  if (d && cmp(d.days, MAX_HORIZON_DAYS) > 0) {
    ctx.err(path, 'value.horizon_too_long', { text: d.text, max: MAX_HORIZON_YEARS });
    return undefined;
  }
  return d;
}

/** `price_year` of a case or cohort: a year from 1900 to 2200. */
function priceYearOf(ctx: Ctx, o: Obj): number | undefined {
  const py = num(o, 'price_year');
  if (py === undefined) return undefined;
  if (!Number.isInteger(py) || py < 1900 || py > 2200) {
    ctx.err(['price_year'], 'value.year', { value: py });
    return undefined;
  }
  return py;
}

// ---------------------------------------------------------------------------------------------- rates

/**
 * A file read on the fast path (src/read/fast.ts) is converted from its plain data; at the first problem
 * it is converted again from the exact reading, which makes the messages.
 */
function exactOnProblem<R extends { diagnostics: Diagnostic[] }>(p: Parsed, convert: (p: Parsed) => R): R {
  const r = convert(p);
  return r.diagnostics.length && p instanceof FastParsed ? convert(p.exact()) : r;
}

export function convertRates(p: Parsed): { table?: RateTable; diagnostics: Diagnostic[] } {
  return exactOnProblem(p, ratesOf);
}

function ratesOf(p: Parsed): { table?: RateTable; diagnostics: Diagnostic[] } {
  const ctx = new Ctx(p);
  const o = p.data as Obj;
  const id = str(o, 'table') ?? '';
  const priceYear = num(o, 'price_year');
  if (priceYear !== undefined && (!Number.isInteger(priceYear) || priceYear < 1900 || priceYear > 2200)) ctx.err(['price_year'], 'value.year', { value: priceYear });
  const laws = Array.isArray(o.laws) ? o.laws.filter((x): x is string => typeof x === 'string') : undefined;
  const payers = Array.isArray(o.payers) ? o.payers.filter((x): x is string => typeof x === 'string') : undefined;
  const rates: Rate[] = [];
  const seen = new Map<string, Position>();
  const list = Array.isArray(o.rates) ? o.rates : [];
  list.forEach((r, i) => {
    if (!isObj(r)) return;
    const path: PathSeg[] = ['rates', i];
    const rid = str(r, 'id');
    if (rid !== undefined) {
      const first = seen.get(rid);
      if (first) ctx.err([...path, 'id'], 'rates.duplicate_id', { id: rid, first: `${first.file}:${first.line}:${first.col}` });
      else seen.set(rid, ctx.at([...path, 'id']));
    }
    const price = num(r, 'price') !== undefined ? ctx.money(num(r, 'price')!, [...path, 'price']) : undefined;
    const law = str(r, 'law');
    const payer = str(r, 'payer');
    if (law !== undefined && laws && !laws.includes(law)) ctx.err([...path, 'law'], 'rates.law_undeclared', { value: law, suggestions: closest(law, laws, 2) });
    if (payer !== undefined && payers && !payers.includes(payer)) ctx.err([...path, 'payer'], 'rates.payer_undeclared', { value: payer, suggestions: closest(payer, payers, 2) });
    const source = str(r, 'source');
    if (source !== undefined && source.trim() === '') ctx.err([...path, 'source'], 'rates.source_empty', { id: rid ?? '' });
    const py = num(r, 'price_year');
    if (py !== undefined && (!Number.isInteger(py) || py < 1900 || py > 2200)) ctx.err([...path, 'price_year'], 'value.year', { value: py });
    const unit = str(r, 'unit');
    if (rid === undefined || price === undefined || law === undefined || payer === undefined || source === undefined) return;
    if (unit === undefined || !(RATE_UNITS as readonly string[]).includes(unit)) return;
    const grade = str(r, 'grade');
    rates.push({
      id: rid,
      label: str(r, 'label') ?? rid,
      unit: unit as RateUnit,
      priceCents: price,
      law,
      payer,
      ...(grade === 'A' || grade === 'B' || grade === 'C' ? { grade: grade as Grade } : {}),
      priceYear: py ?? priceYear ?? 0,
      source,
      table: id,
      pos: ctx.at(path),
    });
  });
  const table: RateTable = {
    id,
    title: str(o, 'title') ?? id,
    currency: str(o, 'currency') ?? 'EUR',
    priceYear: priceYear ?? 0,
    ...(laws ? { laws } : {}),
    ...(payers ? { payers } : {}),
    rates,
    file: p.file,
    pos: ctx.at([]),
  };
  return { table, diagnostics: ctx.out };
}

// --------------------------------------------------------------------------------------------- cohort

export function convertCohort(p: Parsed, abs: string): { cohort?: Cohort; diagnostics: Diagnostic[] } {
  return exactOnProblem(p, (q) => cohortOf(q, abs));
}

function cohortOf(p: Parsed, abs: string): { cohort?: Cohort; diagnostics: Diagnostic[] } {
  const ctx = new Ctx(p);
  const o = p.data as Obj;
  const id = str(o, 'cohort');
  const horizon = horizonOf(ctx, o, ['horizon']);
  const dir = dirname(abs);
  const ratesRaw = o.rates;
  const rates = (typeof ratesRaw === 'string' ? [ratesRaw] : Array.isArray(ratesRaw) ? ratesRaw.filter((x): x is string => typeof x === 'string') : []).map((r) =>
    resolve(dir, r),
  );
  let published: Published | undefined;
  if (isObj(o.published)) {
    const pub = o.published;
    const baten = num(pub, 'baten') !== undefined ? ctx.money(num(pub, 'baten')!, ['published', 'baten']) : undefined;
    const mean = num(pub, 'mean') !== undefined ? ctx.money(num(pub, 'mean')!, ['published', 'mean']) : undefined;
    const cases = num(pub, 'cases');
    if (cases !== undefined && (!Number.isInteger(cases) || cases < 1)) ctx.err(['published', 'cases'], 'value.positive_int', { key: 'cases', value: cases });
    const source = str(pub, 'source');
    if (baten !== undefined && cases !== undefined && cases >= 1 && Number.isInteger(cases) && source !== undefined) {
      const positions = {
        baten: ctx.at(['published', 'baten'], true),
        cases: ctx.at(['published', 'cases'], true),
        mean: mean !== undefined ? ctx.at(['published', 'mean'], true) : ctx.at(['published'], true),
      };
      published = { bateCents: baten, cases, ...(mean !== undefined ? { meanCents: mean } : {}), source, positions };
    }
  }
  const adjustment = convertAdjustment(ctx, o);
  const programme = convertProgramme(ctx, o);
  const priceYear = priceYearOf(ctx, o);
  const tags = vocabularyOf(o.tags);
  if (id === undefined) return { diagnostics: ctx.out };
  return {
    cohort: {
      id,
      title: str(o, 'title') ?? id,
      ...(horizon ? { horizon } : {}),
      rates,
      ...(published ? { published } : {}),
      ...(adjustment ? { adjustment } : {}),
      ...(programme ? { programme } : {}),
      ...(priceYear !== undefined ? { priceYear } : {}),
      ...(tags ? { tags } : {}),
      file: p.file,
      dir,
      pos: ctx.at([]),
    },
    diagnostics: ctx.out,
  };
}

// ----------------------------------------------------------------------------------------------- case

const ITEM_ONLY = ['unit', 'law', 'payer'] as const;

/** The keys of a case and of its lines (knownKeysAt): compiled at build time, else from the zod schema. */
let keys: { readonly case: readonly string[]; readonly line: readonly string[] } | undefined;
function knownKeys(): { readonly case: readonly string[]; readonly line: readonly string[] } {
  if (!keys) {
    const pre = precompiledSchemas()?.keys;
    const x = pre ? undefined : exact();
    keys = pre ?? { case: x!.knownKeysAt(x!.SCHEMAS.case, []), line: x!.knownKeysAt(x!.SCHEMAS.case, ['current', 0]) };
  }
  return keys;
}

function convertLine(ctx: Ctx, raw: unknown, path: PathSeg[], horizon: Duration): Line | undefined {
  if (!isObj(raw)) return undefined;
  const r = asMeant(raw, knownKeys().line);
  const before = ctx.out.length;
  const pos = ctx.at(path);
  const rate = str(r, 'rate');
  const item = str(r, 'item');
  if (r.rate !== undefined && r.item !== undefined) ctx.err(path, 'line.rate_and_item');
  if (r.rate === undefined && r.item === undefined) ctx.err(path, 'line.no_rate_or_item');

  let count: Rational = ONE;
  const c = num(r, 'count');
  if (c !== undefined) {
    const cr = fromNumber(c);
    const shown = (): string => ctx.shown(c, [...path, 'count']);
    if (Number.isNaN(c)) ctx.err([...path, 'count'], 'value.not_a_number', { key: 'count', value: shown() });
    else if (!Number.isFinite(c) || c > 1_000_000) ctx.err([...path, 'count'], 'value.too_large', { value: shown() });
    else if (c <= 0) ctx.err([...path, 'count'], 'value.count_positive', { value: shown() });
    else if (!cr || !hasAtMostDecimals(cr, 4)) ctx.err([...path, 'count'], 'value.precision_n', { key: 'count', value: shown(), places: 4 });
    else count = cr;
  }

  let chance: Rational = ONE;
  const ch = num(r, 'chance');
  if (ch !== undefined) {
    const cr = fromNumber(ch);
    const shown = (): string => ctx.shown(ch, [...path, 'chance']);
    if (!(ch > 0 && ch <= 1)) ctx.err([...path, 'chance'], 'value.chance_range', { value: shown() });
    else if (!cr || cmp(cr, ONE) > 0) ctx.err([...path, 'chance'], 'value.precision_n', { key: 'chance', value: shown(), places: 4 });
    else if (!hasAtMostDecimals(cr, 4)) ctx.err([...path, 'chance'], 'value.precision_n', { key: 'chance', value: shown(), places: 4 });
    else chance = cr;
  }

  let forD: Duration | undefined;
  if (r.for !== undefined) {
    forD = ctx.duration(r.for, [...path, 'for']);
    if (forD && cmpDays(forD, horizon) > 0) {
      ctx.err([...path, 'for'], 'value.for_beyond_horizon', { for: forD.text, horizon: horizon.text });
      forD = undefined;
    }
  }

  let hours: HoursSpec | undefined;
  if (typeof r.hours === 'string' || typeof r.hours === 'number') {
    const h = parseHours(r.hours);
    if (isHours(h)) hours = h;
    else ctx.err([...path, 'hours'], h.kind === 'nonpositive' ? 'value.hours_nonpositive' : 'value.hours_format', { text: h.text });
  }

  let price: bigint | undefined;
  const pr = num(r, 'price');
  if (pr !== undefined) price = ctx.money(pr, [...path, 'price']);

  const note = str(r, 'note');
  const investment = investmentOf(ctx, r, path);
  const econ = convertEconomics(ctx, r, path, horizon, { price, count, for: forD, isRate: rate !== undefined && item === undefined });
  const common = {
    count,
    ...(forD ? { for: forD } : {}),
    ...(hours ? { hours } : {}),
    chance,
    ...(note !== undefined ? { note } : {}),
    ...econ,
    ...(investment ? { investment } : {}),
    pos,
  };

  if (rate !== undefined && item === undefined) {
    for (const k of ITEM_ONLY) if (r[k] !== undefined) ctx.err([...path, k], 'line.item_field_on_rate', { key: k, rate }, true);
    if (ctx.out.length > before) return undefined;
    return { kind: 'rate', rate, ...(price !== undefined ? { priceCents: price } : {}), ratePos: ctx.at([...path, 'rate']), ...common };
  }
  if (item !== undefined && rate === undefined) {
    for (const k of ['price', 'law', 'payer'] as const) if (r[k] === undefined) ctx.err(path, 'line.item_missing', { key: k, item });
    const unit = (str(r, 'unit') ?? 'once') as RateUnit;
    const law = str(r, 'law');
    const payer = str(r, 'payer');
    if (item.trim() === '') ctx.err([...path, 'item'], 'line.item_empty');
    if (ctx.out.length > before || price === undefined || law === undefined || payer === undefined) return undefined;
    if (!(RATE_UNITS as readonly string[]).includes(unit)) return undefined;
    return { kind: 'item', item, priceCents: price, unit, law, payer, ...common };
  }
  return undefined;
}

/**
 * A case file as a Case. When the file has errors there is no case, but `probe` holds the lines that
 * did convert, so that pricing can still report their problems (an unknown rate, `for` on a one-off
 * rate) in the same run: every problem of every file at once. A probe is never priced into figures.
 */
export function convertCase(p: Parsed, cohort: Cohort | undefined): { case?: Case; probe?: Case; diagnostics: Diagnostic[] } {
  return exactOnProblem(p, (q) => caseOf(q, cohort));
}

function caseOf(p: Parsed, cohort: Cohort | undefined): { case?: Case; probe?: Case; diagnostics: Diagnostic[] } {
  const ctx = new Ctx(p);
  const o = asMeant(p.data as Obj, knownKeys().case);
  const id = str(o, 'case');
  const horizon = horizonOf(ctx, o, ['horizon']) ?? cohort?.horizon ?? DEFAULT_HORIZON;
  const lines = {} as Record<Scenario, Line[]>;
  for (const s of SCENARIOS) {
    lines[s] = [];
    const list = o[s];
    if (!Array.isArray(list)) continue;
    list.forEach((r, i) => {
      const l = convertLine(ctx, r, [s, i], horizon);
      if (l) lines[s].push(l);
    });
  }
  const values = valueTexts(o.values);
  const tracking = convertTracking(ctx, o, convertLine);
  const own = priceYearOf(ctx, o);
  const priceYear =
    own !== undefined ? { year: own, from: 'case' as const } : cohort?.priceYear !== undefined ? { year: cohort.priceYear, from: 'cohort' as const } : undefined;
  const c: Case = {
    id: id ?? '',
    title: str(o, 'title') ?? '',
    horizon,
    ...(values ? { values } : {}),
    lines,
    ...(cohort ? { cohort: cohort.id } : {}),
    ...(priceYear ? { priceYear } : {}),
    file: p.file,
    pos: ctx.at([]),
    ...tracking,
  };
  if (id === undefined || ctx.out.some((d) => d.severity === 'error')) return { probe: c, diagnostics: ctx.out };
  return { case: c, diagnostics: ctx.out };
}
