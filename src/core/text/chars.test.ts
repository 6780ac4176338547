import { describe, expect, it } from 'vitest';
import { charFlags, charLength, CJK, codePointAt, codePointBefore, isSpaceChar, isWordChar, LINE_BREAK, SPACE, SPACELESS, WORD, ZERO_WIDTH_SPACE } from './chars';

const point = (char: string): number => char.codePointAt(0)!;

describe('character classes by code point', () => {
  it('classifies letters, marks and digits outside the BMP as word characters', () => {
    // CJK Extension B, mathematical bold capital A, a Deseret letter, a combining mark of the SMP, a digit of the SMP.
    for (const char of ['𠀀', '𝐀', '𐐀', '\u{1D167}', '𝟎']) expect(isWordChar(point(char))).toBe(true);
    expect(charFlags(point('𠀀')) & CJK).toBe(CJK);
    expect(charFlags(point('𝐀')) & CJK).toBe(0);
  });

  it('classifies emoji, emoji modifiers and the zero-width joiner as no word character', () => {
    for (const char of ['😀', '👍', '\u{1F3FB}', '\u200d', '\u2764']) expect(isWordChar(point(char))).toBe(false);
  });

  it('classifies combining marks as word characters, so a decomposed letter stays one word', () => {
    expect(isWordChar(0x0301)).toBe(true);
    expect(isWordChar(0x20e3)).toBe(true);
  });

  it('tells spaces, line breaks and the invisible separators apart', () => {
    expect(charFlags(32)).toBe(charFlags(0xa0));
    expect(charFlags(32) & SPACE).toBe(SPACE);
    expect(charFlags(10) & (SPACE | LINE_BREAK)).toBe(SPACE | LINE_BREAK);
    expect(charFlags(0x2028) & LINE_BREAK).toBe(LINE_BREAK);
    // Next line breaks a line but is not \s; the zero-width space is neither a space nor a word character.
    expect(charFlags(0x85) & (SPACE | LINE_BREAK)).toBe(LINE_BREAK);
    expect(charFlags(0x200b) & (SPACE | WORD | ZERO_WIDTH_SPACE)).toBe(ZERO_WIDTH_SPACE);
    expect(isSpaceChar(0x3000)).toBe(true);
  });

  it('marks the scripts written without spaces, and the CJK ones counted per character', () => {
    expect(charFlags(point('ก')) & SPACELESS).toBe(SPACELESS);
    expect(charFlags(point('ສ')) & SPACELESS).toBe(SPACELESS);
    expect(charFlags(point('ー')) & CJK).toBe(CJK);
    expect(charFlags(point('한')) & (CJK | SPACELESS)).toBe(0);
  });

  it('reads a surrogate pair as one code point and a lone surrogate as no character', () => {
    const text = 'a𠀀b\ud800';
    expect(codePointAt(text, 1)).toBe(0x20000);
    expect(codePointBefore(text, 3)).toBe(0x20000);
    expect(codePointBefore(text, 1)).toBe(97);
    expect(codePointBefore(text, 0)).toBe(-1);
    expect(codePointAt(text, text.length)).toBe(-1);
    expect(charLength(0x20000)).toBe(2);
    expect(charFlags(0xd800) & (WORD | SPACE)).toBe(0);
    expect(charFlags(-1)).toBe(0);
  });
});
