// Renderer: an MQM TSV file (WMT, Google's Anthea) read and scored as the field publishes it:
// each system's average penalty per segment per rater, with the Google WMT weights (ADR 0016).
import { readMqmTsvBytes, ratedErrorsOf, type MqmTsvFile } from '@core/formats/mqm-tsv';
import { GOOGLE_WMT_PRESET, scoreSegments, type SystemScore } from '@core/mqm';

export interface SystemsTable {
  fileName: string;
  rows: SystemScore[];
  raters: number;
  /** What the reader accepted but the translator should know (an unclosed <v>, with its line). */
  warnings: string[];
  /** The file as read, for opening one system as a document. */
  file: MqmTsvFile;
}

/**
 * True when the file is tab-separated text whose header has the WMT MQM columns: the format is
 * decided by the content, so a .tsv glossary or a renamed file is not taken for one.
 */
export function looksLikeMqmTsv(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const header = (head.split(/\r?\n/, 1)[0] ?? '').split('\t').map((cell) => cell.trim().toLowerCase());
  return ['system', 'seg_id', 'rater', 'category', 'severity'].every((column) => header.includes(column));
}

/** Reads and scores the file; throws MqmTsvFormatError (a message naming the file) on bad input. */
export function systemsTableOf(fileName: string, bytes: Uint8Array): SystemsTable {
  const file = readMqmTsvBytes(bytes, fileName);
  return {
    fileName,
    rows: scoreSegments(ratedErrorsOf(file), GOOGLE_WMT_PRESET),
    raters: file.raters.length,
    warnings: file.warnings.map((warning) => `line ${warning.line}: ${warning.reason}`),
    file,
  };
}
