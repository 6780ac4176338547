/**
 * A read MQM TSV as the rows core/mqm's multi-system, multi-rater scoring takes: one rating per
 * (segment, rater) of each system, with each of its errors, the WMT convention (segment-score.ts).
 */
import type { RatedError } from '../../mqm';
import type { MqmTsvFile } from './types';

export function ratedErrorsOf(file: MqmTsvFile): RatedError[] {
  const rows: RatedError[] = [];
  for (const { system, segments, errors } of file.systems) {
    const segmentIds = segments.map((segment) => JSON.stringify([segment.doc, segment.segId]));
    segments.forEach((segment, index) => {
      for (const rater of segment.raters) rows.push({ system, rater, segmentId: segmentIds[index]!, severity: null });
    });
    for (const error of errors) {
      rows.push({ system, rater: error.rater, segmentId: segmentIds[error.segment]!, category: error.category, severity: error.severity });
    }
  }
  return rows;
}
