import { MAX_IMPORT_BYTES } from '@core/host';
import type { DocumentFormat } from '@core/model';
import { decodeText, normaliseLineBreaks } from '@core/formats/documents/decode-text';
import { detectDocumentFormat } from '@core/formats/documents/document-format';
import {
  emptyFileError,
  isDocumentImportError,
  notTextError,
  tooLargeError,
  unreadableError,
  unsupportedTypeError,
} from '@core/formats/documents/import-error';
import { countWords, deriveTitle, splitParagraphs, tidyTitle } from '@core/formats/documents/plain-text';
import { buildFromDom, buildFromParagraphs, type BuiltArticle } from './article-builder';
import { docxToHtmlInWorker } from '../../workers/docx-client';
import { docxToHtml } from './docx-to-html';
import { markdownToHtml } from './markdown-to-html';
import { htmlTitleTag, sanitizeHtml } from './sanitize-html';

/** A document turned into an article, ready to be stored. Only ever produced whole. */
interface ImportedArticle {
  title: string;
  format: DocumentFormat | 'clipboard';
  /** Serialised Lexical EditorState JSON. */
  editorState: string;
  /** The article's text as the editor reports it; annotation offsets are measured against it. */
  plainText: string;
  wordCount: number;
}

export interface ImportedFile {
  name: string;
  bytes: Uint8Array;
}

interface Converted {
  built: BuiltArticle;
  /** A title the document itself states (`<title>`, first heading), if any. */
  title: string | null;
}

function decode(fileName: string, bytes: Uint8Array, format: DocumentFormat): string {
  const decoded = decodeText(bytes, { htmlCharset: format === 'html' });
  if (!decoded.ok) throw notTextError(fileName, decoded.problem);
  return decoded.text;
}

function fromHtml(html: string, titleTag: string | null): Converted {
  const body = sanitizeHtml(html);
  const heading = body.querySelector('h1')?.textContent?.trim() ?? '';
  return { built: buildFromDom(body), title: titleTag ?? (heading === '' ? null : heading) };
}

/**
 * In the app, Word files are unpacked and converted in a worker (workers/docx.worker.ts);
 * where there are no workers (unit tests under jsdom) the same function runs here.
 */
const convertDocx = typeof Worker === 'undefined' ? docxToHtml : docxToHtmlInWorker;

async function convert(file: ImportedFile, format: DocumentFormat): Promise<Converted> {
  if (format === 'docx') return fromHtml(await convertDocx(file.name, file.bytes), null);
  const text = decode(file.name, file.bytes, format);
  // Checked before conversion so whitespace-only files get "no text", not a parser's complaint.
  if (text.trim() === '') throw emptyFileError(file.name, true);
  switch (format) {
    case 'txt':
      return { built: buildFromParagraphs(splitParagraphs(text)), title: deriveTitle(file.name, text) };
    case 'md':
      return fromHtml(markdownToHtml(text), null);
    case 'html':
      return fromHtml(text, htmlTitleTag(text));
  }
}

function finish(built: BuiltArticle, title: string, format: ImportedArticle['format']): ImportedArticle {
  return { title, format, editorState: built.editorState, plainText: built.plainText, wordCount: countWords(built.plainText) };
}

/**
 * Turn a file the translator opened into an article, or throw a DocumentImportError that
 * names the file and says why. Refusals come as early and as cheaply as possible: the size
 * before anything is read, the type before anything is decoded.
 */
export async function importDocument(file: ImportedFile): Promise<ImportedArticle> {
  const { name, bytes } = file;
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLargeError(name, bytes.byteLength);
  const format = detectDocumentFormat(name);
  if (format === null) throw unsupportedTypeError(name);
  if (bytes.byteLength === 0) throw emptyFileError(name, false);
  let converted: Converted;
  try {
    converted = await convert(file, format);
  } catch (error) {
    // Anything else (a parser or Lexical failing on odd input) still becomes a clear refusal.
    throw isDocumentImportError(error) ? error : unreadableError(name, format, error);
  }
  if (converted.built.plainText.trim() === '') throw emptyFileError(name, true);
  const title = converted.title === null ? deriveTitle(name, '') : tidyTitle(converted.title);
  return finish(converted.built, title === '' ? deriveTitle(name, '') : title, format);
}

/** The UTF-8 length when it is over the limit, else null; only measured when it could be (a UTF-16 unit is at most 3 bytes). */
function oversizeByteLength(text: string): number | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  const byteLength = new TextEncoder().encode(text).byteLength;
  return byteLength > MAX_IMPORT_BYTES ? byteLength : null;
}

/** An article from pasted text: one paragraph per non-blank line, like a .txt file. */
export function articleFromText(text: string, title?: string): ImportedArticle {
  const byteLength = oversizeByteLength(text);
  if (byteLength !== null) throw tooLargeError(null, byteLength);
  // NULs can arrive from other apps' clipboards; they are never meant as text.
  const clean = normaliseLineBreaks(text.replace(/^\uFEFF/, '').replaceAll('\0', ''));
  const paragraphs = splitParagraphs(clean);
  if (paragraphs.length === 0) throw emptyFileError(null, true);
  const given = title === undefined ? '' : tidyTitle(title);
  return finish(buildFromParagraphs(paragraphs), given === '' ? deriveTitle(null, clean) : given, 'clipboard');
}
