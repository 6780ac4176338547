/**
 * The bytes of a text glossary (CSV, TSV, OmegaT, TBX, JSON) as a string, or a
 * GlossaryFormatError saying why not. Decoding is strict for the reason documents are
 * (decodeText): a guessed encoding would store mojibake terms that then match nothing.
 */
import { decodeText } from '../documents/decode-text';
import { GlossaryFormatError, MAX_GLOSSARY_BYTES } from './types';

const MEGABYTE = 1024 * 1024;

/** "100 MB", "50.1 MB": rounded up, so a file just over the limit never reads as the limit. */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes * 10) / MEGABYTE) / 10;
  return `${Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1)} MB`;
}

/** The reason a file over MAX_GLOSSARY_BYTES is refused; the xlsx reader says the same. */
export function tooLargeReason(bytes: number): string {
  return `it is ${formatMegabytes(bytes)}; glossaries up to ${formatMegabytes(MAX_GLOSSARY_BYTES)} can be imported.`;
}

/**
 * UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark. Line breaks come
 * out as "\n" and the byte order mark is gone. Empty, whitespace-only, oversized, binary and
 * legacy-encoded files throw.
 */
export function decodeGlossaryText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length === 0) throw new GlossaryFormatError(fileName, 'it is empty.');
  // Checked before decoding: a 2 GB file should not be read into a string to be refused.
  if (bytes.length > MAX_GLOSSARY_BYTES) throw new GlossaryFormatError(fileName, tooLargeReason(bytes.length));
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    throw new GlossaryFormatError(
      fileName,
      decoded.problem === 'binary'
        ? 'it is not a text file (it looks binary). If it is a spreadsheet, save it as .xlsx or as CSV UTF-8.'
        : 'it is not UTF-8 text (it may use an older encoding such as GBK or Windows-1252). Save it as UTF-8 and import it again.',
    );
  }
  // The decoder drops the byte order mark of its own encoding; a second one (written by a tool
  // that added its own to text that already had one) would otherwise stick to the first header.
  const text = decoded.text.replace(/^\uFEFF+/, '');
  if (text.trim() === '') throw new GlossaryFormatError(fileName, 'it is empty.');
  return text;
}
