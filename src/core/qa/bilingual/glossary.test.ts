import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../finding';
import { bilingualGlossary } from './glossary';

const CORPUS = resolve(__dirname, '../../../../../shared/corpus/wmt21-zh-en');
const lines = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8').split('\n').slice(0, 1948);
const run = (source: string, target: string, glossary: GlossaryEntry[]) =>
  bilingualGlossary.run([{ id: 's', source, target }], { glossary }).map((finding) => [finding.subject, finding.quote]);

const entry = (source: string, preferred: string, termId?: string): GlossaryEntry => ({ source, preferred, forbidden: [], ...(termId ? { termId } : {}) });

describe('bilingual-glossary', () => {
  it('finds a Chinese term inside a sentence written without spaces', () => {
    expect(run('今天国务院发布了新计划。', 'Today the cabinet published a new plan.', [entry('国务院', 'State Council', 't1')])).toEqual([
      ['t1', 'Today the cabinet published a new plan.'],
    ]);
    expect(run('今天国务院发布了新计划。', 'Today the State Council published a new plan.', [entry('国务院', 'State Council', 't1')])).toEqual([]);
  });

  it('matches the approved rendering as whole words, with plurals and case folded, and source terms in Latin script by token', () => {
    expect(run('两个五年计划', 'two five-year Plans', [entry('五年计划', 'five-year plan')])).toEqual([]);
    expect(run('The action plan is ready', 'Der Plan ist fertig', [entry('action plan', 'Aktionsplan')])).toEqual([['action plan', 'Der Plan ist fertig']]);
    expect(run('The planning is ready', 'Die Planung ist fertig', [entry('plan', 'Plan')])).toEqual([]);
  });

  it('takes entries sharing a source as one concept: any approved rendering will do, reported once', () => {
    const glossary = [entry('新华社', 'Xinhua News Agency'), entry('新华社', 'Xinhua')];
    expect(run('新华社报道', 'Xinhua reported', glossary)).toEqual([]);
    expect(run('新华社报道', 'The agency reported', glossary)).toEqual([['新华社', 'The agency reported']]);
  });

  it('ignores entries without a source or an approved rendering', () => {
    expect(run('国务院', 'cabinet', [{ preferred: 'State Council', forbidden: [] }, entry('国务院', '')])).toEqual([]);
  });

  it('finds the WMT21 segment where Facebook-AI did not write "rural revitalization" for 乡村振兴 (line 10 of 6)', () => {
    const source = lines('newstest2021.zh-en.src.zh');
    const target = lines('newstest2021.zh-en.hyp.Facebook-AI.en');
    const segments = source.map((text, index) => ({ id: String(index + 1), source: text, target: target[index]! }));
    const findings = bilingualGlossary.run(segments, { glossary: [entry('乡村振兴', 'rural revitalization', 'rv')] });
    expect(findings.map((finding) => finding.segmentId)).toEqual(['10']);
  });
});
