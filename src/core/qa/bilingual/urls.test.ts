import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualUrls } from './urls';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const line = (file: string, number: number) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n')[number - 1]!;
const run = (source: string, target: string) => bilingualUrls.run([{ id: 's', source, target }], {}).map((finding) => [finding.ruleId, finding.subject, finding.quote]);

describe('bilingual-urls', () => {
  it('accepts the same URL and e-mail address, with host case and a trailing slash or full stop ignored', () => {
    expect(run('见 https://Example.com/Path/ 或写信给 info@xinhua.org。', 'See https://example.com/Path or write to Info@Xinhua.org.')).toEqual([]);
  });

  it('reports a changed path and a missing address', () => {
    expect(run('见 https://example.com/a 或 info@xinhua.org', 'See https://example.com/b')).toEqual([
      ['missing', 'https://example.com/a', 'See https://example.com/b'],
      ['missing', 'info@xinhua.org', 'See https://example.com/b'],
      ['extra', 'https://example.com/b', 'https://example.com/b'],
    ]);
  });

  it('ends a URL at Chinese text, and finds the two WMT21 hotline sites kept by the MT (line 1419)', () => {
    const source = line('newstest2021.zh-en.src.zh', 1419);
    expect(source).toContain('(www.12321.cn)等平台');
    expect(bilingualUrls.run([{ id: '1419', source, target: line('newstest2021.zh-en.hyp.NiuTrans.en', 1419) }], {})).toEqual([]);
    expect(run(source, 'Report to www.12377.cn.')).toEqual([['missing', 'www.12321.cn', 'Report to www.12377.cn.']]);
  });
});
