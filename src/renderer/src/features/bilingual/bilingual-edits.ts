// Renderer: what a review of a bilingual document hands back: per segment the current target,
// the state, the flags as quality issues and the notes, from the article and the annotations.
import type { InlineContent, InlineItem, InlineTag } from '@core/bilingual/types';
import { plainText } from '@core/bilingual/content';
import type { LqiFlag, SegmentEdit } from '@core/formats/xliff';
import type { Annotation, BilingualRecord, Severity, StoredSegment } from '@core/model';
import { initialTarget } from '../../editor/bilingual/bilingual-article';

/** A segment's current target as the article holds it (see $readSegmentTargets). */
export interface CurrentTarget {
  readonly id: string;
  readonly content: InlineContent;
  readonly marks: ReadonlyMap<string, { start: number; end: number }>;
}

export interface ReviewedSegment {
  readonly stored: StoredSegment;
  /** The current target, with any tag the reviewer cut and never pasted put back at its end. */
  readonly target: InlineContent;
  readonly changed: boolean;
  readonly flags: readonly (LqiFlag & { annotation: Annotation })[];
  readonly notes: readonly string[];
  /** Tags that were missing from the article and were put back at the end. */
  readonly restoredTags: number;
  readonly openFlags: boolean;
}

/** Flags count unless the reviewer rejected them (a false alarm); fixed ones still say what the MT got wrong. */
const COUNTED: ReadonlySet<Annotation['status']> = new Set(['open', 'accepted', 'fixed', 'resolved']);

const tagKey = (tag: InlineTag) => JSON.stringify([tag.kind, tag.element, tag.pairKey ?? '', tag.id ?? '', tag.attrs]);

function withMissingTags(current: InlineContent, expected: InlineContent): { content: InlineContent; restored: number } {
  const have = new Map<string, number>();
  for (const item of current) if (item.type === 'tag') have.set(tagKey(item.tag), (have.get(tagKey(item.tag)) ?? 0) + 1);
  const missing: InlineItem[] = [];
  for (const item of expected) {
    if (item.type !== 'tag') continue;
    const count = have.get(tagKey(item.tag)) ?? 0;
    if (count > 0) have.set(tagKey(item.tag), count - 1);
    else missing.push(item);
  }
  // Closes after opens, so what is put back nests.
  missing.sort((a, b) => Number(a.type === 'tag' && a.tag.kind === 'close') - Number(b.type === 'tag' && b.tag.kind === 'close'));
  return { content: missing.length === 0 ? current : [...current, ...missing], restored: missing.length };
}

/** Every segment of the article with what the review did to it, in article order. */
export function reviewedSegments(record: Pick<BilingualRecord, 'segments'>, targets: readonly CurrentTarget[], annotations: readonly Annotation[]): ReviewedSegment[] {
  const stored = new Map(record.segments.map((segment) => [segment.id, segment]));
  const live = annotations.filter((annotation) => annotation.deletedAt == null);
  return targets.flatMap((target) => {
    const segment = stored.get(target.id);
    if (!segment) return [];
    const opened = initialTarget(segment);
    const { content, restored } = withMissingTags(target.content, opened);
    const changed = plainText(content, 'placeholder') !== plainText(opened, 'placeholder');
    const flags: (LqiFlag & { annotation: Annotation })[] = [];
    const notes: string[] = [];
    let openFlags = false;
    for (const annotation of live) {
      const span = target.marks.get(annotation.id);
      if (!span) continue;
      if (annotation.kind === 'flag' && COUNTED.has(annotation.status)) {
        openFlags ||= annotation.status === 'open';
        const severity: Severity = annotation.severity ?? 'minor';
        flags.push({
          annotation,
          category: annotation.mqmCategory ?? 'accuracy/mistranslation',
          severity,
          ...(annotation.body.trim() ? { comment: annotation.body.trim() } : {}),
          start: span.start,
          end: span.end,
        });
      } else if ((annotation.kind === 'note' || annotation.kind === 'query') && annotation.body.trim() !== '') {
        notes.push(annotation.kind === 'query' ? `Query: ${annotation.body.trim()}` : annotation.body.trim());
      }
    }
    return [{ stored: segment, target: content, changed, flags, notes, restoredTags: restored, openFlags }];
  });
}

/**
 * The edits an XLIFF export writes: one per segment the reviewer changed, flagged or annotated
 * (or whose file target carried quality issues, read as flags on import);
 * the state is "needs review" where a flag is still open, else "reviewed". Every other segment
 * stays exactly as the file had it.
 */
export function xliffEdits(segments: readonly ReviewedSegment[]): SegmentEdit[] {
  return segments
    .filter((segment) => segment.changed || segment.flags.length > 0 || segment.notes.length > 0 || segment.stored.lqiRead === true)
    .map((segment) => ({
      id: segment.stored.id,
      // A target whose file copy has quality-issue markers is rewritten, so they are today's flags, once.
      ...(segment.changed || segment.stored.lqiRead === true ? { target: segment.target } : {}),
      state: segment.openFlags ? 'needs-review' : 'reviewed',
      ...(segment.flags.length > 0 ? { flags: segment.flags.map(({ annotation: _annotation, ...flag }) => flag) } : {}),
      ...(segment.notes.length > 0 ? { notes: segment.notes } : {}),
    }));
}
