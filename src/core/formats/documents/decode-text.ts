/**
 * Strict decoding of a document's bytes. Glossa never guesses an encoding: a wrong guess
 * imports mojibake that the translator would then annotate, so anything that is not
 * unambiguously text is refused with a reason instead.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: 'binary' | 'encoding' };

export interface DecodeOptions {
  /**
   * Honour a `<meta charset>` when the bytes are not UTF-8. Browsers do this, and Word's
   * "Save as Web Page" still writes windows-1252 by default.
   */
  htmlCharset?: boolean;
}

/** How much of the file the binary and charset sniffers look at. */
const SNIFF_BYTES = 64 * 1024;
const META_SNIFF_BYTES = 1024;

/** CRLF, lone CR, Unicode line/paragraph separators, and the vertical tab and form feed Word uses for manual breaks. */
const LINE_BREAKS = /\r\n|[\r\u2028\u2029\v\f]/g;

export function normaliseLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, '\n');
}

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    // The decoder removes a BOM matching its own encoding (ignoreBOM defaults to false).
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((byte, index) => bytes[index] === byte);
}

/**
 * Control bytes other than tab, LF, CR, VT, FF and the DOS end-of-file mark are rare in any
 * real text encoding and common in binary formats (images, PDFs' streams, archives).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1a) || byte === 0x7f) {
      controls += 1;
    }
  }
  return controls * 100 > sample.length;
}

/** The charset an HTML file declares in its first kilobyte, as browsers look for it. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup reads the same whatever the encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SNIFF_BYTES));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeDeclaredHtmlCharset(bytes: Uint8Array): string | null {
  const label = sniffHtmlCharset(bytes);
  // A page that declares UTF-8 (or UTF-16, which the HTML spec reads as UTF-8) but is not valid UTF-8 stays refused.
  if (label === null || /^(utf-?8|unicode|utf-?16)/.test(label)) return null;
  return decodeStrict(label, bytes);
}

function finish(text: string): DecodeResult {
  // NUL never occurs in text a person wrote; it marks binary data (or UTF-32, which we do not read).
  if (text.includes('\0')) return { ok: false, problem: 'binary' };
  return { ok: true, text: normaliseLineBreaks(text) };
}

/**
 * Decode bytes as UTF-8 (BOM optional) or as UTF-16 LE/BE when a BOM says so. Line breaks
 * come out as "\n".
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decodeStrict('utf-8', bytes);
    return text === null ? { ok: false, problem: 'encoding' } : finish(text);
  }
  if (hasBom(bytes, 0xff, 0xfe) || hasBom(bytes, 0xfe, 0xff)) {
    const text = decodeStrict(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    return text === null ? { ok: false, problem: 'encoding' } : finish(text);
  }
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  const text = decodeStrict('utf-8', bytes) ?? (options.htmlCharset === true ? decodeDeclaredHtmlCharset(bytes) : null);
  return text === null ? { ok: false, problem: 'encoding' } : finish(text);
}
