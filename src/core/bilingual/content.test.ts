import { describe, expect, it } from 'vitest';
import { plainText, restoreTags, tagLabels } from './content';
import type { InlineContent, InlineTag } from './types';

const tag = (kind: InlineTag['kind'], element: string, pairKey?: string): { type: 'tag'; tag: InlineTag } => ({
  type: 'tag',
  tag: { kind, element, attrs: {}, container: element === 'g', ...(pairKey ? { pairKey } : {}) },
});
const text = (value: string) => ({ type: 'text' as const, text: value });

// <g id="1">Zhejiang</g> held a <bpt rid="2"/>meeting<ept rid="2"/> today<x/>
const template: InlineContent = [tag('open', 'g', '1'), text('Zhejiang'), tag('close', 'g', '1'), text(' held a '), tag('open', 'bpt', '2'), text('meeting'), tag('close', 'ept', '2'), text(' today'), tag('standalone', 'x')];

describe('plain text of inline content and back', () => {
  it('omits tags, or writes numbered placeholders (a close carries the number of its open)', () => {
    expect(plainText(template)).toBe('Zhejiang held a meeting today');
    expect(plainText(template, 'placeholder')).toBe('⟦1⟧Zhejiang⟦/1⟧ held a ⟦2⟧meeting⟦/2⟧ today⟦3/⟧');
  });

  it('labels each tag token as its placeholder reads, without the brackets', () => {
    expect(tagLabels(template).filter((label) => label !== '')).toEqual(['1', '/1', '2', '/2', '3/']);
    expect(tagLabels(template)[1]).toBe('');
  });

  it('an edited target with the same tags in the same order gets the very same tag tokens back', () => {
    const restored = restoreTags(template, '⟦1⟧Zhejiang Province⟦/1⟧ convened a ⟦2⟧session⟦/2⟧ today⟦3/⟧');
    expect(restored.problems).toEqual([]);
    expect(plainText(restored.content)).toBe('Zhejiang Province convened a session today');
    expect(restored.content.filter((item) => item.type === 'tag')).toEqual(template.filter((item) => item.type === 'tag'));
  });

  it('reports moved, deleted, invented and unbalanced placeholders, and never loses a tag', () => {
    const moved = restoreTags(template, '⟦3/⟧⟦1⟧Zhejiang⟦/1⟧ held a ⟦2⟧meeting⟦/2⟧');
    expect(moved.problems.map((problem) => problem.kind)).toEqual(['reordered']);
    const deleted = restoreTags(template, '⟦1⟧Zhejiang⟦/1⟧ met');
    expect(deleted.problems).toEqual([
      { kind: 'missing', placeholder: '⟦2⟧' },
      { kind: 'missing', placeholder: '⟦/2⟧' },
      { kind: 'missing', placeholder: '⟦3/⟧' },
    ]);
    expect(deleted.content.filter((item) => item.type === 'tag')).toHaveLength(5);
    const invented = restoreTags(template, '⟦1⟧Z⟦/1⟧ ⟦2⟧m⟦/2⟧⟦3/⟧ ⟦7⟧');
    expect(invented.problems).toEqual([{ kind: 'extra', placeholder: '⟦7⟧' }]);
    expect(plainText(invented.content)).toBe('Z m ⟦7⟧');
    expect(restoreTags(template, '⟦/1⟧Z⟦1⟧ ⟦2⟧m⟦/2⟧⟦3/⟧').problems.map((problem) => problem.kind)).toEqual(['unbalanced', 'reordered']);
  });
});
