// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET } from '../../mqm';
import { annotationOn } from '../annotations/test-annotations';
import { REVIEW_REPORT_CSP, toReviewReportHtml } from './review-report-html';
import type { ReviewReportInput } from './review-report-html';
import { scoreReview } from './score-review';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentPostEditDistance } from '../../post-edit';
import { postEditSectionHtml } from './report-post-edit-html';
import { trackedParts } from '../../tracked-changes';

const TEXT =
  'The superministerial + plan system was <b>driving nails</b> at the meeting.\n\nZheng Shajie said “double growth” matters.\n\nSource: Xinhua [ad_1]';
const HOSTILE = '</title><script>alert(1)</script><img src=x onerror=alert(2)>';
const DOCUMENT = { title: `Meeting ${HOSTILE}`, targetLang: 'en-GB', plainText: TEXT, wordCount: 200 };
const GENERATED_AT = new Date(Date.UTC(2025, 5, 1, 8, 30));
const GENERATOR = { name: 'Glossa', version: '0.1.0' };

function at(quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return annotationOn(TEXT, start, start + quote.length, { kind: 'flag', ...overrides });
}

/** A value for an attribute selector: jsdom has no CSS.escape. */
function quoted(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The text an annotation's marks hold, in document order. */
function markedText(document: Document, id: string): string {
  return [...document.querySelectorAll(`mark[data-annotation="${quoted(id)}"]`)].map((mark) => mark.textContent).join('');
}

function figure(document: Document, name: string): string | null | undefined {
  return document.querySelector(`[data-figure="${name}"] dd`)?.textContent;
}

const calque = at('superministerial + plan system', {
  mqmCategory: 'terminology',
  severity: 'major',
  status: 'accepted',
  body: `Calque ${HOSTILE}`,
  suggestion: `super-ministry system ${HOSTILE}`,
  author: `Lin ${HOSTILE}`,
  replies: [{ id: 'R1', author: `Client ${HOSTILE}`, body: `Agreed & done ${HOSTILE}`, createdAt: Date.UTC(2025, 0, 4) }],
});
const overlapping = at('plan system was', { mqmCategory: 'accuracy/mistranslation', severity: 'minor' });
const spelling = at('Shajie', { mqmCategory: 'linguistic-conventions/spelling', severity: 'minor', status: 'fixed', suggestion: 'Zhajie' });
const rejected = at('double growth', { mqmCategory: 'style', severity: 'critical', status: 'rejected', body: 'Fine as it is.' });
const unrated = at('[ad_1]', { body: 'Scraper junk; severity to decide.' });
const hostileCategory = at('Xinhua', { mqmCategory: HOSTILE, severity: 'minor', id: `x" onmouseover="alert(3)` });
const orphan = at('meeting', { anchorState: 'orphan', quote: 'session that was deleted', mqmCategory: 'accuracy/omission', severity: 'minor' });
const note = at('<b>driving nails</b>', { kind: 'note', body: 'Markup in the text stays text.' });
const query = at('matters', { kind: 'query', body: 'Source?' });
const term = at('Zheng Shajie', { kind: 'term', body: 'A term is not part of the review.' });
const deleted = at('Source', { deletedAt: 5, body: 'Deleted flag' });
const ANNOTATIONS = [deleted, term, query, note, orphan, hostileCategory, unrated, rejected, spelling, overlapping, calque];

function report(overrides: Partial<ReviewReportInput> = {}): string {
  const scorecard = overrides.scorecard ?? scoreReview(overrides.annotations ?? ANNOTATIONS, DOCUMENT.wordCount, MQM_STANDARD_PRESET);
  return toReviewReportHtml({
    document: DOCUMENT,
    annotations: ANNOTATIONS,
    scorecard,
    presetName: `MQM standard ${HOSTILE}`,
    threshold: scorecard.threshold,
    generatedAt: GENERATED_AT,
    generator: { ...GENERATOR, name: `Glossa ${HOSTILE}` },
    ...overrides,
  });
}

describe('toReviewReportHtml', () => {
  const html = report();
  const page = parse(html);

  it('is a self-contained HTML5 file: inline style with print rules, no scripts, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(page.querySelectorAll('script, link, iframe, object, embed, img, base, form')).toHaveLength(0);
    expect(page.querySelectorAll('[src]')).toHaveLength(0);
    expect([...page.querySelectorAll('[href]')].every((element) => element.getAttribute('href')?.startsWith('#'))).toBe(true);
    expect([...page.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')))).toEqual([]);
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(REVIEW_REPORT_CSP);
    const style = page.querySelector('style')?.textContent ?? '';
    expect(style).toContain('@media print');
    expect(style).toContain('break-before: page');
    expect(style).toContain('box-shadow: none');
    expect(style).not.toMatch(/url\(|@import/);
    expect(page.querySelector('header time')?.getAttribute('datetime')).toBe('2025-06-01T08:30:00.000Z');
  });

  it('has the title, the scorecard, the article, then the flags, the notes and the terms, in that order', () => {
    expect(page.querySelector('h1')?.textContent).toBe(DOCUMENT.title);
    expect(page.title).toBe(`Review: ${DOCUMENT.title}`);
    expect([...page.querySelectorAll('main > section')].map((section) => section.id)).toEqual(['scorecard', 'article', 'flags', 'notes', 'terms']);
    expect([...page.querySelectorAll('main > section.report-section')].map((section) => section.id)).toEqual(['article', 'flags', 'notes', 'terms']);
    expect(page.querySelectorAll('#article p')).toHaveLength(3);
  });

  it('keeps hostile text as text everywhere it appears', () => {
    const texts = [
      page.querySelector('h1')?.textContent,
      page.getElementById(`note-${calque.id}`)?.querySelector('.entry-explanation')?.textContent,
      page.getElementById(`note-${calque.id}`)?.querySelector('.entry-suggestion ins')?.textContent,
      page.getElementById(`note-${calque.id}`)?.querySelector('.entry-replies p:last-child')?.textContent,
      page.getElementById(`note-${calque.id}`)?.querySelector('.entry-meta')?.textContent,
      figure(page, 'weights'),
      page.getElementById(`note-${hostileCategory.id}`)?.querySelector('.entry-category')?.textContent,
    ];
    expect(texts).toEqual([
      DOCUMENT.title,
      calque.body,
      calque.suggestion,
      calque.replies[0]?.body,
      `${calque.author} · 2025-01-02`,
      `MQM standard ${HOSTILE}`,
      HOSTILE,
    ]);
    expect(page.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe(`Glossa ${HOSTILE} 0.1.0`);
    expect(page.querySelector(`[data-category="${quoted(HOSTILE)}"] th`)?.textContent).toBe(HOSTILE);
    expect(page.querySelector('#article b')).toBeNull();
    expect(page.querySelector('#article p')?.textContent).toContain('<b>driving nails</b>');
    // An id that tries to close its attribute stays one attribute value.
    expect(page.querySelector(`mark[data-annotation="${quoted(hostileCategory.id)}"]`)?.textContent).toBe('Xinhua');
  });

  it('prints the scorecard’s figures and a FAIL below the threshold', () => {
    // MQM standard: 5 (terminology major) + 1 + 1 + 1 (hostile category, multiplier 1) + 1 (orphan) = 9 points on 200 words.
    expect(figure(page, 'penalty')).toBe('9');
    expect(figure(page, 'penalty-per-1000')).toBe('45');
    expect(figure(page, 'quality-score')).toBe('55');
    expect(figure(page, 'threshold')).toBe('90');
    expect(figure(page, 'word-count')).toBe('200');
    expect(figure(page, 'counted')).toBe('5');
    expect(figure(page, 'rejected')).toBe('1');
    expect(figure(page, 'unrated')).toBe('1');
    expect(page.querySelector('.verdict')?.className).toBe('verdict fail');
    expect(page.querySelector('.verdict')?.textContent).toBe('FAIL · quality score 55 < threshold 90');
    expect(page.querySelector('#scorecard .summary')?.textContent).toBe('7 flags: 4 open, 1 accepted, 1 rejected, 1 fixed.');
  });

  it('names the scoring model its quality score comes from, and a Critical error as the reason it failed', () => {
    expect(figure(page, 'model')).toMatch(/^MQM 2\.0 calibrated linear model: 100 − penalty points per 1000 words \(reference word count 1000, scaling factor 1\)/);
    const annotations = [...ANNOTATIONS, at('said', { mqmCategory: 'accuracy/mistranslation', severity: 'critical' })];
    const raw = scoreReview(annotations, DOCUMENT.wordCount, MQM_STANDARD_PRESET, { model: 'raw-linear', criticalFails: true });
    const rawPage = parse(report({ annotations, scorecard: raw }));
    expect(figure(rawPage, 'model')).toMatch(/^MQM 2\.0 raw linear model: 100 × \(1 − penalty points \/ evaluation word count\)/);
    expect(rawPage.querySelector('.verdict')?.textContent).toMatch(/^FAIL · a Critical error fails the review whatever its score/);
  });

  it('prints PASS when the scorecard passes, with its own threshold', () => {
    const rated = ANNOTATIONS.filter((annotation) => annotation !== unrated);
    const scorecard = scoreReview(rated, DOCUMENT.wordCount, GOOGLE_WMT_PRESET, { threshold: 50 });
    const passing = parse(report({ scorecard, threshold: 50, annotations: rated }));
    expect(passing.querySelector('.verdict')?.className).toBe('verdict pass');
    expect(passing.querySelector('.verdict')?.textContent).toBe('PASS · quality score 55 ≥ threshold 50');
    expect(() => report({ scorecard, threshold: 90 })).toThrow(RangeError);
  });

  it('prints no PASS while a flag has no severity: the unrated flags instead', () => {
    const scorecard = scoreReview(ANNOTATIONS, DOCUMENT.wordCount, GOOGLE_WMT_PRESET, { threshold: 50 });
    const waiting = parse(report({ scorecard, threshold: 50 }));
    expect(waiting.querySelector('.verdict')?.className).toBe('verdict unrated');
    expect(waiting.querySelector('.verdict')?.textContent).toBe('1 unrated flag · no verdict until every flag has a severity (quality score 55 so far, threshold 50)');
  });

  it('tabulates category × severity and draws a bar per category with points', () => {
    const cell = (category: string, column: string) =>
      page.querySelector(`tr[data-category="${quoted(category)}"] [data-severity="${column}"]`)?.textContent;
    expect([...page.querySelectorAll('.breakdown tbody th')].map((th) => th.textContent)).toEqual([
      'Terminology',
      'Accuracy › Mistranslation',
      'Accuracy › Omission',
      'Linguistic conventions › Spelling',
      HOSTILE,
    ]);
    expect(cell('terminology', 'major')).toBe('1 (5)');
    expect(cell('terminology', 'minor')).toBe('');
    expect(page.querySelector('tr[data-category="style"]')).toBeNull(); // the rejected flag's category has nothing counted
    expect(page.querySelector('.breakdown tfoot [data-severity="minor"]')?.textContent).toBe('4 (4)');
    expect(page.querySelector('.breakdown tfoot [data-total]')?.textContent).toBe('5 (9)');
    const bars = [...page.querySelectorAll('svg.chart g')];
    expect(bars.map((bar) => bar.getAttribute('data-category'))).toEqual(['terminology', 'accuracy/mistranslation', 'accuracy/omission', 'linguistic-conventions/spelling', HOSTILE]);
    const widths = bars.map((bar) => Number(bar.querySelector('rect')?.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(widths[1]! * 5);
    expect(page.querySelector('svg.chart title')?.textContent).toBe('Penalty points by category and severity');
  });

  it('highlights each placed flag by id, nested where flags overlap, linked both ways to its entry', () => {
    expect(markedText(page, calque.id)).toBe('superministerial + plan system');
    expect(markedText(page, overlapping.id)).toBe('plan system was');
    expect(markedText(page, spelling.id)).toBe('Shajie');
    const first = page.getElementById(`a-${calque.id}`);
    expect(first?.tagName).toBe('MARK');
    expect(first?.className).toBe('kind-flag status-accepted severity-major');
    const reference = page.querySelector(`sup.ref a[href="#note-${quoted(calque.id)}"]`);
    expect(reference?.textContent).toBe('1');
    const entry = page.getElementById(`note-${calque.id}`);
    expect(entry?.closest('section')?.id).toBe('flags');
    expect(entry?.getAttribute('value')).toBe('1');
    expect(entry?.querySelector('.entry-back a')?.getAttribute('href')).toBe(`#a-${calque.id}`);
    expect(entry?.querySelector('.entry-head')?.textContent).toBe('Terminology · Major · Accepted · 5 points');
    expect(page.getElementById(`note-${spelling.id}`)?.querySelector('.entry-head')?.textContent).toBe(
      'Linguistic conventions › Spelling · Minor · Fixed · 1 point',
    );
  });

  it('shows a rejected flag as rejected, highlighted apart, and does not count it', () => {
    expect(page.getElementById(`a-${rejected.id}`)?.className).toBe('kind-flag status-rejected severity-critical');
    const entry = page.getElementById(`note-${rejected.id}`);
    expect(entry?.classList.contains('status-rejected')).toBe(true);
    expect(entry?.querySelector('.entry-head')?.textContent).toBe('Style · Critical · Rejected · Not counted: rejected');
    expect(page.getElementById(`note-${unrated.id}`)?.querySelector('.entry-points')?.textContent).toBe('Not counted: no severity');
  });

  it('lists an orphan after the placed entries, without a highlight or a link back', () => {
    expect(page.querySelector(`mark[data-annotation="${quoted(orphan.id)}"]`)).toBeNull();
    const entry = page.getElementById(`note-${orphan.id}`);
    expect(entry?.querySelector('.entry-unplaced')).not.toBeNull();
    expect(entry?.querySelector('.entry-quote')?.textContent).toBe('session that was deleted');
    expect(entry?.querySelector('.entry-back')).toBeNull();
    const flagNumbers = [...page.querySelectorAll('#flags li.entry')].map((item) => Number(item.getAttribute('value')));
    expect(flagNumbers).toEqual([...flagNumbers].sort((a, b) => a - b));
    expect(Number(entry?.getAttribute('value'))).toBe(9); // after the 8 placed flags, notes and queries
  });

  it('lists notes and queries apart, with terms in their own section and deleted annotations left out', () => {
    expect([...page.querySelectorAll('#flags li.entry')].map((item) => item.getAttribute('data-annotation'))).toHaveLength(7);
    expect([...page.querySelectorAll('#notes li.entry')].map((item) => item.getAttribute('data-annotation'))).toEqual([note.id, query.id]);
    expect(page.getElementById(`a-${note.id}`)?.className).toBe('kind-note status-open');
    expect(page.getElementById(`note-${query.id}`)?.querySelector('.entry-head')?.textContent).toBe('Query · Open');
    expect(page.querySelector(`[data-annotation="${quoted(term.id)}"]`)).toBeNull();
    expect(page.querySelector(`[data-annotation="${quoted(deleted.id)}"]`)).toBeNull();
    expect(html).not.toContain('Deleted flag');
  });

  it('lists the marked terms in their own section, with the glossary’s preferred rendering when there is one', () => {
    const linked = { ...term, termId: 'glossary-term-1' };
    const annotations = ANNOTATIONS.map((annotation) => (annotation === term ? linked : annotation));
    const withTerms = parse(report({ annotations, terms: new Map([['glossary-term-1', { preferred: 'Zheng Zhajie', status: 'approved' as const }]]) }));
    const item = withTerms.querySelector(`#terms li[data-annotation-id="${quoted(term.id)}"]`);
    expect(withTerms.querySelector('#terms-heading')?.textContent).toBe('Terms (1 term)');
    expect(item?.querySelector('q')?.textContent).toBe('Zheng Shajie');
    expect(item?.querySelector('.term-preferred')?.textContent).toBe('Zheng Zhajie');
    expect(item?.textContent).toContain('(approved)');
    expect(item?.textContent).toContain('A term is not part of the review.');
    // Not a flag: it is not scored, numbered or marked in the article.
    expect(withTerms.querySelector(`#flags [data-annotation="${quoted(term.id)}"]`)).toBeNull();
    expect(parse(report({ annotations: [] })).querySelector('#terms')).toBeNull();
  });

  it('reports an empty review: 100 and PASS, no table, no chart, no notes section', () => {
    const empty = parse(report({ annotations: [] }));
    expect(figure(empty, 'quality-score')).toBe('100');
    expect(figure(empty, 'penalty')).toBe('0');
    expect(empty.querySelector('.verdict')?.textContent).toBe('PASS · quality score 100 ≥ threshold 90');
    expect(empty.querySelector('.breakdown')).toBeNull();
    expect(empty.querySelector('svg')).toBeNull();
    expect(empty.querySelector('#scorecard .empty')?.textContent).toBe('No errors counted.');
    expect(empty.querySelector('#flags .empty')?.textContent).toBe('No flags.');
    expect(empty.querySelector('#notes')).toBeNull();
    expect(empty.querySelectorAll('#article p')).toHaveLength(3);
    expect(empty.querySelectorAll('mark')).toHaveLength(0);
  });
});

describe('the post-editing section (bilingual documents)', () => {
  const read = (name: string) => readFileSync(resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en', name), 'utf8').split('\n').slice(0, 20);
  const delivered = read('newstest2021.zh-en.hyp.Facebook-AI.en');
  const current = read('newstest2021.zh-en.hyp.NiuTrans.en');
  const segments = delivered.map((text, index) => ({ id: `s${index}`, label: String(index + 1), delivered: text, current: index % 4 === 0 ? text : current[index]! }));

  it('gives the document HTER of the real edits, lists the changed segments with their word diff and counts the rest', () => {
    const html = postEditSectionHtml({ locale: 'en', segments });
    const total = documentPostEditDistance(segments.map((segment) => ({ delivered: segment.delivered, edited: segment.current })), 'en');
    expect(html).toContain(`${total.editedSegments} of 20`);
    expect(html).toContain(`${total.edits} over ${total.referenceTokens} words`);
    expect(html).toContain(`${((total.rate ?? 0) * 100).toFixed(1)} %`);
    const rows = html.match(/<tr><th scope="row">/g) ?? [];
    expect(rows).toHaveLength(total.editedSegments);
    expect(html).not.toContain('<th scope="row">1</th>');
    expect(html).toMatch(/<del>[^<]+<\/del>/);
    expect(html).toMatch(/<ins>[^<]+<\/ins>/);
  });

  it('escapes what the reviewer typed', () => {
    const html = postEditSectionHtml({ locale: 'en', segments: [{ id: 'x', label: '<b>1</b>', delivered: 'a & b', current: 'a <script>alert(1)</script> "b"' }] });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;b&gt;1&lt;/b&gt;');
  });
});

describe('toReviewReportHtml with post-editing', () => {
  const segments = [
    { id: 'u1', label: '1', delivered: 'The plan system was driving nails.', current: 'The plan system was driving nails.' },
    { id: 'u2', label: '2', delivered: 'Zheng Shajie said double growth.', current: 'Zheng Shajie said exactly double growth.' },
  ];

  it('has the post-editing section after the flags for a bilingual document, and none for a monolingual one', () => {
    const bilingual = parse(report({ postEdit: { locale: 'en', segments } }));
    const ids = [...bilingual.querySelectorAll('section[id]')].map((section) => section.id);
    expect(ids.indexOf('post-editing')).toBeGreaterThan(ids.indexOf('flags'));
    expect(bilingual.querySelector('#post-editing td.diff ins')?.textContent?.trim()).toBe('exactly');
    expect(bilingual.querySelector('#post-editing')?.textContent).toContain('1 of 2');
    expect(parse(report()).querySelector('#post-editing')).toBeNull();
  });

  it('says how much of the article was marked reviewed, when told', () => {
    const withProgress = parse(report({ progress: { reviewedBlocks: 3, totalBlocks: 10, reviewedWords: 120, totalWords: 716 } }));
    expect(withProgress.querySelector('[data-reviewed]')?.textContent).toBe('16 % (120 of 716 words; 3 of 10 paragraphs)');
    expect(parse(report()).querySelector('[data-reviewed]')).toBeNull();
  });
});


describe('toReviewReportHtml with tracked changes', () => {
  const imported = 'The provincial government held the 60th meeting.\n\nLi Bin stressed the superministerial plan system.\n\nZheng Shajie was there.';
  const edited = 'The provincial government held its 60th meeting.\n\nLi Bin stressed the superministerial plan system.\n\nZheng Shajie <b>was</b> there, too.';

  it('shows each changed paragraph as a redline with its number, counts the changes, and escapes what was typed', () => {
    const page = parse(report({ changes: trackedParts(imported, edited, 'en') }));
    const rows = [...page.querySelectorAll('#changes tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['1', '3']);
    expect(rows[0]!.querySelector('del')?.textContent?.trim()).toBe('the');
    expect(rows[0]!.querySelector('ins')?.textContent?.trim()).toBe('its');
    expect(rows[1]!.querySelector('td')?.textContent).toContain('<b>was</b>');
    expect(rows[1]!.querySelector('b')).toBeNull();
    expect(page.querySelector('#changes [data-changes]')?.getAttribute('data-changes')).toBe('4');
    expect(page.querySelector('#changes')?.textContent).toContain('in 2 of 3 paragraphs');
  });

  it('says there is no change when the article is as imported', () => {
    expect(parse(report({ changes: trackedParts(imported, imported, 'en') })).querySelector('#changes')?.textContent).toContain('No changes');
    expect(parse(report()).querySelector('#changes')).toBeNull();
  });

  it('numbers paragraphs as the article has them after a split', () => {
    const split = imported.replace('meeting.\n\nLi Bin', 'meeting.\n\nNew paragraph.\n\nLi Bin');
    const rows = [...parse(report({ changes: trackedParts(imported, split, 'en') })).querySelectorAll('#changes tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toContain('2');
    expect(rows.map((row) => row.textContent).join(' ')).toContain('New paragraph.');
  });
});
