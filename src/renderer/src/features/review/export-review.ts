// Renderer: File › Export Review Report (HTML, CSV) and the review's JSON-LD.
import type { Host } from '@core/host';
import { toReviewCsv } from '@core/formats/review/review-csv';
import { toReviewReportHtml } from '@core/formats/review/review-report-html';
import { reviewProgressOf } from '@core/review-progress';
import { flushPendingWrites, getBaseline, getBilingual, getDocument, listAnnotations, type GlossaDatabase } from '../../db';
import { trackedParts } from '@core/tracked-changes';
import { plainText } from '@core/bilingual/content';
import type { PostEditReportInput } from '@core/formats/review/report-post-edit-html';
import { initialTarget, storedSegmentTargets } from '../../editor/bilingual/bilingual-article';
import { fileStem } from '@core/file-names';
import { exportAnnotations } from '../annotations';
import type { ReviewScore } from './use-scorecard';

export async function exportReview(
  db: GlossaDatabase,
  host: Host,
  docId: string,
  score: ReviewScore,
  format: 'html' | 'csv' | 'jsonld',
): Promise<string | null> {
  if (format === 'jsonld') return exportAnnotations(db, host, docId, 'jsonld');
  // Card text typed a moment ago is stored first; if that fails, what is stored is exported.
  await flushPendingWrites().catch(() => undefined);
  const document = await getDocument(db, docId);
  if (!document) throw new Error('This document no longer exists.');
  const annotations = await listAnnotations(db, docId);
  // The glossary entries behind the marked terms, for the report's Terms section.
  const termIds = [...new Set(annotations.flatMap((annotation) => (annotation.kind === 'term' && annotation.termId ? [annotation.termId] : [])))];
  const terms = new Map((await db.terms.bulkGet(termIds)).flatMap((term) => (term && term.deletedAt == null ? [[term.id, term] as const] : [])));
  const postEdit = document.bilingual ? await postEditOf(db, docId, document.editorState, document.targetLang) : undefined;
  const baseline = await getBaseline(db, docId);
  const changes = baseline === undefined ? undefined : trackedParts(baseline, document.plainText, document.targetLang);
  const info = await host.getAppInfo();
  const stem = fileStem(document.title);
  const result =
    format === 'html'
      ? await host.saveFile({
          title: 'Export review report',
          suggestedName: `${stem}.review.html`,
          mimeType: 'text/html',
          filters: [{ name: 'HTML', extensions: ['html'] }],
          data: toReviewReportHtml({
            document,
            annotations,
            scorecard: score.scorecard,
            presetName: score.preset.label,
            threshold: score.scorecard.threshold,
            generatedAt: new Date(),
            generator: { name: info.name, version: info.version },
            ...(postEdit ? { postEdit } : {}),
            ...(changes ? { changes } : {}),
            progress: reviewProgressOf(document.editorState),
            terms,
          }),
        })
      : await host.saveFile({
          title: 'Export review report as CSV',
          suggestedName: `${stem}.review.csv`,
          mimeType: 'text/csv',
          filters: [{ name: 'CSV', extensions: ['csv'] }],
          data: toReviewCsv(document, annotations, score.scorecard),
        });
  return result.saved ? result.location : null;
}

/** Each segment's MT as delivered (the target it opened with) and its target now, numbered as the article shows them. */
async function postEditOf(db: GlossaDatabase, docId: string, editorState: string, locale: string): Promise<PostEditReportInput | undefined> {
  const record = await getBilingual(db, docId);
  if (!record) return undefined;
  const stored = new Map(record.segments.map((segment) => [segment.id, segment]));
  const segments = storedSegmentTargets(editorState).flatMap((target, index) => {
    const segment = stored.get(target.id);
    return segment ? [{ id: target.id, label: String(index + 1), delivered: plainText(initialTarget(segment)), current: plainText(target.content) }] : [];
  });
  return { locale, segments };
}
