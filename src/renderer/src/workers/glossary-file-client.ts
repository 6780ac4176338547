// Renderer: reads and writes glossary files in workers; a refusal comes back as the same
// GlossaryFormatError (file name and reason) the reader threw.
import { GlossaryFormatError, type GlossaryExportFormat, type GlossaryRow, type PendingImport, type TbxWriteMeta } from '@core/formats/glossary';
import type { GlossaryExportRequest, GlossaryExportResponse, GlossaryFileRequest, GlossaryFileResponse } from './glossary-file-protocol';

let nextId = 1;

export function readGlossaryFileInWorker(
  fileName: string,
  bytes: Uint8Array,
  langs: { sourceLang: string; targetLang: string },
): Promise<PendingImport> {
  const worker = new Worker(new URL('./glossary-file.worker.ts', import.meta.url), { type: 'module', name: 'glossa-glossary-file' });
  const id = nextId++;
  return new Promise<PendingImport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<GlossaryFileResponse>) => {
      if (event.data.id !== id) return;
      worker.terminate();
      if (event.data.ok) resolve(event.data.pending);
      else reject(new GlossaryFormatError(event.data.fileName, event.data.reason));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new GlossaryFormatError(fileName, `it could not be read (${event.message || 'the reader stopped'}).`));
    };
    const request: GlossaryFileRequest = { id, fileName, bytes, langs: { sourceLang: langs.sourceLang, targetLang: langs.targetLang } };
    // The bytes are not needed here afterwards: hand them over instead of copying 60 MB.
    worker.postMessage(request, [bytes.buffer]);
  });
}

/** Encodes rows in the export format in a worker. */
export function encodeGlossaryInWorker(
  format: GlossaryExportFormat,
  rows: readonly GlossaryRow[],
  meta: TbxWriteMeta,
): Promise<string | Uint8Array<ArrayBuffer>> {
  const worker = new Worker(new URL('./glossary-export.worker.ts', import.meta.url), { type: 'module', name: 'glossa-glossary-export' });
  const id = nextId++;
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<GlossaryExportResponse>) => {
      if (event.data.id !== id) return;
      worker.terminate();
      if (event.data.ok) resolve(event.data.data);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The export stopped.'));
    };
    const request: GlossaryExportRequest = { id, format, rows, meta };
    worker.postMessage(request);
  });
}
