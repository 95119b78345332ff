/**
 * The economics keys of case lines (`from`, `price_year`, `*_low` / `*_high`) and cohorts
 * (`deadweight`, `attribution`) → domain values, with a precise message for every problem.
 */
import { type Duration, cmpDays } from '../data/duration.js';
import { type Adjustment, type StartSpec, isStart, parseStart } from '../data/economics.js';
import type { LineRange } from '../data/model.js';
import { type Rational, ONE, ZERO, add, cmp, fromNumber, hasAtMostDecimals, rat } from '../data/rational.js';
import type { Ctx } from './convert-context.js';
import type { PathSeg } from './yaml.js';

type Obj = Record<string, unknown>;

export interface LineEconomics {
  from?: StartSpec;
  priceYear?: number;
  range?: LineRange;
}

interface Central {
  price: bigint | undefined;
  count: Rational;
  for: Duration | undefined;
  isRate: boolean;
}

const num = (o: Obj, k: string): number | undefined => (typeof o[k] === 'number' ? (o[k] as number) : undefined);

/** The duration from a start to the end of the horizon must hold `for` (and `for_high`). */
function fits(start: StartSpec | undefined, d: Duration, horizon: Duration): boolean {
  const used = add(start?.offsetDays ?? ZERO, d.days);
  return cmp(used, horizon.days) <= 0;
}

export function convertEconomics(ctx: Ctx, r: Obj, path: readonly PathSeg[], horizon: Duration, central: Central): LineEconomics {
  const out: LineEconomics = {};
  if (typeof r.from === 'string' || typeof r.from === 'number') {
    const s = parseStart(r.from);
    if (!isStart(s)) ctx.err([...path, 'from'], 'econ.from_format', { text: s.text });
    else if (cmp(s.offsetDays, horizon.days) >= 0) ctx.err([...path, 'from'], 'econ.from_beyond_horizon', { from: s.text, horizon: horizon.text });
    else {
      out.from = s;
      if (central.for && !fits(s, central.for, horizon)) {
        ctx.err([...path, 'for'], 'econ.for_after_from', { for: central.for.text, from: s.text, horizon: horizon.text });
      }
    }
  }
  const py = num(r, 'price_year');
  if (py !== undefined) {
    if (!Number.isInteger(py) || py < 1900 || py > 2200) ctx.err([...path, 'price_year'], 'value.year', { value: py });
    else if (central.isRate && r.price === undefined) ctx.err([...path, 'price_year'], 'econ.price_year_without_price');
    else out.priceYear = py;
  }

  const range: { -readonly [K in keyof LineRange]: LineRange[K] } = {};
  const pair = (key: 'price' | 'for' | 'count'): [unknown, unknown] | undefined => {
    const lo = r[`${key}_low`];
    const hi = r[`${key}_high`];
    if (lo === undefined && hi === undefined) return undefined;
    if (lo === undefined || hi === undefined) {
      const missing = lo === undefined ? `${key}_low` : `${key}_high`;
      const given = lo === undefined ? `${key}_high` : `${key}_low`;
      ctx.err([...path, given], 'econ.range_pair', { given, missing }, true);
      return undefined;
    }
    return [lo, hi];
  };
  const order = (key: string, lowText: string, highText: string, cmpLow: number, cmpHigh: number | undefined, centralText?: string): boolean => {
    if (cmpLow > 0) {
      ctx.err([...path, `${key}_low`], 'econ.range_order', { key, low: lowText, high: highText });
      return false;
    }
    if (cmpHigh !== undefined && cmpHigh !== 0 && centralText !== undefined) {
      ctx.err([...path, `${key}_low`], 'econ.range_central', { key, low: lowText, high: highText, central: centralText });
      return false;
    }
    return true;
  };

  const p = pair('price');
  if (p && typeof p[0] === 'number' && typeof p[1] === 'number') {
    const lo = ctx.money(p[0], [...path, 'price_low']);
    const hi = ctx.money(p[1], [...path, 'price_high']);
    if (lo !== undefined && hi !== undefined) {
      const c = central.price;
      const outside = c !== undefined && (c < lo || c > hi) ? 1 : 0;
      if (order('price', String(p[0]), String(p[1]), lo > hi ? 1 : 0, outside, c !== undefined ? String(r.price) : undefined)) range.price = { low: lo, high: hi };
    }
  }
  const f = pair('for');
  if (f) {
    const lo = ctx.duration(f[0], [...path, 'for_low']);
    const hi = ctx.duration(f[1], [...path, 'for_high']);
    if (lo && hi) {
      if (central.for === undefined) ctx.err([...path, 'for_low'], 'econ.range_needs_for', {}, true);
      else if (!fits(out.from, hi, horizon)) ctx.err([...path, 'for_high'], 'value.for_beyond_horizon', { for: hi.text, horizon: horizon.text });
      else {
        const outside = cmpDays(lo, central.for) > 0 || cmpDays(central.for, hi) > 0 ? 1 : 0;
        if (order('for', lo.text, hi.text, cmpDays(lo, hi) > 0 ? 1 : 0, outside, central.for.text)) range.for = { low: lo, high: hi };
      }
    }
  }
  const c = pair('count');
  if (c && typeof c[0] === 'number' && typeof c[1] === 'number') {
    const conv = (v: number, k: string): Rational | undefined => {
      const x = fromNumber(v);
      if (!x || v > 1_000_000) ctx.err([...path, k], 'value.too_large', { value: String(v) });
      else if (x.n <= 0n) ctx.err([...path, k], 'value.count_positive', { value: String(v) });
      else if (!hasAtMostDecimals(x, 4)) ctx.err([...path, k], 'value.precision_n', { key: k, value: String(v), places: 4 });
      else return x;
      return undefined;
    };
    const lo = conv(c[0], 'count_low');
    const hi = conv(c[1], 'count_high');
    if (lo && hi) {
      const outside = cmp(lo, central.count) > 0 || cmp(central.count, hi) > 0 ? 1 : 0;
      if (order('count', String(c[0]), String(c[1]), cmp(lo, hi) > 0 ? 1 : 0, outside, r.count === undefined ? '1' : String(r.count))) range.count = { low: lo, high: hi };
    }
  }
  if (range.price || range.for || range.count) out.range = range;
  return out;
}

/** `deadweight` and `attribution` of a cohort: shares in [0, 1] with at most 4 decimals. */
export function convertAdjustment(ctx: Ctx, o: Obj): Adjustment | undefined {
  const share = (k: 'deadweight' | 'attribution', dflt: Rational): Rational | undefined => {
    const v = num(o, k);
    if (v === undefined) return o[k] === undefined ? dflt : undefined;
    const x = fromNumber(v);
    if (!x || x.n < 0n || cmp(x, ONE) > 0) ctx.err([k], 'econ.share_range', { key: k, value: String(v) });
    else if (!hasAtMostDecimals(x, 4)) ctx.err([k], 'value.precision_n', { key: k, value: String(v), places: 4 });
    else return x;
    return undefined;
  };
  if (o.deadweight === undefined && o.attribution === undefined) return undefined;
  const deadweight = share('deadweight', ZERO);
  const attribution = share('attribution', rat(1));
  return deadweight && attribution ? { deadweight, attribution } : undefined;
}
