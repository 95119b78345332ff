/**
 * A diverging-bar chart for "who invests, who gains" (issue 16): per party, what it puts in drawn
 * left of the zero line (its investment, then its programme costs, lighter), what it avoids drawn
 * right of it (left when negative), and a black mark at its net position. Geometry from numbers
 * (pixels need no exactness); every bar carries its exact, formatted figure in a tooltip, and the
 * report follows the chart with a table of the same figures.
 */
import { PALETTE, esc } from './svg.js';

export interface DivergingRow {
  readonly label: string;
  /** Cents put in: the investment, and the programme costs (0 when none). */
  readonly invested: number;
  readonly programme: number;
  /** Cents avoided (may be negative). */
  readonly avoided: number;
  /** Cents: the net position (after programme costs). */
  readonly net: number;
  /** Formatted figures for the tooltips and the net label. */
  readonly texts: { readonly invested: string; readonly programme: string; readonly avoided: string; readonly net: string };
}

export interface DivergingWords {
  readonly invested: string;
  readonly programme: string;
  readonly avoided: string;
  readonly net: string;
}

const W = 720;
const LABEL_W = 150;
const TEXT_W = 120;
const SUB_H = 11;
const ROW_H = 2 * SUB_H + 12;
const LEGEND_H = 24;

const px = (n: number): string => (Math.round(n * 10) / 10).toString();
const truncate = (s: string, n: number): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);

const INVEST = PALETTE[1];
const AVOID = PALETTE[0];

export function divergingChart(id: string, title: string, rows: readonly DivergingRow[], words: DivergingWords): string {
  const left = Math.max(0, ...rows.map((r) => r.invested + r.programme), ...rows.map((r) => -r.avoided), ...rows.map((r) => -r.net));
  const right = Math.max(0, ...rows.map((r) => r.avoided), ...rows.map((r) => r.net));
  const span = left + right || 1;
  const plotW = W - LABEL_W - TEXT_W;
  const x0 = LABEL_W + (left / span) * plotW;
  const scale = (v: number): number => (v / span) * plotW;
  const withProgramme = rows.some((r) => r.programme !== 0);
  const h = LEGEND_H + rows.length * ROW_H + 4;
  const bar = (label: string, what: string, text: string, x: number, y: number, w: number, fill: string, extra = ''): string =>
    `<g class="bar"><title>${esc(label)}, ${esc(what)}: ${esc(text)}</title><rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(w, 0.5))}" height="${SUB_H}" fill="${fill}"${extra}/></g>`;
  const body = rows
    .map((r, i) => {
      const y = LEGEND_H + i * ROW_H;
      const parts: string[] = [`<text class="strong" x="${LABEL_W - 8}" y="${px(y + SUB_H + 4)}" text-anchor="end">${esc(truncate(r.label, 22))}</text>`];
      // what it puts in, leftwards from zero: the investment, then the programme costs
      const wi = scale(r.invested);
      if (r.invested !== 0) parts.push(bar(r.label, words.invested, r.texts.invested, x0 - wi, y, wi, INVEST));
      const wp = scale(r.programme);
      if (r.programme !== 0) parts.push(bar(r.label, words.programme, r.texts.programme, x0 - wi - wp, y, wp, INVEST, ` fill-opacity="0.45" stroke="${INVEST}"`));
      // what it avoids, from zero: rightwards, or leftwards when the breakthrough costs it more
      const wa = scale(Math.abs(r.avoided));
      if (r.avoided !== 0) parts.push(bar(r.label, words.avoided, r.texts.avoided, r.avoided > 0 ? x0 : x0 - wa, y + SUB_H + 2, wa, AVOID, r.avoided < 0 ? ' fill-opacity="0.45"' : ''));
      // the net position: a mark across both bars, and its figure in the right-hand column
      const xn = x0 + scale(r.net);
      parts.push(`<g class="net"><title>${esc(r.label)}, ${esc(words.net)}: ${esc(r.texts.net)}</title><rect x="${px(xn - 1.5)}" y="${px(y - 2)}" width="3" height="${2 * SUB_H + 6}" fill="#000"/></g>`);
      parts.push(`<text x="${W - TEXT_W + 8}" y="${px(y + SUB_H + 4)}">${esc(words.net)} ${esc(r.texts.net)}</text>`);
      return parts.join('');
    })
    .join('');
  const legend = [
    `<rect x="${LABEL_W}" y="5" width="12" height="12" fill="${INVEST}"/><text x="${LABEL_W + 16}" y="15">${esc(words.invested)}</text>`,
    ...(withProgramme ? [`<rect x="${LABEL_W + 110}" y="5" width="12" height="12" fill="${INVEST}" fill-opacity="0.45" stroke="${INVEST}"/><text x="${LABEL_W + 126}" y="15">${esc(words.programme)}</text>`] : []),
    `<rect x="${LABEL_W + 260}" y="5" width="12" height="12" fill="${AVOID}"/><text x="${LABEL_W + 276}" y="15">${esc(words.avoided)}</text>`,
    `<rect x="${LABEL_W + 480}" y="3" width="3" height="16" fill="#000"/><text x="${LABEL_W + 490}" y="15">${esc(words.net)}</text>`,
  ].join('');
  return (
    `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${W} ${h}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>${legend}` +
    `<line x1="${px(x0)}" x2="${px(x0)}" y1="${LEGEND_H - 4}" y2="${h}" stroke="#444" stroke-width="1"/>` +
    body +
    `</svg>`
  );
}
