// Renderer: files dropped onto the window become OpenedFiles, as if picked in a dialog.
import { MAX_IMPORT_BYTES, type OpenedFile } from '@core/host';

export async function readDroppedFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = [];
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) {
      opened.push({ ok: false, name: file.name, reason: 'it is larger than 20 MB' });
      continue;
    }
    try {
      opened.push({ ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      opened.push({ ok: false, name: file.name, reason: 'it could not be read' });
    }
  }
  return opened;
}
