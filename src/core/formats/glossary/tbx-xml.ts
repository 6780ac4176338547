/**
 * The XML underneath the TBX reader and writers: a small, strict, non-validating parser and
 * the escaping the writers use.
 *
 * Why a parser of our own rather than fast-xml-parser: a 40 MB TBX file (50,000 rich
 * entries) took fast-xml-parser 1.3 s to validate and 4–5.5 s more to parse in Node, against a
 * target of about 2 s for the whole import; this one parses it in about 0.5 s. It is also
 * strict where a glossary import must be: it checks well-formedness (nesting, attribute
 * syntax, characters), reports the line of the first error, expands only the five predefined
 * entities and numeric character references, and never reads a DTD, so nothing in a file can
 * make it fetch, read or multiply anything. It does not resolve namespaces: TBX readers match
 * names by their local part.
 *
 * Text comes back raw (still escaped) so that a reader can tell whitespace written literally
 * (layout: indentation, wrapped lines) from whitespace written as a character reference
 * (content). `textOf` collapses the first and keeps the second; `escapeXmlText` writes every
 * whitespace character that is content as a reference. That is how the writers keep a note's
 * line breaks while the reader still tidies a pretty-printed third-party file.
 */

export interface XmlElement {
  /** The name as written, prefix included ("min:partOfSpeech"). */
  readonly name: string;
  /**
   * Attribute values, decoded and normalised as XML prescribes. A plain object, for speed (a
   * null-prototype one is a slow dictionary): read it only by the names you expect, with
   * Object.hasOwn if a name could be that of an Object.prototype member.
   */
  readonly attrs: Readonly<Record<string, string>>;
  /**
   * Elements and raw text (entity references not yet expanded: see textOf), in document order.
   * Text that is only whitespace is kept as a single space, all that textOf makes of it (most
   * of it is indentation; keeping one shared string saves a slice per line of a large file).
   */
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Not well-formed: `line` is 1-based. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  readonly line: number;
  readonly detail: string;

  constructor(detail: string, line: number) {
    super(`line ${line}: ${detail}`);
    this.detail = detail;
    this.line = line;
  }
}

export interface XmlParseHandlers {
  /** Called with the root element as soon as its start tag is read; throw to stop early. */
  onRoot?(root: XmlElement): void;
  /**
   * Called when an element ends (depth 0 = the root). Return true to drop it from its parent,
   * so that a reader can consume a large file entry by entry without keeping the whole tree.
   */
  onClose?(element: XmlElement, depth: number): boolean | void;
}

/** Throws an XmlSyntaxError at this offset of the text. */
type Fail = (detail: string, at: number) => never;

/** What may follow the root name of a DOCTYPE: an external identifier, never an internal subset. */
const DOCTYPE_REST = /(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+("[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+("[^"]*"|'[^']*')[ \t\r\n]+("[^"]*"|'[^']*')))?[ \t\r\n]*>/y;
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/y;
const REFERENCES = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
/**
 * Characters XML 1.0 forbids anywhere, even as references. A file is scanned once with a plain
 * character class that also catches every surrogate, and only when it holds a surrogate (CJK
 * beyond the BMP, emoji) again with \p{Cs}, which in u-mode matches only unpaired ones and is
 * five times slower.
 */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const MAYBE_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const INVALID_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const INVALID_CHARACTERS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|\p{Cs}/gu;
/** Shared by every element without attributes, which in TBX is most of them. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NOT_WHITESPACE = /[^ \t\r\n]/;
/** Literal whitespace textOf would change: tabs, line breaks, double spaces, a space at either end. */
const LAYOUT_WHITESPACE = /[\t\r\n]| {2}|^ | $/;
/** Anything escapeXmlText has to change. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const NEEDS_ESCAPING = /[&<>\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]| {2}|^ | $/;

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Parses a whole document and returns its root element (minus any elements `onClose`
 * dropped). Throws XmlSyntaxError for anything that is not well-formed XML 1.0, including a
 * DOCTYPE with an internal subset: only a bare `<!DOCTYPE name SYSTEM "…">` is accepted, and
 * it is never loaded.
 */
