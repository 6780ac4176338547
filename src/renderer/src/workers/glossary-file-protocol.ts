// Messages between the renderer and the glossary-file worker.
import type { GlossaryExportFormat, GlossaryRow, PendingImport, TbxWriteMeta } from '@core/formats/glossary';

export interface GlossaryFileRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  langs: { sourceLang: string; targetLang: string };
}

export type GlossaryFileResponse =
  | { id: number; ok: true; pending: PendingImport }
  | { id: number; ok: false; fileName: string; reason: string };

export interface GlossaryExportRequest {
  id: number;
  format: GlossaryExportFormat;
  rows: readonly GlossaryRow[];
  meta: TbxWriteMeta;
}

export type GlossaryExportResponse = { id: number; ok: true; data: string | Uint8Array<ArrayBuffer> } | { id: number; ok: false; error: string };
