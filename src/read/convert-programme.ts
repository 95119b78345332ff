/**
 * The keys of issue 16 (docs/arithmetic.md, docs/reports.md): `investment: true` on a breakthrough
 * line, and a cohort's `programme:` (the costs of running the method, each with a source).
 */
import type { Programme, ProgrammeCost, ProgrammePer } from '../data/model.js';
import { PROGRAMME_PER } from '../data/model.js';
import type { Ctx } from './convert-context.js';
import type { PathSeg } from './yaml.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `investment: true` is allowed on breakthrough lines only: the investment is part of the breakthrough. */
export function investmentOf(ctx: Ctx, r: Obj, path: readonly PathSeg[]): boolean {
  if (r.investment !== true) return false;
  if (path[0] !== 'breakthrough') {
    ctx.err([...path, 'investment'], 'returns.investment_scenario', { scenario: String(path[0]) }, true);
    return false;
  }
  return true;
}

/** A cohort's `programme:`; undefined when absent or when a cost has a problem (reported). */
export function convertProgramme(ctx: Ctx, o: Obj): Programme | undefined {
  const p = o.programme;
  if (!isObj(p)) return undefined;
  const before = ctx.out.length;
  let years = 1;
  if (typeof p.years === 'number') {
    if (!Number.isInteger(p.years) || p.years < 1 || p.years > 100) ctx.err(['programme', 'years'], 'value.positive_int', { key: 'years', value: p.years });
    else years = p.years;
  }
  const costs: ProgrammeCost[] = [];
  const list = Array.isArray(p.costs) ? p.costs : [];
  list.forEach((c, i) => {
    if (!isObj(c)) return;
    const path: PathSeg[] = ['programme', 'costs', i];
    const price = typeof c.price === 'number' ? ctx.money(c.price, [...path, 'price']) : undefined;
    const py = c.price_year;
    let priceYear: number | undefined;
    if (typeof py === 'number') {
      if (!Number.isInteger(py) || py < 1900 || py > 2200) ctx.err([...path, 'price_year'], 'value.year', { value: py });
      else priceYear = py;
    }
    const source = typeof c.source === 'string' ? c.source : undefined;
    if (source !== undefined && source.trim() === '') ctx.err([...path, 'source'], 'returns.programme_source_empty', { item: typeof c.item === 'string' ? c.item : '' });
    const per = typeof c.per === 'string' && (PROGRAMME_PER as readonly string[]).includes(c.per) ? (c.per as ProgrammePer) : undefined;
    if (typeof c.item !== 'string' || price === undefined || per === undefined || typeof c.payer !== 'string' || source === undefined) return;
    costs.push({
      item: c.item,
      priceCents: price,
      per,
      payer: c.payer,
      ...(priceYear !== undefined ? { priceYear } : {}),
      source,
      pos: ctx.at(path),
    });
  });
  if (ctx.out.length > before) return undefined;
  return { years, costs, pos: ctx.at(['programme']) };
}
