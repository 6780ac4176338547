import { describe, expect, it } from 'vitest';
import { nameVariants } from './name-variants';

const run = (text: string) => nameVariants.run(text, {}).map(({ quote, suggestion }) => [quote, suggestion]);

describe('name-variants: spelling', () => {
  it('reports the minority spelling of a name with the majority as the fix', () => {
    const text =
      'Governor Zheng Zhajie presided. Zheng Shajie hosted the meeting. Later Zheng Zhajie spoke, and Zheng Zhajie left.';
    expect(run(text)).toEqual([['Zheng Shajie', 'Zheng Zhajie']]);
  });

  it('finds transpositions and single-word names, and on a tie trusts the first spelling', () => {
    expect(run('Officials in Xiamen met. The Xiaemn delegation left.')).toEqual([['Xiaemn', 'Xiamen']]);
    expect(run('President Bolsonaro spoke. Bolsonaro left. Then Bossonaro returned.')).toEqual([['Bossonaro', 'Bolsonaro']]);
    expect(run('Xi Jinping met. Later Xi Jingping left.')).toEqual([['Xi Jingping', 'Xi Jinping']]);
  });

  it('allows two edits only in long names', () => {
    expect(run('Kazakhstan met. Kazakhsatn left. Kazakhstan won.')).toEqual([['Kazakhsatn', 'Kazakhstan']]);
    expect(run('Zhajie met Zhajei. Zhajie again.')).toEqual([['Zhajei', 'Zhajie']]);
    expect(run('Zhajie met Zhijea. Zhajie again.')).toEqual([]);
  });

  it('does not confuse different short names, suffixes, known pairs or common words', () => {
    expect(run('Zhang Wei met Zheng Wei. Li Lu met Li Li.')).toEqual([]);
    expect(run('South Korea and the Korean delegation. The Action Plan and the Action Plans.')).toEqual([]);
    expect(run('Shanxi and Shaanxi are provinces. Ireland beat Iceland.')).toEqual([]);
    expect(run('The police and the policy. Police said the Policy Bureau would report.')).toEqual([]);
  });

  it('compares names only with the same first letter and word count', () => {
    expect(run('Zhajie met. Shajie left.')).toEqual([]);
    expect(run('Zheng Zhajie met. Zheng Zhajie left. Zhang Shajie came.')).toEqual([]);
  });
});

describe('name-variants: capitalisation', () => {
  it('reports a phrase capitalised differently mid-sentence', () => {
    const text =
      'The provincial government met. Then the provincial government said yes, and the provincial government left. ' +
      'Later the Provincial Government agreed.';
    expect(run(text)).toEqual([['Provincial Government', 'provincial government']]);
  });

  it('reports a phrase in small letters against a capitalised majority', () => {
    const text = 'He met the Prime Minister. The Prime Minister spoke. Then the prime minister left.';
    expect(run(text)).toEqual([['prime minister', 'Prime Minister']]);
  });

  it('reports a sporadic capital on a common word, as in the sample article', () => {
    const text = 'Support for reform, for growth and for people. Focus on urgent projects, For long-term plans. In our province, in the province and across the province, our Province grows.';
    expect(run(text)).toEqual([
      ['For', 'for'],
      ['Province', 'province'],
    ]);
  });

  it('ignores capitals at the start of sentences, quotations, datelines and headlines', () => {
    expect(run('Leave now. They said “Leave the problem to us” and leave.')).toEqual([]);
    expect(run('Beijing, July 26 (Xinhua) The reporter said the reporter left.')).toEqual([]);
    expect(run('Xinhua News Agency, July 26th According to the plan, according to them.')).toEqual([]);
    expect(run('Provincial Government Holds Executive Meeting Today\nthe provincial government held a meeting.')).toEqual([]);
  });

  it('leaves names, acronyms, homonyms and deliberate capitals alone', () => {
    // Part of a longer name, or linked to one by "of" or a possessive.
    expect(run('the Zhejiang Provincial Government and the provincial government. The Province of Portable Services; the province.')).toEqual([]);
    expect(run('read the People’s Daily, the people said; people agree.')).toEqual([]);
    // Acronyms and words whose capital form is another word.
    expect(run('the US said to us; in May we may go; the may tree.')).toEqual([]);
    // Capitalised on purpose, often: "the Party".
    expect(run('the Party said; the Party agreed; the Party left; a party started; a party ended; a party.')).toEqual([]);
    // A lone word in small letters against a capitalised majority is another word.
    expect(run('Mr Brown said. Brown left. Brown won. a brown dog.')).toEqual([]);
  });
});
