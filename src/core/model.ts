/**
 * Records and value types shared by every layer. Pure data: no behaviour, no platform.
 *
 * Every stored record has a globally unique string id (ULID), createdAt/updatedAt
 * timestamps (ms since epoch) and a `deletedAt` tombstone, so the store can be
 * synchronised between machines later without a rewrite.
 */

import type { BilingualFile, BilingualFormat, BilingualSegment } from './bilingual/types';
import type { ConceptEntry } from './terms/concept';

export type Id = string;
/** Milliseconds since the Unix epoch. */
export type Timestamp = number;

interface StoredRecord {
  id: Id;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Set when moved to Trash; the row is removed only when Trash is emptied. */
  deletedAt?: Timestamp | null;
}

/** BCP-47 language tag, e.g. "zh", "en", "en-GB". */
export type LanguageTag = string;

export interface LanguagePair {
  sourceLang: LanguageTag;
  targetLang: LanguageTag;
}

export const DEFAULT_LANGUAGE_PAIR: LanguagePair = { sourceLang: 'zh', targetLang: 'en' };

/** Where a document came from. */
export type DocumentOrigin =
  | { kind: 'sample'; name: string }
  | { kind: 'file'; fileName: string; format: DocumentFormat }
  | { kind: 'bilingual'; fileName: string; format: BilingualOrigin }
  | { kind: 'clipboard' }
  | { kind: 'blank' };

export type DocumentFormat = 'txt' | 'md' | 'html' | 'docx';

/**
 * What a bilingual document was made from: an interchange file (written back into on export),
 * one system of an MQM evaluation (TSV), or a monolingual document given its source ("Add source…").
 */
export type BilingualOrigin = BilingualFormat | 'mqm-tsv' | 'aligned';

/**
 * A segment as its file delivered it. Its current target is not here: it lives in the article.
 * `lqiRead`: the file's target had ITS quality-issue markers, read as flags and kept out of
 * mtTarget; an XLIFF export then rewrites that target, so the markers are the flags' as they are now.
 */
export type StoredSegment = Omit<BilingualSegment, 'target'> & { lqiRead?: boolean };

/**
 * The bilingual side of a document, stored under the document's id in its own table: the
 * article (DocumentText) holds the current targets, one segment block each; this holds what
 * the file delivered (sources, MT targets, states, notes) and, for XLIFF, the file itself, so
 * export writes the edits back into it. Written once on import; autosave never rewrites it.
 */
export interface BilingualRecord {
  /** The id of the document it belongs to. */
  id: Id;
  origin: BilingualOrigin;
  /** The format's version as the file states it; '' when there is no file. */
  version: string;
  /** The imported file's name. */
  fileName: string;
  /** The file's text as imported (XLIFF and TMX); '' otherwise. */
  original: string;
  files: BilingualFile[];
  segments: StoredSegment[];
  /** MQM TSV: the system this document is, and the raters who evaluated it. */
  system?: string;
  raters?: string[];
  updatedAt: Timestamp;
}

/**
 * A document's metadata: what lists, the status bar and search read. Its text lives
 * apart (DocumentText) so that listing or renaming never reads a whole article.
 */
export interface DocumentRecord extends StoredRecord, LanguagePair {
  title: string;
  origin: DocumentOrigin;
  wordCount: number;
  glossaryIds: Id[];
  /** Last scroll offset of the article view, restored on reopen. */
  scrollTop?: number;
  /** Set on bilingual documents (their segments are in the `bilingual` table). */
  bilingual?: { origin: BilingualOrigin; segments: number };
  /**
   * The text's revision (DocumentText.revision), kept here in the same transaction by every save, so
   * a save checks it without reading the whole article back. Absent on rows written before it was
   * added: the save then reads the text's own revision.
   */
  textRevision?: number;
}

/** A document's text, stored under the document's id. */
export interface DocumentText {
  /** The id of the document it belongs to. */
  id: Id;
  /** Serialised Lexical editor state (JSON string). */
  editorState: string;
  /** Plain-text snapshot of the article: Lexical's root text content (blocks joined by "\n\n"). */
  plainText: string;
  /**
   * Counts the saves of this text (absent before the first). A save names the revision it
   * was made from and is refused when the stored one has moved on: another window saved.
   */
  revision?: number;
  updatedAt: Timestamp;
}

/**
 * A document's baseline for tracked changes: the text as imported (the MT), with every change
 * the reviewer accepted written into it. The changes shown are the word diff from it to the
 * article (core/tracked-changes). Stored under the document's id, written at import and on
 * Accept; autosave never touches it.
 */
export interface DocumentBaseline {
  /** The id of the document it belongs to. */
  id: Id;
  /** Plain text, blocks joined by "\n\n" as DocumentText.plainText. */
  text: string;
  updatedAt: Timestamp;
}

/** A whole document: metadata and text. */
export interface GlossaDocument extends DocumentRecord {
  editorState: string;
  plainText: string;
}

export type AnnotationKind = 'term' | 'flag' | 'note' | 'query';
export type AnchorState = 'anchored' | 'fuzzy' | 'orphan';
export type AnnotationStatus = 'open' | 'resolved' | 'accepted' | 'rejected' | 'fixed';
export type Severity = 'neutral' | 'minor' | 'major' | 'critical';

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector (offsets into the plain-text snapshot). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationReply {
  id: Id;
  author: string;
  body: string;
  createdAt: Timestamp;
  /** When its author last edited it; absent on a reply never edited. */
  editedAt?: Timestamp;
}

export interface Annotation extends StoredRecord {
  docId: Id;
  kind: AnnotationKind;
  quote: string;
  selectors: { quote: TextQuoteSelector; position: TextPositionSelector };
  anchorState: AnchorState;
  /** 0..1: how sure re-anchoring is that it found the right text. */
  anchorConfidence?: number;
  body: string;
  suggestion?: string;
  mqmCategory?: string;
  severity?: Severity;
  status: AnnotationStatus;
  termId?: Id;
  replies: AnnotationReply[];
  author: string;
}

export interface Glossary extends StoredRecord, LanguagePair {
  name: string;
  description: string;
  /**
   * Concepts imported from TBX with no term in the glossary's pair (a third language only):
   * Glossa cannot show them, but keeps them whole and writes them back in TBX exports.
   */
  keptConcepts?: ConceptEntry[];
  /** The back matter (<back>) of the TBX file the glossary was first filled from, as written. */
  tbxBack?: string;
}

export type TermStatus = 'proposed' | 'approved' | 'forbidden';

export interface Term extends StoredRecord {
  glossaryId: Id;
  source: string;
  /** The rendering the MT produced. */
  target: string;
  preferred: string;
  forbidden: string[];
  status: TermStatus;
  partOfSpeech?: string;
  domain?: string;
  definition?: string;
  context?: string;
  note?: string;
  author: string;
  /**
   * The whole concept the term came with from a terminology file (every language, synonym
   * and data category: core/terms/concept.ts). The fields above are Glossa's view of it for
   * the glossary's pair; edits to them are laid onto the concept when it is written back.
   * Absent for a term made in Glossa or read from a format that carries only the view.
   */
  concept?: ConceptEntry;
}

/** A QA finding the translator dismissed, so it stays dismissed. */
export interface DismissedFinding extends StoredRecord {
  docId: Id;
  checkId: string;
  /** Stable key of the finding: check id + quote + position bucket. */
  key: string;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: Timestamp;
}
