import { describe, expect, it } from 'vitest';
import { bilingualInput } from './input';
import { findingsInArticle, type SegmentLayout } from './in-article';
import { runBilingualChecks } from './run';
import type { BilingualSegment } from '../../bilingual';

function segment(id: string, source: string, target: string): BilingualSegment {
  const text = (value: string) => (value === '' ? [] : [{ type: 'text' as const, text: value }]);
  return { id, fileId: 'f', unitId: id, segmentKey: '', source: text(source), mtTarget: text(target), target: text(target), state: 'translated', originalState: '', notes: [] };
}

describe('findingsInArticle', () => {
  // Article: "Title line\n\nIt cost 350 yuan.\n\nSecond block said 12 things" — the second segment was split with Enter.
  const article = 'Title line\n\nIt cost 350 yuan.\n\nSecond block said 12 things';
  const segments = [segment('a', '标题', 'Title line'), segment('b', '花了三百五十元。第二块说十三件事', 'It cost 350 yuan.\nSecond block said 12 things')];
  const layouts = new Map<string, SegmentLayout>([
    ['a', { blockStarts: [0], blockLengths: [10] }],
    ['b', { blockStarts: [12, 31], blockLengths: [17, 27] }],
  ]);

  it('places a number finding of a split segment on its words in the article', () => {
    const { findings } = runBilingualChecks(segments.map(bilingualInput), { sourceLocale: 'zh', targetLocale: 'en' }, ['bilingual-numbers']);
    const placed = findingsInArticle(findings, layouts, article);
    expect(placed.length).toBeGreaterThan(0);
    for (const finding of placed) expect(finding.quote).toBe(article.slice(finding.start, finding.end));
    expect(placed.map((finding) => finding.quote)).toContain('12');
    expect(placed.every((finding) => finding.key.startsWith('b|'))).toBe(true);
  });

  it('drops a finding whose segment the article no longer has', () => {
    const { findings } = runBilingualChecks([bilingualInput(segment('gone', 'Seite 5', 'page 6'))], {}, ['bilingual-numbers']);
    expect(findings.length).toBeGreaterThan(0);
    expect(findingsInArticle(findings, layouts, article)).toEqual([]);
  });
});
