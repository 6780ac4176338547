import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/**
 * What survives of an imported page: the structure an article has (paragraphs, headings,
 * lists, quotes, emphasis, links) plus the containers that separate blocks of text. Block
 * containers (div, table cells…) are kept, not unwrapped, because unwrapping
 * `<div>a</div><div>b</div>` would glue "a" and "b" into one word; Lexical turns them into
 * paragraphs. Everything else (scripts, styles, event handlers, images, frames, forms) goes.
 */
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'br',
  'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'code', 'pre', 'a',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address',
  'figure', 'figcaption', 'dl', 'dt', 'dd',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
];

const CONFIG: Config & { RETURN_DOM: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  // Links may only point at the web: no javascript:, data:, file: or relative URLs.
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  // Dropped together with their text: what a form control or a media element holds is not prose.
  ADD_FORBID_CONTENTS: ['button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'object', 'embed', 'canvas', 'picture', 'map'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
  // A detached body from DOMPurify's own inert document: no second parse of a large page.
  RETURN_DOM: true,
};

let purifier: Purifier | null = null;

/** Our own instance, so configuration or hooks elsewhere in the app cannot loosen it. */
function getPurifier(): Purifier {
  if (purifier === null) {
    purifier = DOMPurify(window);
    if (!purifier.isSupported) throw new Error('DOMPurify is not supported in this environment');
  }
  return purifier;
}

function isElement(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE;
}

/**
 * Lexical's importer treats `td` as a block but not `th` or `caption`, so header cells would
 * be glued together ("NameDate"). Make them plain blocks; their text is what matters.
 */
function blockifyTableLabels(body: Element): void {
  for (const label of Array.from(body.querySelectorAll('th, caption'))) {
    const block = label.ownerDocument.createElement('div');
    block.append(...Array.from(label.childNodes));
    label.replaceWith(block);
  }
}

/** Sanitise untrusted HTML into an inert `<body>` that holds only article structure. */
export function sanitizeHtml(html: string): Element {
  const body = getPurifier().sanitize(html, CONFIG);
  if (!isElement(body)) throw new Error('DOMPurify returned no element');
  // An anchor whose href was refused is just text; as a LinkNode it would be a dead link.
  for (const anchor of Array.from(body.querySelectorAll('a:not([href])'))) {
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  blockifyTableLabels(body);
  return body;
}

/** The page's `<title>`, read from the raw source because sanitising removes `<head>`. */
export function htmlTitleTag(html: string): string | null {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, 64 * 1024));
  if (match === null) return null;
  // Let the browser decode entities (&amp;, &#8220;…) in an inert document.
  const doc = new DOMParser().parseFromString(`<title>${match[1] ?? ''}</title>`, 'text/html');
  const title = doc.title.trim();
  return title === '' ? null : title;
}
