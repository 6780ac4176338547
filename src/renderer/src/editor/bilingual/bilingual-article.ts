// Renderer (editor): a bilingual article built from segments, and the segments' current
// targets read back out of the editor (for export, checks and the post-editing diff).
import { $createLineBreakNode, $createTextNode, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode } from 'lexical';
import type { InlineContent, InlineItem } from '@core/bilingual/types';
import { tagLabels } from '@core/bilingual/content';
import type { StoredSegment } from '@core/model';
import { createHeadlessEditor } from '@lexical/headless';
import { build, type BuiltArticle } from '../import/article-builder';
import { ARTICLE_NAMESPACE, ARTICLE_NODES } from '../nodes';
import { $isAnnotationMarkNode } from '../annotations/annotation-mark-node';
import { $createInlineTagNode, $isInlineTagNode } from './inline-tag-node';
import { $createSegmentNode, $isSegmentNode, type SegmentNode } from './segment-node';

export interface ArticleSegment {
  readonly id: string;
  readonly source: InlineContent;
  /** What the article shows as the target when it opens. */
  readonly target: InlineContent;
}

/**
 * The target a segment opens with: the MT as delivered; for an untranslated segment whose
 * source has tags, those tags alone (as a CAT tool's "copy source tags"), so the reviewer
 * types around them and none is lost.
 */
export function initialTarget(segment: Pick<StoredSegment, 'source' | 'mtTarget'>): InlineContent {
  const hasText = segment.mtTarget.some((item) => item.type === 'tag' || item.text.trim() !== '');
  if (hasText) return segment.mtTarget;
  const tags = segment.source.filter((item) => item.type === 'tag');
  return tags.length > 0 ? tags : segment.mtTarget;
}

/** Appends `content` to `block`: text (line breaks as line-break nodes) and tag tokens. */
export function $appendInline(block: ElementNode, content: InlineContent, segmentId: string): void {
  const labels = tagLabels(content);
  content.forEach((item, index) => {
    if (item.type === 'tag') {
      block.append($createInlineTagNode(item.tag, labels[index]!, segmentId));
      return;
    }
    item.text.split('\n').forEach((line, lineIndex) => {
      if (lineIndex > 0) block.append($createLineBreakNode());
      if (line !== '') block.append($createTextNode(line));
    });
  });
}

/** One segment block per segment, in order: the article a bilingual file opens as. */
export function buildBilingualArticle(segments: readonly ArticleSegment[], sourceLang: string): BuiltArticle {
  return build(() => {
    const root = $getRoot();
    for (const segment of segments) {
      const block = $createSegmentNode(segment.id, segment.source, sourceLang);
      $appendInline(block, segment.target, segment.id);
      root.append(block);
    }
  });
}

/** A segment's current target, read out of the article. */
export interface SegmentTarget {
  readonly id: string;
  readonly content: InlineContent;
  /** Its blocks, first to last (a segment split with Enter has several). */
  readonly blocks: readonly SegmentNode[];
  /** Each annotation mark in the segment: offsets into the target's plain text (tags omitted). */
  readonly marks: ReadonlyMap<string, { start: number; end: number }>;
}

/**
 * The segments in article order, each with its current target: the text of its blocks joined
 * by "\n", tags where the reviewer left them. Blocks that are not segment blocks are skipped
 * (the guard never leaves any).
 */
export function $readSegmentTargets(): SegmentTarget[] {
  const out: { id: string; items: InlineItem[]; blocks: SegmentNode[]; marks: Map<string, { start: number; end: number }>; length: number }[] = [];
  for (const block of $getRoot().getChildren()) {
    if (!$isSegmentNode(block)) continue;
    const id = block.getSegmentId();
    let current = out[out.length - 1];
    if (!current || current.id !== id) {
      current = { id, items: [], blocks: [], marks: new Map(), length: 0 };
      out.push(current);
    } else {
      pushText(current, '\n');
    }
    current.blocks.push(block);
    const segment = current;
    const walk = (element: ElementNode, markIds: readonly string[]): void => {
      for (const child of element.getChildren()) {
        if ($isInlineTagNode(child)) segment.items.push({ type: 'tag', tag: child.getTag() });
        else if ($isLineBreakNode(child)) pushText(segment, '\n', markIds);
        else if ($isTextNode(child)) pushText(segment, child.getTextContent(), markIds);
        else if ($isElementNode(child)) walk(child, $isAnnotationMarkNode(child) ? [...markIds, ...child.getIDs()] : markIds);
      }
    };
    walk(block, []);
  }
  return out.map(({ id, items, blocks, marks }) => ({ id, content: items, blocks, marks }));
}

function pushText(segment: { items: InlineItem[]; marks: Map<string, { start: number; end: number }>; length: number }, text: string, markIds: readonly string[] = []): void {
  if (text === '') return;
  const start = segment.length;
  segment.length += text.length;
  for (const id of markIds) {
    const known = segment.marks.get(id);
    segment.marks.set(id, known ? { start: Math.min(known.start, start), end: segment.length } : { start, end: segment.length });
  }
  const last = segment.items[segment.items.length - 1];
  if (last?.type === 'text') segment.items[segment.items.length - 1] = { type: 'text', text: last.text + text };
  else segment.items.push({ type: 'text', text });
}

/** The segments' current targets in a stored article (an editor state as autosave wrote it). */
export function storedSegmentTargets(editorState: string): SegmentTarget[] {
  const editor = createHeadlessEditor({ namespace: ARTICLE_NAMESPACE, nodes: [...ARTICLE_NODES], onError: (error) => { throw error; } });
  return editor.parseEditorState(editorState).read(() => $readSegmentTargets());
}
