/**
 * The derivation of one case as grids: the case, every line with all its factors, the totals, where
 * each price came from, the case's values and the line notes. Shared by table, Markdown and CSV.
 * Every factor is written so that a reader can retype it into a calculator: decimals exactly, or
 * rounded to 6 places with "…" and the exact fraction.
 */
import { DAYS_PER } from '../data/duration.js';
import { SCENARIOS, type Scenario } from '../data/model.js';
import type { PricedLine, QuantityDerivation } from '../data/pricing.js';
import { type Rational, add, div } from '../data/rational.js';
import type { ExplainReport } from '../reports/explain.js';
import type { IndexChain, IndexStep } from '../reports/index-chain.js';
import { type Grid, type GridRow, int, money, moneyCents, text } from './grid.js';
import { type Lang, type MoneyStyle, formatExact, formatExactEuros, formatMoney, texts, unitWord } from './i18n/index.js';

export function scenarioLabel(s: Scenario, lang: Lang): string {
  return texts(lang).labels[s];
}

/** Column width in the terminal table before text wraps. */
const WRAP = 48;

const isOne = (r: Rational): boolean => r.n === r.d;

/**
 * Where a line starts, when it has `from:`: "vanaf maand 7". With no `for`, the line lasts the rest
 * of the horizon, spelt out in the unit of `from` so that it reads as the months it means:
 * "vanaf maand 7: 18 maanden (horizon) − 6 maanden = 12 maanden = 365 dagen".
 */
function startText(l: PricedLine, lang: Lang): { prefix: string; rest?: string } | undefined {
  const from = l.line.from;
  if (!from) return undefined;
  const x = (r: Rational): string => formatExact(r, lang);
  const word = (r: Rational): string => unitWord(from.unit, !isOne(r), lang);
  const prefix = texts(lang).audit.from(`${unitWord(from.unit, false, lang)} ${from.n}`);
  const d = l.derivation;
  if (l.line.for || (d.kind !== 'time' && d.kind !== 'hours-per')) return { prefix };
  const restDays = d.duration.days;
  const per = DAYS_PER[from.unit];
  const horizon = div(add(restDays, from.offsetDays), per);
  const before = div(from.offsetDays, per);
  const rest = div(restDays, per);
  const inDays = from.unit === 'day' ? '' : ` = ${x(restDays)} ${unitWord('day', !isOne(restDays), lang)}`;
  return {
    prefix,
    rest: `${prefix}: ${x(horizon)} ${word(horizon)} (${texts(lang).explain.horizonMark}) − ${x(before)} ${word(before)} = ${x(rest)} ${word(rest)}${inDays}`,
  };
}

/** How the quantity was found, spelt out: "6 months = 182,5 dagen = 182,5/(365/12) = 6 maanden". */
export function derivationText(l: PricedLine, lang: Lang): string {
  const start = startText(l, lang);
  const text = quantityText(l, lang, start?.rest);
  return start && !start.rest ? `${start.prefix}: ${text}` : text;
}

function quantityText(l: PricedLine, lang: Lang, rest: string | undefined): string {
  const words = texts(lang).explain;
  const d: QuantityDerivation = l.derivation;
  const x = (r: Rational): string => formatExact(r, lang);
  const dur = (text: string, fromHorizon: boolean): string => (fromHorizon ? `${text} (${words.horizonMark})` : text);
  const plural = (r: Rational): boolean => !isOne(r);
  /** "3 months = 91,25 dagen"; a duration written in days is already in days: "90 dagen". */
  const inDays = (text: string, unit: string, fromHorizon: boolean, days: Rational): string =>
    rest ?? (unit === 'day' ? dur(text, fromHorizon) : `${dur(text, fromHorizon)} = ${x(days)} ${unitWord('day', plural(days), lang)}`);
  switch (d.kind) {
    case 'once':
      return `1 (${unitWord('once', false, lang)})`;
    case 'hours-total':
      return `${x(d.hours.amount)} ${unitWord('hour', plural(d.hours.amount), lang)}`;
    case 'time': {
      const days = d.duration.days;
      const head = inDays(d.duration.text, d.duration.unit, d.fromHorizon, days);
      if (d.unit === 'day') return head;
      const per = DAYS_PER[d.unit];
      const perText = per.d === 1n ? x(per) : `(${per.n}/${per.d})`;
      return `${head} = ${x(days)}/${perText} = ${x(l.quantity)} ${unitWord(d.unit, plural(l.quantity), lang)}`;
    }
    case 'hours-per': {
      const days = d.duration.days;
      const per = DAYS_PER[d.per];
      const perText = per.d === 1n ? x(per) : `(${per.n}/${per.d})`;
      const span = d.per === 'day' ? x(days) : `${x(days)}/${perText}`;
      return (
        `${inDays(d.duration.text, d.duration.unit, d.fromHorizon, days)}; ` +
        `${x(d.hours.amount)} ${words.per} ${unitWord(d.per, false, lang)} × ${span} ${unitWord(d.per, true, lang)} = ${x(l.quantity)} ${unitWord('hour', plural(l.quantity), lang)}`
      );
    }
  }
}

