// Renderer: a File the translator picked or dropped, read into an OpenedFile under the import
// size limit. Used by the web adapter's file dialog and by drag-and-drop in either host, so
// nothing outside host/ needs the web adapter itself.
import { MAX_IMPORT_BYTES, type OpenedFile } from '@core/host';

const tooLarge = (maxBytes: number) => `it is larger than ${maxBytes / (1024 * 1024)} MB`;

/** Read one picked file; oversized files are refused without reading a byte. */
export async function readPickedFile(file: File, maxBytes = MAX_IMPORT_BYTES): Promise<OpenedFile> {
  if (file.size > maxBytes) return { ok: false, name: file.name, reason: tooLarge(maxBytes) };
  try {
    return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, name: file.name, reason: 'it could not be read' };
  }
}
