import { describe, expect, it } from 'vitest';
import { extractNumbers } from './number-extract';

const values = (text: string, locale?: string) => extractNumbers(text, locale).map((number) => (number.strong ? number.value : `~${number.value}`));

describe('extractNumbers', () => {
  it('reads digits with thousands separators by the locale, decimals and percentages', () => {
    expect(values('1,000 people, 2.5% and 1 000 000 more', 'en')).toEqual(['1000', '2.5', '1000000']);
    expect(values('1.000 Menschen, 2,5 % und 3.500.000', 'de')).toEqual(['1000', '2.5', '3500000']);
    expect(values('在２０２１年，５０％')).toEqual(['2021', '50']);
  });

  it('applies English scale words and Chinese multipliers after digits', () => {
    expect(values('3.5 million and 200 million and 1.2 billion', 'en')).toEqual(['3500000', '200000000', '1200000000']);
    expect(values('3.5万人，2亿元，1.2万亿，9000多万党员')).toEqual(['35000', '200000000', '1200000000000', '90000000']);
  });

  it('reads Chinese numerals of two characters or more, and 百分之…', () => {
    expect(values('十二名，三百五十个，两万，二〇二一年，百分之五，百分之三点五')).toEqual(['12', '350', '20000', '2021', '5', '3.5']);
  });

  it('leaves idioms and words that only contain numerals alone, and keeps single numerals weak', () => {
    expect(values('千万不要，万一下雨，老百姓，一些人，统一')).toEqual([]);
    expect(values('三个人，第一')).toEqual(['~3', '~1']);
    expect(values('三四十个')).toEqual([]);
  });

  it('does not read 千米 (kilometre) as thousands', () => {
    expect(values('5千米，五千米')).toEqual(['5', '~5']);
  });

  it('keeps codes and names out, and reads times, months, decades, ordinals and 成 as the text means them', () => {
    expect(values('COVID-19 and A4 paper', 'en')).toEqual([]);
    expect(values('at 4 p.m. on July 6', 'en')).toEqual(['~4', '~16', '~7', '6']);
    expect(values('the post-90s, the third', 'en')).toEqual(['~90', '~3']);
    expect(values('6成，四成')).toEqual(['60', '~40']);
  });
});
