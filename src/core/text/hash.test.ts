import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, fnvStep } from './hash';

describe('FNV-1a', () => {
  it('gives the published 32-bit FNV-1a of "a"', () => {
    expect(fnvStep(FNV_OFFSET, 97) >>> 0).toBe(0xe40c292c);
  });
});
