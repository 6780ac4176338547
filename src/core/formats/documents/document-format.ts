import type { DocumentFormat } from '../../model';
import type { FileFilter } from '../../host';

/** Every extension Glossa opens as a document, lower case and without the dot. */
export const SUPPORTED_DOCUMENT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'docx'] as const;
export type DocumentExtension = (typeof SUPPORTED_DOCUMENT_EXTENSIONS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<DocumentExtension, DocumentFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  docx: 'docx',
};

/** The short list shown to people: one extension per format, in the order they meet them most. */
export const SUPPORTED_DOCUMENT_SUMMARY = '.txt, .md, .html, .docx';

/** Filter for the native open dialog. */
export const DOCUMENT_FILE_FILTER: FileFilter = {
  name: 'Documents',
  extensions: [...SUPPORTED_DOCUMENT_EXTENSIONS],
};

/** Value for `<input type="file" accept>` in the web shell. */
export const DOCUMENT_ACCEPT = SUPPORTED_DOCUMENT_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** The file's name without any folder: drag-and-drop and some dialogs hand over a path. */
export function baseName(fileName: string): string {
  const parts = fileName.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

/**
 * The extension, lower case and without the dot, or null when there is none. A leading dot
 * alone (".profile") marks a hidden file, not an extension.
 */
export function fileExtension(fileName: string): string | null {
  const name = baseName(fileName);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return null;
  return name.slice(dot + 1).toLowerCase();
}

function isDocumentExtension(extension: string): extension is DocumentExtension {
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension);
}

/** Which importer handles the file, judged by its extension only (content is checked later). */
export function detectDocumentFormat(fileName: string): DocumentFormat | null {
  const extension = fileExtension(fileName);
  return extension !== null && isDocumentExtension(extension) ? FORMAT_BY_EXTENSION[extension] : null;
}
