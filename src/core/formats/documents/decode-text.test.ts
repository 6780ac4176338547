import { describe, expect, it } from 'vitest';
import { decodeText, normaliseLineBreaks, sniffHtmlCharset } from './decode-text';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('reads plain UTF-8, including CJK and emoji', () => {
    expect(decodeText(utf8('省政府 Zheng Shajie 👍'))).toEqual({ ok: true, text: '省政府 Zheng Shajie 👍' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8('Title\nBody')))).toEqual({ ok: true, text: 'Title\nBody' });
  });

  it('reads UTF-16 LE and BE when a BOM says so, and strips the BOM', () => {
    expect(decodeText(utf16('浙江 news\r\nline', true))).toEqual({ ok: true, text: '浙江 news\nline' });
    expect(decodeText(utf16('浙江 news\r\nline', false))).toEqual({ ok: true, text: '浙江 news\nline' });
  });

  it('normalises CRLF, lone CR and Word manual breaks to LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\nd\u2029e\vf\fg'))).toEqual({ ok: true, text: 'a\nb\nc\nd\ne\nf\ng' });
    expect(normaliseLineBreaks('\r\n\r\n')).toBe('\n\n');
  });

  it('keeps whitespace-only and empty input as text (emptiness is the importer’s call)', () => {
    expect(decodeText(utf8(' \n\t '))).toEqual({ ok: true, text: ' \n\t ' });
    expect(decodeText(new Uint8Array(0))).toEqual({ ok: true, text: '' });
  });

  it('refuses NUL bytes as binary, wherever they are', () => {
    expect(decodeText(utf8('abc\0def'))).toEqual({ ok: false, problem: 'binary' });
    const late = concat(utf8('x'.repeat(70 * 1024)), bytes(0));
    expect(decodeText(late)).toEqual({ ok: false, problem: 'binary' });
    // A BOM does not make binary data text.
    expect(decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8('a\0b')))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeText(utf16('a\0b', true))).toEqual({ ok: false, problem: 'binary' });
  });

  it('refuses real binary headers (PNG, PDF stream, zip) as binary', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
    expect(decodeText(png)).toEqual({ ok: false, problem: 'binary' });
    const controls = concat(utf8('%PDF-1.7\n'), Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 32 || 1));
    expect(decodeText(controls)).toEqual({ ok: false, problem: 'binary' });
    expect(decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toEqual({ ok: false, problem: 'binary' });
  });

  it('refuses legacy encodings (GBK, Windows-1252) as "not UTF-8" rather than guessing', () => {
    // "浙江新闻" in GBK.
    expect(decodeText(bytes(0xd5, 0xe3, 0xbd, 0xad, 0xd0, 0xc2, 0xce, 0xc5))).toEqual({ ok: false, problem: 'encoding' });
    // "café" in Windows-1252.
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9))).toEqual({ ok: false, problem: 'encoding' });
    // Truncated multi-byte sequence at the end.
    expect(decodeText(concat(utf8('ok '), bytes(0xe6, 0xb5)))).toEqual({ ok: false, problem: 'encoding' });
  });

  it('refuses broken UTF-16: odd length or an unpaired surrogate', () => {
    expect(decodeText(concat(utf16('ab', true), bytes(0x41)))).toEqual({ ok: false, problem: 'encoding' });
    expect(decodeText(concat(utf16('a', true), bytes(0x00, 0xd8, 0x41, 0x00)))).toEqual({ ok: false, problem: 'encoding' });
  });

  it('honours a declared HTML charset only for HTML that is not UTF-8', () => {
    const page = concat(utf8('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>caf'), bytes(0xe9), utf8('</body></html>'));
    expect(decodeText(page)).toEqual({ ok: false, problem: 'encoding' });
    const decoded = decodeText(page, { htmlCharset: true });
    expect(decoded.ok && decoded.text.includes('café')).toBe(true);
    const gbk = concat(utf8('<meta charset="gbk"><p>'), bytes(0xd5, 0xe3, 0xbd, 0xad), utf8('</p>'));
    expect(decodeText(gbk, { htmlCharset: true })).toEqual({ ok: true, text: '<meta charset="gbk"><p>浙江</p>' });
    // Declared UTF-8 but is not: refused, not reinterpreted.
    const lying = concat(utf8('<meta charset="utf-8"><p>caf'), bytes(0xe9), utf8('</p>'));
    expect(decodeText(lying, { htmlCharset: true })).toEqual({ ok: false, problem: 'encoding' });
    // Unknown label: refused.
    const unknown = concat(utf8('<meta charset="klingon"><p>'), bytes(0xe9));
    expect(decodeText(unknown, { htmlCharset: true })).toEqual({ ok: false, problem: 'encoding' });
  });

  it('sniffs the charset from either meta form', () => {
    expect(sniffHtmlCharset(utf8('<META CHARSET=Shift_JIS>'))).toBe('shift_jis');
    expect(sniffHtmlCharset(utf8("<meta content='text/html; charset=ISO-8859-1' http-equiv='Content-Type'>"))).toBe('iso-8859-1');
    expect(sniffHtmlCharset(utf8('<p>no meta</p>'))).toBeNull();
  });
});
