import { describe, expect, it } from 'vitest';
import {
  MQM_CATEGORIES,
  MQM_DIMENSIONS,
  categoryOrder,
  categoryPath,
  childrenOf,
  dimensionOf,
  getCategory,
  isMqmCategoryId,
  lineageOf,
} from './typology';
import { resolveCategoryId } from './resolve-category';

describe('MQM typology', () => {
  it('has the dimensions of DESIGN.md in order, with their subcategories', () => {
    expect(MQM_DIMENSIONS.map((d) => d.label)).toEqual([
      'Terminology',
      'Accuracy',
      'Linguistic conventions',
      'Style',
      'Locale conventions',
      'Audience appropriateness',
      'Design and markup',
      'Non-translation',
      'Source error',
    ]);
    expect(childrenOf('accuracy').map((c) => c.label)).toEqual([
      'Mistranslation',
      'Omission',
      'Addition',
      'Untranslated',
      'Over-translation',
      'Under-translation',
      'Do-not-translate',
    ]);
    expect(childrenOf('linguistic-conventions').map((c) => c.label)).toEqual([
      'Grammar',
      'Punctuation',
      'Spelling',
      'Inconsistency',
      'Register',
    ]);
    expect(childrenOf('accuracy/omission')).toEqual([]);
  });

  it('has unique ids, and every subcategory id starts with its dimension id', () => {
    const ids = MQM_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const category of MQM_CATEGORIES) {
      if (category.parentId) expect(category.id.startsWith(`${category.parentId}/`)).toBe(true);
      expect(category.id).toMatch(/^[a-z-]+(\/[a-z-]+)?$/);
    }
  });

  it('looks categories up by id', () => {
    expect(getCategory('accuracy/mistranslation')?.label).toBe('Mistranslation');
    expect(getCategory('nope')).toBeUndefined();
    expect(isMqmCategoryId('linguistic-conventions/punctuation')).toBe(true);
    expect(isMqmCategoryId('Accuracy')).toBe(false);
    expect(isMqmCategoryId(42)).toBe(false);
    expect(dimensionOf('linguistic-conventions/register')).toBe('linguistic-conventions');
    expect(dimensionOf('style')).toBe('style');
    expect(dimensionOf('nope')).toBeUndefined();
    expect(lineageOf('accuracy/omission')).toEqual(['accuracy/omission', 'accuracy']);
    expect(lineageOf('terminology')).toEqual(['terminology']);
    expect(lineageOf('nope')).toEqual([]);
    expect(categoryPath('accuracy/omission')).toBe('Accuracy › Omission');
    expect(categoryPath('style')).toBe('Style');
    expect(categoryPath('custom/thing')).toBe('custom/thing');
    expect(categoryOrder('terminology')).toBeLessThan(categoryOrder('accuracy/omission'));
    expect(categoryOrder('unknown')).toBe(MQM_CATEGORIES.length);
  });
});

describe('resolveCategoryId', () => {
  it.each([
    ['accuracy/omission', 'accuracy/omission'],
    ['Accuracy/Mistranslation', 'accuracy/mistranslation'],
    ['Accuracy/Untranslated text', 'accuracy/untranslated'],
    ['Fluency/Punctuation', 'linguistic-conventions/punctuation'],
    ['Fluency/Grammar', 'linguistic-conventions/grammar'],
    ['Fluency/Character encoding', 'linguistic-conventions'],
    ['Linguistic conventions › Spelling', 'linguistic-conventions/spelling'],
    ['Non-translation!', 'non-translation'],
    ['Source error', 'source-error'],
    ['Style/Awkward', 'style'],
    ['Terminology/Inappropriate for context', 'terminology'],
    ['Locale convention/Date format', 'locale-conventions'],
    ['Mistranslation', 'accuracy/mistranslation'],
    ['over translation', 'accuracy/over-translation'],
  ])('%s → %s', (name, id) => {
    expect(resolveCategoryId(name)).toBe(id);
  });

  it.each(['Other', 'no-error', '', '   ', 'Banana/Split'])('cannot place %j', (name) => {
    expect(resolveCategoryId(name)).toBeUndefined();
  });

  it('accepts null and undefined', () => {
    expect(resolveCategoryId(null)).toBeUndefined();
    expect(resolveCategoryId(undefined)).toBeUndefined();
  });
});
