/**
 * Working with inline content: its plain text (tags omitted, or written as placeholders), and
 * the inverse that puts an edited plain target back around the tags.
 *
 * Placeholders number the tags of a content sequence in order, from 1: ⟦1⟧ an open tag, ⟦/1⟧
 * its close (the number of its open), ⟦1/⟧ a standalone tag. U+27E6/U+27E7 (mathematical white
 * square brackets) do not occur in news text; a placeholder whose number is not one of the
 * template's tags stays text and is reported.
 */
import type { InlineContent, InlineItem, InlineTag } from './types';

export type TagDisplay = 'omit' | 'placeholder';

/** The text of a content sequence: tags left out (the default), or as ⟦n⟧ placeholders. */
export function plainText(content: InlineContent, tags: TagDisplay = 'omit'): string {
  if (tags === 'omit') return content.map((item) => (item.type === 'text' ? item.text : '')).join('');
  const numbers = tagNumbers(content);
  return content.map((item, index) => (item.type === 'text' ? item.text : placeholder(item.tag, numbers[index]!))).join('');
}

/**
 * For each item, the short label its tag token shows ('' for text): "1" an open tag, "/1" its
 * close, "2/" a standalone tag; the numbers are the placeholders' (see plainText).
 */
export function tagLabels(content: InlineContent): string[] {
  const numbers = tagNumbers(content);
  return content.map((item, index) => (item.type === 'text' ? '' : placeholder(item.tag, numbers[index]!).slice(1, -1)));
}

/** For each item, the number its tag's placeholder carries (0 for text). */
function tagNumbers(content: InlineContent): number[] {
  const open = new Map<string, number>();
  let next = 0;
  return content.map((item) => {
    if (item.type === 'text') return 0;
    const { tag } = item;
    if (tag.kind === 'close' && tag.pairKey !== undefined && open.has(`${tag.element}\u0000${tag.pairKey}`)) {
      const number = open.get(`${tag.element}\u0000${tag.pairKey}`)!;
      return number;
    }
    next += 1;
    if (tag.kind === 'open' && tag.pairKey !== undefined) open.set(`${closeElementOf(tag)}\u0000${tag.pairKey}`, next);
    return next;
  });
}

/** The element name the close of this open tag has (<bpt> closes with <ept>, <bx/> with <ex/>, <sc/> with <ec/>). */
function closeElementOf(tag: InlineTag): string {
  const CLOSES: Record<string, string> = { bpt: 'ept', bx: 'ex', sc: 'ec', sm: 'em' };
  const colon = tag.element.indexOf(':');
  const prefix = colon < 0 ? '' : tag.element.slice(0, colon + 1);
  const local = tag.element.slice(prefix.length);
  return CLOSES[local] === undefined ? tag.element : prefix + CLOSES[local];
}

function placeholder(tag: InlineTag, number: number): string {
  return tag.kind === 'open' ? `⟦${number}⟧` : tag.kind === 'close' ? `⟦/${number}⟧` : `⟦${number}/⟧`;
}

export interface RestoreProblem {
  readonly kind: 'missing' | 'extra' | 'reordered' | 'unbalanced';
  /** The placeholder concerned, e.g. "⟦/2⟧". */
  readonly placeholder: string;
}

export interface RestoredContent {
  readonly content: InlineContent;
  /** Empty when every tag of the template is in the result once, in its order, properly nested. */
  readonly problems: readonly RestoreProblem[];
}

const PLACEHOLDER = /⟦(\/?)(\d+)(\/?)⟧/g;

/**
 * Puts an edited target, written with the placeholders plainText(template, 'placeholder') gave,
 * back into content: each placeholder becomes the template's tag again. What is handled: text
 * edited anywhere, tags kept, moved or reordered (reported as "reordered"), a tag deleted
 * (reported "missing": it is appended at the end so no tag is lost, closes after opens), a
 * placeholder typed that the template does not have (reported "extra", kept as text), one tag
 * used twice (the second is "extra"), and a close before its open ("unbalanced").
 */
export function restoreTags(template: InlineContent, edited: string): RestoredContent {
  const numbers = tagNumbers(template);
  const byPlaceholder = new Map<string, InlineTag>();
  const order: string[] = [];
  template.forEach((item, index) => {
    if (item.type !== 'tag') return;
    const text = placeholder(item.tag, numbers[index]!);
    byPlaceholder.set(text, item.tag);
    order.push(text);
  });
  const out: InlineItem[] = [];
  const problems: RestoreProblem[] = [];
  const used = new Set<string>();
  const seen: string[] = [];
  const pushText = (text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + text };
    else out.push({ type: 'text', text });
  };
  let at = 0;
  for (const match of edited.matchAll(PLACEHOLDER)) {
    pushText(edited.slice(at, match.index));
    at = match.index + match[0].length;
    const tag = byPlaceholder.get(match[0]);
    if (!tag || used.has(match[0]) || (match[1] === '/' && match[3] === '/')) {
      problems.push({ kind: 'extra', placeholder: match[0] });
      pushText(match[0]);
      continue;
    }
    if (tag.kind === 'close' && !used.has(`⟦${match[2]}⟧`) && byPlaceholder.has(`⟦${match[2]}⟧`)) problems.push({ kind: 'unbalanced', placeholder: match[0] });
    used.add(match[0]);
    seen.push(match[0]);
    out.push({ type: 'tag', tag });
  }
  pushText(edited.slice(at));
  const kept = order.filter((text) => used.has(text));
  if (kept.some((text, index) => seen[index] !== text)) problems.push({ kind: 'reordered', placeholder: seen.find((text, index) => kept[index] !== text) ?? '' });
  for (const text of order) {
    if (used.has(text)) continue;
    problems.push({ kind: 'missing', placeholder: text });
    out.push({ type: 'tag', tag: byPlaceholder.get(text)! });
  }
  return { content: out, problems };
}

/** The tags of a content sequence, in order. */
export function tagsOf(content: InlineContent): InlineTag[] {
  return content.flatMap((item) => (item.type === 'tag' ? [item.tag] : []));
}

/** Content that is one text run (or nothing for ''). */
export function textContent(text: string): InlineContent {
  return text === '' ? [] : [{ type: 'text', text }];
}
