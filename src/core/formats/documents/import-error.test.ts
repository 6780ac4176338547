import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../host';
import {
  DocumentImportError,
  emptyFileError,
  isDocumentImportError,
  notTextError,
  notWordError,
  tooLargeError,
  unreadableError,
  unsupportedTypeError,
} from './import-error';

describe('DocumentImportError', () => {
  it('names the file and the unsupported type, and lists what is supported', () => {
    const error = unsupportedTypeError('report.pdf');
    expect(error.message).toBe('Could not import “report.pdf”: Glossa cannot open .pdf files. Supported: .txt, .md, .html, .docx.');
    expect(error.kind).toBe('unsupported-type');
    expect(error.fileName).toBe('report.pdf');
    expect(error.reason).toBe('Glossa cannot open .pdf files. Supported: .txt, .md, .html, .docx.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DocumentImportError');
    expect(isDocumentImportError(error)).toBe(true);
    expect(isDocumentImportError(new Error('x'))).toBe(false);
  });

  it('says when a file has no extension, and shows only the base name of a path', () => {
    expect(unsupportedTypeError('/tmp/Makefile').message).toBe(
      'Could not import “Makefile”: Glossa cannot open files without an extension. Supported: .txt, .md, .html, .docx.',
    );
  });

  it('tells a 0-byte file from one without text', () => {
    expect(emptyFileError('a.txt', false).message).toBe('Could not import “a.txt”: the file is empty (0 bytes).');
    expect(emptyFileError('a.docx', true).message).toBe('Could not import “a.docx”: it contains no text.');
    expect(emptyFileError(null, true).message).toBe('Could not import the clipboard text: it contains no text.');
  });

  it('gives the size and the limit in MB', () => {
    const error = tooLargeError('big.txt', MAX_IMPORT_BYTES + 1024 * 1024);
    expect(error.message).toBe('Could not import “big.txt”: it is 21.0 MB, larger than the 20.0 MB Glossa can open.');
    expect(error.kind).toBe('too-large');
  });

  it('words the remaining reasons', () => {
    expect(notTextError('x.txt', 'binary').reason).toBe('it is not a text file (it looks binary).');
    expect(notTextError('x.txt', 'encoding').reason).toMatch(/not UTF-8 text.*Save it as UTF-8/);
    expect(notWordError('x.docx').reason).toBe('it is not a valid Word document.');
    expect(notWordError('x.docx', 'it is password-protected').reason).toBe(
      'it is not a valid Word document (it is password-protected).',
    );
    expect(unreadableError('x.html', 'html').reason).toBe('Glossa could not read the HTML in it.');
  });

  it('keeps the cause for debugging', () => {
    const cause = new Error('zip: end of central directory not found');
    expect(notWordError('x.docx', undefined, cause).cause).toBe(cause);
    expect(new DocumentImportError('x', 'unreadable', 'r.').cause).toBeUndefined();
  });
});
