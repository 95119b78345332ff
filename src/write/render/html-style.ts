/**
 * The style sheet of the HTML report (render/html.ts), inlined into its <style> element: screen and
 * A4 print, no fonts or images from elsewhere. The golden test of the HTML compares the page with
 * this sheet replaced by a placeholder, so a change of style does not change the golden file.
 */
export const HTML_STYLE = `
:root { --ink: #1a1a1a; --muted: #4d4d4d; --rule: #d0d0d0; --band: #f3f5f7; --accent: #005a8c; }
* { box-sizing: border-box; }
html { font-size: 16px; }
body { margin: 0; color: var(--ink); background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; }
main { max-width: 62rem; margin: 0 auto; padding: 2.5rem 2rem 4rem; }
h1 { font-size: 2.1rem; line-height: 1.2; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.45rem; line-height: 1.25; margin: 0 0 0.75rem; padding-top: 0.25rem; border-top: 3px solid var(--accent); padding-top: 0.6rem; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
p { margin: 0.5rem 0; max-width: 46rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }
.headline { font-size: 1.3rem; font-weight: 600; margin: 0.25rem 0 1.25rem; }
.keyfigures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0 0 1.25rem; padding: 0; }
.keyfigures div { flex: 1 1 12rem; background: var(--band); border-left: 6px solid var(--accent); padding: 0.8rem 1rem; }
.keyfigures dt { font-size: 0.85rem; color: var(--muted); }
.keyfigures dd { margin: 0.1rem 0 0; font-size: 1.9rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.lede { color: var(--muted); font-size: 0.95rem; }
nav.toc { margin: 1.5rem 0 0; font-size: 0.95rem; }
nav.toc ol { margin: 0.25rem 0 0; padding-left: 1.4rem; columns: 2; }
nav.toc a { color: var(--accent); }
section { margin-top: 3rem; }
figure { margin: 1rem 0 1.25rem; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 12px; fill: #1a1a1a; }
svg.chart text.small { font-size: 11px; fill: #404040; }
svg.chart text.strong { font-weight: 600; }
.table-wrap { overflow-x: auto; margin: 0.75rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
table.wide { font-size: 0.78rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 0.35rem; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); text-align: left; font-weight: 600; }
thead th.num { text-align: right; white-space: normal; }
tbody th { text-align: left; font-weight: normal; }
td.long, th.long { min-width: 11rem; overflow-wrap: anywhere; }
table.rates td.source { min-width: 18rem; overflow-wrap: anywhere; font-size: 0.8rem; }
table.rates code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.78rem; color: var(--muted); }
td.grade { text-align: center; }
.muted { color: var(--muted); }
td.num, th.num { text-align: right; white-space: nowrap; overflow-wrap: normal; }
td.nw, th.nw { white-space: nowrap; overflow-wrap: normal; }
tr.total th, tr.total td, tr.mean th, tr.mean td { font-weight: 700; border-top: 2px solid var(--ink); }
tr.subtotal th, tr.subtotal td { background: var(--band); font-weight: 600; }
.note { color: var(--muted); font-size: 0.85rem; }
.hash { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.85rem; word-break: break-all; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.25rem; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  body { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  section { margin-top: 0; break-before: page; }
  header + section { break-before: auto; margin-top: 2rem; }
  h2, h3, caption { break-after: avoid; }
  figure, tr, .keyfigures { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table.wide { font-size: 7.5pt; }
  th, td { padding: 0.2rem 0.3rem; }
  a { color: inherit; text-decoration: none; }
}
`;
