// Web Worker: unpacks a .docx within the archive limits and converts it to HTML with mammoth,
// so a large or hostile Word file never freezes the window. The HTML is sanitised in the window.
import { docxToHtml } from '../editor/import/docx-to-html';
import { serve } from './rpc/serve';

const api = {
  toHtml(fileName: string, bytes: Uint8Array): Promise<string> {
    return docxToHtml(fileName, bytes);
  },
};

export type DocxWorkerApi = typeof api;

serve(api);
