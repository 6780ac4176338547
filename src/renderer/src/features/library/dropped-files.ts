// Renderer: files dropped onto the window become OpenedFiles, exactly as if picked in the file dialog.
import type { OpenedFile } from '@core/host';
import { MAX_BILINGUAL_BYTES } from '@core/formats/xliff';
import { readPickedFile } from '../../host/picked-file';

/** Read up to the bilingual limit, as the dialog does; each importer then applies its own limit. */
export function readDroppedFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all([...files].map((file) => readPickedFile(file, MAX_BILINGUAL_BYTES)));
}
