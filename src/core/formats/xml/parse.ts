/**
 * A strict, non-validating XML 1.0 parser with namespaces, for the file formats Glossa reads
 * (TBX today; XLIFF 1.2/2.0 and TMX next). ADR 0012 says why it is ours and not saxes or txml.
 *
 * Strict: anything that is not well-formed is an XmlSyntaxError with the line and column of
 * the first problem, and so (by default) is what Namespaces in XML 1.0 forbids: an undeclared
 * prefix, a name with two colons, xmlns:p="", a misbound xml or xmlns prefix, two attributes
 * with the same expanded name.
 *
 * No DTD: it never reads, fetches or expands anything a file declares. Only the five predefined
 * entities and character references are known. A bare external `<!DOCTYPE name SYSTEM "…">` or
 * `PUBLIC "…" "…"` (on most TBX v2 files) is accepted and ignored; a DOCTYPE with an internal
 * subset ([ … ], where entities are declared) refuses the file, so a billion-laughs bomb or an
 * external entity can never expand: its references are undefined entities.
 *
 * The tree: elements keep their qualified name, resolved namespace URI, attributes (decoded and
 * normalised), inherited xml:lang and xml:space, the offset of their "<" (positionAt makes it a
 * line and column) and their children in document order, text and elements interleaved, so
 * mixed content (XLIFF <g>/<x/>/<ph>, <pc>/<ph/>, TMX <bpt>/<ept>/<ph>) stays as written.
 * Text comes back raw (still escaped: see text.ts), so a reader can tell whitespace written
 * literally (layout) from whitespace written as a reference (content). Text that is only
 * whitespace becomes a single shared ' ' unless `keepWhitespace` is set or xml:space="preserve"
 * is in effect; then it is kept as written.
 */
import { findInvalidCharacter, isWhitespaceBetween, isXmlCharacter, isXmlWhitespace, scanName, skipWhitespace } from './chars';
import { positionAt, XmlSyntaxError } from './errors';

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** Prefix → namespace URI in effect ('' is the default namespace; undefined: not declared). */
type XmlNamespaces = Readonly<Record<string, string>>;

export interface XmlElement {
  /** The qualified name as written, prefix included ("min:partOfSpeech"). */
  readonly name: string;
  /** The namespace URI its prefix (or the default namespace) resolves to; '' for none. */
  readonly uri: string;
  /**
   * Attribute values by qualified name, decoded and normalised as XML prescribes. A plain
   * object, for speed: read it only by the names you expect, with Object.hasOwn if a name could
   * be that of an Object.prototype member. attributeNS reads one by namespace URI.
   */
  readonly attrs: Readonly<Record<string, string>>;
  /** Elements and raw text (references not yet expanded: see text.ts), in document order. */
  readonly children: XmlNode[];
  /** xml:lang in effect here (its own or inherited), '' when none. */
  readonly lang: string;
  /** Whether xml:space="preserve" is in effect here (its own or inherited). */
  readonly preserveSpace: boolean;
  /** The string index of its "<" in the parsed text: positionAt(text, offset) gives line and column. */
  readonly offset: number;
  /** The namespace declarations in scope. */
  readonly namespaces: XmlNamespaces;
}

export type XmlNode = XmlElement | string;

interface XmlParseOptions {
  /** Called with the root element as soon as its start tag is read; throw to stop early. */
  onRoot?(root: XmlElement): void;
  /**
   * Called when an element ends (depth 0 = the root). Return true to drop it from its parent,
   * so that a reader can consume a large file entry by entry without keeping the whole tree.
   */
  onClose?(element: XmlElement, depth: number): boolean | void;
  /** Keep whitespace-only text as written everywhere, not only under xml:space="preserve". */
  keepWhitespace?: boolean;
  /**
   * 'strict' (the default) refuses what Namespaces in XML forbids; 'lenient' resolves an
   * undeclared prefix to '' and checks nothing else about namespaces (TBX files in the wild).
   */
  namespaces?: 'strict' | 'lenient';
}

/** Throws an XmlSyntaxError at this offset of the text. */
type Fail = (detail: string, at: number) => never;

