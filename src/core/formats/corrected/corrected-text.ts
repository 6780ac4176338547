/**
 * The corrected text (issue 15, item 3): the article as it is now, for the client, as plain
 * text, Markdown and HTML (the .docx writers are in tracked-docx.ts). The text is the stored
 * plain text, blocks joined by "\n\n", so what goes out is exactly what the reviewer sees; the
 * kind of each block (heading, quotation, list) comes from the stored Lexical state when its
 * top-level blocks line up with the text's, and is a plain paragraph otherwise.
 */
import { escapeHtml } from '../annotations/html-escape';

export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'bullet' | 'number';

/**
 * A block of the article: a paragraph, a heading, a quotation, or one item of a list (Lexical's
 * text content has a list's items apart by "\n\n", as it has paragraphs). `list` numbers the
 * list an item belongs to, so consecutive items of one list are written as one list.
 */
export interface ArticleBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly list?: number;
}

export interface CorrectedDocument {
  readonly title: string;
  readonly lang: string;
  readonly blocks: readonly ArticleBlock[];
}

interface JsonBlock {
  readonly type?: unknown;
  readonly tag?: unknown;
  readonly listType?: unknown;
}

interface JsonNode extends JsonBlock {
  readonly children?: unknown;
}

/** The text blocks a top-level node makes: one, or one per item of a list (nested lists included). */
function blockKinds(node: JsonNode, list: number): { kind: BlockKind; list?: number }[] {
  if (node.type === 'heading' && typeof node.tag === 'string' && /^h[1-6]$/u.test(node.tag)) return [{ kind: node.tag as BlockKind }];
  if (node.type === 'quote') return [{ kind: 'quote' }];
  if (node.type !== 'list') return [{ kind: 'paragraph' }];
  const kind: BlockKind = node.listType === 'number' ? 'number' : 'bullet';
  const items = Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
  return items.flatMap((item) => {
    const children = Array.isArray(item?.children) ? (item.children as JsonNode[]) : [];
    // An item holding a nested list is the nested list's items.
    const nested = children.find((child) => child?.type === 'list');
    return nested ? blockKinds(nested, list) : [{ kind, list }];
  });
}

/** The article's blocks: texts from the plain text, kinds from the editor state where they line up. */
export function blocksOf(plainText: string, editorStateJson: string): ArticleBlock[] {
  if (plainText === '') return [];
  const texts = plainText.split('\n\n');
  let kinds: { kind: BlockKind; list?: number }[] = [];
  try {
    const parsed = JSON.parse(editorStateJson) as { root?: { children?: unknown } };
    const children = parsed.root?.children;
    if (Array.isArray(children)) kinds = children.flatMap((child, index) => blockKinds((child ?? {}) as JsonNode, index));
  } catch {
    kinds = [];
  }
  const aligned = kinds.length === texts.length;
  return texts.map((text, index) => (aligned ? { ...kinds[index]!, text } : { kind: 'paragraph', text }));
}

/** Consecutive blocks of one list together; every other block alone. */
export function groupLists(blocks: readonly ArticleBlock[]): ArticleBlock[][] {
  const groups: ArticleBlock[][] = [];
  for (const block of blocks) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && block.list !== undefined && previous.list === block.list && previous.kind === block.kind) last!.push(block);
    else groups.push([block]);
  }
  return groups;
}

function isListKind(kind: BlockKind): boolean {
  return kind === 'bullet' || kind === 'number';
}

function lines(text: string): string[] {
  return text.split('\n');
}

/** Plain text: blocks apart by a blank line, list items as "- " or "1. " lines, LF, a final newline. */
export function toCorrectedTxt(document: CorrectedDocument): string {
  const blocks = groupLists(document.blocks).map((group) => {
    const first = group[0]!;
    if (!isListKind(first.kind)) return first.text;
    return group.map((item, index) => `${first.kind === 'bullet' ? '-' : `${index + 1}.`} ${item.text.replace(/\n/gu, ' ')}`).join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/**
 * Escapes what CommonMark would read as markup, so the text renders as written: the inline
 * punctuation that opens emphasis, code, links and HTML, and at the start of a line whatever
 * would start a heading, quotation, list, rule or code block.
 */
export function escapeMarkdown(line: string): string {
  const inline = line.replace(/[\\`*_[\]<>&|~]/gu, (character) => `\\${character}`);
  return inline
    .replace(/^(\s*)([#>+=-])/u, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/u, '$1$2\\$3')
    .replace(/^( {4,}|\t)/u, '');
}

/** CommonMark: headings, quotations, lists; a line break inside a paragraph is a hard break. */
export function toCorrectedMarkdown(document: CorrectedDocument): string {
  const blocks = groupLists(document.blocks).map((group) => {
    const block = group[0]!;
    if (isListKind(block.kind)) return group.map((item, index) => `${block.kind === 'bullet' ? '-' : `${index + 1}.`} ${lines(item.text).map(escapeMarkdown).join(' ')}`).join('\n');
    const escaped = lines(block.text).map(escapeMarkdown);
    // A closing run of # would be read as the end of the heading's markup.
    if (/^h[1-6]$/u.test(block.kind)) return `${'#'.repeat(Number(block.kind.slice(1)))} ${escaped.join(' ').replace(/(\s)(#+)\s*$/u, (_, space: string, hashes: string) => `${space}${hashes.replace(/#/gu, '\\#')}`)}`;
    if (block.kind === 'quote') return escaped.map((line) => `> ${line}`).join('\n');
    return escaped.join('\\\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

const HTML_STYLE = `body { font: 17px/1.6 Georgia, 'Noto Serif', 'Noto Serif CJK SC', serif; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #1f2328; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid #bbb; color: #444; }`;

/** A self-contained HTML5 page: no scripts, no external resources, every text escaped. */
export function toCorrectedHtml(document: CorrectedDocument): string {
  const inline = (text: string) => lines(text).map(escapeHtml).join('<br>');
  const body = groupLists(document.blocks).map((group) => {
    const block = group[0]!;
    if (isListKind(block.kind)) {
      const tag = block.kind === 'bullet' ? 'ul' : 'ol';
      return `<${tag}>${group.map((item) => `<li>${inline(item.text)}</li>`).join('')}</${tag}>`;
    }
    if (/^h[1-6]$/u.test(block.kind)) return `<${block.kind}>${inline(block.text)}</${block.kind}>`;
    if (block.kind === 'quote') return `<blockquote><p>${inline(block.text)}</p></blockquote>`;
    return `<p>${inline(block.text)}</p>`;
  });
  return `<!doctype html>
<html lang="${escapeHtml(document.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>
${HTML_STYLE}
</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
