/**
 * Writing XML: escaping for text and attribute values, and tags. Everything written here parses
 * back (parse.ts, or any XML 1.0 parser) to exactly the value given, once stripped of what XML
 * 1.0 cannot carry at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, unpaired
 * surrogates), which no escaping can write.
 *
 * ">" is always escaped in text, so "]]>" can never appear; "\r" is always a reference, as a
 * parser turns a literal one into "\n"; in attribute values tab, line feed and carriage return
 * are references, as attribute-value normalisation turns literal ones into spaces.
 */
import { INVALID_CHARACTERS, isXmlWhitespace, MAYBE_INVALID } from './chars';

/** Anything escapeXmlText has to change. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML forbids
const NEEDS_ESCAPING = /[&<>\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]| {2}|^ | $/;

/** Removes what XML cannot carry at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates). */
export function stripInvalidXmlChars(value: string): string {
  return MAYBE_INVALID.test(value) ? value.replace(INVALID_CHARACTERS, '') : value;
}

/**
 * Text content for formats read with textOf (TBX), escaped so that textOf gives back exactly
 * `value`: a space is written literally only between a non-whitespace character and another
 * character, every other whitespace character as a reference.
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

/**
 * Text content for formats read with exactTextOf (XLIFF, TMX): whitespace is written as it is
 * (only "\r" as a reference), so the reader must keep whitespace (xml:space="preserve").
 */
export function escapeXmlContent(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>\r]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&#13;'));
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

/** Attributes in the order given; undefined values are left out. */
type XmlAttributes = Readonly<Record<string, string | undefined>>;

function attributes(attrs: XmlAttributes | undefined): string {
  if (!attrs) return '';
  let out = '';
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}

/** `<name a="…">`, or `<name a="…"/>` when `empty`. Names are the caller's constants, not escaped. */
export function startTag(name: string, attrs?: XmlAttributes, empty = false): string {
  return `<${name}${attributes(attrs)}${empty ? '/>' : '>'}`;
}

/** An element holding only text, escaped with escapeXmlText (or another escaper). */
export function textElement(name: string, text: string, attrs?: XmlAttributes, escape: (value: string) => string = escapeXmlText): string {
  return `<${name}${attributes(attrs)}>${escape(text)}</${name}>`;
}
