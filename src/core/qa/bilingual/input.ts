/**
 * What a bilingual check reads: one segment as plain source and target text (tags left out) with
 * the inline tags of each side, and a document context (glossary, locales). Built from the
 * bilingual model by bilingualInput, so the checks never see XML or the model's token shapes.
 * See ADR 0019.
 */
import { plainText, tagsOf, type BilingualSegment, type InlineContent } from '../../bilingual';
import type { Finding, GlossaryEntry } from '../finding';

/** An inline tag as the tag check compares it: its kind and the key that pairs or identifies it. */
export interface TagRef {
  readonly kind: 'open' | 'close' | 'standalone';
  /** pairKey, else id, else the element name: the same on the source and target copy of one tag. */
  readonly key: string;
}

export interface BilingualInput {
  /** The segment's id (BilingualSegment.id): findings are keyed by it. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly sourceTags?: readonly TagRef[];
  readonly targetTags?: readonly TagRef[];
}

export interface BilingualContext {
  /** Entries with a source term and a preferred (approved) rendering are used by the glossary check. */
  readonly glossary?: readonly GlossaryEntry[];
  /** BCP 47 tags ("zh", "en-GB", "de"): they decide the decimal separator of each side. */
  readonly sourceLocale?: string;
  readonly targetLocale?: string;
}

/** A finding on one segment: offsets and quote refer to that segment's target plain text. */
export interface BilingualFinding extends Finding {
  segmentId: string;
  /**
   * What the finding is about when the quote does not say it (the missing number "35000", the
   * tag "open:1", the term id): part of the key, so two problems on one span stay two.
   */
  subject?: string;
}

export interface KeyedBilingualFinding extends BilingualFinding {
  key: string;
}

export interface BilingualCheck {
  id: string;
  label: string;
  description: string;
  defaultEnabled: boolean;
  /** Pure and total over the whole document (consistency and length ratio need all of it); n log n at worst. */
  run(segments: readonly BilingualInput[], context: BilingualContext): BilingualFinding[];
}

function tagRefs(content: InlineContent): TagRef[] {
  return tagsOf(content).map((tag) => ({ kind: tag.kind, key: tag.pairKey ?? tag.id ?? tag.element }));
}

/** The check input of a model segment: its current target, tags omitted from both texts. */
export function bilingualInput(segment: BilingualSegment): BilingualInput {
  return {
    id: segment.id,
    source: plainText(segment.source, 'omit'),
    target: plainText(segment.target, 'omit'),
    sourceTags: tagRefs(segment.source),
    targetTags: tagRefs(segment.target),
  };
}

/** A finding on a segment's target, quote taken from the target so it cannot disagree with the offsets. */
export function segmentFinding(
  segment: BilingualInput,
  fields: Omit<BilingualFinding, 'quote' | 'segmentId' | 'start' | 'end'> & { start?: number; end?: number },
): BilingualFinding {
  const start = fields.start ?? 0;
  const end = fields.end ?? segment.target.length;
  return { ...fields, segmentId: segment.id, start, end, quote: segment.target.slice(start, end) };
}
