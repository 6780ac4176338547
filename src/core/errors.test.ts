import { describe, expect, it } from 'vitest';
import { errorMessage } from './errors';

describe('errorMessage', () => {
  it('gives an Error’s own sentence, a thrown string as it is, and other values as text', () => {
    expect(errorMessage(new TypeError('The file is empty.'))).toBe('The file is empty.');
    expect(errorMessage('quota exceeded')).toBe('quota exceeded');
    expect(errorMessage(404)).toBe('404');
  });

  it('never throws itself, even for values that cannot be turned into text', () => {
    expect(errorMessage(Object.create(null))).toBe('an unknown error');
    expect(errorMessage({ toString: () => { throw new Error('no'); } })).toBe('an unknown error');
  });
});
