// Web Worker: encodes a glossary export (TBX, CSV, XLSX…) off the main thread.
import { encodeGlossaryRows } from '@core/formats/glossary';
import type { GlossaryExportRequest, GlossaryExportResponse } from './glossary-file-protocol';

self.onmessage = async (event: MessageEvent<GlossaryExportRequest>) => {
  const { id, format, rows, meta } = event.data;
  let response: GlossaryExportResponse;
  try {
    response = { id, ok: true, data: await encodeGlossaryRows(format, rows, meta) };
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
