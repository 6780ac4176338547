// Renderer (editor): keeps a bilingual article's segments whole. Whatever the reviewer does
// (typing, Enter, Backspace, a selection deleted across segments, paste, undo), afterwards
// every segment of the file has its blocks, in the file's order, one run each, the first one
// showing the source; and every tag of a segment's target is in that segment exactly once.
import { $createTextNode, $getRoot, $getSelection, $isElementNode, $isRangeSelection, type ElementNode, type LexicalNode } from 'lexical';
import type { InlineContent, InlineTag } from '@core/bilingual/types';
import { plainText, tagLabels } from '@core/bilingual/content';
import type { BilingualRecord } from '@core/model';
import { $appendInline, initialTarget } from './bilingual-article';
import { $createInlineTagNode, $isInlineTagNode, type InlineTagNode } from './inline-tag-node';
import { $createSegmentNode, $isSegmentNode, type SegmentNode } from './segment-node';

/** What the guard restores a bilingual article to: the file's segments, in order, with their tags. */
export interface SegmentPlan {
  readonly ids: readonly string[];
  readonly order: ReadonlyMap<string, number>;
  readonly sourceLang: string;
  source(id: string): InlineContent;
  /** The tags the target opened with, labelled as its tokens are. */
  tags(id: string): readonly { label: string; tag: InlineTag }[];
  /** Segments the file marks not to translate (translate="no", a locked Trados segment): their target stays as delivered. */
  readonly locked: ReadonlySet<string>;
  /** The target a segment opened with. */
  initial(id: string): InlineContent;
}

/** The plan of a stored bilingual document: every segment but the ignorable ones (whitespace between segments). */
export function segmentPlan(record: Pick<BilingualRecord, 'segments'>, sourceLang: string): SegmentPlan {
  const segments = record.segments.filter((segment) => !segment.ignorable);
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const tagCache = new Map<string, { label: string; tag: InlineTag }[]>();
  return {
    ids: segments.map((segment) => segment.id),
    order: new Map(segments.map((segment, index) => [segment.id, index])),
    sourceLang,
    locked: new Set(segments.filter((segment) => segment.locked).map((segment) => segment.id)),
    initial(id) {
      const segment = byId.get(id);
      return segment ? initialTarget(segment) : [];
    },
    source: (id) => byId.get(id)?.source ?? [],
    tags(id) {
      let tags = tagCache.get(id);
      if (!tags) {
        const segment = byId.get(id);
        const content = segment ? initialTarget(segment) : [];
        const labels = tagLabels(content);
        tags = content.flatMap((item, index) => (item.type === 'tag' ? [{ label: labels[index]!, tag: item.tag }] : []));
        tagCache.set(id, tags);
      }
      return tags;
    },
  };
}

/**
 * Puts the block structure right; returns the ids of the segments it changed (their tags are
 * checked next). A block out of place (pasted, a copy of another segment's block, a segment
 * moved ahead of its turn) becomes a continuation of the segment before it; a segment with no
 * block left (deleted with a selection across segments) comes back empty, with its tags, after
 * the segment before it.
 */
export function $repairStructure(plan: SegmentPlan): Set<string> {
  const touched = new Set<string>();
  if (plan.ids.length === 0) return touched;
  const root = $getRoot();
  const seen = new Set<string>();
  const lastBlock = new Map<string, SegmentNode>();
  let current: string | null = null;
  let currentIndex = -1;
  for (const block of root.getChildren()) {
    if ($isSegmentNode(block)) {
      const id = block.getSegmentId();
      const index = plan.order.get(id);
      if (index !== undefined && index > currentIndex && !seen.has(id)) {
        current = id;
        currentIndex = index;
        seen.add(id);
        if (!block.isSegmentHead()) {
          block.setSource(plan.source(id));
          touched.add(id);
        }
        lastBlock.set(id, block);
        continue;
      }
      if (id === current) {
        if (block.isSegmentHead()) {
          block.setSource(null);
          touched.add(id);
        }
        lastBlock.set(id, block);
        continue;
      }
    }
    const head = current === null;
    if (head) {
      current = plan.ids[0]!;
      currentIndex = 0;
      seen.add(current);
    }
    const replacement = $createSegmentNode(current!, head ? plan.source(current!) : null, plan.sourceLang);
    $moveContent(block, replacement);
    block.replace(replacement);
    lastBlock.set(current!, replacement);
    touched.add(current!);
  }
  plan.ids.forEach((id, index) => {
    if (seen.has(id)) return;
    const block = $createSegmentNode(id, plan.source(id), plan.sourceLang);
    $appendInline(block, plan.tags(id).map(({ tag }) => ({ type: 'tag' as const, tag })), id);
    let previous: SegmentNode | undefined;
    for (let before = index - 1; before >= 0 && !previous; before -= 1) previous = lastBlock.get(plan.ids[before]!);
    if (previous) previous.insertAfter(block);
    else {
      const first = root.getFirstChild();
      if (first) first.insertBefore(block);
      else root.append(block);
    }
    seen.add(id);
    lastBlock.set(id, block);
    touched.add(id);
  });
  return touched;
}