function unitName(l: PricedLine, lang: Lang): string {
  return unitWord(l.unit, false, lang);
}

function lineRef(l: PricedLine, lang: Lang): string {
  return `${scenarioLabel(l.scenario, lang)} ${l.index + 1}`;
}

export function caseGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { labels, explain: words } = texts(style.lang);
  const c = r.case;
  const kv = (k: string, v: string): GridRow => ({ kind: 'body', cells: [text(k), text(v)] });
  return {
    title: words.title(c.id),
    header: [words.field, words.value],
    align: ['left', 'left'],
    rows: [
      kv(labels.case, c.id),
      kv(labels.title, c.title),
      kv(words.file, c.file),
      kv(labels.cohort, r.cohort ? `${r.cohort.id} (${r.cohort.title})` : labels.noCohort),
      kv(words.horizon, `${c.horizon.text} = ${formatExact(c.horizon.days, style.lang)} ${unitWord('day', true, style.lang)}`),
      kv(words.rateTables, r.tables.map((t) => `${t.id} (${t.file}, ${t.priceYear})`).join('; ')),
    ],
    notes: [],
    fullText: true,
    wrapAt: WRAP,
  };
}

/** "×1,072254 (2022→2024)", or "1 (2024)" when the price is already in the report's year. */
function indexText(l: PricedLine, year: number, lang: Lang): string {
  return isOne(l.factor) ? `1 (${l.priceYear})` : `×${formatExact(l.factor, lang)} (${l.priceYear}→${year})`;
}

/** Per scenario the undiscounted cents of each year: "huidige inzet: j1 € 1.000,00, j2 € 500,00; …". */
function yearsText(r: ExplainReport, style: MoneyStyle): string {
  const m = (c: bigint): string => formatMoney(c, { lang: style.lang, cents: true });
  const y = unitWord('year', false, style.lang);
  return SCENARIOS.map((s) => `${scenarioLabel(s, style.lang)}: ${r.priced.years.map((t, i) => `${y} ${i + 1} ${m(t[s])}`).join(', ')}`).join('; ');
}

export function linesGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { labels, rates: rateWords, explain: words } = texts(style.lang);
  const indexed = r.priceYear !== undefined;
  const rows: GridRow[] = [];
  for (const s of SCENARIOS) {
    for (const l of r.priced.lines[s]) {
      const amount = formatMoney(l.unitPriceCents, { lang: style.lang, cents: true });
      const price = l.unit === 'once' ? `${amount} (${unitName(l, style.lang)})` : `${amount} / ${unitName(l, style.lang)}`;
      rows.push({
        kind: 'body',
        cells: [
          text(scenarioLabel(s, style.lang)),
          int(l.index + 1),
          text((l.line.kind === 'rate' ? l.line.rate : `${rateWords.customItem}: ${l.label}`) + (l.line.investment ? ` ${texts(style.lang).returns.investmentMark}` : '')),
          text(l.override && l.rate ? `${price}, ${rateWords.override(formatMoney(l.rate.priceCents, { lang: style.lang, cents: true }))}` : price),
          text(derivationText(l, style.lang)),
          text(formatExact(l.count, style.lang)),
          text(formatExact(l.chance, style.lang)),
          ...(indexed ? [text(indexText(l, r.priceYear!, style.lang))] : []),
          text(formatExactEuros(l.exactCents, style.lang)),
          moneyCents(l.costCents),
        ],
      });
    }
    rows.push({
      kind: 'subtotal',
      cells: [text(`${labels.total} ${scenarioLabel(s, style.lang)}`), ...Array.from({ length: indexed ? 8 : 7 }, () => text('')), moneyCents(r.totals[s])],
    });
  }
  const notes = [words.linesNote];
  if (indexed) notes.push(words.indexedNote(r.priceYear!));
  if (r.discount) notes.push(words.presentValueNote(`${formatExact({ n: r.discount.n * 100n, d: r.discount.d }, style.lang)}%`, yearsText(r, style)));
  return {
    title: words.linesTitle,
    header: [words.scenario, words.nr, words.post, rateWords.unitPrice, words.quantity, words.count, words.chance, ...(indexed ? [words.index] : []), words.exactCost, words.cost],
    align: ['left', 'right', 'left', 'right', 'left', 'right', 'right', ...(indexed ? ['right' as const] : []), 'right', 'right'],
    rows,
    notes,
    fullText: true,
    wrapAt: WRAP,
  };
}

