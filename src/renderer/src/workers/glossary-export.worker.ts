// Web Worker: encodes a glossary export (TBX, CSV, XLSX…) off the main thread.
import { encodeGlossaryRows, type GlossaryExportFormat, type GlossaryRow, type TbxWriteMeta } from '@core/formats/glossary';
import { serve, transfer } from './rpc/serve';

const api = {
  async encode(format: GlossaryExportFormat, rows: readonly GlossaryRow[], meta: TbxWriteMeta) {
    const data = await encodeGlossaryRows(format, rows, meta);
    return typeof data === 'string' ? data : transfer(data, [data.buffer]);
  },
};

export type GlossaryExportWorkerApi = typeof api;

serve(api);