/** A stray block's inline content moves as it is; a list or other nested block gives its text. */
function $moveContent(from: LexicalNode, to: SegmentNode): void {
  if ($isElementNode(from) && from.getChildren().every((child) => !$isElementNode(child) || child.isInline())) {
    to.append(...from.getChildren());
    return;
  }
  const text = from.getTextContent();
  if (text !== '') to.append($createTextNode(text));
}

/** The blocks of one segment, first to last. */
function $blocksOf(id: string): SegmentNode[] {
  return $getRoot()
    .getChildren()
    .filter((block): block is SegmentNode => $isSegmentNode(block) && block.getSegmentId() === id);
}

function $tagsIn(element: ElementNode, out: InlineTagNode[]): InlineTagNode[] {
  for (const child of element.getChildren()) {
    if ($isInlineTagNode(child)) out.push(child);
    else if ($isElementNode(child)) $tagsIn(child, out);
  }
  return out;
}

/** The key a tag is known by while it is cut and not yet pasted. */
export function tagKey(segmentId: string, label: string): string {
  return `${segmentId}\u0000${label}`;
}

/**
 * Puts each listed segment's tags right: a tag of another segment goes back to its own, a
 * copy of a tag already there is dropped (the older token stays), and a tag that is gone comes
 * back (at the caret when it is in that segment, else at the segment's end), except tags on
 * their way from a cut to a paste (`inFlight`, keys from tagKey; a key is dropped from it once
 * its tag is back).
 */
export function $repairTags(plan: SegmentPlan, ids: Iterable<string>, inFlight: Set<string>): void {
  const queue = [...ids];
  const done = new Set<string>();
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (done.has(id) || !plan.order.has(id)) continue;
    done.add(id);
    const blocks = $blocksOf(id);
    if (blocks.length === 0) continue;
    const present = new Map<string, InlineTagNode>();
    for (const node of blocks.flatMap((block) => $tagsIn(block, []))) {
      const owner = node.getSegmentId();
      if (owner !== id) {
        node.remove();
        if (plan.order.has(owner)) {
          done.delete(owner);
          queue.push(owner);
        }
        continue;
      }
      const label = node.getLabel();
      const known = present.get(label);
      if (!known) {
        present.set(label, node);
        inFlight.delete(tagKey(id, label));
        continue;
      }
      const [older, newer] = Number(known.getKey()) < Number(node.getKey()) ? [known, node] : [node, known];
      newer.remove();
      present.set(label, older);
    }
    const missing = plan.tags(id).filter(({ label }) => !present.has(label) && !inFlight.has(tagKey(id, label)));
    if (missing.length === 0) continue;
    const nodes = missing.map(({ tag, label }) => $createInlineTagNode(tag, label, id));
    const selection = $getSelection();
    const caretBlock = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
    if (caretBlock && blocks.some((block) => block.is(caretBlock)) && $isRangeSelection(selection)) selection.insertNodes(nodes);
    else blocks[blocks.length - 1]!.append(...nodes);
  }
}

/**
 * A locked segment whose target changed (a selection deleted across it, a paste into it) gets
 * its delivered target back, in one block. Returns the other segments whose tags were in it
 * (pasted there), so their tags are put right next.
 */
export function $restoreLocked(plan: SegmentPlan, id: string): Set<string> {
  const owners = new Set<string>();
  if (!plan.locked.has(id)) return owners;
  const blocks = $blocksOf(id);
  const [first, ...rest] = blocks;
  if (!first) return owners;
  const initial = plan.initial(id);
  const found = blocks.flatMap((block) => $tagsIn(block, []));
  const expectedTags = plan.tags(id).map(({ label }) => label).join('\u0000');
  const unchanged = rest.length === 0 && first.getTextContent() === plainText(initial, 'omit') && found.map((tag) => tag.getSegmentId() === id ? tag.getLabel() : '\u0001').join('\u0000') === expectedTags;
  if (unchanged) return owners;
  for (const tag of found) if (tag.getSegmentId() !== id) owners.add(tag.getSegmentId());
  for (const block of rest) block.remove();
  first.clear();
  $appendInline(first, initial, id);
  return owners;
}
