// Reading a picked glossary file as far as can be done without asking the translator:
// rows ready to store, or a table whose column mapping the import dialog must confirm.
// Pure, so it runs in a worker: a 60 MB TBX file takes seconds to parse.
import { decodeGlossaryText, tooLargeReason } from './decode';
import { parseDelimited, readMemoQ, readOmegaT, suggestMapping, type ColumnField, type GlossaryTable } from './delimited';
import { detectGlossaryFormat } from './detect';
import { readJson } from './json';
import { readTbx } from './tbx-read';
import { GlossaryFormatError, MAX_GLOSSARY_BYTES, type GlossaryReadResult } from './types';
import { readXlsxTable } from './xlsx';

/** What the import dialog works on: rows ready to store, or a table waiting for its column mapping. */
export type PendingImport =
  | { kind: 'rows'; fileName: string; result: GlossaryReadResult }
  | { kind: 'table'; fileName: string; table: GlossaryTable; mapping: ColumnField[] };

const HEAD_CHARS = 4096;

/** Reads a picked file as far as Glossa can without asking: a table needs its mapping confirmed. */
export async function readGlossaryFile(
  fileName: string,
  bytes: Uint8Array,
  langs: { sourceLang: string; targetLang: string; requireSource?: boolean },
): Promise<PendingImport> {
  if (bytes.byteLength > MAX_GLOSSARY_BYTES) throw new GlossaryFormatError(fileName, tooLargeReason(bytes.byteLength));
  if (/\.xlsx$/i.test(fileName)) {
    const table = await readXlsxTable(bytes, fileName);
    return { kind: 'table', fileName, table, mapping: suggestMapping(table.header, langs) };
  }
  const text = decodeGlossaryText(bytes, fileName);
  const format = detectGlossaryFormat(fileName, text.slice(0, HEAD_CHARS));
  switch (format) {
    case 'csv':
    case 'tsv': {
      const table = parseDelimited(text, fileName, format === 'tsv' ? { delimiter: '\t' } : {});
      return { kind: 'table', fileName, table, mapping: suggestMapping(table.header, langs) };
    }
    case 'omegat':
      return { kind: 'rows', fileName, result: readOmegaT(text, fileName) };
    case 'memoq':
      return { kind: 'rows', fileName, result: readMemoQ(text, fileName, langs) };
    case 'tbx':
    case 'tbx-v2':
      return { kind: 'rows', fileName, result: readTbx(text, fileName, langs) };
    case 'json':
      return { kind: 'rows', fileName, result: readJson(text, fileName) };
    default:
      throw new GlossaryFormatError(
        fileName,
        'Glossa does not know this kind of file. Import CSV, TSV, OmegaT (.txt), memoQ CSV, TBX, Excel (.xlsx) or Glossa JSON.',
      );
  }
}

