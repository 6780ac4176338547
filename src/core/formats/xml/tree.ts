/**
 * Reading a parsed tree: names, namespaces, children and text.
 *
 * Text in the tree is raw (references not yet expanded). Two ways to read it:
 * - textOf, for formats whose files are pretty-printed by hand (TBX): literal whitespace is
 *   layout (runs collapse to one space, the ends are trimmed); whitespace written as a
 *   reference (&#10;) is content and is kept. escapeXmlText writes the other half of that rule.
 * - exactTextOf, for formats where every character counts (XLIFF, TMX segments): all text,
 *   decoded, exactly as written but for line ends (normalised to \n as XML prescribes) (parse with keepWhitespace, or rely on xml:space="preserve",
 *   to keep whitespace-only runs too).
 * Mixed content (text interleaved with inline elements such as <g>, <x/>, <ph>, <bpt>) is read
 * by walking `children` in order.
 */
import { decodeReferences } from './parse';
import type { XmlElement, XmlNode } from './parse';

/** Literal whitespace textOf would change: tabs, line breaks, double spaces, a space at either end. */
const LAYOUT_WHITESPACE = /[\t\r\n]| {2}|^ | $/;

/** Expands the predefined entities and character references of raw text from the tree. */
const decodeXml = decodeReferences;

/**
 * The text of an element and its descendants (so `<term>a <hi>b</hi></term>` is "a b"), with
 * literal whitespace treated as layout: runs collapse to one space and the ends are trimmed.
 * Whitespace written as a character reference (&#10;) is content and is kept as it is.
 */
export function textOf(element: XmlElement): string {
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (typeof only === 'string' && !LAYOUT_WHITESPACE.test(only)) return decodeXml(only);
  let raw = rawText(element).replace(/[ \t\r\n]+/g, ' ');
  if (raw.startsWith(' ')) raw = raw.slice(1);
  if (raw.endsWith(' ')) raw = raw.slice(0, -1);
  return decodeXml(raw);
}

/** The text of an element and its descendants, decoded, every character as written. */
export function exactTextOf(element: XmlElement): string {
  // Line ends are normalised as XML prescribes (\r\n and \r become \n), before references are expanded, so &#13; stays \r.
  const raw = rawText(element);
  return decodeXml(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
}

function rawText(element: XmlElement): string {
  const pieces: string[] = [];
  const pending: XmlNode[] = [element];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      pieces.push(node);
    } else {
      for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i]!);
    }
  }
  return pieces.join('');
}

/** The part of a name after its prefix: "min:partOfSpeech" → "partOfSpeech". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Whether the element is `local` in namespace `uri`. */
export function isElement(element: XmlElement, uri: string, local: string): boolean {
  return element.uri === uri && localName(element.name) === local;
}

/**
 * The value of the attribute `local` in namespace `uri` ('' for an unprefixed attribute, which
 * is in no namespace), whatever prefix the file gave it.
 */
export function attributeNS(element: XmlElement, uri: string, local: string): string | undefined {
  if (uri === '') return Object.hasOwn(element.attrs, local) ? element.attrs[local] : undefined;
  for (const [name, value] of Object.entries(element.attrs)) {
    const colon = name.indexOf(':');
    if (colon > 0 && name.slice(colon + 1) === local && name.slice(0, colon) !== 'xmlns' && element.namespaces[name.slice(0, colon)] === uri) return value;
  }
  return undefined;
}

/** The child elements, without text. */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The first child element with this local name. */
export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && localName(child.name) === local) return child;
  return undefined;
}