export function parseXml(text: string, handlers: XmlParseHandlers = {}): XmlElement {
  const fail: Fail = (detail, at) => {
    throw new XmlSyntaxError(detail, lineAt(text, at));
  };
  const suspect = MAYBE_INVALID.exec(text);
  const invalid = suspect && !isSurrogate(suspect[0].charCodeAt(0)) ? suspect : suspect ? INVALID_CHARACTER.exec(text) : null;
  if (invalid) {
    const code = invalid[0].codePointAt(0) ?? 0;
    fail(`it contains the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`, invalid.index);
  }

  const length = text.length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let seenDoctype = false;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  if (text.startsWith('<?xml', pos) && /[ \t\r\n?]/.test(text.charAt(pos + 5))) {
    const end = text.indexOf('?>', pos);
    if (end < 0) fail('the XML declaration is not closed with “?>”', pos);
    pos = end + 2;
  }

  while (pos < length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      if (top) {
        if (isWhitespaceBetween(text, pos, textEnd)) {
          top.children.push(' ');
        } else {
          const raw = text.slice(pos, textEnd);
          checkText(raw, pos, fail);
          top.children.push(raw);
        }
      } else {
        const stray = NOT_WHITESPACE.exec(text.slice(pos, textEnd));
        if (stray) fail(root ? 'there is text after the root element' : 'there is text before the root element', pos + stray.index);
      }
    }
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);

    if (next === 47 /* / */) {
      // The common case, the end tag of the open element, without slicing out its name.
      const open = stack[stack.length - 1];
      if (open && text.startsWith(open.name, lt + 2) && text.charCodeAt(lt + 2 + open.name.length) === 62 /* > */) {
        stack.pop();
        pos = lt + 3 + open.name.length;
        closeElement(open);
        continue;
      }
      const nameEnd = scanName(text, lt + 2);
      const name = text.slice(lt + 2, nameEnd);
      const close = skipWhitespace(text, nameEnd);
      if (nameEnd === lt + 2 || text.charCodeAt(close) !== 62 /* > */) fail('an end tag is malformed', lt);
      const element = stack.pop();
      if (!element) fail(`the end tag </${name}> has no start tag`, lt);
      if (element.name !== name) fail(`expected </${element.name}> but found </${name}>`, lt);
      pos = close + 1;
      closeElement(element);
    } else if (next === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) fail('a comment is not closed with “-->”', lt);
        const dashes = text.indexOf('--', lt + 4);
        if (dashes < end) fail('a comment contains “--”', dashes);
        pos = end + 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        const top = stack[stack.length - 1];
        if (!top) fail('a CDATA section is outside the root element', lt);
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) fail('a CDATA section is not closed with “]]>”', lt);
        top.children.push(text.slice(lt + 9, end).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
        pos = end + 3;
      } else if (text.startsWith('<!DOCTYPE', lt)) {
        if (root || seenDoctype) fail('a DOCTYPE declaration is out of place', lt);
        const nameStart = skipWhitespace(text, lt + 9);
        const nameEnd = scanName(text, nameStart);
        DOCTYPE_REST.lastIndex = nameEnd;
        if (nameStart === lt + 9 || nameEnd === nameStart || !DOCTYPE_REST.exec(text)) {
          fail('the DOCTYPE declaration has an internal subset or is malformed', lt);
        }
        seenDoctype = true;
        pos = DOCTYPE_REST.lastIndex;
      } else {
        fail('“<!” starts neither a comment nor a CDATA section', lt);
      }
    } else if (next === 63 /* ? */) {
      const targetEnd = scanName(text, lt + 2);
      const afterTarget = text.charCodeAt(targetEnd);
      if (targetEnd === lt + 2 || !(isXmlWhitespace(afterTarget) || text.startsWith('?>', targetEnd))) fail('a processing instruction is malformed', lt);
      if (text.slice(lt + 2, targetEnd).toLowerCase() === 'xml') fail('the XML declaration is not at the very start of the file', lt);
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail('a processing instruction is not closed with “?>”', lt);
      pos = end + 2;
    } else {
      const nameEnd = scanName(text, lt + 1);
      if (nameEnd === lt + 1) fail('“<” must be written as “&lt;”', lt);
      const name = text.slice(lt + 1, nameEnd);
      let attrs = NO_ATTRIBUTES;
      let at = nameEnd;
      let selfClosing = false;
      for (;;) {
        const afterSpace = skipWhitespace(text, at);
        const code = text.charCodeAt(afterSpace);
        if (code === 62 /* > */) {
          pos = afterSpace + 1;
          break;
        }
        if (code === 47 /* / */ && text.charCodeAt(afterSpace + 1) === 62) {
          pos = afterSpace + 2;
          selfClosing = true;
          break;
        }
        const attributeEnd = scanName(text, afterSpace);
        if (afterSpace === at || attributeEnd === afterSpace) fail(`the start tag of <${name}> is malformed`, afterSpace);
        const attributeName = text.slice(afterSpace, attributeEnd);
        const equals = skipWhitespace(text, attributeEnd);
        if (text.charCodeAt(equals) !== 61 /* = */) fail(`the attribute “${attributeName}” of <${name}> has no value`, equals);
        const open = skipWhitespace(text, equals + 1);
        const quote = text.charAt(open);
        if (quote !== '"' && quote !== "'") fail(`the value of the attribute “${attributeName}” is not in quotes`, open);
        const closeQuote = text.indexOf(quote, open + 1);
        if (closeQuote < 0) fail(`the value of the attribute “${attributeName}” is not closed`, open);
        const raw = text.slice(open + 1, closeQuote);
        if (raw.includes('<')) fail(`the value of the attribute “${attributeName}” contains “<”`, open);
        if (attrs === NO_ATTRIBUTES) attrs = {};
        else if (Object.hasOwn(attrs, attributeName)) fail(`the <${name}> element has two “${attributeName}” attributes`, afterSpace);
        if (raw.includes('&')) checkReferences(raw, open + 1, fail);
        // Attribute-value normalisation: a line end (\r\n, \r or \n) or a tab becomes one space.
        const value = decodeXml(/[\t\r\n]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, ' ') : raw);
        // An attribute named __proto__ must not reach the prototype setter.
        if (attributeName === '__proto__') Object.defineProperty(attrs, attributeName, { value, enumerable: true, writable: true, configurable: true });
        else attrs[attributeName] = value;
        at = closeQuote + 1;
      }

      const element: XmlElement = { name, attrs, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.children.push(element);
      } else {
        if (root) fail(`there is a second root element, <${name}>`, lt);
        root = element;
        handlers.onRoot?.(element);
      }
      if (selfClosing) closeElement(element);
      else stack.push(element);
    }
  }

  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    fail(`the file ends inside the <${open.name}> element`, length);
  }
  if (!root) fail('there is no root element', length);
  return root;

  function closeElement(element: XmlElement): void {
    const drop = handlers.onClose?.(element, stack.length);
    if (drop) stack[stack.length - 1]?.children.pop();
  }
}

