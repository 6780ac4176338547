import { describe, expect, it } from 'vitest';
import type { InlineContent } from '../../bilingual/types';
import { plainText } from '../../bilingual/content';
import { readLqiMarks, type LqiFlag } from './its-lqi';
import { withFlags12 } from './write-12';
import { withFlags2 } from './write-20';

const content: InlineContent = [
  { type: 'tag', tag: { kind: 'open', element: 'g', attrs: { id: '1' }, container: true, pairKey: '1', id: '1' } },
  { type: 'text', text: 'Zhejiang' },
  { type: 'tag', tag: { kind: 'close', element: 'g', attrs: {}, container: true, pairKey: '1' } },
  { type: 'text', text: ' held the 60th executive meeting of the provincial government.' },
];

const flags: LqiFlag[] = [
  { category: 'accuracy/mistranslation', severity: 'major', comment: 'Not “executive”: “standing”.', start: plainText(content).indexOf('executive'), end: plainText(content).indexOf('executive') + 9 },
  { category: 'linguistic-conventions/grammar', severity: 'minor', start: 0, end: 8 },
];

describe('reading ITS quality issues back', () => {
  for (const [name, write] of [
    ['XLIFF 1.2', (c: InlineContent) => withFlags12(c, flags)],
    ['XLIFF 2', (c: InlineContent) => withFlags2(c, flags, 's1')],
  ] as const) {
    it(`${name}: the markers Glossa writes come back as the same issues, and the content as it was`, () => {
      const read = readLqiMarks(write(content));
      expect(read.content).toEqual(content);
      const text = plainText(read.content);
      expect(read.issues.map((issue) => [issue.category, issue.severity, issue.comment, text.slice(issue.start, issue.end)]).sort()).toEqual(
        [
          ['accuracy/mistranslation', 'major', 'Not “executive”: “standing”.', 'executive'],
          ['linguistic-conventions/grammar', 'minor', undefined, 'Zhejiang'],
        ].sort(),
      );
    });
  }

  it('leaves other <mrk> elements (segments, comments) as the tags they are', () => {
    const other: InlineContent = [
      { type: 'tag', tag: { kind: 'open', element: 'mrk', attrs: { mtype: 'protected' }, container: true, pairKey: 'p' } },
      { type: 'text', text: 'Xinhua' },
      { type: 'tag', tag: { kind: 'close', element: 'mrk', attrs: {}, container: true, pairKey: 'p' } },
    ];
    expect(readLqiMarks(other)).toEqual({ content: other, issues: [] });
  });
});
