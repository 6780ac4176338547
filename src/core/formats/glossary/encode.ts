// One entry point for every glossary export format, so a worker can encode off the main
// thread (100,000 terms as TBX take over a second).
import { writeCsv, writeOmegaT, writeTsv } from './delimited';
import { writeJson } from './json';
import { writeTbxBasic, writeTbxV2, type TbxWriteMeta } from './tbx-write';
import type { GlossaryRow } from './types';
import { writeXlsx } from './xlsx';

export type GlossaryExportFormat = 'csv' | 'tsv' | 'omegat' | 'tbx' | 'tbx-dct' | 'tbx-v2' | 'xlsx' | 'json';

/** The file's text, or its bytes for XLSX. */
export async function encodeGlossaryRows(
  format: GlossaryExportFormat,
  rows: readonly GlossaryRow[],
  meta: TbxWriteMeta,
): Promise<string | Uint8Array<ArrayBuffer>> {
  switch (format) {
    case 'csv':
      return writeCsv(rows);
    case 'tsv':
      return writeTsv(rows);
    case 'omegat':
      return writeOmegaT(rows);
    case 'tbx':
      return writeTbxBasic(rows, meta);
    case 'tbx-dct':
      return writeTbxBasic(rows, meta, 'dct');
    case 'tbx-v2':
      return writeTbxV2(rows, meta);
    case 'xlsx':
      return writeXlsx(rows);
    case 'json':
      return writeJson(rows, meta);
  }
}
