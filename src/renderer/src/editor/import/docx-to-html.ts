import { DOCX_LIMITS, defuseArchive, isArchiveLimitError } from '@core/formats/archive';
import { DocumentImportError, notWordError } from '@core/formats/documents/import-error';

/** Every .docx is a zip archive, and a zip starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/**
 * The OLE compound file that holds a Word 97–2003 .doc, and also every password-protected
 * .docx (encryption wraps the zip in one): worth its own hint, the fix is the same.
 */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * The archive unpacked within DOCX_LIMITS (docs/adr/0008-archive-limits.md) and packed again
 * without compression, so mammoth's own unzip (JSZip, no size limit) only copies measured bytes.
 */
function defused(fileName: string, bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  try {
    return defuseArchive(fileName, bytes, DOCX_LIMITS);
  } catch (error) {
    if (!isArchiveLimitError(error)) throw error;
    if (error.problem.code === 'not-zip') throw notWordError(fileName, undefined, error);
    throw new DocumentImportError(fileName, 'too-large-unpacked', error.reason, { cause: error });
  }
}

/**
 * The document body of a .docx as simple HTML (headings, paragraphs, lists, emphasis, links).
 * Needs no DOM, so it runs in the docx worker (workers/docx.worker.ts); the HTML is sanitised
 * by the caller, in the window, where DOMPurify has a document.
 */
export async function docxToHtml(fileName: string, bytes: Uint8Array): Promise<string> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw notWordError(fileName, 'it is an old .doc file or is password-protected; save it as .docx without a password and try again');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw notWordError(fileName);
  const archive = defused(fileName, bytes);
  // Loaded on first use: mammoth is some 300 kB of the renderer bundle and most imports are not Word.
  // Outside the try: failing to load it is our problem, not a sign the file is broken.
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  try {
    // Images are dropped by the sanitiser anyway; skip base64-encoding them into the HTML.
    const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
    const result = await mammoth.convertToHtml({ arrayBuffer: archive.buffer }, { convertImage: dropImages });
    return result.value;
  } catch (cause) {
    throw notWordError(fileName, undefined, cause);
  }
}
