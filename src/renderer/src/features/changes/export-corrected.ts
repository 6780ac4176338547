// Renderer: the corrected text out of Glossa: plain text, Markdown, HTML, a clean .docx, and a
// .docx with every change against the text as imported as a Word tracked revision and every note
// as a Word comment on its words. What is stored is exported, after the pending saves.
import type { Host } from '@core/host';
import type { Annotation } from '@core/model';
import { fileStem } from '@core/file-names';
import { trackedParts } from '@core/tracked-changes';
import { KIND_LABELS } from '@core/formats/annotations/html-notes';
import { categoryLabel } from '@core/formats/review/report-format';
import { SEVERITY_LABELS } from '@core/mqm/severity';
import { UNCATEGORISED } from '@core/mqm';
import { blocksOf, toCorrectedHtml, toCorrectedMarkdown, toCorrectedTxt, type CorrectedDocument } from '@core/formats/corrected/corrected-text';
import { flushPendingWrites, getBaseline, getDocument, getSetting, listAnnotations, type GlossaDatabase } from '../../db';
import type { CorrectedFormat } from './changes-panel';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What a Word comment says for an annotation: its kind, category and severity, the note, the suggestion. */
function commentText(annotation: Annotation): string {
  // As the card and the report say it: "Flag · Accuracy › Mistranslation · Major".
  const head =
    annotation.kind === 'flag'
      ? [KIND_LABELS.flag, categoryLabel(annotation.mqmCategory ?? UNCATEGORISED), annotation.severity ? SEVERITY_LABELS[annotation.severity] : 'no severity yet'].join(' · ')
      : KIND_LABELS[annotation.kind];
  return [head, annotation.body, annotation.suggestion !== undefined ? `Suggestion: ${annotation.suggestion}` : ''].filter((line) => line.trim() !== '').join('\n');
}

export async function exportCorrected(db: GlossaDatabase, host: Host, docId: string, format: CorrectedFormat): Promise<string | null> {
  await flushPendingWrites().catch(() => undefined);
  const document = await getDocument(db, docId);
  if (!document) throw new Error('This document no longer exists.');
  const stem = fileStem(document.title);
  const corrected: CorrectedDocument = { title: document.title, lang: document.targetLang, blocks: blocksOf(document.plainText, document.editorState) };
  const save = (suffix: string, mimeType: string, filter: string, extension: string, data: string | Uint8Array<ArrayBuffer>) =>
    host.saveFile({ title: `Export ${filter}`, suggestedName: `${stem}${suffix}.${extension}`, mimeType, filters: [{ name: filter, extensions: [extension] }], data });

  let result;
  if (format === 'txt') result = await save('.corrected', 'text/plain', 'Plain text', 'txt', toCorrectedTxt(corrected));
  else if (format === 'md') result = await save('.corrected', 'text/markdown', 'Markdown', 'md', toCorrectedMarkdown(corrected));
  else if (format === 'html') result = await save('.corrected', 'text/html', 'HTML', 'html', toCorrectedHtml(corrected));
  else {
    // The Word writer is large: loaded when a .docx is first asked for.
    const docx = await import('@core/formats/corrected/tracked-docx');
    if (format === 'docx') result = await save('.corrected', DOCX_MIME, 'Word document', 'docx', await docx.toCorrectedDocx(corrected));
    else {
      const baseline = (await getBaseline(db, docId)) ?? document.plainText;
      const author = (await getSetting(db, 'authorName', '')).trim() || 'Reviewer';
      const annotations = (await listAnnotations(db, docId)).filter((annotation) => annotation.deletedAt == null && annotation.anchorState !== 'orphan');
      const bytes = await docx.toTrackedDocx({
        title: document.title,
        lang: document.targetLang,
        parts: trackedParts(baseline, document.plainText, document.targetLang),
        blocks: corrected.blocks,
        author,
        date: new Date(document.updatedAt),
        comments: annotations.map((annotation) => ({
          id: annotation.id,
          start: annotation.selectors.position.start,
          end: annotation.selectors.position.end,
          author: annotation.author.trim() || author,
          date: new Date(annotation.createdAt),
          text: commentText(annotation),
          replies: annotation.replies.map((reply) => ({ author: reply.author.trim() || author, date: new Date(reply.createdAt), text: reply.body })),
        })),
      });
      result = await save('.tracked', DOCX_MIME, 'Word document', 'docx', bytes);
    }
  }
  return result.saved ? result.location : null;
}
