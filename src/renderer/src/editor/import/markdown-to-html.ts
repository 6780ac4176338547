import { Marked } from 'marked';

/** Our own instance: extensions another feature registers on the global `marked` must not change imports. */
const markdown = new Marked({ gfm: true, breaks: false });

/** Markdown to HTML; the HTML (including any raw HTML the Markdown held) is sanitised afterwards. */
export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false });
}
