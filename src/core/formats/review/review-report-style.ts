/**
 * The review report's only style sheet, inlined so the file stands alone (the CSP allows inline
 * styles and nothing else). On paper each section starts a page, shadows go, colours stay (the
 * highlights carry meaning) and every highlight also has an underline style, so the report still
 * reads when printed in black and white: solid for counted flags, dashed for rejected ones, dotted
 * for notes and queries.
 */
export const REVIEW_REPORT_STYLE = `
/* The app's kind colours (theme.css, light), so a kind looks the same on screen and on paper. */
:root { color-scheme: light; --flag: 188 52 42; --note: 138 92 0; --query: 40 116 56; --pass: 26 127 55; --fail: 207 34 46; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 50rem; padding: 2rem 1.5rem 4rem; font: 1rem/1.6 Georgia, "Noto Serif", "Songti SC", serif; color: #1f2328; background: #fff; }
header { margin-bottom: 2rem; border-bottom: 1px solid #d0d7de; }
.kicker, .meta, .figures, .breakdown, .chart-legend, .entry, .summary, .empty { font-family: system-ui, sans-serif; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: #57606a; margin: 0; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 1rem; }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; font-size: 0.85rem; color: #57606a; margin: 0 0 1rem; }
.meta div, .figures div { display: flex; gap: 0.4rem; }
.meta dt, .figures dt { color: #57606a; }
.meta dd, .figures dd { margin: 0; font-weight: 600; color: #1f2328; }
.verdict { display: inline-block; font: 700 1.1rem/1.4 system-ui, sans-serif; padding: 0.3rem 0.9rem; border-radius: 4px; border: 2px solid; margin: 0 0 1rem; }
.verdict.pass { color: rgb(var(--pass)); background: rgb(var(--pass) / 0.08); }
.verdict.fail { color: rgb(var(--fail)); background: rgb(var(--fail) / 0.08); }
.verdict.unrated { color: #57606a; background: #f6f8fa; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.25rem 1.5rem; font-size: 0.9rem; margin: 0 0 1.5rem; }
.figures div { justify-content: space-between; border-bottom: 1px dotted #d0d7de; }
.summary, .empty { font-size: 0.9rem; color: #57606a; }
.breakdown { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 0 0 1.5rem; }
.breakdown caption { text-align: left; font-weight: 600; margin-bottom: 0.4rem; }
.breakdown th, .breakdown td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: right; }
.breakdown th[scope="row"], .breakdown thead th:first-child { text-align: left; font-weight: 400; }
.breakdown thead th, .breakdown tfoot th, .breakdown tfoot td { background: #f6f8fa; font-weight: 600; }
.breakdown .points { color: #57606a; font-size: 0.8em; }
.chart { width: 100%; height: auto; max-width: 46rem; display: block; margin: 0 0 0.5rem; }
.chart text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.chart-legend { display: flex; gap: 1rem; font-size: 0.8rem; color: #57606a; margin: 0 0 1rem; padding: 0; list-style: none; }
/* Severity colours of the chart and its legend: they get darker as severity grows, so they stay apart in greyscale. */
.fill-neutral { fill: #d0d7de; background: #d0d7de; }
.fill-minor { fill: #e3b341; background: #e3b341; }
.fill-major { fill: #cf222e; background: #cf222e; }
.fill-critical { fill: #5c0a14; background: #5c0a14; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; border: 1px solid #57606a; }
.article p { margin: 0 0 1rem; }
mark { color: inherit; background: transparent; border-radius: 2px; padding: 0 1px; text-underline-offset: 3px; }
mark.kind-flag { background: rgb(var(--flag) / 0.13); text-decoration: underline 2px solid rgb(var(--flag)); }
mark.kind-flag.severity-minor { background: rgb(var(--flag) / 0.08); }
mark.kind-flag.severity-critical { background: rgb(var(--flag) / 0.22); text-decoration-thickness: 3px; }
mark.kind-flag.status-rejected { background: transparent; text-decoration: underline 1px dashed #8c959f; }
mark.kind-note { background: rgb(var(--note) / 0.10); text-decoration: underline 1px dotted rgb(var(--note)); }
mark.kind-query { background: rgb(var(--query) / 0.10); text-decoration: underline 1px dotted rgb(var(--query)); }
sup.ref { font: 0.7rem/1 system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; }
.entries { padding-left: 2.2rem; }
.entry { font-size: 0.9rem; line-height: 1.45; border-left: 3px solid #d0d7de; padding: 0.25rem 0 0.25rem 0.75rem; margin: 0 0 1.1rem; break-inside: avoid; }
.entry.kind-flag { border-left-color: rgb(var(--flag)); }
.entry.kind-note { border-left-color: rgb(var(--note)); }
.entry.kind-query { border-left-color: rgb(var(--query)); }
.term-list { padding-left: 1.2rem; }
.term-list li { margin: 0 0 0.4rem; }
.term-preferred { font-weight: 600; }
.entry.status-rejected { border-left-style: dashed; border-left-color: #8c959f; }
.entry.status-rejected .entry-quote { text-decoration: line-through; }
.entry p { margin: 0.2rem 0; }
.entry-head { font-weight: 600; }
.entry-points { font-weight: 400; color: #57606a; }
.entry-quote { margin: 0.25rem 0; padding: 0; font-style: italic; color: #57606a; }
.entry-quote::before { content: "“"; }
.entry-quote::after { content: "”"; }
.entry-suggestion ins { text-decoration: none; background: #dafbe1; }
.entry-unplaced { color: #9a6700; }
.label { color: #57606a; }
.entry-meta, .entry-back { color: #57606a; font-size: 0.8rem; }
.entry-replies { list-style: none; margin: 0.4rem 0 0; padding: 0 0 0 0.75rem; border-left: 1px dashed #d0d7de; }
.post-edit { border-collapse: collapse; width: 100%; font-size: 0.92em; }
.post-edit caption { text-align: left; color: #555; margin-bottom: 4px; }
.post-edit th, .post-edit td { border-bottom: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
.post-edit .num { text-align: right; white-space: nowrap; }
del { text-decoration: line-through; background: #fde8e6; color: #8a1c12; }
ins { text-decoration: underline; background: #e3f4e6; color: #135e2a; }
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  * { box-shadow: none !important; text-shadow: none !important; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .report-section { break-before: page; }
  h2 { break-after: avoid; }
  .breakdown thead { display: table-header-group; }
  .breakdown tr, .chart, .figures div { break-inside: avoid; }
  .article p { orphans: 3; widows: 3; }
  a { color: inherit; text-decoration: none; }
  .entry-back { display: none; }
  .entry, .summary, .empty, .label, .entry-meta, .entry-quote, .meta dt, .figures dt, .breakdown .points { color: #000; }
}
`;
