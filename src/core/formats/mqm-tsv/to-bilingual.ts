/**
 * One system of a read MQM TSV as a bilingual document to review: its segments in file order
 * (the doc as the file, seg_id as the unit), the system's output as the delivered target, and
 * each rater's error as a flag to create, with its category, severity, rater and comment.
 *
 * An error whose <v> span is in the target is flagged on that span. One marked in the source
 * (an omission shown where it was left out) or with no span at all is flagged on the whole
 * target segment, and says so, because the article holds the target only.
 */
import type { BilingualDocument, BilingualFile, BilingualSegment } from '../../bilingual/types';
import type { Severity } from '../../model';
import type { MqmCategoryId } from '../../mqm';
import type { MqmTsvFile } from './types';

export interface MqmSystemFlag {
  /** Index into the document's segments. */
  readonly segment: number;
  /** UTF-16 offsets into that segment's target. */
  readonly start: number;
  readonly end: number;
  readonly categoryId: MqmCategoryId | undefined;
  /** The category as the file writes it. */
  readonly category: string;
  readonly severity: Severity;
  readonly rater: string;
  /** The rater's comment, and where the span was when it was not in the target. */
  readonly body: string;
}

export interface MqmSystemDocument {
  /** A TSV is not an interchange file: no format, no version. */
  readonly document: Omit<BilingualDocument, 'format' | 'version'>;
  readonly flags: readonly MqmSystemFlag[];
  readonly raters: readonly string[];
  /** Errors that could not be placed (the segment's target is empty). */
  readonly unplaced: number;
}

export interface LanguagePair {
  readonly srcLang: string;
  readonly tgtLang: string;
}

/** 'und' (undetermined, BCP 47) when the file's name does not say. */
export const UNKNOWN_LANGUAGES: LanguagePair = { srcLang: 'und', tgtLang: 'und' };

function isLanguage(code: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The language pair a WMT file name states ("mqm_ted_ende.tsv", "mqm_newstest2021_zhen.tsv",
 * "wmt21.en-de.tsv"): the TSV itself has no language columns.
 */
export function languagePairFromFileName(fileName: string): LanguagePair {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').toLowerCase();
  for (const token of stem.split(/[._\s]+/)) {
    const match = /^([a-z]{2})-?([a-z]{2})$/.exec(token);
    if (match && match[1] !== match[2] && isLanguage(match[1]!) && isLanguage(match[2]!)) return { srcLang: match[1]!, tgtLang: match[2]! };
  }
  return UNKNOWN_LANGUAGES;
}

function textContent(text: string): BilingualSegment['source'] {
  return text === '' ? [] : [{ type: 'text', text }];
}

export function systemDocument(file: MqmTsvFile, systemName: string, languages: LanguagePair): MqmSystemDocument {
  const system = file.systems.find((candidate) => candidate.system === systemName);
  if (!system) throw new Error(`The file has no system “${systemName}”.`);
  const files: BilingualFile[] = [];
  const seenFiles = new Set<string>();
  const segments: BilingualSegment[] = system.segments.map((segment) => {
    if (!seenFiles.has(segment.doc)) {
      seenFiles.add(segment.doc);
      files.push({ id: segment.doc, original: segment.docId, srcLang: languages.srcLang, tgtLang: languages.tgtLang });
    }
    const target = textContent(segment.target);
    return {
      id: `${segment.doc}/${segment.segId}`,
      fileId: segment.doc,
      unitId: segment.segId,
      segmentKey: '',
      source: textContent(segment.source),
      mtTarget: target,
      target,
      state: 'translated',
      originalState: '',
      notes: [],
      raters: [...segment.raters],
    };
  });
  const raters = new Set<string>(system.segments.flatMap((segment) => segment.raters));
  const flags: MqmSystemFlag[] = [];
  let unplaced = 0;
  for (const error of system.errors) {
    raters.add(error.rater);
    const segment = system.segments[error.segment]!;
    if (segment.target === '') {
      unplaced += 1;
      continue;
    }
    const onTarget = error.side === 'target' && error.end > error.start;
    const where = error.side === 'source' ? `Marked in the source: “${segment.source.slice(error.start, error.end)}”.` : onTarget ? '' : 'No span marked.';
    flags.push({
      segment: error.segment,
      start: onTarget ? error.start : 0,
      end: onTarget ? error.end : segment.target.length,
      categoryId: error.categoryId,
      category: error.category,
      severity: error.severity,
      rater: error.rater,
      body: [error.categoryId === undefined ? `Category in the file: ${error.category}.` : '', where, error.comment].filter((part) => part !== '').join(' '),
    });
  }
  return {
    document: { srcLang: languages.srcLang, tgtLang: languages.tgtLang, files, segments },
    flags,
    raters: [...raters],
    unplaced,
  };
}
