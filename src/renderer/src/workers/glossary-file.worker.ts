// Web Worker: reads a picked glossary file (decode, detect, parse) off the main thread, so
// a 60 MB TBX file never freezes the window while it is read.
import { GlossaryFormatError, isGlossaryFormatError, readGlossaryFile } from '@core/formats/glossary';
import { serve } from './rpc/serve';
import { errorMessage } from '@core/errors';

const api = {
  /** The file read as far as it can be without asking; any failure is a GlossaryFormatError naming the file. */
  async read(fileName: string, bytes: Uint8Array, langs: { sourceLang: string; targetLang: string; requireSource?: boolean }) {
    try {
      return await readGlossaryFile(fileName, bytes, langs);
    } catch (error) {
      if (isGlossaryFormatError(error)) throw error;
      throw new GlossaryFormatError(fileName, `it could not be read (${errorMessage(error)}).`, { cause: error });
    }
  },
};

export type GlossaryFileWorkerApi = typeof api;

serve(api);
