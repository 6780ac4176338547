/**
 * The review as CSV: one row per flag, for spreadsheets and LSP tools. UTF-8 with a header row
 * and CRLF line endings (RFC 4180); papaparse does the quoting, neutraliseCell defuses formulas.
 *
 * Besides the fields of the flag, each row says how much it weighs in the scorecard (`points`,
 * empty when it is not counted), where it sits (`anchor`: an orphan's words are no longer in the
 * article, so its current quote and offsets are empty) and which document it is from, so that
 * the CSVs of several documents can be concatenated.
 */
import Papa from 'papaparse';
import type { Annotation } from '../../model';
import { categoryPath, getCategory } from '../../mqm';
import type { Scorecard } from '../../mqm';
import { flagPoints } from './flag-points';
import { neutraliseCell } from './neutralise-cell';
import { liveFlags } from './review-items';

interface ReviewCsvDocument {
  title: string;
  /** The text the flags' positions refer to: the current quote is read from it. */
  plainText: string;
  /** Not written per row (the scorecard already holds it); part of the shape every review exporter takes. */
  wordCount: number;
}

interface ReviewCsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true): without one, Excel reads a CSV in the
   * system's legacy code page and garbles CJK text. Other tools skip it.
   */
  byteOrderMark?: boolean;
}

export const REVIEW_CSV_COLUMNS = [
  'document',
  'id',
  'status',
  'category',
  'category_label',
  'severity',
  'points',
  'quote',
  'original_quote',
  'anchor',
  'start',
  'end',
  'explanation',
  'suggestion',
  'author',
  'created',
  'replies',
] as const;

type ReviewCsvColumn = (typeof REVIEW_CSV_COLUMNS)[number];

/** Flags of other kinds and deleted flags are skipped; rows are in reading order. */
export function toReviewCsv(
  document: ReviewCsvDocument,
  flags: readonly Annotation[],
  scorecard: Scorecard,
  options: ReviewCsvOptions = {},
): string {
  const rows = liveFlags(flags).map((flag) => {
    const row = flagRow(document, flag, scorecard);
    return REVIEW_CSV_COLUMNS.map((column) => neutraliseCell(row[column]));
  });
  const csv = Papa.unparse({ fields: [...REVIEW_CSV_COLUMNS], data: rows }, { newline: '\r\n', header: true });
  // Papaparse ends a header-only file with a line break and any other without one; every line ends with one here.
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}

function flagRow(document: ReviewCsvDocument, flag: Annotation, scorecard: Scorecard): Record<ReviewCsvColumn, string> {
  const { start, end } = flag.selectors.position;
  const placed = flag.anchorState !== 'orphan';
  const points = flagPoints(scorecard, flag);
  return {
    document: document.title,
    id: flag.id,
    status: flag.status,
    category: flag.mqmCategory ?? '',
    category_label: flag.mqmCategory && getCategory(flag.mqmCategory) ? categoryPath(flag.mqmCategory) : '',
    severity: flag.severity ?? '',
    points: points === undefined ? '' : String(points),
    quote: placed ? currentQuote(document.plainText, flag) : '',
    original_quote: flag.quote,
    anchor: flag.anchorState,
    start: placed ? String(start) : '',
    end: placed ? String(end) : '',
    explanation: flag.body,
    suggestion: flag.suggestion ?? '',
    author: flag.author,
    created: isoTime(flag.createdAt),
    replies: flag.replies.map((reply) => `${reply.author} (${isoTime(reply.createdAt)}): ${reply.body}`).join('\n'),
  };
}

/** The words at the flag's offsets now; its last known quote if the offsets do not fit the text. */
function currentQuote(plainText: string, flag: Annotation): string {
  const { start, end } = flag.selectors.position;
  return start >= 0 && start <= end && end <= plainText.length ? plainText.slice(start, end) : flag.selectors.quote.exact;
}

function isoTime(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
