// Renderer (editor): a bilingual file read into the model becomes a document: its article (one
// segment block per segment, the MT as the current target), its bilingual record, and the
// quality issues an earlier review wrote into the file, as flags to create.
import type { BilingualDocument } from '@core/bilingual/types';
import { plainText } from '@core/bilingual/content';
import { readLqiMarks } from '@core/formats/xliff';
import type { BilingualOrigin, BilingualRecord, Severity, StoredSegment } from '@core/model';
import { countWords } from '@core/formats/documents/plain-text';
import type { BuiltArticle } from '../import/article-builder';
import { buildBilingualArticle, initialTarget } from './bilingual-article';

/** A flag to create with the document: offsets into the article's plain text. */
export interface ImportedFlag {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly category: string;
  readonly severity: Severity;
  readonly comment?: string;
}

export interface BilingualArticle {
  readonly built: BuiltArticle;
  readonly wordCount: number;
  readonly record: Omit<BilingualRecord, 'id' | 'updatedAt'>;
  readonly flags: readonly ImportedFlag[];
}

/** Blocks of the article's plain text are joined by a blank line (Lexical's root text content). */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The article and record of a bilingual file. `original` is the file's text (kept for the XLIFF
 * export, which writes into it; '' when there is no file to write back into). ITS quality-issue
 * markers in a target (a review exported by Glossa or another tool) become flags, not tags.
 */
export function bilingualArticle(
  document: Omit<BilingualDocument, 'format' | 'version'> & { readonly version?: string },
  fileName: string,
  original: string,
  origin: BilingualOrigin,
): BilingualArticle {
  const segments: StoredSegment[] = [];
  const flags: ImportedFlag[] = [];
  const shown: { id: string; source: StoredSegment['source']; target: StoredSegment['mtTarget'] }[] = [];
  let offset = 0;
  for (const { target: _target, ...segment } of document.segments) {
    const { content, issues } = readLqiMarks(segment.mtTarget);
    const stored: StoredSegment = issues.length > 0 ? { ...segment, mtTarget: content, lqiRead: true } : segment;
    segments.push(stored);
    if (stored.ignorable) continue;
    const target = initialTarget(stored);
    const text = plainText(target);
    for (const issue of issues) {
      const start = offset + issue.start;
      const end = offset + Math.max(issue.start, issue.end);
      flags.push({ start, end, quote: text.slice(issue.start, issue.end), category: issue.category, severity: issue.severity, ...(issue.comment ? { comment: issue.comment } : {}) });
    }
    shown.push({ id: stored.id, source: stored.source, target });
    offset += text.length + BLOCK_SEPARATOR.length;
  }
  const built = buildBilingualArticle(shown, document.srcLang);
  return {
    built,
    wordCount: countWords(built.plainText),
    record: { origin, version: document.version ?? '', fileName, original, files: [...document.files], segments },
    flags,
  };
}
