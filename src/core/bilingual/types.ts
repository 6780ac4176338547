/**
 * The bilingual segment model: what Glossa reads out of an XLIFF 1.2 (.xlf, .sdlxliff),
 * XLIFF 2.0/2.1 or TMX 1.4 file and what its writers take back. Pure data, no behaviour;
 * see ADR 0017 for what each format maps to.
 *
 * Source and target are inline-content sequences: text runs and inline tag tokens, in order.
 * A tag token keeps the element it was read from (name, attributes, native code), so a writer
 * can put it back exactly where the reviewer left it.
 */

export type BilingualFormat = 'xliff-1.2' | 'sdlxliff' | 'xliff-2' | 'tmx';

/** Glossa's own small set of segment states; every segment also keeps the file's value. */
export type SegmentState = 'initial' | 'translated' | 'needs-review' | 'reviewed' | 'final';

/**
 * An inline tag as one token.
 * - kind: `open`/`close` for the two ends of a pair (a <g>/<pc>/<mrk>/<hi> element's start and
 *   end, or <bpt>/<ept>, <bx/>/<ex/>, <sc/>/<ec/>), `standalone` for the rest (<x/>, <ph>, <it>, <ut>).
 * - container: true when the pair is one element of the file wrapping text (<g>, <pc>, <mrk>,
 *   <hi>): the open token writes only the start tag, the close token only the end tag.
 * - pairKey: the same string on the open and the close token of one pair (the element's id for
 *   <g>/<pc>, rid/i/startRef for the others); undefined for standalone tags.
 */
export interface InlineTag {
  readonly kind: 'open' | 'close' | 'standalone';
  /** The qualified element name as written in the file: "g", "bpt", "pc", "sdl:…". */
  readonly element: string;
  /** Its attributes as written (decoded), namespace declarations included. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly container: boolean;
  /** id (XLIFF), i or x (TMX), when the element has one. */
  readonly id?: string;
  readonly pairKey?: string;
  /** The native code the tag stands for, decoded (<bpt>{\b}</bpt>, XLIFF 2 originalData), when the file has it. */
  readonly code?: string;
  /** The element's inner markup exactly as written (for non-container elements with content, e.g. <bpt> with <sub>). */
  readonly innerXml?: string;
}

export type InlineItem = { readonly type: 'text'; readonly text: string } | { readonly type: 'tag'; readonly tag: InlineTag };

/** Source or target: text and tags in document order. Adjacent text runs are merged by readers. */
export type InlineContent = readonly InlineItem[];

export interface SegmentNote {
  readonly text: string;
  /** Who or what wrote it, when the file says (XLIFF 1.2 from, sdl comment user, XLIFF 2 category). */
  readonly author?: string;
  /** 'source' | 'target' when the file says which side the note is about. */
  readonly annotates?: string;
}

export interface BilingualSegment {
  /** Stable within the document: file id, unit id and segment id joined with "/" (see segmentId). */
  readonly id: string;
  readonly fileId: string;
  /** trans-unit id (1.2), unit id (2.x), tuid or position (TMX). */
  readonly unitId: string;
  /** mrk mid (1.2 segmented), segment id (2.x), or '' when the unit is one segment. */
  readonly segmentKey: string;
  readonly source: InlineContent;
  /** The target as the file delivered it (the MT): never changed by Glossa. */
  readonly mtTarget: InlineContent;
  /** The current target; equal to mtTarget on import. */
  readonly target: InlineContent;
  readonly state: SegmentState;
  /** The file's own value: 1.2 state (+ "approved"), sdl:conf, 2.x state[/subState], or '' when none. */
  readonly originalState: string;
  readonly notes: readonly SegmentNote[];
  /** XLIFF 2 <ignorable> (whitespace or markup between segments): shown, not counted. */
  readonly ignorable?: boolean;
  /** translate="no" on the unit (or inherited). */
  readonly locked?: boolean;
  /** MQM TSV: who rated this segment, with or without errors (a writer keeps their "no error" rows). */
  readonly raters?: readonly string[];
}

export interface BilingualFile {
  readonly id: string;
  /** The original attribute: the name of the document the file was extracted from. */
  readonly original: string;
  readonly srcLang: string;
  readonly tgtLang: string;
}

export interface BilingualDocument {
  readonly format: BilingualFormat;
  /** The format's version as the file states it ("1.2", "2.0", "2.1", "1.4"). */
  readonly version: string;
  readonly srcLang: string;
  readonly tgtLang: string;
  readonly files: readonly BilingualFile[];
  readonly segments: readonly BilingualSegment[];
}

/** The id of a segment from its place in the file. */
export function segmentId(fileId: string, unitId: string, segmentKey: string): string {
  return segmentKey === '' ? `${fileId}/${unitId}` : `${fileId}/${unitId}/${segmentKey}`;
}
