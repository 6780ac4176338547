import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bilingualNumbers } from './numbers';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const line = (file: string, number: number) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n')[number - 1]!;
const pair = (number: number, system = 'Facebook-AI') => ({
  id: String(number),
  source: line('newstest2021.zh-en.src.zh', number),
  target: line(`newstest2021.zh-en.hyp.${system}.en`, number),
});
const run = (source: string, target: string) =>
  bilingualNumbers.run([{ id: 's1', source, target }], { sourceLocale: 'zh', targetLocale: 'en' }).map((finding) => [finding.ruleId, finding.subject, finding.quote]);

describe('bilingual-numbers', () => {
  it('matches numbers written differently on the two sides', () => {
    expect(run('3.5万人参加，百分之五，十二名', '35,000 people took part, 5%, twelve of them')).toEqual([]);
    expect(run('全国有2亿用户', 'There are 200 million users in the country')).toEqual([]);
    expect(run('全国有2亿用户', 'There are 200,000,000 users in the country')).toEqual([]);
  });

  it('reports a missing number on the whole target and an extra one on its span', () => {
    expect(run('处3万元罚款', 'A fine of 3,000 yuan')).toEqual([
      ['missing', '30000', 'A fine of 3,000 yuan'],
      ['extra', '3000', '3,000'],
    ]);
  });

  it('compares as multisets: a repeated number must be repeated', () => {
    expect(run('5人和5人', '5 and 5 people')).toEqual([]);
    expect(run('5人和5人', '5 people')).toEqual([['missing', '5', '5 people']]);
  });

  it('finds nothing where the WMT21 MT rendered 14亿 and 9000多万 as 1.4 billion and 90 million', () => {
    const segment = pair(308);
    expect(segment.target).toContain('1.4 billion');
    expect(bilingualNumbers.run([segment], {})).toEqual([]);
  });

  it('catches the real MT error "4178,027" for 4178027 confirmed cases (WMT21 line 801)', () => {
    const findings = bilingualNumbers.run([pair(801)], { sourceLocale: 'zh', targetLocale: 'en' });
    expect(findings.map((finding) => [finding.ruleId, finding.subject])).toEqual([
      ['missing', '4178027'],
      ['extra', '4178'],
      ['extra', '27'],
    ]);
    expect(findings[1]!.quote).toBe('4178');
  });

  it('catches the fine of 3万元 that the MT left out (WMT21 line 482)', () => {
    const findings = bilingualNumbers.run([pair(482)], {});
    expect(findings.map((finding) => [finding.ruleId, finding.subject, finding.segmentId])).toEqual([['missing', '30000', '482']]);
  });
});