export function totalsGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { labels, explain: words } = texts(style.lang);
  const t = r.totals;
  const m = (c: bigint): string => formatMoney(c, { lang: style.lang, cents: true });
  return {
    title: words.totalsTitle,
    header: ['', words.amount, words.computation],
    align: ['left', 'right', 'left'],
    rows: [
      { kind: 'body', cells: [text(labels.current), money(t.current), text('')] },
      { kind: 'body', cells: [text(labels.threat), money(t.threat), text('')] },
      { kind: 'body', cells: [text(labels.breakthrough), money(t.breakthrough), text('')] },
      { kind: 'total', cells: [text(labels.baten), money(t.baten), text(`${m(t.threat)} − ${m(t.breakthrough)}`)] },
      { kind: 'total', cells: [text(labels.besparing), money(t.besparing), text(`${m(t.current)} − ${m(t.breakthrough)}`)] },
    ],
    notes: [labels.amountsNote(style.cents)],
    fullText: true,
    wrapAt: WRAP,
  };
}

export function originGrid(r: ExplainReport, style: MoneyStyle): Grid {
  const { labels, rates: rateWords, explain: words } = texts(style.lang);
  const rows: GridRow[] = [];
  for (const s of SCENARIOS) {
    for (const l of r.priced.lines[s]) {
      const rate = l.rate;
      rows.push({
        kind: 'body',
        cells: [
          text(lineRef(l, style.lang)),
          text(rate ? rate.id : rateWords.customItem),
          text(l.label),
          text(rate ? rate.table : ''),
          text(l.law),
          text(l.payer),
          // A table price: its rate's year; a custom item or own price: the year and where it comes from.
          text(l.priceYearFrom === 'rate' ? String(l.priceYear) : `${l.priceYear} (${texts(style.lang).ownPrices.from[l.priceYearFrom]})`),
          text(rate?.grade ?? ''),
          text(rate ? rate.source : rateWords.customSource(r.case.file, l.line.pos.line)),
        ],
      });
    }
  }
  return {
    title: words.originTitle,
    header: [words.post, rateWords.rate, rateWords.label, rateWords.table, labels.law, labels.payer, rateWords.priceYear, rateWords.grade, rateWords.source],
    // The price year column says where an own price's year comes from, so it is text, left-aligned.
    align: ['left', 'left', 'left', 'left', 'left', 'left', 'left', 'left', 'left'],
    rows,
    notes: [],
    fullText: true,
    wrapAt: WRAP,
  };
}

export function valuesGrid(r: ExplainReport, style: MoneyStyle): Grid | undefined {
  const v = r.case.values;
  if (!v || !Object.keys(v).length) return undefined;
  const words = texts(style.lang).explain;
  return {
    title: words.valuesTitle,
    header: [words.field, words.value],
    align: ['left', 'left'],
    rows: Object.entries(v).map(([k, x]) => ({ kind: 'body', cells: [text(k), text(x)] })),
    notes: [],
    fullText: true,
    wrapAt: WRAP,
  };
}

