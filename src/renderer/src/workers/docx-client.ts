// Renderer: .docx to HTML in a worker. Refusals (DocumentImportError) arrive as themselves; a
// converter that dies or hangs is still a refusal that names the file.
import { DocumentImportError } from '@core/formats/documents/import-error';
import { isWorkerCallError, WorkerClient } from './rpc';
import type { DocxWorkerApi } from './docx.worker';

/** mammoth needs well under a second for a long article; a minute means it is stuck. */
const CONVERT_TIMEOUT_MS = 60_000;

const converter = new WorkerClient<DocxWorkerApi>({
  spawn: () => new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module', name: 'glossa-docx' }),
  task: 'The Word converter',
  timeoutMs: CONVERT_TIMEOUT_MS,
  whenIdle: 'terminate',
});

export async function docxToHtmlInWorker(fileName: string, bytes: Uint8Array): Promise<string> {
  // A copy is handed over, so the caller keeps its bytes (the original file is stored with the document).
  const copy = bytes.slice();
  try {
    return await converter.call('toHtml', [fileName, copy], { transfer: [copy.buffer] });
  } catch (error) {
    if (isWorkerCallError(error)) {
      throw new DocumentImportError(fileName, 'unreadable', `Glossa could not read the Word content in it: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`, { cause: error });
    }
    throw error;
  }
}
