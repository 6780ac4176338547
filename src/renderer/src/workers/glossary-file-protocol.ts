// Messages between the renderer and the glossary-file worker.
import type { PendingImport } from '@core/formats/glossary';

export interface GlossaryFileRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  langs: { sourceLang: string; targetLang: string };
}

export type GlossaryFileResponse =
  | { id: number; ok: true; pending: PendingImport }
  | { id: number; ok: false; fileName: string; reason: string };
