import { describe, expect, it } from 'vitest';
import { hasNestedQuantifier } from './regex-safety';

describe('hasNestedQuantifier', () => {
  it.each(['(a+)+', '(\\w+\\s?)*', '(?:x*y)+', '((a+)b){2,}', '(a|b+)*c', '((a)+b)+'])('rejects %s', (pattern) => {
    expect(hasNestedQuantifier(pattern)).toBe(true);
  });

  it.each(['a+b*', '(ab)+', '(?:\\d{3})+', '(a+)?', '\\(a+\\)+', '[(a+)]+', 'colou?r', '\\bin order to\\b', '(a|b)+'])('accepts %s', (pattern) => {
    expect(hasNestedQuantifier(pattern)).toBe(false);
  });
});
