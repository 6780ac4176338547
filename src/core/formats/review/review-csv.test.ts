import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model';
import { GOOGLE_WMT_PRESET, MQM_STANDARD_PRESET } from '../../mqm';
import { annotationOn } from '../annotations/test-annotations';
import { neutraliseCell } from './neutralise-cell';
import { REVIEW_CSV_COLUMNS, toReviewCsv } from './review-csv';
import { scoreReview } from './score-review';

const TEXT = 'The “superministerial + plan system”, said Zheng Shajie, grew -5% on "driving nails".\n\n大部制 reform, line two.';
const DOCUMENT = { title: 'Meeting, "minutes"\nof 大部制', plainText: TEXT, wordCount: 20 };

function at(quote: string, overrides: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`“${quote}” is not in the text`);
  return annotationOn(TEXT, start, start + quote.length, { kind: 'flag', ...overrides });
}

const calque = at('superministerial + plan system”, said', {
  mqmCategory: 'terminology',
  severity: 'major',
  status: 'accepted',
  quote: 'superministerial + plan system', // the words first flagged; the text around them changed since
  body: 'Calque, of "大部制"; see the glossary,\r\nline two.',
  suggestion: 'super-ministry system',
  author: 'Lin, "the reviewer"',
  replies: [
    { id: 'R1', author: 'Client', body: 'Agreed, "yes".', createdAt: Date.UTC(2025, 0, 4) },
    { id: 'R2', author: '=evil()', body: 'Second\nline', createdAt: Date.UTC(2025, 0, 5, 12) },
  ],
});
const minus = at('-5%', { mqmCategory: 'locale-conventions', severity: 'minor', body: '=HYPERLINK("http://x.test","click")', suggestion: '+5%' });
const at1 = at('Zheng Shajie', { mqmCategory: 'linguistic-conventions/spelling', severity: 'minor', author: '@admin', body: '\tTabbed', suggestion: '\r=1' });
const rejected = at('driving nails', { mqmCategory: 'style', severity: 'major', status: 'rejected', body: 'Not an error after all.' });
const unrated = at('大部制', { body: 'Untranslated?' });
const orphan = at('reform', { anchorState: 'orphan', quote: 'old words', mqmCategory: 'no-such-category', severity: 'minor' });
const deleted = at('line two', { deletedAt: 1 });
const note = at('grew', { kind: 'note', body: 'A note is not a row.' });
const ANNOTATIONS = [orphan, rejected, minus, calque, note, at1, unrated, deleted];

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  expect(result.meta.fields).toEqual([...REVIEW_CSV_COLUMNS]);
  return result.data;
}

