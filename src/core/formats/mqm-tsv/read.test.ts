import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentImportError } from '../documents/import-error';
import { readMqmTsv, readMqmTsvBytes } from './read';
import { MAX_MQM_TSV_BYTES, MqmTsvFormatError, type MqmTsvProblem } from './types';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus');
const TED_ENDE = { name: 'mqm_ted_ende.tsv', path: resolve(CORPUS, 'wmt-mqm-ted-ende/mqm_ted_ende.tsv') };
const TED_ZHEN = { name: 'mqm_ted_zhen.talks-2-7.tsv', path: resolve(CORPUS, 'wmt-mqm-ted-zhen-part/mqm_ted_zhen.talks-2-7.tsv') };
const corpusBytes = (file: { path: string }) => new Uint8Array(readFileSync(file.path));

const HEADER = 'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment';
const tsv = (...rows: string[]) => [HEADER, ...rows].join('\n');

function refusal(read: () => unknown): MqmTsvFormatError {
  try {
    read();
  } catch (error) {
    if (error instanceof MqmTsvFormatError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readMqmTsv', () => {
  it('keeps systems, segments (markers stripped), raters and errors with span, side, category and severity', () => {
    const file = readMqmTsv(
      tsv(
        'A\ttalk.1\t1\t1\trater1\tHello world.\tHallo <v>Welt</v>.\tAccuracy/Mistranslation\tMajor\tnot "world"',
        'A\ttalk.1\t1\t1\trater2\tHello world.\tHallo Welt.\tNo-error\tNo-error\t',
        'A\ttalk.1\t1\t2\trater1\t<v>Good</v> night.\tNacht.\tAccuracy/Omission\tMinor\t',
        'B\ttalk.1\t1\t1\trater1\tHello world.\tHallo Welt<v>,</v>\tFluency/Punctuation\tMinor\t',
      ),
      'x.tsv',
    );
    expect(file.raters).toEqual(['rater1', 'rater2']);
    expect(file.hasComment).toBe(true);
    expect(file.systems.map((s) => s.system)).toEqual(['A', 'B']);
    const a = file.systems[0]!;
    expect(a.segments).toEqual([
      { doc: 'talk.1', docId: '1', segId: '1', source: 'Hello world.', target: 'Hallo Welt.', raters: ['rater1', 'rater2'] },
      { doc: 'talk.1', docId: '1', segId: '2', source: 'Good night.', target: 'Nacht.', raters: ['rater1'] },
    ]);
    expect(a.errors).toEqual([
      { segment: 0, side: 'target', start: 6, end: 10, category: 'Accuracy/Mistranslation', categoryId: 'accuracy/mistranslation', severity: 'major', rater: 'rater1', comment: 'not "world"', line: 2 },
      { segment: 1, side: 'source', start: 0, end: 4, category: 'Accuracy/Omission', categoryId: 'accuracy/omission', severity: 'minor', rater: 'rater1', comment: '', line: 4 },
    ]);
    expect(file.systems[1]!.errors[0]).toMatchObject({ categoryId: 'linguistic-conventions/punctuation', start: 10, end: 11 });
  });

  it('finds columns by header name, in any order, with or without a comment column', () => {
    const file = readMqmTsv('severity\tcategory\ttarget\tsource\trater\tseg_id\tdoc_id\tdoc\tsystem\nMinor\tStyle/Awkward\t<v>x</v>\ts\tr\t7\t1\td\tS', 'y.tsv');
    expect(file.hasComment).toBe(false);
    expect(file.systems[0]!.errors[0]).toMatchObject({ categoryId: 'style', severity: 'minor', comment: '', side: 'target', start: 0, end: 1 });
  });

  it.each<[string, string, MqmTsvProblem, RegExp, number | undefined]>([
    ['an empty text', '', 'empty', /“f\.tsv”: it contains no text/, undefined],
    ['missing columns', 'system\tdoc\tsource\ttarget\tcategory\n', 'missing-columns', /lacks the columns doc_id, seg_id, rater, severity/, undefined],
    ['a short row', tsv('A\ttalk.1\t1\t1\tr\ts\tt\tStyle'), 'cell-count', /line 2 has 8 cells where the header has 10/, 2],
    ['a stray </v>', tsv('A\td\t1\t1\tr\ts\tt</v>\tStyle\tMinor\t'), 'unbalanced-span', /line 2: the target has a <\/v> without its <v>/, 2],
    ['spans on both sides', tsv('A\td\t1\t1\tr\t<v>s</v>\t<v>t</v>\tStyle\tMinor\t'), 'unbalanced-span', /line 2 marks a span in both/, 2],
    ['an unknown severity', tsv('A\td\t1\t1\tr\ts\tt\tStyle\tNo-error\t', 'A\td\t1\t2\tr\ts\tt\tStyle\tBlocker\t'), 'unknown-severity', /line 3 has the severity “Blocker”/, 3],
    ['a header alone', HEADER, 'no-rows', /a header but no rows/, undefined],
  ])('refuses %s, naming the file and the reason', (_what, text, problem, message, line) => {
    const error = refusal(() => readMqmTsv(text, 'f.tsv'));
    expect(error).toBeInstanceOf(DocumentImportError);
    expect(error.problem).toBe(problem);
    expect(error.fileName).toBe('f.tsv');
    expect(error.message).toMatch(/^Could not import “f\.tsv”: /);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });

  it('names the missing columns for code as well', () => {
    expect(refusal(() => readMqmTsv('system\tdoc\n', 'f.tsv')).missingColumns).toEqual(['doc_id', 'seg_id', 'rater', 'source', 'target', 'category', 'severity']);
  });

  it('refuses bytes that are empty, binary, not UTF-8 or over the size limit', () => {
    expect(refusal(() => readMqmTsvBytes(new Uint8Array(), 'f.tsv')).kind).toBe('empty');
    expect(refusal(() => readMqmTsvBytes(new Uint8Array([0, 1, 2, 3]), 'f.tsv')).kind).toBe('not-text');
    expect(refusal(() => readMqmTsvBytes(new Uint8Array([0x73, 0xff, 0xfe, 0x41]), 'f.tsv')).kind).toBe('not-text');
    expect(refusal(() => readMqmTsvBytes(new Uint8Array(MAX_MQM_TSV_BYTES + 1), 'f.tsv')).problem).toBe('too-large');
  });
});

describe('the WMT TED files', () => {
  it('en→de: 14 systems, 4 raters, 529 segments each, every error row kept, in well under a second', () => {
    const started = performance.now();
    const file = readMqmTsvBytes(corpusBytes(TED_ENDE), TED_ENDE.name);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(file.systems).toHaveLength(14);
    expect([...file.raters].sort()).toEqual(['rater1', 'rater2', 'rater3', 'rater4']);
    for (const system of file.systems) expect(system.segments).toHaveLength(529);
    const errors = file.systems.flatMap((s) => s.errors);
    expect(errors).toHaveLength(8435 - 4404); // rows minus No-error rows
    expect(errors.filter((e) => e.side === 'source')).toHaveLength(14);
    // "Other" (38 rows) has no Glossa category but still counts as an error.
    expect(errors.filter((e) => e.categoryId === undefined).map((e) => e.category)).toEqual(Array(38).fill('Other'));
    // The one row whose <v> is never closed (line 6444) imports, with a warning.
    expect(file.warnings).toEqual([{ line: 6444, reason: 'the <v> in the target is never closed; the span runs to the end of the target.' }]);
    for (const system of file.systems) {
      for (const error of system.errors) {
        const segment = system.segments[error.segment]!;
        const text = error.side === 'source' ? segment.source : segment.target;
        expect(error.end).toBeLessThanOrEqual(text.length);
        expect(text).not.toContain('<v>');
      }
    }
  });

  it('zh→en (no comment column): 15 systems, and the Source error rows keep their category', () => {
    const file = readMqmTsvBytes(corpusBytes(TED_ZHEN), TED_ZHEN.name);
    expect(file.hasComment).toBe(false);
    expect(file.systems).toHaveLength(15);
    expect(file.raters).toHaveLength(9);
    const errors = file.systems.flatMap((s) => s.errors);
    expect(errors).toHaveLength(3985 - 1715);
    expect(errors.filter((e) => e.categoryId === 'source-error')).toHaveLength(13);
    expect(file.warnings).toEqual([]);
  });
});
