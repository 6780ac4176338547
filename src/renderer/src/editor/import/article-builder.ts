import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $createListNode, $isListItemNode } from '@lexical/list';
import { $createQuoteNode, $isQuoteNode, type QuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getEditor,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isParagraphNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { ARTICLE_NAMESPACE, ARTICLE_NODES } from '../nodes';

/** A built article: the state the editor loads and the text annotations are measured against. */
export interface BuiltArticle {
  /** Serialised Lexical EditorState JSON. */
  editorState: string;
  /** `$getRoot().getTextContent()` of that state: blocks separated by "\n\n". */
  plainText: string;
}

function createArticleEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: ARTICLE_NAMESPACE,
    nodes: [...ARTICLE_NODES],
    // An import either succeeds whole or fails; Lexical must not swallow an error and go on.
    onError: (error) => {
      throw error;
    },
  });
}

/** Runs `fill` on the root of a fresh headless article editor and returns what it built. */
export function build(fill: () => void): BuiltArticle {
  const editor = createArticleEditor();
  editor.update(fill, { discrete: true });
  const state = editor.getEditorState();
  // The same call the live editor makes on the state it loads; the import tests check that a
  // fresh editor parsing `editorState` reads exactly this text, so annotation offsets agree.
  return { editorState: JSON.stringify(state.toJSON()), plainText: state.read(() => $getRoot().getTextContent(), { editor }) };
}

/** One ParagraphNode holding one TextNode per paragraph: the plain-text and clipboard path. */
export function buildFromParagraphs(paragraphs: readonly string[]): BuiltArticle {
  return build(() => {
    const root = $getRoot();
    for (const text of paragraphs) root.append($createParagraphNode().append($createTextNode(text)));
  });
}

/** Root-level children of an article must be blocks; everything else gets wrapped. */
function isBlock(node: LexicalNode): boolean {
  return ($isElementNode(node) || $isDecoratorNode(node)) && !node.isInline();
}

function hasText(node: LexicalNode): boolean {
  return node.getTextContent().trim() !== '';
}

/**
 * Lexical's quote holds inline content; `<blockquote><p>a</p><p>b</p></blockquote>` arrives
 * as a quote holding paragraphs, which the live editor does not edit well. Give each block
 * its own quote (lists and headings inside a quote stand on their own).
 */
function $splitQuote(quote: QuoteNode): LexicalNode[] {
  const children = quote.getChildren();
  if (!children.some(isBlock)) return [quote];
  const out: LexicalNode[] = [];
  let run: QuoteNode | null = null;
  for (const child of children) {
    if (!isBlock(child)) {
      run ??= $createQuoteNode();
      run.append(child);
      continue;
    }
    if (run !== null) out.push(run);
    run = null;
    if ($isParagraphNode(child)) out.push($createQuoteNode().append(...child.getChildren()));
    else if ($isQuoteNode(child)) out.push(...$splitQuote(child));
    else out.push(child);
  }
  if (run !== null) out.push(run);
  return out;
}

/**
 * A `<br>` at the very start or end of a block (a placeholder, or Shift+Enter before a paragraph
 * mark in Word) shows nothing but would put a stray "\n" into the text annotations are measured in.
 */
function $trimLineBreaks(node: LexicalNode): void {
  if (!$isElementNode(node) || node.isInline()) return;
  let first = node.getFirstChild();
  while ($isLineBreakNode(first)) {
    first.remove();
    first = node.getFirstChild();
  }
  let last = node.getLastChild();
  while ($isLineBreakNode(last)) {
    last.remove();
    last = node.getLastChild();
  }
  node.getChildren().forEach($trimLineBreaks);
}

/**
 * Make generated nodes a valid, tidy list of root children: stray inline nodes (text, links,
 * line breaks between blocks) go into paragraphs, a list item without a list gets one,
 * quotes are flattened, and blocks without any text are dropped (an article has no use for
 * the empty paragraphs web pages and Word documents use as spacing), as are line breaks at
 * the edges of a block.
 */
function $normaliseRootChildren(nodes: readonly LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = [];
  let inline: ElementNode | null = null;
  const flush = (): void => {
    if (inline !== null && hasText(inline)) out.push(inline);
    inline = null;
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      inline ??= $createParagraphNode();
      inline.append(node);
      continue;
    }
    flush();
    const blocks = $isQuoteNode(node) ? $splitQuote(node) : $isListItemNode(node) ? [$createListNode('bullet').append(node)] : [node];
    out.push(...blocks.filter(hasText));
  }
  flush();
  out.forEach($trimLineBreaks);
  return out;
}

/** Convert a sanitised DOM into an article, with the same nodes the live editor registers. */
export function buildFromDom(dom: ParentNode): BuiltArticle {
  return build(() => {
    $getRoot().append(...$normaliseRootChildren($generateNodesFromDOM($getEditor(), dom)));
  });
}
