/**
 * The review report's Changes section (issue 15, item 3): the redline of the article against the
 * text as imported (the MT; changes the reviewer accepted are part of it), one row per changed
 * paragraph, deleted words struck through and inserted ones underlined, so it reads without colour
 * and in print. Unchanged paragraphs are counted, not listed.
 */
import type { DiffPart } from '../../post-edit';
import { changesOf, PARAGRAPH_SEPARATOR } from '../../tracked-changes';
import { escapeHtml } from '../annotations/html-escape';

interface RedlineParagraph {
  /** 1-based, as the article has its paragraphs now. */
  readonly number: number;
  readonly html: string;
  readonly changed: boolean;
}

/** The parts cut into the article's paragraphs now; a removed paragraph break shows as ¶. */
export function redlineParagraphs(parts: readonly DiffPart[]): RedlineParagraph[] {
  const paragraphs: RedlineParagraph[] = [];
  let html = '';
  let changed = false;
  const end = () => {
    paragraphs.push({ number: paragraphs.length + 1, html, changed });
    html = '';
    changed = false;
  };
  for (const part of parts) {
    if (part.kind === 'removed') {
      html += `<del>${escapeHtml(part.text.split(PARAGRAPH_SEPARATOR).join(' ¶ '))}</del>`;
      changed = true;
      continue;
    }
    const pieces = part.text.split(PARAGRAPH_SEPARATOR);
    pieces.forEach((piece, index) => {
      if (index > 0) end();
      if (piece === '') return;
      html += part.kind === 'added' ? `<ins>${escapeHtml(piece)}</ins>` : escapeHtml(piece);
      if (part.kind === 'added') changed = true;
    });
    if (part.kind === 'added' && pieces.length > 1) changed = true;
  }
  if (html !== '' || changed || paragraphs.length > 0) end();
  return paragraphs;
}

export function changesSectionHtml(parts: readonly DiffPart[]): string {
  const changes = changesOf(parts);
  const paragraphs = redlineParagraphs(parts);
  const changed = paragraphs.filter((paragraph) => paragraph.changed);
  const body =
    changed.length === 0
      ? '<p>No changes: the article is as imported, or every change was accepted.</p>'
      : `<table class="post-edit changes">
<caption>Changed paragraphs, with <del>deleted</del> and <ins>inserted</ins> words</caption>
<thead><tr><th scope="col">Paragraph</th><th scope="col">Changes</th></tr></thead>
<tbody>
${changed.map((paragraph) => `<tr><th scope="row">${paragraph.number}</th><td class="diff">${paragraph.html}</td></tr>`).join('\n')}
</tbody>
</table>`;
  return `<section id="changes" class="report-section" aria-labelledby="changes-heading">
<h2 id="changes-heading">Changes</h2>
<dl class="meta">
<div><dt>Changes</dt><dd data-changes="${changes.length}">${changes.length} in ${changed.length} of ${paragraphs.length} paragraphs, against the text as imported</dd></div>
</dl>
${body}
</section>`;
}
