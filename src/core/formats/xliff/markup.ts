/**
 * Markup as written: the raw inner XML of a parsed element (for native code kept verbatim) and
 * where an element's start tag and whole element end in the original text, so a writer can
 * splice its changes into the file and leave every other byte as it was.
 */
import type { XmlElement } from '../xml';
import { escapeXmlAttribute } from '../xml';

/** The element's children as markup: raw text as it was (still escaped), elements re-written. */
export function innerXml(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : outerXml(child))).join('');
}

export function outerXml(element: XmlElement): string {
  const attrs = Object.entries(element.attrs)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join('');
  return element.children.length === 0 ? `<${element.name}${attrs}/>` : `<${element.name}${attrs}>${innerXml(element)}</${element.name}>`;
}

/** The index just past the ">" of the start tag that begins at `offset` (quotes respected). */
export function startTagEnd(text: string, offset: number): number {
  let quote = '';
  for (let at = offset + 1; at < text.length; at += 1) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return at + 1;
    }
  }
  return text.length;
}

/** The index just past the end of the element whose "<" is at `offset` (its end tag, or "/>"). */
export function elementEnd(text: string, element: XmlElement): number {
  const tagEnd = startTagEnd(text, element.offset);
  if (text.charCodeAt(tagEnd - 2) === 47 /* / */) return tagEnd;
  const name = element.name;
  let depth = 0;
  let at = tagEnd;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return text.length;
    if (text.startsWith('<!--', lt)) {
      at = text.indexOf('-->', lt) + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      at = text.indexOf(']]>', lt) + 3;
    } else if (text.startsWith(`</${name}`, lt) && /[\s>]/.test(text.charAt(lt + 2 + name.length))) {
      const close = text.indexOf('>', lt) + 1;
      if (depth === 0) return close;
      depth -= 1;
      at = close;
    } else if (text.startsWith(`<${name}`, lt) && /[\s/>]/.test(text.charAt(lt + 1 + name.length))) {
      const end = startTagEnd(text, lt);
      if (text.charCodeAt(end - 2) !== 47) depth += 1;
      at = end;
    } else {
      at = lt + 1;
    }
  }
}
