// Renderer: files dropped onto the window become OpenedFiles, exactly as if picked in the file dialog.
import type { OpenedFile } from '@core/host';
import { readPickedFile } from '../../host/picked-file';

export function readDroppedFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all([...files].map((file) => readPickedFile(file)));
}
