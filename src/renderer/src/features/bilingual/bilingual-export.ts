// Renderer: File › Export Bilingual File (XLIFF), Export Translation Memory (TMX) and Export MQM
// Annotations (TSV) for the open bilingual document.
import type { LexicalEditor } from 'lexical';
import type { Host } from '@core/host';
import { plainText } from '@core/bilingual/content';
import { exportXliff, writeTmx } from '@core/formats/xliff';
import { writeMqmTsv, wmtCategoryName } from '@core/formats/mqm-tsv';
import type { MqmCategoryId } from '@core/mqm';
import { fileStem } from '@core/file-names';
import type { BilingualRecord, DocumentRecord as DocumentSummary } from '@core/model';
import { flushPendingWrites, listAnnotations, type GlossaDatabase } from '../../db';
import { $readSegmentTargets } from '../../editor/bilingual/bilingual-article';
import { reviewedSegments, xliffEdits, type ReviewedSegment } from './bilingual-edits';

export type BilingualExportFormat = 'xliff' | 'tmx' | 'mqm-tsv';

interface ExportContext {
  readonly db: GlossaDatabase;
  readonly host: Host;
  readonly editor: LexicalEditor;
  readonly document: DocumentSummary;
  readonly record: BilingualRecord;
}

async function review(context: ExportContext): Promise<ReviewedSegment[]> {
  // Card text typed a moment ago is stored first, so the flags' comments are the latest.
  await flushPendingWrites().catch(() => undefined);
  const annotations = await listAnnotations(context.db, context.document.id);
  const targets = context.editor.getEditorState().read(() => $readSegmentTargets());
  return reviewedSegments(context.record, targets, annotations);
}

const XLIFF_EXTENSION = { 'xliff-1.2': 'xlf', sdlxliff: 'sdlxliff', 'xliff-2': 'xlf' } as const;

/** Writes the export the translator asked for; resolves to where it went, or null when cancelled. */
export async function exportBilingual(context: ExportContext, format: BilingualExportFormat, onRestoredTags: (segments: number) => void): Promise<string | null> {
  const { host, document, record } = context;
  const segments = await review(context);
  const restored = segments.filter((segment) => segment.restoredTags > 0).length;
  if (restored > 0) onRestoredTags(restored);
  const stem = fileStem(record.fileName || document.title);
  if (format === 'xliff') {
    if (record.original === '' || !(record.origin in XLIFF_EXTENSION)) {
      throw new Error(`“${document.title}” was not opened from an XLIFF file, so there is no XLIFF to write the review into. Export it as TMX or MQM TSV instead.`);
    }
    const data = exportXliff(record.original, record.fileName, xliffEdits(segments));
    const extension = XLIFF_EXTENSION[record.origin as keyof typeof XLIFF_EXTENSION];
    const result = await host.saveFile({
      title: 'Export bilingual file',
      suggestedName: `${stem}.reviewed.${extension}`,
      mimeType: 'application/xliff+xml',
      filters: [{ name: 'XLIFF', extensions: [extension] }],
      data,
    });
    return result.saved ? result.location : null;
  }
  if (format === 'tmx') {
    const info = await host.getAppInfo();
    const data = writeTmx(
      segments.map(({ stored, target, openFlags }) => ({ ...stored, target, state: openFlags ? 'needs-review' : 'reviewed' })),
      { srcLang: document.sourceLang, tgtLang: document.targetLang, creationTool: info.name, creationToolVersion: info.version },
    );
    const result = await host.saveFile({ title: 'Export translation memory', suggestedName: `${stem}.tmx`, mimeType: 'application/x-tmx+xml', filters: [{ name: 'TMX', extensions: ['tmx'] }], data });
    return result.saved ? result.location : null;
  }
  const raters = new Set<string>();
  const fromTsv = record.origin === 'mqm-tsv';
  const docIds = new Map(record.files.map((file) => [file.id, file.original]));
  const data = writeMqmTsv({
    systems: [
      {
        system: record.system ?? document.title,
        segments: segments.map(({ stored, target }, index) => ({
          doc: stored.fileId || record.fileName || document.title,
          // A system opened from an MQM TSV goes back with the file's own doc_id and seg_id.
          docId: fromTsv ? (docIds.get(stored.fileId) ?? stored.fileId) : stored.fileId || '0',
          segId: fromTsv ? stored.unitId : String(index + 1),
          source: plainText(stored.source),
          target: plainText(target),
          raters: [...(stored.raters ?? [])],
        })),
        errors: segments.flatMap((segment, index) =>
          segment.flags.map((flag) => {
            raters.add(flag.annotation.author);
            return {
              segment: index,
              side: 'target' as const,
              start: flag.start ?? 0,
              end: flag.end ?? 0,
              // A flag without a category ("Other" in a WMT file) goes back as Other, not as the XLIFF default.
              category: flag.annotation.mqmCategory ? wmtCategoryName(flag.annotation.mqmCategory as MqmCategoryId) : 'Other',
              severity: flag.severity,
              rater: flag.annotation.author || 'reviewer',
              ...(flag.comment ? { comment: flag.comment } : {}),
            };
          }),
        ),
      },
    ],
  });
  const result = await host.saveFile({ title: 'Export MQM annotations', suggestedName: `${stem}.mqm.tsv`, mimeType: 'text/tab-separated-values', filters: [{ name: 'MQM TSV', extensions: ['tsv'] }], data });
  return result.saved ? result.location : null;
}
