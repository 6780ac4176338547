/**
 * The review report's post-editing section (issue 10, item 6): for a bilingual document, the
 * document's word-level edit distance against the MT as delivered (HTER without shifts, ADR
 * 0018), then each changed segment's word diff (deleted words struck through, inserted words
 * underlined, so it reads without colour and in print) with its own figure. Unchanged segments
 * are counted, not listed.
 */
import { documentPostEditDistance, postEditDistance, wordDiff } from '../../post-edit';
import { escapeHtml } from '../annotations/html-escape';

export interface PostEditReportInput {
  /** The target language, for word boundaries. */
  readonly locale: string;
  readonly segments: readonly { readonly id: string; readonly label: string; readonly delivered: string; readonly current: string }[];
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)} %`;
}

export function postEditSectionHtml(input: PostEditReportInput): string {
  const pairs = input.segments.map((segment) => ({ delivered: segment.delivered, edited: segment.current }));
  const total = documentPostEditDistance(pairs, input.locale);
  const rows = input.segments
    .filter((segment) => segment.delivered !== segment.current)
    .map((segment) => {
      const distance = postEditDistance(segment.delivered, segment.current, input.locale);
      const diff = wordDiff(segment.delivered, segment.current, input.locale)
        .map((part) => (part.kind === 'same' ? escapeHtml(part.text) : part.kind === 'removed' ? `<del>${escapeHtml(part.text)}</del>` : `<ins>${escapeHtml(part.text)}</ins>`))
        .join('');
      return `<tr><th scope="row">${escapeHtml(segment.label)}</th><td class="diff">${diff}</td><td class="num">${distance.edits} / ${distance.referenceTokens}</td><td class="num">${percent(distance.rate)}</td></tr>`;
    });
  const table =
    rows.length === 0
      ? '<p>No segment was changed.</p>'
      : `<table class="post-edit">
<caption>Changed segments: MT as delivered, with <del>deleted</del> and <ins>inserted</ins> words</caption>
<thead><tr><th scope="col">Segment</th><th scope="col">Changes</th><th scope="col">Edits / words</th><th scope="col">HTER</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
  return `<section id="post-editing" class="report-section" aria-labelledby="post-editing-heading">
<h2 id="post-editing-heading">Post-editing</h2>
<dl class="meta post-edit-figures">
<div><dt>Segments changed</dt><dd>${total.editedSegments} of ${total.segments}</dd></div>
<div><dt>Word edits</dt><dd>${total.edits} over ${total.referenceTokens} words of the edited target</dd></div>
<div><dt>HTER (without shifts)</dt><dd>${percent(total.rate)}</dd></div>
</dl>
${table}
</section>`;
}
