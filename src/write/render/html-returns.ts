/**
 * The HTML sections of issue 16: investment and return with the programme costs, who invests and
 * who gains (a diverging-bar chart per payer and per law, each followed by its table), and the
 * evidence by grade. The tables are the grids every other format shows; formatting only.
 */
import type { CalcReport } from '../../reports/calc.js';
import type { ReturnsReport } from '../../reports/returns.js';
import type { Marks } from '../../reports/small-numbers.js';
import type { GainRow, GainTable } from '../../reports/who-gains.js';
import type { Disclosure } from '../disclosure.js';
import { type MoneyStyle, formatMoney, texts } from '../i18n/index.js';
import { evidenceGrid, hasReturns, investmentGrid, programmeCostsGrid, programmeProjectionGrid, programmeResultGrid, whoGainsGrid } from '../returns-grid.js';
import { esc } from '../svg.js';
import { type DivergingRow, divergingChart } from '../svg-diverging.js';
import type { Grid } from '../grid.js';

/** html.ts's htmlTable, passed in so that this file and html.ts do not import each other. */
type HtmlTable = (g: Grid, style: MoneyStyle, opts?: { caption?: boolean; notes?: boolean }) => string;

interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** The chart's rows: small and withheld groups (docs/tracking.md) together as one, as in the law and payer bars. */
function rowsOf(t: GainTable, style: MoneyStyle, marks?: Marks): DivergingRow[] {
  const shown: Array<Pick<GainRow, 'key' | 'invested' | 'programme' | 'avoided' | 'netAfterProgramme'>> = t.rows.filter((_, i) => !marks?.[i]);
  const hidden = t.rows.filter((_, i) => marks?.[i]);
  if (hidden.length) {
    const sum = (f: (g: GainRow) => bigint): bigint => hidden.reduce((a, g) => a + f(g), 0n);
    shown.push({
      key: texts(style.lang).tracking.withheld,
      invested: sum((g) => g.invested),
      programme: sum((g) => g.programme),
      avoided: sum((g) => g.avoided),
      netAfterProgramme: sum((g) => g.netAfterProgramme),
    });
  }
  return shown.map((g) => ({
    label: g.key,
    invested: Number(g.invested),
    programme: Number(g.programme),
    avoided: Number(g.avoided),
    net: Number(g.netAfterProgramme),
    texts: {
      invested: formatMoney(g.invested, style),
      programme: formatMoney(g.programme, style),
      avoided: formatMoney(g.avoided, style),
      net: formatMoney(g.netAfterProgramme, style),
    },
  }));
}

/** The sections, in order; none about investments when no case marks one and no cohort has programme costs. */
export function returnsSections(r: ReturnsReport, calc: CalcReport, style: MoneyStyle, htmlTable: HtmlTable, d?: Disclosure): Section[] {
  const w = texts(style.lang).returns;
  const out: Section[] = [];
  if (hasReturns(r)) {
    const parts: string[] = [];
    if (r.investment.any) parts.push(htmlTable(investmentGrid(r, calc, style), style));
    if (r.programme.cohorts.length) {
      parts.push(htmlTable(programmeCostsGrid(r, style), style), htmlTable(programmeResultGrid(r, style), style));
      if (r.programme.cohorts.some((c) => c.projections.length)) parts.push(htmlTable(programmeProjectionGrid(r, style), style));
    }
    out.push({ id: 'rendement', title: w.htmlReturns, body: parts.join('') });
    const words = { invested: w.legendInvested, programme: w.programmeCosts, avoided: w.legendAvoided, net: w.legendNet };
    // Passed on: small groups show no figures, in the tables and the charts (docs/tracking.md).
    const m = d?.small.gains;
    const payer = whoGainsGrid(r.whoGains.byPayer, r.whoGains.programme, style, d, m?.payer);
    const law = whoGainsGrid(r.whoGains.byLaw, false, style, d, m?.law);
    out.push({
      id: 'wie-wint',
      title: w.htmlWhoGains,
      body:
        `<p>${esc(w.htmlWhoIntro)}</p>\n` +
        `<h3>${esc(payer.title ?? '')}</h3>\n<figure>${divergingChart('chart-gains-payer', w.chartPayer, rowsOf(r.whoGains.byPayer, style, m?.payer), words)}</figure>\n` +
        htmlTable({ ...payer, title: '' }, style, { caption: false }) +
        `<h3>${esc(law.title ?? '')}</h3>\n<figure>${divergingChart('chart-gains-law', w.chartLaw, rowsOf(r.whoGains.byLaw, style, m?.law), words)}</figure>\n` +
        htmlTable({ ...law, title: '' }, style, { caption: false }),
    });
  }
  const ev = evidenceGrid(r, style);
  out.push({ id: 'onderbouwing', title: w.htmlEvidence, body: htmlTable(ev, style, { caption: false }) });
  return out;
}
