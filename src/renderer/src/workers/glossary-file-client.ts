// Renderer: reads and writes glossary files in workers; a refusal comes back as the same
// GlossaryFormatError (file name and reason) the reader threw, and so does a reader that died.
import { GlossaryFormatError, type GlossaryExportFormat, type GlossaryRow, type PendingImport, type TbxWriteMeta } from '@core/formats/glossary';
import { isWorkerCallError, WorkerClient } from './rpc';
import type { GlossaryExportWorkerApi } from './glossary-export.worker';
import type { GlossaryFileWorkerApi } from './glossary-file.worker';

// One file at a time, and the worker ends when it is done: parsing 60 MB leaves a large heap.
const reader = new WorkerClient<GlossaryFileWorkerApi>({
  spawn: () => new Worker(new URL('./glossary-file.worker.ts', import.meta.url), { type: 'module', name: 'glossa-glossary-file' }),
  task: 'The glossary file reader',
  whenIdle: 'terminate',
});

const encoder = new WorkerClient<GlossaryExportWorkerApi>({
  spawn: () => new Worker(new URL('./glossary-export.worker.ts', import.meta.url), { type: 'module', name: 'glossa-glossary-export' }),
  task: 'The glossary export',
  whenIdle: 'terminate',
});

export async function readGlossaryFileInWorker(
  fileName: string,
  bytes: Uint8Array,
  langs: { sourceLang: string; targetLang: string; requireSource?: boolean },
): Promise<PendingImport> {
  try {
    // The bytes are not needed here afterwards: hand them over instead of copying 60 MB.
    const pair = { sourceLang: langs.sourceLang, targetLang: langs.targetLang, ...(langs.requireSource ? { requireSource: true } : {}) };
    return await reader.call('read', [fileName, bytes, pair], { transfer: [bytes.buffer] });
  } catch (error) {
    // The reader died on this file (out of memory, a parser bug): still a refusal that names it.
    if (isWorkerCallError(error)) throw new GlossaryFormatError(fileName, `it could not be read: ${lowerFirst(error.message)}`, { cause: error });
    throw error;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Encodes rows in the export format in a worker. Rejects with WorkerCallError when the worker fails. */
export function encodeGlossaryInWorker(
  format: GlossaryExportFormat,
  rows: readonly GlossaryRow[],
  meta: TbxWriteMeta,
): Promise<string | Uint8Array<ArrayBuffer>> {
  return encoder.call('encode', [format, rows, meta]);
}
