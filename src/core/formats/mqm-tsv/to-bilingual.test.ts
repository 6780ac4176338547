// One system of the real WMT21 TED en→de MQM file as a document to review, and the language
// pair the WMT file names state.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMqmTsv, readMqmTsvBytes } from './read';
import { languagePairFromFileName, systemDocument } from './to-bilingual';

const TED = resolve(__dirname, '../../../../../shared/corpus/wmt-mqm-ted-ende/mqm_ted_ende.tsv');

describe('systemDocument on the WMT21 TED en→de file', () => {
  const file = readMqmTsvBytes(new Uint8Array(readFileSync(TED)), 'mqm_ted_ende.tsv');
  const nemo = file.systems.find((system) => system.system === 'Nemo')!;
  const { document, flags, raters, unplaced } = systemDocument(file, 'Nemo', { srcLang: 'en', tgtLang: 'de' });

  it('has the system’s 529 segments in file order, the output as the delivered target, one file per talk', () => {
    expect(document.segments).toHaveLength(529);
    expect(document.segments.map((segment) => segment.mtTarget.map((item) => (item.type === 'text' ? item.text : '')).join(''))).toEqual(nemo.segments.map((segment) => segment.target));
    expect(document.segments[0]!.source).toEqual([{ type: 'text', text: nemo.segments[0]!.source }]);
    expect(new Set(document.segments.map((segment) => segment.id)).size).toBe(529);
    expect(document.files.map((entry) => entry.id)).toEqual([...new Set(nemo.segments.map((segment) => segment.doc))]);
    expect(document.srcLang).toBe('en');
  });

  it('makes every error a flag, on its target span when it has one, with the rater', () => {
    expect(flags.length + unplaced).toBe(nemo.errors.length);
    expect(raters).toEqual([...new Set(nemo.segments.flatMap((segment) => segment.raters))]);
    expect(raters).toHaveLength(3);
    expect(document.segments[0]!.raters).toEqual(nemo.segments[0]!.raters);
    const onTarget = nemo.errors.findIndex((error) => error.side === 'target' && error.end > error.start);
    const error = nemo.errors[onTarget]!;
    const flag = flags.find((candidate) => candidate.segment === error.segment && candidate.start === error.start && candidate.end === error.end)!;
    expect(flag).toMatchObject({ severity: error.severity, rater: error.rater, categoryId: error.categoryId });
    expect(nemo.segments[error.segment]!.target.slice(flag.start, flag.end).length).toBeGreaterThan(0);
  });

  it('puts an error marked in the source on the whole target segment and quotes the source span', () => {
    const tsv = [
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment',
      'A\ttalk.1\t1\t1\tr1\tHello <v>big</v> world\tHallo Welt\tAccuracy/Omission\tMajor\t',
      'A\ttalk.1\t1\t2\tr2\tBye\tTschüss\tOther\tMinor\todd',
      'A\ttalk.1\t1\t3\tr1\tGone\t\tAccuracy/Omission\tMajor\t',
    ].join('\n');
    const result = systemDocument(readMqmTsv(tsv, 'small.tsv'), 'A', { srcLang: 'en', tgtLang: 'de' });
    expect(result.flags[0]).toMatchObject({ segment: 0, start: 0, end: 'Hallo Welt'.length, categoryId: 'accuracy/omission', body: 'Marked in the source: “big”.' });
    expect(result.flags[1]).toMatchObject({ segment: 1, categoryId: undefined, body: 'Category in the file: Other. No span marked. odd' });
    expect(result.unplaced).toBe(1);
    expect(() => systemDocument(readMqmTsv(tsv, 'small.tsv'), 'B', { srcLang: 'en', tgtLang: 'de' })).toThrow('no system “B”');
  });
});

describe('languagePairFromFileName', () => {
  it('reads the pair WMT file names state, and says undetermined otherwise', () => {
    expect(languagePairFromFileName('mqm_ted_ende.tsv')).toEqual({ srcLang: 'en', tgtLang: 'de' });
    expect(languagePairFromFileName('/data/mqm_newstest2021_zhen.tsv')).toEqual({ srcLang: 'zh', tgtLang: 'en' });
    expect(languagePairFromFileName('wmt21.en-de.tsv')).toEqual({ srcLang: 'en', tgtLang: 'de' });
    expect(languagePairFromFileName('ratings.tsv')).toEqual({ srcLang: 'und', tgtLang: 'und' });
    expect(languagePairFromFileName('mqm_xxyy.tsv')).toEqual({ srcLang: 'und', tgtLang: 'und' });
  });
});
