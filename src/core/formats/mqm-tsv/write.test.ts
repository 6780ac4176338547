import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MQM_CATEGORIES, resolveCategoryId } from '../../mqm';
import { readMqmTsv, readMqmTsvBytes } from './read';
import { wmtCategoryName, writeMqmTsv, type MqmTsvWriteInput } from './write';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus');
const TED_ZHEN = { name: 'mqm_ted_zhen.talks-2-7.tsv', path: resolve(CORPUS, 'wmt-mqm-ted-zhen-part/mqm_ted_zhen.talks-2-7.tsv') };
const corpusBytes = (file: { path: string }) => new Uint8Array(readFileSync(file.path));

const input: MqmTsvWriteInput = {
  systems: [
    {
      system: 'Glossa',
      segments: [
        { doc: 'article', docId: '1', segId: '1', source: '双增长', target: 'double growth', raters: ['ana'] },
        { doc: 'article', docId: '1', segId: '2', source: '大部制', target: 'superministerial\tplan system', raters: ['ana', 'ben'] },
      ],
      errors: [
        { segment: 0, side: 'target', start: 0, end: 13, category: wmtCategoryName('terminology'), severity: 'major', rater: 'ana', comment: 'use "dual growth"' },
        { segment: 0, side: 'source', start: 0, end: 1, category: wmtCategoryName('accuracy/omission'), severity: 'minor', rater: 'ana' },
        { segment: 1, side: 'target', start: 0, end: 16, category: wmtCategoryName('linguistic-conventions/punctuation'), severity: 'critical', rater: 'ben' },
      ],
    },
  ],
};

describe('writeMqmTsv', () => {
  it('writes the WMT columns, one row per error with its span marked, and No-error for a rater who flagged nothing', () => {
    expect(writeMqmTsv(input).split('\n')).toEqual([
      'system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment',
      'Glossa\tarticle\t1\t1\tana\t双增长\t<v>double growth</v>\tTerminology\tMajor\tuse "dual growth"',
      'Glossa\tarticle\t1\t1\tana\t<v>双</v>增长\tdouble growth\tAccuracy/Omission\tMinor\t',
      'Glossa\tarticle\t1\t2\tana\t大部制\tsuperministerial plan system\tNo-error\tNo-error\t',
      'Glossa\tarticle\t1\t2\tben\t大部制\t<v>superministerial</v> plan system\tFluency/Punctuation\tCritical\t',
      '',
    ]);
  });

  it('reads back the same errors, segments and raters', () => {
    const file = readMqmTsv(writeMqmTsv(input), 'glossa.tsv');
    const system = file.systems[0]!;
    expect(system.segments.map((s) => s.raters)).toEqual([['ana'], ['ana', 'ben']]);
    expect(system.errors.map(({ line: _line, categoryId: _id, ...error }) => ({ ...error }))).toEqual(
      input.systems[0]!.errors.map((error) => ({ ...error, comment: error.comment ?? '' })),
    );
    expect(system.errors.map((error) => error.categoryId)).toEqual(['terminology', 'accuracy/omission', 'linguistic-conventions/punctuation']);
  });

  it('names every Glossa category so that it reads back as itself', () => {
    for (const category of MQM_CATEGORIES) expect(resolveCategoryId(wmtCategoryName(category.id))).toBe(category.id);
    expect(wmtCategoryName('non-translation')).toBe('Non-translation!');
  });

  it('without the comment column, as the zh→en file: it writes back and re-reads to the same errors', () => {
    const file = readMqmTsvBytes(corpusBytes(TED_ZHEN), TED_ZHEN.name);
    const written = writeMqmTsv({ systems: file.systems, comment: false });
    expect(written.split('\n', 1)[0]).toBe('system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity');
    const again = readMqmTsv(written, 'again.tsv');
    const strip = (f: typeof file) => f.systems.map((s) => s.errors.map(({ line: _line, ...error }) => error));
    expect(strip(again)).toEqual(strip(file));
  });
});
