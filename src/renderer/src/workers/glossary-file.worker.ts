// Web Worker: reads a picked glossary file (decode, detect, parse) off the main thread, so
// a 60 MB TBX file never freezes the window while it is read.
import { isGlossaryFormatError, readGlossaryFile } from '@core/formats/glossary';
import type { GlossaryFileRequest, GlossaryFileResponse } from './glossary-file-protocol';

self.onmessage = async (event: MessageEvent<GlossaryFileRequest>) => {
  const { id, fileName, bytes, langs } = event.data;
  let response: GlossaryFileResponse;
  try {
    response = { id, ok: true, pending: await readGlossaryFile(fileName, bytes, langs) };
  } catch (error) {
    response = isGlossaryFormatError(error)
      ? { id, ok: false, fileName: error.fileName, reason: error.reason }
      : { id, ok: false, fileName, reason: `it could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  self.postMessage(response);
};
