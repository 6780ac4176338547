// Helpers for tests that inspect a serialised article state. Not imported by app code.
import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { ARTICLE_NODES } from '../nodes';

/** The parts of a serialised Lexical node the import tests look at. */
export interface JsonNode {
  type: string;
  text?: string;
  /** Text format bit flags: 1 bold, 2 italic, 4 strikethrough, 8 underline, 16 code. */
  format?: number | string;
  tag?: string;
  listType?: string;
  url?: string;
  children?: JsonNode[];
}

export const BOLD = 1;
export const ITALIC = 2;

export function rootOf(editorState: string): JsonNode {
  return (JSON.parse(editorState) as { root: JsonNode }).root;
}

/** Every node of the given type, depth first. */
export function nodesOfType(editorState: string, type: string): JsonNode[] {
  const found: JsonNode[] = [];
  const walk = (node: JsonNode): void => {
    if (node.type === type) found.push(node);
    node.children?.forEach(walk);
  };
  walk(rootOf(editorState));
  return found;
}

export function textOf(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  return node.text ?? (node.children ?? []).map(textOf).join('');
}

/** Root children as "type[/listType|tag]: text", the shape of an article at a glance. */
export function outline(editorState: string): string[] {
  return (rootOf(editorState).children ?? []).map((node) => {
    const qualifier = node.listType ?? node.tag;
    return `${node.type}${qualifier === undefined ? '' : `/${qualifier}`}: ${textOf(node)}`;
  });
}

/** The text node holding exactly `text`. */
export function textNode(editorState: string, text: string): JsonNode | undefined {
  return nodesOfType(editorState, 'text').find((node) => node.text === text);
}

/** The text a fresh editor with the article nodes reads after loading the state, as the live editor will. */
export function reloadedText(editorState: string): string {
  const editor = createHeadlessEditor({
    nodes: [...ARTICLE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  return editor.parseEditorState(editorState).read(() => $getRoot().getTextContent(), { editor });
}
