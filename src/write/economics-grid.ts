/**
 * The economics sections as grids and notes (shared by table, Markdown and CSV): the price year line,
 * per-year figures with the present value, the deadweight/attribution steps, sensitivity and the
 * simulation. Formatting only; every figure comes from src/reports/economics.ts.
 */
import type { EconomicsReport } from '../reports/economics.js';
import { type Rational, toDecimalString } from '../data/rational.js';
import { type Cell, EMPTY, type Grid, type GridRow, money, text } from './grid.js';
import { LABELS, type Lang, type MoneyStyle, formatMoney, localDecimal } from './i18n.js';

const pct = (r: Rational, lang: Lang): string => `${localDecimal(toDecimalString({ n: r.n * 100n, d: r.d }, 4), lang)}%`;
const dec = (r: Rational, places: number, lang: Lang): string => localDecimal(toDecimalString(r, places), lang);

const T = {
  nl: {
    priceYear: (y: number, idx: string, prov: boolean) => `Prijspeil ${y}${prov ? ' (voorlopig indexcijfer)' : ''}; tarieven uit andere jaren geïndexeerd met ${idx}.`,
    priceYearNoIndex: (y: number) => `Prijspeil: elk tarief in zijn eigen prijsjaar (niet geïndexeerd; --no-indexation); tabeljaar ${y}.`,
    factors: (list: string) => `Indexfactoren: ${list}.`,
    factor: (from: number, f: string, n: number) => `${from} ×${f} (${n} ${n === 1 ? 'regel' : 'regels'})`,
    pv: (r: string, und: string) => `Meerjarige horizon: bedragen zijn contante waarden tegen ${r} (jaar 1 = nu, jaar t gedeeld door (1 + r)^(t − 1)); niet verdisconteerd ${und} baten.`,
    perYear: 'Per jaar (niet verdisconteerd)',
    year: 'jaar',
    weight: 'disconteringsfactor',
    undiscounted: 'totaal niet verdisconteerd',
    pvRow: 'contante waarde',
    adjTitle: 'Eerlijke correcties per cohort (deadweight en attributie)',
    cohort: 'cohort',
    gross: 'bruto baten',
    dw: 'deadweight',
    minusDw: '− deadweight',
    after: 'na deadweight',
    attr: 'attributie',
    net: 'netto baten',
    meanNet: 'netto per casus',
    total: 'totaal',
    adjNote: (net: string, gross: string) => `Netto ${net} baten (bruto ${gross}); casussen zonder correctie tellen bruto mee.`,
    sensTitle: 'Gevoeligheid: baten met elke schatting laag, centraal en hoog',
    case: 'casus',
    low: 'laag',
    central: 'centraal',
    high: 'hoog',
    mean: 'gemiddeld per casus',
    sensNote: 'Laag/hoog = alle low-/high-schattingen tegelijk (ook in het doorbraakscenario), geen slechtste of beste geval.',
    simTitle: (n: string, seed: number) => `Simulatie: ${n} trekkingen, seed ${seed}`,
    measure: 'maat',
    totalBaten: 'totale baten',
    perCase: 'baten per casus',
    avg: 'gemiddelde',
    simNote: 'Driehoeksverdelingen uit laag/centraal/hoog, Bernoulli voor chance; rekent binnen de simulatie met drijvende komma, uitkomsten eenmaal op centen afgerond.',
  },
  en: {
    priceYear: (y: number, idx: string, prov: boolean) => `Price year ${y}${prov ? ' (provisional index figure)' : ''}; rates from other years indexed with ${idx}.`,
    priceYearNoIndex: (y: number) => `Prices: each rate in its own price year (not indexed; --no-indexation); table year ${y}.`,
    factors: (list: string) => `Index factors: ${list}.`,
    factor: (from: number, f: string, n: number) => `${from} ×${f} (${n} ${n === 1 ? 'line' : 'lines'})`,
    pv: (r: string, und: string) => `Multi-year horizon: amounts are present values at ${r} (year 1 = now, year t divided by (1 + r)^(t − 1)); undiscounted ${und} avoided costs.`,
    perYear: 'Per year (undiscounted)',
    year: 'year',
    weight: 'discount factor',
    undiscounted: 'total undiscounted',
    pvRow: 'present value',
    adjTitle: 'Honest adjustments per cohort (deadweight and attribution)',
    cohort: 'cohort',
    gross: 'gross avoided costs',
    dw: 'deadweight',
    minusDw: '− deadweight',
    after: 'after deadweight',
    attr: 'attribution',
    net: 'net avoided costs',
    meanNet: 'net per case',
    total: 'total',
    adjNote: (net: string, gross: string) => `Net ${net} avoided costs (gross ${gross}); cases without an adjustment count gross.`,
    sensTitle: 'Sensitivity: avoided costs with every estimate low, central and high',
    case: 'case',
    low: 'low',
    central: 'central',
    high: 'high',
    mean: 'mean per case',
    sensNote: 'Low/high = all low/high estimates at once (in the breakthrough scenario too), not a worst or best case.',
    simTitle: (n: string, seed: number) => `Simulation: ${n} draws, seed ${seed}`,
    measure: 'measure',
    totalBaten: 'total avoided costs',
    perCase: 'avoided costs per case',
    avg: 'mean',
    simNote: 'Triangular distributions from low/central/high, Bernoulli for chance; floating point inside the simulation only, results rounded once to cents.',
  },
} as const;