/** The end of the XML Name that starts at `start` (`start` itself when there is none). */
function scanName(text: string, start: number): number {
  let at = start;
  const length = text.length;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (!(at === start ? isNameStart(code) : isNameStart(code) || isNameRest(code))) break;
    at += 1;
  }
  return at;
}

function isNameStart(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58;
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xdb7f) || // up to the high surrogates of planes 1–14 (#x10000-#xEFFFF)
    (code >= 0xdc00 && code <= 0xdfff) || // their low surrogates (unpaired ones were refused up front)
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd)
  );
}

function isNameRest(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 45 || code === 46 || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || code === 0x203f || code === 0x2040;
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function isWhitespaceBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (!isXmlWhitespace(text.charCodeAt(at))) return false;
  return true;
}

function skipWhitespace(text: string, start: number): number {
  let at = start;
  for (let code = text.charCodeAt(at); code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d; code = text.charCodeAt(at)) at += 1;
  return at;
}

function checkText(raw: string, offset: number, fail: Fail): void {
  if (raw.includes('&')) checkReferences(raw, offset, fail);
  const cdataEnd = raw.indexOf(']]>');
  if (cdataEnd >= 0) fail('“]]>” must be written as “]]&gt;”', offset + cdataEnd);
}

function checkReferences(raw: string, offset: number, fail: Fail): void {
  let amp = raw.indexOf('&');
  while (amp >= 0) {
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(raw);
    if (!match) {
      const entity = /^&[^\s&;<]{1,40};/.exec(raw.slice(amp, amp + 42));
      fail(entity ? `the entity “${entity[0]}” is not defined (XML defines only &lt; &gt; &amp; &quot; &apos;)` : '“&” must be written as “&amp;”', offset + amp);
    }
    if (match[1] !== undefined || match[2] !== undefined) {
      const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2]!, 16);
      if (!isXmlCharacter(code)) fail(`the character reference “${match[0]}” names a character XML does not allow`, offset + amp);
    }
    amp = raw.indexOf('&', REFERENCE.lastIndex);
  }
}

function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

/** Expands the predefined entities and character references of already-checked raw text. */
export function decodeXml(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCES, (_match, decimal: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named !== undefined) return PREDEFINED[named]!;
    return String.fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16));
  });
}

/**
 * The text of an element and its descendants (so `<term>a <hi>b</hi></term>` is "a b"), with
 * literal whitespace treated as layout: runs collapse to one space and the ends are trimmed.
 * Whitespace written as a character reference (&#10;) is content and is kept as it is.
 */
export function textOf(element: XmlElement): string {
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (typeof only === 'string' && !LAYOUT_WHITESPACE.test(only)) return decodeXml(only);
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
  let raw = pieces.join('').replace(/[ \t\r\n]+/g, ' ');
  if (raw.startsWith(' ')) raw = raw.slice(1);
  if (raw.endsWith(' ')) raw = raw.slice(0, -1);
  return decodeXml(raw);
}

/** The part of a name after its prefix: "min:partOfSpeech" → "partOfSpeech". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
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

/** Removes what XML cannot carry at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates). */
export function stripInvalidXmlChars(value: string): string {
  return MAYBE_INVALID.test(value) ? value.replace(INVALID_CHARACTERS, '') : value;
}

/**
 * Text content, escaped so that `textOf` gives back exactly `value` (once stripped of what XML
 * cannot carry): a space is written literally only between a non-whitespace character and
 * another character, every other whitespace character as a reference.
 */
export function escapeXmlText(value: string): string {
  if (!NEEDS_ESCAPING.test(value)) return value;
  const text = stripInvalidXmlChars(value);
  return text.replace(/[&<>\t\n\r ]/g, (char, index: number) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case ' ':
        return index > 0 && index < text.length - 1 && !isXmlWhitespace(text.charCodeAt(index - 1)) ? ' ' : '&#32;';
      default:
        return `&#${char.charCodeAt(0)};`;
    }
  });
}

/** An attribute value, escaped for double quotes; tabs and line breaks survive as references. */
export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<"\t\n\r]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '"':
        return '&quot;';
      default:
        return `&#${char.charCodeAt(0)};`;
    }
  });
}

function isXmlWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}