describe('toReviewCsv', () => {
  const scorecard = scoreReview(ANNOTATIONS, DOCUMENT.wordCount, MQM_STANDARD_PRESET);
  const csv = toReviewCsv(DOCUMENT, ANNOTATIONS, scorecard);
  const rows = parse(csv);
  const row = (flag: Annotation) => rows.find((candidate) => candidate.id === flag.id);

  it('is UTF-8 text with a byte order mark, a header row and CRLF line endings', () => {
    expect(csv.startsWith(`\uFEFF${REVIEW_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells every line break is CRLF: strip the quoted cells and no bare LF is left.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(toReviewCsv(DOCUMENT, ANNOTATIONS, scorecard, { byteOrderMark: false }).startsWith('document,')).toBe(true);
  });

  it('writes one row per live flag, in reading order, and nothing for notes or deleted flags', () => {
    expect(rows.map((candidate) => candidate.id)).toEqual([calque.id, at1.id, minus.id, rejected.id, unrated.id, orphan.id]);
  });

  it('round-trips every field of a flag with commas, quotes, line breaks and CJK', () => {
    expect(row(calque)).toEqual({
      document: DOCUMENT.title,
      id: calque.id,
      status: 'accepted',
      category: 'terminology',
      category_label: 'Terminology',
      severity: 'major',
      points: '5',
      quote: 'superministerial + plan system”, said',
      original_quote: 'superministerial + plan system',
      anchor: 'anchored',
      start: String(calque.selectors.position.start),
      end: String(calque.selectors.position.end),
      explanation: 'Calque, of "大部制"; see the glossary,\r\nline two.',
      suggestion: 'super-ministry system',
      author: 'Lin, "the reviewer"',
      created: '2025-01-02T09:30:00.125Z',
      replies: 'Client (2025-01-04T00:00:00.000Z): Agreed, "yes".\n=evil() (2025-01-05T12:00:00.000Z): Second\nline',
    });
    expect(row(unrated)).toMatchObject({ quote: '大部制', category: '', category_label: '', severity: '', points: '', suggestion: '', replies: '' });
  });

  it('puts an apostrophe before every cell that starts with = + - @, a tab or a carriage return', () => {
    expect(row(minus)).toMatchObject({ quote: "'-5%", original_quote: "'-5%", explanation: `'=HYPERLINK("http://x.test","click")`, suggestion: "'+5%" });
    expect(row(at1)).toMatchObject({ author: "'@admin", explanation: "'\tTabbed", suggestion: "'\r=1" });
    expect(row(calque)?.replies.startsWith('Client')).toBe(true);
    const evilFirst = toReviewCsv(DOCUMENT, [{ ...calque, replies: [calque.replies[1]!] }], scorecard);
    expect(parse(evilFirst)[0]?.replies).toBe("'=evil() (2025-01-05T12:00:00.000Z): Second\nline");
    const dangerousTitle = parse(toReviewCsv({ ...DOCUMENT, title: '=cmd|"/c calc"!A1' }, [calque], scorecard));
    expect(dangerousTitle[0]?.document).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('gives each counted flag its points from the scorecard: they add up to the penalty, rejected and unrated flags have none', () => {
    expect([row(calque), row(minus), row(at1), row(rejected), row(unrated), row(orphan)].map((candidate) => candidate?.points)).toEqual(['5', '1', '1', '', '', '1']);
    const total = rows.reduce((sum, candidate) => sum + Number(candidate.points || 0), 0);
    expect(total).toBe(scorecard.penalty);
    expect(row(rejected)).toMatchObject({ status: 'rejected', severity: 'major', category: 'style', category_label: 'Style' });
  });

  it('uses the preset the scorecard was made with (WMT: minor punctuation 0.1)', () => {
    const punctuation = at('“', { mqmCategory: 'linguistic-conventions/punctuation', severity: 'minor' });
    const card = scoreReview([punctuation, punctuation], DOCUMENT.wordCount, GOOGLE_WMT_PRESET);
    const parsed = parse(toReviewCsv(DOCUMENT, [punctuation], card));
    expect(parsed[0]).toMatchObject({ points: '0.1', category_label: 'Linguistic conventions › Punctuation' });
  });

  it('leaves the current quote and offsets of an orphan empty, and keeps an unknown category id without a label', () => {
    expect(row(orphan)).toMatchObject({ anchor: 'orphan', quote: '', start: '', end: '', original_quote: 'old words', category: 'no-such-category', category_label: '' });
  });

  it('writes only the header for a review without flags', () => {
    const empty = toReviewCsv(DOCUMENT, [], scoreReview([], DOCUMENT.wordCount, MQM_STANDARD_PRESET));
    expect(empty).toBe(`\uFEFF${REVIEW_CSV_COLUMNS.join(',')}\r\n`);
    expect(parse(empty)).toEqual([]);
  });

  it('round-trips any text typed into a flag, neutralised where it must be', () => {
    // Any code point: lone CR and LF, quotes, commas, byte order marks, CJK, emoji.
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, text, (body, suggestion, author, reply) => {
        const flag = { ...calque, body, suggestion, author, replies: [{ id: 'R', author: 'A', body: reply, createdAt: 0 }] };
        const [parsed] = parse(toReviewCsv(DOCUMENT, [flag], scorecard));
        expect(parsed).toMatchObject({
          explanation: neutraliseCell(body),
          suggestion: neutraliseCell(suggestion),
          author: neutraliseCell(author),
          replies: `A (1970-01-01T00:00:00.000Z): ${reply}`,
        });
      }),
      { numRuns: 300 },
    );
  });
});
