/**
 * Review progress (issue 15, item 4): which blocks of the article (paragraphs, headings, lists;
 * segments in a bilingual document) the reviewer has marked reviewed, and how much of the text
 * that is. The mark is a Lexical node state, `{"$": {"reviewed": true}}` on a top-level block of
 * the stored editor state, so it is saved, undone and exported with the text. This reads it from
 * the stored JSON (the review report); the renderer counts the same from the live editor.
 */
import { countWords } from '../text';

export const REVIEWED_STATE_KEY = 'reviewed';

export interface ReviewProgress {
  readonly reviewedBlocks: number;
  readonly totalBlocks: number;
  readonly reviewedWords: number;
  readonly totalWords: number;
}

/** Whole percent of the words reviewed (0 for an empty article), never rounded up to 100. */
export function percentReviewed(progress: ReviewProgress): number {
  if (progress.totalWords === 0) return progress.totalBlocks > 0 && progress.reviewedBlocks === progress.totalBlocks ? 100 : 0;
  return Math.floor((progress.reviewedWords / progress.totalWords) * 100);
}

interface JsonNode {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly children?: readonly JsonNode[];
  readonly $?: Readonly<Record<string, unknown>>;
}

/** Blocks inside a block (a list's items): their texts are apart, as Lexical's text content has them. */
const NESTED_BLOCKS = new Set(['listitem', 'list', 'paragraph', 'heading', 'quote']);

function textOf(node: JsonNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  // Inline elements (a note's mark, a link) join their text to their neighbours' without a space.
  return (node.children ?? []).map((child) => textOf(child) + (typeof child.type === 'string' && NESTED_BLOCKS.has(child.type) ? '\n' : '')).join('');
}

/** The progress stored in a serialised editor state; all zeros when it cannot be read. */
export function reviewProgressOf(editorStateJson: string): ReviewProgress {
  let blocks: readonly JsonNode[];
  try {
    const parsed = JSON.parse(editorStateJson) as { root?: JsonNode };
    blocks = parsed.root?.children ?? [];
  } catch {
    blocks = [];
  }
  let reviewedBlocks = 0;
  let reviewedWords = 0;
  let totalWords = 0;
  for (const block of blocks) {
    const words = countWords(textOf(block));
    totalWords += words;
    if (block.$?.[REVIEWED_STATE_KEY] === true) {
      reviewedBlocks += 1;
      reviewedWords += words;
    }
  }
  return { reviewedBlocks, totalBlocks: blocks.length, reviewedWords, totalWords };
}