export function notesGrid(r: ExplainReport, style: MoneyStyle): Grid | undefined {
  const words = texts(style.lang).explain;
  const rows: GridRow[] = [];
  for (const s of SCENARIOS) {
    for (const l of r.priced.lines[s]) if (l.line.note) rows.push({ kind: 'body', cells: [text(lineRef(l, style.lang)), text(l.line.note)] });
  }
  if (!rows.length) return undefined;
  return { title: words.notesTitle, header: [words.post, words.note], align: ['left', 'left'], rows, notes: [], fullText: true, wrapAt: WRAP };
}

/** "1,038 × 1,033 = 1,072254", or "1 / (1,033 × 1,023) = 0,946…" when the price year is later. */
export function chainText(c: IndexChain, lang: Lang): string {
  const x = (r: Rational): string => formatExact(r, lang);
  const product = c.steps.map((st) => x(st.factor)).join(' × ');
  if (!c.inverse) return c.steps.length === 1 ? product : `${product} = ${x(c.factor)}`;
  return `1 / ${c.steps.length === 1 ? product : `(${product})`} = ${x(c.factor)}`;
}

/** Each price year's index factor as the product of the yearly changes it comes from. */
export function indexGrid(r: ExplainReport, style: MoneyStyle): Grid | undefined {
  if (!r.indexChains.length) return undefined;
  const words = texts(style.lang).audit;
  const pct = (st: IndexStep): string => `${st.year} ${st.percent.n < 0n ? '' : '+'}${formatExact(st.percent, style.lang)}%${st.provisional ? ` (${words.provisional})` : ''}`;
  return {
    title: words.indexTitle,
    header: [words.priceYear, words.reportYear, words.changes, words.computation, words.lines],
    align: ['left', 'left', 'left', 'left', 'right'],
    rows: r.indexChains.map((c) => ({
      kind: 'body',
      cells: [text(String(c.from)), text(String(c.to)), text(c.steps.map(pct).join(', ')), text(chainText(c, style.lang)), int(c.lines)],
    })),
    notes: [words.indexNote(r.indexId ?? '')],
    fullText: true,
    wrapAt: WRAP,
  };
}

/** For a multi-year horizon: every line per year, undiscounted, then its present value exactly and rounded. */
export function yearsGrid(r: ExplainReport, style: MoneyStyle): Grid | undefined {
  const split = r.years;
  if (!split || !r.discount) return undefined;
  const { explain: words, audit } = texts(style.lang);
  const n = split.weights.length;
  const rows: GridRow[] = [
    {
      kind: 'subtotal',
      cells: [text(audit.weight), text(''), text(''), ...split.weights.map((w) => text(formatExact(w, style.lang))), text(''), text(''), text('')],
    },
    ...split.lines.map(
      (y): GridRow => ({
        kind: 'body',
        cells: [
          text(scenarioLabel(y.line.scenario, style.lang)),
          int(y.line.index + 1),
          text(y.line.line.kind === 'rate' ? y.line.line.rate : y.line.label),
          ...Array.from({ length: n }, (_, i) => moneyCents(y.years[i] ?? 0n)),
          moneyCents(y.undiscounted),
          text(formatExactEuros(y.presentValueExact, style.lang)),
          moneyCents(y.presentValue),
        ],
      }),
    ),
  ];
  const rate = `${formatExact({ n: r.discount.n * 100n, d: r.discount.d }, style.lang)}%`;
  return {
    title: audit.yearsTitle,
    header: [words.scenario, words.nr, words.post, ...Array.from({ length: n }, (_, i) => audit.year(i + 1)), audit.undiscounted, audit.presentValueExact, audit.presentValue],
    align: ['left', 'right', 'left', ...Array.from({ length: n }, () => 'right' as const), 'right', 'right', 'right'],
    rows,
    notes: [audit.yearsNote(rate)],
    fullText: true,
    wrapAt: WRAP,
  };
}

export function explainGrids(r: ExplainReport, style: MoneyStyle): Grid[] {
  return [
    caseGrid(r, style),
    linesGrid(r, style),
    indexGrid(r, style),
    yearsGrid(r, style),
    totalsGrid(r, style),
    originGrid(r, style),
    valuesGrid(r, style),
    notesGrid(r, style),
  ].filter(
    (g): g is Grid => g !== undefined,
  );
}

