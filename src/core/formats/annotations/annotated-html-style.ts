/**
 * The annotated article's only style sheet, inlined so the file stands alone. Highlights are
 * translucent so overlapping annotations show through each other, and each kind also has an
 * underline colour so the marks survive printing in black and white.
 */
export const ANNOTATED_HTML_STYLE = `
/* The app's kind colours (theme.css, light), so a kind looks the same on screen and on paper. */
:root { color-scheme: light; --term: 39 99 197; --flag: 188 52 42; --note: 138 92 0; --query: 40 116 56; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; font: 1rem/1.6 Georgia, "Noto Serif", "Songti SC", serif; color: #1f2328; background: #fff; }
header { margin-bottom: 2rem; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 1rem; }
.generated, .legend { font: 0.85rem/1.4 system-ui, sans-serif; color: #57606a; margin: 0 0 1rem; }
.legend span { display: inline-block; margin-right: 1rem; }
.article p { margin: 0 0 1rem; }
mark { color: inherit; background: transparent; border-radius: 2px; padding: 0 1px; text-decoration: underline 2px; text-underline-offset: 3px; }
mark.kind-term, .legend .kind-term { background: rgb(var(--term) / 0.14); text-decoration-color: rgb(var(--term)); }
mark.kind-flag, .legend .kind-flag { background: rgb(var(--flag) / 0.14); text-decoration-color: rgb(var(--flag)); }
mark.kind-note, .legend .kind-note { background: rgb(var(--note) / 0.16); text-decoration-color: rgb(var(--note)); }
mark.kind-query, .legend .kind-query { background: rgb(var(--query) / 0.14); text-decoration-color: rgb(var(--query)); }
sup.ref { font: 0.7rem/1 system-ui, sans-serif; margin-left: 1px; }
sup.ref a { text-decoration: none; }
.row { display: grid; grid-template-columns: minmax(0, 40rem) minmax(14rem, 1fr); column-gap: 2.5rem; align-items: start; }
.row > .notes { font-size: 0.85rem; }
.note { font: 0.85rem/1.45 system-ui, sans-serif; border-left: 3px solid #d0d7de; padding: 0.25rem 0 0.25rem 0.75rem; margin: 0 0 1rem; break-inside: avoid; }
.note.kind-term { border-left-color: rgb(var(--term)); }
.note.kind-flag { border-left-color: rgb(var(--flag)); }
.note.kind-note { border-left-color: rgb(var(--note)); }
.note.kind-query { border-left-color: rgb(var(--query)); }
.note p { margin: 0.2rem 0; }
.note-head { font-weight: 600; }
.note-number { display: inline-block; min-width: 1.4em; }
.note-check { color: #9a6700; font-weight: 400; }
.note-quote { margin: 0.25rem 0; padding: 0; font-style: italic; color: #57606a; }
.note-quote::before { content: "“"; }
.note-quote::after { content: "”"; }
.note-suggestion ins { text-decoration: none; background: #dafbe1; }
.label { color: #57606a; }
.note-meta, .note-back { color: #57606a; font-size: 0.8rem; }
.note-replies { list-style: none; margin: 0.4rem 0 0; padding: 0 0 0 0.75rem; border-left: 1px dashed #d0d7de; }
.footnotes ol { padding-left: 2rem; }
.footnotes li.note { padding-left: 0.5rem; }
.unplaced .note { border-left-style: dashed; }
@media screen and (max-width: 52rem) {
  .row { grid-template-columns: 1fr; }
  .row > .notes { margin: -0.5rem 0 1rem 1rem; }
}
@media print {
  @page { margin: 18mm 16mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .row { grid-template-columns: 64% 32%; column-gap: 4%; }
  .note { font-size: 8.5pt; }
  a { color: inherit; }
  .note-back { display: none; }
  h2 { break-after: avoid; }
  .article p { orphans: 3; widows: 3; }
}
`;
