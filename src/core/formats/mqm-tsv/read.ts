/**
 * Reads a WMT / Google MQM TSV (types.ts) into systems → ordered segments and errors, ready to
 * become Glossa documents and flags. Columns are found by their header names; tabs separate
 * cells and nothing is quoted (a `"` is text), as the WMT README says. A whole file that does
 * not fit is refused with an MqmTsvFormatError naming the file, the reason and the line.
 */
import { parseSeverity, resolveCategoryId } from '../../mqm';
import { decodeText } from '../documents/decode-text';
import { parseSpan } from './spans';
import {
  MAX_MQM_TSV_BYTES,
  MQM_TSV_REQUIRED_COLUMNS,
  MqmTsvFormatError,
  type MqmTsvColumn,
  type MqmTsvFile,
  type MqmTsvSystem,
  type MqmTsvWarning,
} from './types';

/** WMT writes "No-error" in category and severity for a segment rated without errors. */
function isNoError(value: string): boolean {
  return /^no[-_ ]?error$/i.test(value.trim());
}

/** Bytes as picked or dropped: size limit and strict UTF-8 (or UTF-16 with a BOM) first. */
export function readMqmTsvBytes(bytes: Uint8Array, fileName: string): MqmTsvFile {
  if (bytes.byteLength > MAX_MQM_TSV_BYTES) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new MqmTsvFormatError(fileName, 'too-large', `it is ${mb(bytes.byteLength)}, larger than the ${mb(MAX_MQM_TSV_BYTES)} Glossa reads as an MQM TSV.`);
  }
  if (bytes.byteLength === 0) throw new MqmTsvFormatError(fileName, 'empty', 'the file is empty (0 bytes).');
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    throw new MqmTsvFormatError(fileName, 'not-text', decoded.problem === 'binary' ? 'it is not a text file (it looks binary).' : 'it is not UTF-8 text. Save it as UTF-8 and try again.');
  }
  return readMqmTsv(decoded.text, fileName);
}

export function readMqmTsv(text: string, fileName: string): MqmTsvFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0 || lines.every((line) => line.trim() === '')) throw new MqmTsvFormatError(fileName, 'empty', 'it contains no text.');

  const header = lines[0]!.split('\t').map((name) => name.trim().toLowerCase());
  const missing = MQM_TSV_REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new MqmTsvFormatError(fileName, 'missing-columns', `it is not an MQM TSV: the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`, {
      missingColumns: missing,
    });
  }
  const index = (name: MqmTsvColumn) => header.indexOf(name);
  const at = Object.fromEntries(MQM_TSV_REQUIRED_COLUMNS.map((name) => [name, index(name)])) as Record<(typeof MQM_TSV_REQUIRED_COLUMNS)[number], number>;
  const commentAt = index('comment');

  const systems = new Map<string, { system: MqmTsvSystem; bySegment: Map<string, number> }>();
  const raters = new Set<string>();
  const warnings: MqmTsvWarning[] = [];

  for (let i = 1; i < lines.length; i += 1) {
    const lineNumber = i + 1;
    const line = lines[i]!;
    if (line === '') continue;
    const cells = line.split('\t');
    if (cells.length !== header.length) {
      throw new MqmTsvFormatError(fileName, 'cell-count', `line ${lineNumber} has ${cells.length} cells where the header has ${header.length}.`, { line: lineNumber });
    }
    const cell = (column: number) => cells[column]!;
    const severityText = cell(at.severity).trim();
    const clean = isNoError(severityText);
    const severity = clean ? undefined : parseSeverity(severityText);
    if (!clean && severity === undefined) {
      throw new MqmTsvFormatError(fileName, 'unknown-severity', `line ${lineNumber} has the severity “${severityText}”, which is not No-error, Neutral, Minor, Major or Critical.`, {
        line: lineNumber,
      });
    }
    const source = parseSpan(cell(at.source));
    const target = parseSpan(cell(at.target));
    for (const [side, parsed] of [['source', source], ['target', target]] as const) {
      if (!parsed.ok) throw new MqmTsvFormatError(fileName, 'unbalanced-span', `line ${lineNumber}: the ${side} has ${parsed.reason}.`, { line: lineNumber });
      if (parsed.unclosed) warnings.push({ line: lineNumber, reason: `the <v> in the ${side} is never closed; the span runs to the end of the ${side}.` });
    }
    if (!source.ok || !target.ok) continue; // narrowed above; keeps the types honest
    if (source.span && target.span) {
      throw new MqmTsvFormatError(fileName, 'unbalanced-span', `line ${lineNumber} marks a span in both the source and the target; one row is one error.`, { line: lineNumber });
    }

    const systemName = cell(at.system);
    const rater = cell(at.rater);
    raters.add(rater);
    let entry = systems.get(systemName);
    if (!entry) {
      entry = { system: { system: systemName, segments: [], errors: [] }, bySegment: new Map() };
      systems.set(systemName, entry);
    }
    const doc = cell(at.doc);
    const segId = cell(at.seg_id);
    const key = JSON.stringify([doc, segId]);
    let segmentIndex = entry.bySegment.get(key);
    if (segmentIndex === undefined) {
      segmentIndex = entry.system.segments.length;
      entry.bySegment.set(key, segmentIndex);
      entry.system.segments.push({ doc, docId: cell(at.doc_id), segId, source: source.text, target: target.text, raters: [] });
    }
    const segment = entry.system.segments[segmentIndex]!;
    if (!segment.raters.includes(rater)) segment.raters.push(rater);
    if (severity === undefined) continue;

    const span = source.span ?? target.span;
    const category = cell(at.category);
    entry.system.errors.push({
      segment: segmentIndex,
      side: source.span ? 'source' : target.span ? 'target' : null,
      start: span?.start ?? 0,
      end: span?.end ?? 0,
      category,
      categoryId: resolveCategoryId(category),
      severity,
      rater,
      comment: commentAt === -1 ? '' : cell(commentAt),
      line: lineNumber,
    });
  }

  if (systems.size === 0) throw new MqmTsvFormatError(fileName, 'no-rows', 'it has a header but no rows.');
  return { systems: [...systems.values()].map((entry) => entry.system), raters: [...raters], hasComment: commentAt !== -1, warnings };
}
