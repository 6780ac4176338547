// Renderer: "Add source…" makes a bilingual copy of a monolingual document: the source text's
// units paired with the article's paragraphs (by order, or by length and then by hand), each pair
// one segment with the source beside its paragraphs. The original document is left exactly as it
// was; its annotations are copied onto the copy (anchored again from their W3C selectors when it opens).
import type { Alignment } from '@core/align';
import type { BilingualSegment, InlineContent } from '@core/bilingual/types';
import type { Annotation, DocumentRecord as DocumentSummary, GlossaDocument } from '@core/model';
import { addReply, createAnnotation, createDocument, listAnnotations, updateAnnotation, writeAll, type GlossaDatabase } from '../../db';
import { bilingualArticle } from '../../editor/bilingual/bilingual-import';

const FILE_ID = 'aligned';

function text(value: string): InlineContent {
  return value === '' ? [] : [{ type: 'text', text: value }];
}

/** One segment per pair: its source units joined by a space (a blank line for CJK would not read), its paragraphs by a line break. */
export function alignedSegments(sources: readonly string[], targets: readonly string[], alignment: Alignment): BilingualSegment[] {
  return alignment.pairs.map((pair, index) => {
    const target = text(pair.target.map((unit) => targets[unit]!).join('\n'));
    return {
      id: `${FILE_ID}/${index + 1}`,
      fileId: FILE_ID,
      unitId: String(index + 1),
      segmentKey: '',
      source: text(pair.source.map((unit) => sources[unit]!).join(' ')),
      mtTarget: target,
      target,
      state: 'translated',
      originalState: '',
      notes: [],
    };
  });
}

export interface AddSourceInput {
  readonly document: DocumentSummary;
  readonly sourceFileName: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly alignment: Alignment;
}

/** Creates the bilingual copy and its annotations in one transaction; resolves to it. */
export async function createAlignedCopy(db: GlossaDatabase, input: AddSourceInput): Promise<GlossaDocument> {
  const { document } = input;
  const segments = alignedSegments(input.sources, input.targets, input.alignment);
  const article = bilingualArticle(
    { srcLang: document.sourceLang, tgtLang: document.targetLang, files: [{ id: FILE_ID, original: input.sourceFileName, srcLang: document.sourceLang, tgtLang: document.targetLang }], segments },
    input.sourceFileName,
    '',
    'aligned',
  );
  const annotations = await listAnnotations(db, document.id);
  return writeAll(
    db,
    ['documents', 'documentTexts', 'baselines', 'bilingual', 'annotations'],
    async () => {
      const created = await createDocument(db, {
        title: `${document.title} (with source)`,
        origin: { kind: 'bilingual', fileName: input.sourceFileName, format: 'aligned' },
        sourceLang: document.sourceLang,
        targetLang: document.targetLang,
        editorState: article.built.editorState,
        plainText: article.built.plainText,
        wordCount: article.wordCount,
        bilingual: article.record,
      });
      for (const annotation of annotations) if (!annotation.deletedAt) await copyAnnotation(db, created.id, annotation);
      return created;
    },
    { durability: 'strict' },
  );
}

async function copyAnnotation(db: GlossaDatabase, docId: string, annotation: Annotation): Promise<void> {
  const copy = await createAnnotation(db, {
    docId,
    kind: annotation.kind,
    quote: annotation.quote,
    selectors: annotation.selectors,
    body: annotation.body,
    author: annotation.author,
    ...(annotation.suggestion !== undefined ? { suggestion: annotation.suggestion } : {}),
    ...(annotation.mqmCategory !== undefined ? { mqmCategory: annotation.mqmCategory } : {}),
    ...(annotation.severity !== undefined ? { severity: annotation.severity } : {}),
    ...(annotation.termId !== undefined ? { termId: annotation.termId } : {}),
  });
  if (annotation.status !== 'open') await updateAnnotation(db, copy.id, { status: annotation.status });
  for (const reply of annotation.replies) await addReply(db, copy.id, { author: reply.author, body: reply.body });
}
