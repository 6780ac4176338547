/**
 * The review report as one self-contained HTML5 file that prints well: the scorecard (verdict,
 * figures, category × severity table and chart), the article with its flags highlighted, then
 * the flags and the notes. Inline CSS only, no scripts, no external resources, and a CSP meta
 * tag that says so to the browser too. Every piece of text is escaped.
 *
 * Nothing is scored here: the figures come from the Scorecard (scoreReview), and a flag's
 * points are its share of it (flag-points.ts), so report and status bar always agree.
 */
import type { Annotation, AnnotationStatus, LanguageTag } from '../../model';
import type { Scorecard } from '../../mqm';
import { escapeHtml } from '../annotations/html-escape';
import { reportArticle } from './report-article-html';
import { entryListHtml } from './report-entries-html';
import { plural } from './report-format';
import { scorecardSectionHtml } from './report-scorecard-html';
import { compareReadingOrder, liveFlags, liveNotes } from './review-items';
import { REVIEW_REPORT_STYLE } from './review-report-style';
import { postEditSectionHtml, type PostEditReportInput } from './report-post-edit-html';
import { changesSectionHtml } from './report-changes-html';
import type { DiffPart } from '../../post-edit';
import { percentReviewed, type ReviewProgress } from '../../review-progress';
import { termsSectionHtml, type ReportTerm } from './report-terms-html';

interface ReviewReportDocument {
  title: string;
  targetLang: LanguageTag;
  /** Blocks joined by "\n\n", as Glossa stores it; annotation positions are offsets into it. */
  plainText: string;
  wordCount: number;
}

export interface ReviewReportInput {
  document: ReviewReportDocument;
  /** Every annotation of the document: flags are scored and highlighted, notes and queries listed, terms and deleted ones left out. */
  annotations: readonly Annotation[];
  scorecard: Scorecard;
  /** The label of the weight preset the scorecard was made with ("Google WMT"). */
  presetName: string;
  /** Must be the threshold the scorecard was made with: the verdict is the scorecard's. */
  threshold: number;
  generatedAt: Date;
  generator: { name: string; version: string };
  /** Bilingual documents: each segment's MT as delivered and current target, for the post-editing section. */
  postEdit?: PostEditReportInput;
  /** The word diff from the text as imported to the article (core/tracked-changes), for the Changes section. */
  changes?: readonly DiffPart[];
  /** How much of the article the reviewer marked reviewed (core/review-progress). */
  progress?: ReviewProgress;
  /** The glossary entries of the marked terms, by term id, for the Terms section. */
  terms?: ReadonlyMap<string, ReportTerm>;
}

export const REVIEW_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

export function toReviewReportHtml(input: ReviewReportInput): string {
  const { document, scorecard, generatedAt, generator } = input;
  if (input.threshold !== scorecard.threshold) {
    // Printing one threshold beside a verdict reached with another would be a report that lies.
    throw new RangeError(`The scorecard was made with the threshold ${scorecard.threshold}, not ${input.threshold}: score again before exporting.`);
  }
  const flags = liveFlags(input.annotations);
  const notes = liveNotes(input.annotations);
  const article = reportArticle(document.plainText, [...flags, ...notes].sort(compareReadingOrder));
  const entries = { scorecard, numbers: article.numbers, placed: article.placed };
  const when = generatedAt.toISOString();

  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.targetLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REVIEW_REPORT_CSP}">
<meta name="generator" content="${escapeHtml(`${generator.name} ${generator.version}`)}">
<title>${escapeHtml(`Review: ${document.title}`)}</title>
<style>${REVIEW_REPORT_STYLE}</style>
</head>
<body>
<header>
<p class="kicker">Review report</p>
<h1>${escapeHtml(document.title)}</h1>
<dl class="meta">
<div><dt>Generated</dt><dd><time datetime="${when}">${when.slice(0, 16).replace('T', ' ')} UTC</time></dd></div>
<div><dt>Words</dt><dd>${document.wordCount}</dd></div>
${input.progress ? `<div><dt>Reviewed</dt><dd data-reviewed>${reviewedText(input.progress)}</dd></div>` : ''}
<div><dt>Weights</dt><dd>${escapeHtml(input.presetName)}</dd></div>
<div><dt>By</dt><dd>${escapeHtml(`${generator.name} ${generator.version}`)}</dd></div>
</dl>
</header>
<main>
${scorecardSectionHtml({ scorecard, presetName: input.presetName, statusCounts: countStatuses(flags) })}
<section id="article" class="report-section article" aria-labelledby="article-heading">
<h2 id="article-heading">Article</h2>
${article.html}
</section>
<section id="flags" class="report-section" aria-labelledby="flags-heading">
<h2 id="flags-heading">Flags <span class="summary">(${plural(flags.length, 'flag')})</span></h2>
${entryListHtml(flags, entries, 'No flags.')}
</section>
${input.postEdit ? postEditSectionHtml(input.postEdit) : ''}
${input.changes ? changesSectionHtml(input.changes) : ''}
${
  notes.length === 0
    ? ''
    : `<section id="notes" class="report-section" aria-labelledby="notes-heading">
<h2 id="notes-heading">Notes and queries</h2>
${entryListHtml(notes, entries, 'No notes.')}
</section>`
}
${termsSectionHtml(input.annotations, input.terms)}
</main>
</body>
</html>
`;
}

function countStatuses(flags: readonly Annotation[]): Map<AnnotationStatus, number> {
  const counts = new Map<AnnotationStatus, number>();
  for (const flag of flags) counts.set(flag.status, (counts.get(flag.status) ?? 0) + 1);
  return counts;
}

/** "62 % (1,204 of 1,940 words; 12 of 20 paragraphs)": the paragraphs the reviewer marked reviewed. */
function reviewedText(progress: ReviewProgress): string {
  if (progress.totalBlocks === 0) return 'nothing to review';
  return `${percentReviewed(progress)} % (${progress.reviewedWords} of ${progress.totalWords} words; ${progress.reviewedBlocks} of ${progress.totalBlocks} paragraphs)`;
}

