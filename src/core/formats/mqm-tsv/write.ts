/**
 * Writes the WMT / Google MQM TSV (types.ts) from Glossa's flags: one row per error with its
 * span marked <v>…</v>, and one No-error row for each rater of a segment who flagged nothing,
 * so readMqmTsv reads back the same errors and the same ratings (and so the same scores).
 *
 * The format has no quoting: a tab or line break inside a text becomes a space. Cells are not
 * spreadsheet-neutralised (core/text/spreadsheet-cell.ts): this file is for MQM tools, which
 * read cells literally, and an apostrophe would change the text they score.
 */
import type { Severity } from '../../model';
import { SEVERITY_LABELS, getCategory, type MqmCategoryId } from '../../mqm';
import { markSpan } from './spans';
import { MQM_TSV_COLUMNS, MQM_TSV_REQUIRED_COLUMNS, type MqmTsvSegment } from './types';

export interface MqmTsvFlag {
  /** Index into the system's segments. */
  segment: number;
  side: 'source' | 'target' | null;
  start: number;
  end: number;
  /** A WMT name ("Fluency/Punctuation") written as it is; use wmtCategoryName for a Glossa id. */
  category: string;
  severity: Severity;
  rater: string;
  comment?: string;
}

export interface MqmTsvWriteInput {
  systems: readonly { system: string; segments: readonly MqmTsvSegment[]; errors: readonly MqmTsvFlag[] }[];
  /** Write the comment column (default true; the zh-en files have none). */
  comment?: boolean;
}

/** WMT's dimension names where they differ from ours. */
const WMT_DIMENSIONS: Partial<Record<string, string>> = {
  'linguistic-conventions': 'Fluency',
  'locale-conventions': 'Locale convention',
  'non-translation': 'Non-translation!',
};

/** A Glossa category id as the WMT data names it ("Fluency/Punctuation"); resolveCategoryId reads it back to the id. */
export function wmtCategoryName(id: MqmCategoryId): string {
  const category = getCategory(id);
  if (!category) return id;
  if (!category.parentId) return WMT_DIMENSIONS[id] ?? category.label;
  const dimension = getCategory(category.parentId);
  return `${WMT_DIMENSIONS[category.parentId] ?? dimension?.label ?? category.parentId}/${category.label}`;
}

function cellText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

export function writeMqmTsv(input: MqmTsvWriteInput): string {
  const columns = input.comment === false ? MQM_TSV_REQUIRED_COLUMNS : MQM_TSV_COLUMNS;
  const lines: string[] = [columns.join('\t')];
  const row = (values: Record<(typeof MQM_TSV_COLUMNS)[number], string>) => lines.push(columns.map((column) => cellText(values[column])).join('\t'));

  for (const { system, segments, errors } of input.systems) {
    const bySegment = new Map<number, MqmTsvFlag[]>();
    for (const error of errors) bySegment.set(error.segment, [...(bySegment.get(error.segment) ?? []), error]);
    segments.forEach((segment, index) => {
      const flags = bySegment.get(index) ?? [];
      const raters = [...segment.raters];
      for (const flag of flags) if (!raters.includes(flag.rater)) raters.push(flag.rater);
      const base = { system, doc: segment.doc, doc_id: segment.docId, seg_id: segment.segId };
      const source = cellText(segment.source);
      const target = cellText(segment.target);
      for (const rater of raters) {
        const own = flags.filter((flag) => flag.rater === rater);
        if (own.length === 0) {
          row({ ...base, rater, source, target, category: 'No-error', severity: 'No-error', comment: '' });
          continue;
        }
        for (const flag of own) {
          row({
            ...base,
            rater,
            source: flag.side === 'source' ? markSpan(source, flag.start, flag.end) : source,
            target: flag.side === 'target' ? markSpan(target, flag.start, flag.end) : target,
            category: flag.category,
            severity: SEVERITY_LABELS[flag.severity],
            comment: flag.comment ?? '',
          });
        }
      }
    });
  }
  return `${lines.join('\n')}\n`;
}
