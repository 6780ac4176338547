import { describe, expect, it } from 'vitest';
import { decodeGlossaryText, formatMegabytes } from './decode';
import { GlossaryFormatError, MAX_GLOSSARY_BYTES } from './types';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return out;
}

function reasonFor(bytes: Uint8Array): string {
  try {
    decodeGlossaryText(bytes, 'terms.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryFormatError);
    expect((error as GlossaryFormatError).fileName).toBe('terms.csv');
    expect((error as GlossaryFormatError).message).toBe(`Could not import “terms.csv”: ${(error as GlossaryFormatError).reason}`);
    return (error as GlossaryFormatError).reason;
  }
  throw new Error('expected a GlossaryFormatError');
}

describe('decodeGlossaryText', () => {
  it('reads UTF-8 with and without a byte order mark, and UTF-16 with one, with LF line breaks', () => {
    expect(decodeGlossaryText(utf8('Source,Target\r\n大部制,super-ministry\r\n'), 'a.csv')).toBe('Source,Target\n大部制,super-ministry\n');
    expect(decodeGlossaryText(utf8('\uFEFFSource\n大部制'), 'a.csv')).toBe('Source\n大部制');
    expect(decodeGlossaryText(utf16le('\uFEFFSource\t大部制'), 'a.txt')).toBe('Source\t大部制');
  });

  it('strips a second byte order mark a careless tool left', () => {
    expect(decodeGlossaryText(utf8('\uFEFF\uFEFFSource'), 'a.csv')).toBe('Source');
  });

  it('refuses an empty or blank file', () => {
    expect(reasonFor(new Uint8Array(0))).toBe('it is empty.');
    expect(reasonFor(utf8(' \r\n\t\n'))).toBe('it is empty.');
    expect(reasonFor(utf8('\uFEFF'))).toBe('it is empty.');
  });

  it('refuses a file larger than MAX_GLOSSARY_BYTES before reading it', () => {
    // A view that claims the size without allocating 100 MB of real text.
    const huge = { length: 100 * 1024 * 1024 } as Uint8Array;
    expect(reasonFor(huge)).toBe('it is 100 MB; glossaries up to 80 MB can be imported.');
    expect(reasonFor({ length: MAX_GLOSSARY_BYTES + 1 } as Uint8Array)).toBe('it is 80.1 MB; glossaries up to 80 MB can be imported.');
  });

  it('refuses binary data and text in a legacy encoding, saying what to do', () => {
    expect(reasonFor(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatch(/^it is not a text file/);
    const gbk = Uint8Array.from([0xb4, 0xf3, 0xb2, 0xbf, 0xd6, 0xc6, 0x2c, 0x61]); // 大部制,a in GBK
    expect(reasonFor(gbk)).toBe('it is not UTF-8 text (it may use an older encoding such as GBK or Windows-1252). Save it as UTF-8 and import it again.');
  });
});

describe('formatMegabytes', () => {
  it('rounds up to a tenth, and drops a zero tenth', () => {
    expect(formatMegabytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatMegabytes(1)).toBe('0.1 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
