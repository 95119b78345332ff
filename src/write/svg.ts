/**
 * Small, dependency-free SVG charts for the HTML report. Geometry is computed from amounts converted
 * to numbers (pixels need no exactness); every label shows the exact, formatted figure, and every
 * chart is followed in the report by a table with the same figures.
 */

export interface Bar {
  readonly label: string;
  /** Value in cents (the scale is relative, so the unit does not matter). */
  readonly value: number;
  /** Formatted figure shown next to the bar. */
  readonly text: string;
}

export interface Series {
  readonly name: string;
  readonly colour: string;
}

/**
 * Okabe–Ito hues (distinguishable with colour-vision deficiencies), with the light ones (orange, sky
 * blue) darkened and grey and slate blue added, so that every colour has at least 3:1 contrast on
 * white (WCAG 1.4.11, graphical objects); test/report-formats.test.ts checks this.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#C26A9B', '#B07700', '#5B5B5B', '#6A5ACD', '#000000'] as const;

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const W = 720;
const LABEL_W = 250;
const TEXT_W = 110;
const ROW_H = 24;
const BAR_H = 16;

function px(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** Horizontal bars, one per item; negative values extend left of the zero line. */
export function barChart(id: string, title: string, bars: readonly Bar[], colour = PALETTE[0]): string {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const min = Math.min(0, ...bars.map((b) => b.value));
  const span = max - min || 1;
  const plotW = W - LABEL_W - TEXT_W;
  const x0 = LABEL_W + (-min / span) * plotW;
  const h = bars.length * ROW_H + 8;
  const rows = bars
    .map((b, i) => {
      const y = 4 + i * ROW_H;
      const w = (Math.abs(b.value) / span) * plotW;
      const x = b.value >= 0 ? x0 : x0 - w;
      const tx = b.value >= 0 ? x0 + w + 4 : x0 + 4;
      return (
        `<g class="bar"><title>${esc(b.label)}: ${esc(b.text)}</title>` +
        `<text x="${LABEL_W - 6}" y="${px(y + BAR_H - 3)}" text-anchor="end">${esc(truncate(b.label, 36))}</text>` +
        `<rect x="${px(x)}" y="${px(y)}" width="${px(Math.max(w, 0.5))}" height="${BAR_H}" fill="${b.value < 0 ? PALETTE[1] : colour}"/>` +
        `<text x="${px(b.value >= 0 ? tx : Math.max(tx, x0 + 4))}" y="${px(y + BAR_H - 3)}">${esc(b.text)}</text></g>`
      );
    })
    .join('');
  return (
    `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${W} ${h}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>` +
    `<line x1="${px(x0)}" x2="${px(x0)}" y1="0" y2="${h}" stroke="#444" stroke-width="1"/>` +
    rows +
    `</svg>`
  );
}

export interface Group {
  readonly label: string;
  /** A second, smaller label line under the first (e.g. the case title under its id). */
  readonly sub?: string;
  /** One value per series, in cents. */
  readonly values: readonly number[];
  readonly texts: readonly string[];
}

/** Grouped horizontal bars: per group one bar per series (e.g. current / threat / after breakthrough). */
export function groupedBarChart(id: string, title: string, series: readonly Series[], groups: readonly Group[]): string {
  const max = Math.max(1, ...groups.flatMap((g) => g.values.map((v) => Math.abs(v))));
  const plotW = W - LABEL_W - TEXT_W;
  const barH = 10;
  const groupH = series.length * (barH + 2) + 10;
  const legendH = 22;
  const h = legendH + groups.length * groupH + 4;
  const legend = series
    .map((s, i) => `<rect x="${LABEL_W + i * 150}" y="4" width="12" height="12" fill="${s.colour}"/><text x="${LABEL_W + i * 150 + 16}" y="14">${esc(s.name)}</text>`)
    .join('');
  const body = groups
    .map((g, gi) => {
      const y0 = legendH + gi * groupH;
      const bars = g.values
        .map((v, si) => {
          const y = y0 + si * (barH + 2);
          const w = (Math.abs(v) / max) * plotW;
          return (
            `<g class="bar"><title>${esc(g.label)}, ${esc(series[si]?.name ?? '')}: ${esc(g.texts[si] ?? '')}</title>` +
            `<rect x="${LABEL_W}" y="${y}" width="${px(Math.max(w, 0.5))}" height="${barH}" fill="${series[si]?.colour ?? '#000'}"/>` +
            `<text class="small" x="${px(LABEL_W + w + 4)}" y="${y + barH - 1}">${esc(g.texts[si] ?? '')}</text></g>`
          );
        })
        .join('');
      const sub = g.sub ? `<text class="small" x="${LABEL_W - 8}" y="${y0 + 27}" text-anchor="end">${esc(truncate(g.sub, 38))}</text>` : '';
      return `<text class="strong" x="${LABEL_W - 8}" y="${y0 + 12}" text-anchor="end">${esc(truncate(g.label, 36))}</text>${sub}${bars}`;
    })
    .join('');
  return (
    `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${W} ${h}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>${legend}${body}</svg>`
  );
}

export interface Segment {
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

/**
 * One stacked bar: positive segments left to right from zero; negative segments (a group that costs
 * more after the breakthrough) stacked to the left of zero, so the net total stays visible.
 */
export function stackedBar(id: string, title: string, segments: readonly Segment[]): string {
  const pos = segments.filter((s) => s.value > 0);
  const neg = segments.filter((s) => s.value < 0);
  const sumPos = pos.reduce((a, s) => a + s.value, 0);
  const sumNeg = -neg.reduce((a, s) => a + s.value, 0);
  const span = sumPos + sumNeg || 1;
  const plotW = W - 20;
  const x0 = 10 + (sumNeg / span) * plotW;
  const colourOf = new Map(segments.map((s, i) => [s.label, PALETTE[i % PALETTE.length]!]));
  let x = x0;
  const rects: string[] = [];
  for (const s of pos) {
    const w = (s.value / span) * plotW;
    rects.push(`<g class="segment"><title>${esc(s.label)}: ${esc(s.text)}</title><rect x="${px(x)}" y="8" width="${px(Math.max(w, 0.5))}" height="28" fill="${colourOf.get(s.label)}"/></g>`);
    x += w;
  }
  x = x0;
  for (const s of neg) {
    const w = (-s.value / span) * plotW;
    x -= w;
    rects.push(
      `<g class="segment"><title>${esc(s.label)}: ${esc(s.text)}</title><rect x="${px(x)}" y="8" width="${px(Math.max(w, 0.5))}" height="28" fill="${colourOf.get(s.label)}" fill-opacity="0.45" stroke="${colourOf.get(s.label)}"/></g>`,
    );
  }
  const legendRows = Math.ceil(segments.length / 3);
  const legend = segments
    .map((s, i) => {
      const lx = 10 + (i % 3) * 240;
      const ly = 50 + Math.floor(i / 3) * 18;
      return `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${colourOf.get(s.label)}"${s.value < 0 ? ' fill-opacity="0.45"' : ''}/><text x="${lx + 16}" y="${ly + 10}">${esc(truncate(s.label, 18))} ${esc(s.text)}</text>`;
    })
    .join('');
  const h = 56 + legendRows * 18;
  return (
    `<svg id="${esc(id)}" class="chart" role="img" aria-labelledby="${esc(id)}-t" viewBox="0 0 ${W} ${h}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${esc(id)}-t">${esc(title)}</title>${rects.join('')}` +
    `<line x1="${px(x0)}" x2="${px(x0)}" y1="4" y2="40" stroke="#222" stroke-width="1.5"/>${legend}</svg>`
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