/** Sentences for under the main grid: price year, index factors, present values. */
export function economicsNotes(e: EconomicsReport, style: MoneyStyle): string[] {
  const t = T[style.lang];
  const notes: string[] = [];
  const ix = e.indexation;
  if (ix.index) notes.push(t.priceYear(ix.priceYear, ix.index.id, ix.index.provisional));
  else notes.push(t.priceYearNoIndex(ix.priceYear));
  if (ix.factors.length) notes.push(t.factors(ix.factors.map((f) => t.factor(f.from, dec(f.factor, 6, style.lang), f.lines)).join(', ')));
  if (e.horizon.multiYear) notes.push(t.pv(pct(e.horizon.discount, style.lang), formatMoney(e.horizon.undiscounted.baten, style)));
  return notes;
}

const amounts = (a: { current: bigint; threat: bigint; breakthrough: bigint; baten: bigint; besparing: bigint }): Cell[] => [
  money(a.current),
  money(a.threat),
  money(a.breakthrough),
  money(a.baten),
  money(a.besparing),
];

/** Extra grids below the main one, in a fixed order; empty when there is nothing to show. */
export function economicsGrids(e: EconomicsReport, style: MoneyStyle): Grid[] {
  const t = T[style.lang];
  const L = LABELS[style.lang];
  const grids: Grid[] = [];
  const head5 = [L.current, L.threat, L.breakthrough, L.baten, L.besparing];
  const right5 = ['right', 'right', 'right', 'right', 'right'] as const;
  if (e.horizon.multiYear) {
    const rows: GridRow[] = e.horizon.years.map((y) => ({ kind: 'body', cells: [text(String(y.year)), text(dec(y.weight, 6, style.lang)), ...amounts(y)] }));
    rows.push({ kind: 'total', cells: [text(t.undiscounted), EMPTY, ...amounts(e.horizon.undiscounted)] });
    rows.push({ kind: 'total', cells: [text(t.pvRow), text(pct(e.horizon.discount, style.lang)), ...amounts(e.horizon.presentValue)] });
    grids.push({ title: t.perYear, header: [t.year, t.weight, ...head5], align: ['left', 'right', ...right5], rows, notes: [] });
  }
  if (e.adjustments) {
    const a = e.adjustments;
    const rows: GridRow[] = a.cohorts.map((c) => ({
      kind: 'body',
      cells: [text(c.id), money(c.gross), text(pct(c.deadweight, style.lang)), money(-c.deadweightCents), money(c.afterDeadweight), text(pct(c.attribution, style.lang)), money(c.net), money(c.meanNet)],
    }));
    rows.push({ kind: 'total', cells: [text(t.total), money(a.gross), EMPTY, EMPTY, EMPTY, EMPTY, money(a.net), money(a.meanNet)] });
    grids.push({
      title: t.adjTitle,
      header: [t.cohort, t.gross, t.dw, t.minusDw, t.after, t.attr, t.net, t.meanNet],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows,
      notes: [t.adjNote(formatMoney(a.net, style), formatMoney(a.gross, style))],
    });
  }
  if (e.sensitivity) {
    const s = e.sensitivity;
    const rows: GridRow[] = s.rows.map((r) => ({ kind: 'body', cells: [text(r.id), money(r.low), money(r.central), money(r.high)] }));
    rows.push({ kind: 'total', cells: [text(t.total), money(s.total.low), money(s.total.central), money(s.total.high)] });
    rows.push({ kind: 'mean', cells: [text(t.mean), money(s.mean.low), money(s.mean.central), money(s.mean.high)] });
    grids.push({ title: t.sensTitle, header: [t.case, t.low, t.central, t.high], align: ['left', 'right', 'right', 'right'], rows, notes: [t.sensNote] });
  }
  if (e.simulation) {
    const s = e.simulation;
    const row = (label: string, v: { p10: bigint; p50: bigint; p90: bigint; mean: bigint }): GridRow => ({
      kind: 'body',
      cells: [text(label), money(v.p10), money(v.p50), money(v.p90), money(v.mean)],
    });
    grids.push({
      title: t.simTitle(String(s.draws), s.seed),
      header: [t.measure, 'P10', 'P50', 'P90', t.avg],
      align: ['left', 'right', 'right', 'right', 'right'],
      rows: [row(t.totalBaten, s.total), row(t.perCase, s.perCase)],
      notes: [t.simNote],
    });
  }
  return grids;
}
