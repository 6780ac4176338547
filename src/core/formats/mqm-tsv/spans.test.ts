import { describe, expect, it } from 'vitest';
import { markSpan, parseSpan } from './spans';

describe('parseSpan', () => {
  it('strips the markers and gives the span in the plain text', () => {
    expect(parseSpan('Ich möchte <v>euch</v> alle bitten')).toEqual({ ok: true, text: 'Ich möchte euch alle bitten', span: { start: 11, end: 15 }, unclosed: false });
    expect(parseSpan('no span')).toEqual({ ok: true, text: 'no span', span: null, unclosed: false });
    expect(parseSpan('empty <v></v>here')).toEqual({ ok: true, text: 'empty here', span: { start: 6, end: 6 }, unclosed: false });
  });

  it('runs an unclosed <v> to the end of the cell, and says so', () => {
    expect(parseSpan('Mobilität. <v>?')).toEqual({ ok: true, text: 'Mobilität. ?', span: { start: 11, end: 12 }, unclosed: true });
  });

  it.each([
    ['a stray </v>', 'a </v> b'],
    ['a nested <v>', '<v>a <v>b</v></v>'],
    ['two spans', '<v>a</v> and <v>b</v>'],
    ['a </v> before its <v>', '</v>a<v>'],
  ])('refuses %s', (_what, cell) => {
    expect(parseSpan(cell).ok).toBe(false);
  });

  it('markSpan puts back what parseSpan takes out', () => {
    const cell = 'Ich möchte <v>euch</v> alle bitten';
    const parsed = parseSpan(cell);
    if (!parsed.ok || !parsed.span) throw new Error('expected a span');
    expect(markSpan(parsed.text, parsed.span.start, parsed.span.end)).toBe(cell);
  });
});