/** What may follow the root name of a DOCTYPE: an external identifier, never an internal subset. */
const DOCTYPE_REST = /(?:[ \t\r\n]+(?:SYSTEM[ \t\r\n]+("[^"]*"|'[^']*')|PUBLIC[ \t\r\n]+("[^"]*"|'[^']*')[ \t\r\n]+("[^"]*"|'[^']*')))?[ \t\r\n]*>/y;
/** <?xml version="1.x" encoding="…" standalone="yes|no"?>, in that order. */
const XML_DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[01]"|'1\.[01]')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;
const REFERENCE = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/y;
/** Shared by every element without attributes, which in TBX is most of them. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});
const NOT_WHITESPACE = /[^ \t\r\n]/;
/** Not frozen: a scope inherits from it, and a frozen prototype's properties cannot be shadowed by assignment. */
const ROOT_NAMESPACES: XmlNamespaces = Object.assign(Object.create(null) as Record<string, string>, { '': '', xml: XML_NAMESPACE, xmlns: XMLNS_NAMESPACE });
const PREDEFINED_DECODE: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCES = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;

/**
 * Parses a whole document and returns its root element (minus any elements `onClose`
 * dropped). Throws XmlSyntaxError for anything that is not well-formed XML 1.0.
 */
export function parseXml(text: string, options: XmlParseOptions = {}): XmlElement {
  const fail: Fail = (detail, at) => {
    throw new XmlSyntaxError(detail, { ...positionAt(text, at), offset: at });
  };
  const invalid = findInvalidCharacter(text);
  if (invalid) {
    const code = invalid[0].codePointAt(0) ?? 0;
    fail(`it contains the character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which XML does not allow`, invalid.index);
  }
  const strictNamespaces = options.namespaces !== 'lenient';
  const keepWhitespace = options.keepWhitespace === true;

  const length = text.length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let seenDoctype = false;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  if (text.startsWith('<?xml', pos) && /[ \t\r\n?]/.test(text.charAt(pos + 5))) {
    const end = text.indexOf('?>', pos);
    if (end < 0) fail('the XML declaration is not closed with “?>”', pos);
    XML_DECLARATION.lastIndex = pos;
    if (!XML_DECLARATION.test(text)) fail('the XML declaration is malformed (it needs version="1.0", then optionally encoding and standalone)', pos);
    pos = end + 2;
  }

  while (pos < length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      if (top) {
        if (isWhitespaceBetween(text, pos, textEnd)) {
          top.children.push(keepWhitespace || top.preserveSpace ? text.slice(pos, textEnd) : ' ');
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
      const target = text.slice(lt + 2, targetEnd);
      if (target.toLowerCase() === 'xml') fail('the XML declaration is not at the very start of the file', lt);
      if (strictNamespaces && target.includes(':')) fail(`the processing instruction target “${target}” contains “:”`, lt);
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) fail('a processing instruction is not closed with “?>”', lt);
      pos = end + 2;
    } else {
      pos = startTag(lt);
    }
  }

  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    fail(`the file ends inside the <${open.name}> element`, length);
  }
  if (!root) fail('there is no root element', length);
  return root;

  /** Reads the start tag at `lt`, opens (or opens and closes) its element; returns where the tag ends. */
  function startTag(lt: number): number {
    const nameEnd = scanName(text, lt + 1);
    if (nameEnd === lt + 1) fail('“<” must be written as “&lt;”', lt);
    const name = text.slice(lt + 1, nameEnd);
    let attrs = NO_ATTRIBUTES;
    let at = nameEnd;
    let end: number;
    let selfClosing = false;
    let declares = false;
    let prefixedAttributes = 0;
    for (;;) {
      const afterSpace = skipWhitespace(text, at);
      const code = text.charCodeAt(afterSpace);
      if (code === 62 /* > */) {
        end = afterSpace + 1;
        break;
      }
      if (code === 47 /* / */ && text.charCodeAt(afterSpace + 1) === 62) {
        end = afterSpace + 2;
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
      const value = decodeReferences(/[\t\r\n]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, ' ') : raw);
      // An attribute named __proto__ must not reach the prototype setter.
      if (attributeName === '__proto__') Object.defineProperty(attrs, attributeName, { value, enumerable: true, writable: true, configurable: true });
      else attrs[attributeName] = value;
      if (attributeName.charCodeAt(0) === 120 /* x */ && (attributeName === 'xmlns' || attributeName.startsWith('xmlns:'))) declares = true;
      else if (attributeName.includes(':')) prefixedAttributes += 1;
      at = closeQuote + 1;
    }

    const parent = stack[stack.length - 1];
    const namespaces = declares ? declareNamespaces(attrs, parent?.namespaces ?? ROOT_NAMESPACES, lt) : (parent?.namespaces ?? ROOT_NAMESPACES);
    const uri = resolve(namespaces, name, true, lt);
    if (strictNamespaces && prefixedAttributes > 0) checkAttributeNames(name, attrs, namespaces, prefixedAttributes, lt);
    let lang = parent?.lang ?? '';
    let preserveSpace = parent?.preserveSpace ?? false;
    if (attrs !== NO_ATTRIBUTES) {
      const ownLang = attrs['xml:lang'];
      if (ownLang !== undefined) lang = ownLang;
      const space = attrs['xml:space'];
      if (space !== undefined) preserveSpace = space === 'preserve';
    }
    const element: XmlElement = { name, uri, attrs, children: [], lang, preserveSpace, offset: lt, namespaces };
    if (parent) {
      parent.children.push(element);
    } else {
      if (root) fail(`there is a second root element, <${name}>`, lt);
      root = element;
      options.onRoot?.(element);
    }
    if (selfClosing) closeElement(element);
    else stack.push(element);
    return end;
  }

  function declareNamespaces(attrs: Readonly<Record<string, string>>, inherited: XmlNamespaces, at: number): XmlNamespaces {
    const scope = Object.create(inherited) as Record<string, string>;
    for (const [attribute, value] of Object.entries(attrs)) {
      if (attribute === 'xmlns') {
        if (strictNamespaces && (value === XML_NAMESPACE || value === XMLNS_NAMESPACE)) fail(`the default namespace cannot be “${value}”`, at);
        scope[''] = value;
      } else if (attribute.startsWith('xmlns:')) {
        const prefix = attribute.slice(6);
        if (strictNamespaces) {
          if (value === '') fail(`the prefix “${prefix}” is declared with an empty namespace name`, at);
          if (prefix === 'xmlns') fail('the prefix “xmlns” cannot be declared', at);
          if ((prefix === 'xml') !== (value === XML_NAMESPACE)) fail(`the prefix “${prefix}” cannot be bound to “${value}”`, at);
          if (value === XMLNS_NAMESPACE) fail(`the prefix “${prefix}” cannot be bound to “${value}”`, at);
          if (prefix === '' || prefix.includes(':')) fail(`the name “${attribute}” is not a qualified name`, at);
        }
        scope[prefix] = value;
      }
    }
    return scope;
  }

  /** The namespace URI of a qualified name (an element's, or a prefixed attribute's). */
  function resolve(namespaces: XmlNamespaces, qualified: string, isElement: boolean, at: number): string {
    const colon = qualified.indexOf(':');
    if (colon < 0) return isElement ? (namespaces[''] ?? '') : '';
    if (strictNamespaces && (colon === 0 || colon === qualified.length - 1 || qualified.indexOf(':', colon + 1) >= 0)) {
      fail(`the name “${qualified}” is not a qualified name`, at);
    }
    const prefix = qualified.slice(0, colon);
    if (strictNamespaces && isElement && prefix === 'xmlns') fail(`the element name “${qualified}” uses the prefix “xmlns”`, at);
    const uri = namespaces[prefix];
    if (uri !== undefined) return uri;
    if (strictNamespaces) fail(`the prefix “${prefix}” of “${qualified}” is not declared`, at);
    return '';
  }

  function checkAttributeNames(name: string, attrs: Readonly<Record<string, string>>, namespaces: XmlNamespaces, prefixed: number, at: number): void {
    const seen = prefixed > 1 ? new Set<string>() : undefined;
    for (const attribute of Object.keys(attrs)) {
      if (!attribute.includes(':') || attribute.startsWith('xmlns:')) continue;
      const uri = resolve(namespaces, attribute, false, at);
      const expanded = `${uri} ${attribute.slice(attribute.indexOf(':') + 1)}`;
      if (seen?.has(expanded)) fail(`the <${name}> element has two attributes named “${expanded.slice(uri.length + 1)}” in “${uri}”`, at);
      seen?.add(expanded);
    }
  }

  function closeElement(element: XmlElement): void {
    const drop = options.onClose?.(element, stack.length);
    if (drop) stack[stack.length - 1]?.children.pop();
  }
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

/** Expands the predefined entities and character references of already-checked raw text. */
export function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCES, (_match, decimal: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named !== undefined) return PREDEFINED_DECODE[named]!;
    return String.fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16));
  });
}
