// Renderer (editor): a bilingual file read into the model becomes a document: its article (one
// segment block per segment, the MT as the current target) and its bilingual record.
import type { BilingualDocument } from '@core/bilingual/types';
import type { BilingualOrigin, BilingualRecord, StoredSegment } from '@core/model';
import { countWords } from '@core/formats/documents/plain-text';
import type { BuiltArticle } from '../import/article-builder';
import { buildBilingualArticle, initialTarget } from './bilingual-article';

export interface BilingualArticle {
  readonly built: BuiltArticle;
  readonly wordCount: number;
  readonly record: Omit<BilingualRecord, 'id' | 'updatedAt'>;
}

/** Drops the current target: on import it is the MT, which the record keeps as mtTarget. */
export function storedSegments(document: BilingualDocument): StoredSegment[] {
  return document.segments.map(({ target: _target, ...segment }) => segment);
}

/**
 * The article and record of a bilingual file. `original` is the file's text (kept for the XLIFF
 * export, which writes into it; '' when there is no file to write back into).
 */
export function bilingualArticle(document: BilingualDocument, fileName: string, original: string, origin: BilingualOrigin = document.format): BilingualArticle {
  const segments = storedSegments(document);
  const shown = segments.filter((segment) => !segment.ignorable);
  const built = buildBilingualArticle(
    shown.map((segment) => ({ id: segment.id, source: segment.source, target: initialTarget(segment) })),
    document.srcLang,
  );
  return {
    built,
    wordCount: countWords(built.plainText),
    record: { origin, version: document.version, fileName, original, files: [...document.files], segments },
  };
}
