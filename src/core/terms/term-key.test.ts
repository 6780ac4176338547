import { describe, expect, it } from 'vitest';
import { termKey, termTokens } from './term-key';

describe('termTokens and termKey', () => {
  it('cut a term into the tokens the matcher compares', () => {
    expect(termTokens('Superministerial + Plan  System')).toEqual(['superministerial', '+', 'plan', 'system']);
    expect(termTokens('Super‑ministry’s')).toEqual(['super', '-', 'ministry', "'", 's']);
    expect(termKey('super - ministry')).toBe(termKey('super‑ministry'));
    expect(termTokens('  ')).toEqual([]);
  });
});
