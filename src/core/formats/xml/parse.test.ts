import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, localName, parseXml, stripInvalidXmlChars, textOf, XmlSyntaxError } from './index';
import type { XmlElement } from './index';

function syntaxError(text: string): XmlSyntaxError {
  try {
    parseXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`expected an XmlSyntaxError for ${JSON.stringify(text)}`);
}

describe('parseXml', () => {
  it('reads elements, attributes in either quotes and text in document order', () => {
    const root = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<a x="1" y='two &amp; &#x33;' z="tab\there"><b/>text<c>more</c></a>\n`);
    expect(root.name).toBe('a');
    expect({ ...root.attrs }).toEqual({ x: '1', y: 'two & 3', z: 'tab here' });
    expect(root.children.map((child) => (typeof child === 'string' ? child : `<${child.name}>`))).toEqual(['<b>', 'text', '<c>']);
  });

  it('keeps prefixes in names, for readers to match by local name', () => {
    const root = parseXml('<tbx xmlns:min="urn:m"><min:partOfSpeech>noun</min:partOfSpeech></tbx>');
    const child = root.children[0] as XmlElement;
    expect(child.name).toBe('min:partOfSpeech');
    expect(localName(child.name)).toBe('partOfSpeech');
  });

  it('turns CDATA into text and skips comments, processing instructions and an external DOCTYPE', () => {
    const root = parseXml('<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<!-- c --><a><?pi x?><![CDATA[<b> & ]]]><!-- d -->c</a>');
    expect(textOf(root)).toBe('<b> & ]c');
  });

  it('lets a reader drop elements as they close', () => {
    const seen: string[] = [];
    const root = parseXml('<a><e>1</e><f/><e>2</e></a>', {
      onClose(element, depth) {
        if (element.name !== 'e') return false;
        seen.push(`${textOf(element)}@${depth}`);
        return true;
      },
    });
    expect(seen).toEqual(['1@1', '2@1']);
    expect(root.children.map((child) => (typeof child === 'string' ? child : child.name))).toEqual(['f']);
  });

  it('stops at the root start tag when onRoot throws', () => {
    expect(() => parseXml('<html><unclosed></html>', { onRoot: () => { throw new RangeError('not mine'); } })).toThrow(RangeError);
  });

  it('handles deep nesting without recursion', () => {
    const depth = 100_000;
    const root = parseXml(`${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}`);
    expect(textOf(root)).toBe('x');
  });

  it('refuses what is not well-formed, naming the line', () => {
    const cases: [string, RegExp, number][] = [
      ['<a>\n<b>\n</a>', /expected <\/b> but found <\/a>/, 3],
      ['<a>\n</b>', /expected <\/a> but found <\/b>/, 2],
      ['<a>', /the file ends inside the <a> element/, 1],
      ['</a>', /has no start tag/, 1],
      ['<a x="1" x="2"/>', /two “x” attributes/, 1],
      ['<a x="<"/>', /contains “<”/, 1],
      ['<a x=1/>', /not in quotes/, 1],
      ['<a x/>', /has no value/, 1],
      ['<a x="1"y="2"/>', /malformed/, 1],
      ['<a>AT&T</a>', /“&” must be written as “&amp;”/, 1],
      ['<a>&nbsp;</a>', /the entity “&nbsp;” is not defined/, 1],
      ['<a>&#0;</a>', /names a character XML does not allow/, 1],
      ['<a>&#xD800;</a>', /names a character XML does not allow/, 1],
      ['<a>\n\u0000</a>', /U\+0000/, 2],
      ['<a>\uD800</a>', /U\+D800/, 1],
      ['<a>\uFFFF</a>', /U\+FFFF/, 1],
      ['<a/><b/>', /second root element, <b>/, 1],
      ['<a/>text', /text after the root element/, 1],
      ['text<a/>', /text before the root element/, 1],
      ['<a><!-- x -- y --></a>', /contains “--”/, 1],
      ['<a>]]></a>', /“]]>” must be written/, 1],
      ['<a>\n<? xml?></a>', /processing instruction is malformed/, 2],
      ['\n<?xml version="1.0"?><a/>', /XML declaration is not at the very start/, 2],
      ['<!DOCTYPE a [<!ELEMENT a ANY>]><a/>', /internal subset/, 1],
      ['<a><!DOCTYPE a></a>', /out of place/, 1],
      ['<a><!ELEMENT a ANY></a>', /neither a comment nor a CDATA section/, 1],
      ['<a>1 < 2</a>', /“<” must be written as “&lt;”/, 1],
      ['<![CDATA[x]]><a/>', /CDATA section is outside the root/, 1],
      ['', /no root element/, 1],
    ];
    for (const [text, detail, line] of cases) {
      const error = syntaxError(text);
      expect(error.detail, text).toMatch(detail);
      expect(error.line, text).toBe(line);
    }
  });
});

describe('textOf', () => {
  it('treats literal whitespace as layout and referenced whitespace as content', () => {
    const root = parseXml('<a>\n  A group of\n\t stars &#10;&#32;in <hi>the</hi>  arms&#9;</a>');
    expect(textOf(root)).toBe('A group of stars \n in the arms\t');
  });

  it('leaves other spaces alone (no-break, ideographic)', () => {
    expect(textOf(parseXml('<a>\u00a0x\u3000y\u00a0</a>'))).toBe('\u00a0x\u3000y\u00a0');
  });
});

describe('escaping', () => {
  it('writes what XML needs escaped, and whitespace that would be taken for layout as references', () => {
    expect(escapeXmlText('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeXmlText(' two  spaces\nand a tab\t')).toBe('&#32;two &#32;spaces&#10;and a tab&#9;');
    expect(escapeXmlText('plain text')).toBe('plain text');
    expect(escapeXmlText('bell\u0007 and \uD800 dropped')).toBe('bell and &#32;dropped');
    expect(escapeXmlAttribute('say "hi" & <bye>\n')).toBe('say &quot;hi&quot; &amp; &lt;bye>&#10;');
  });

  it('strips only what XML cannot carry', () => {
    expect(stripInvalidXmlChars('a\u0000b\u0008c\td\ne\rf\uFFFEg\uFFFFh\uD800i😀j\u0085k')).toBe('abc\td\ne\rfghi😀j\u0085k');
  });

  const anyText = fc.string({
    unit: fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '&', '<', '>', '"', "'", ']]>', '&amp;', '\u3000', '\u0000', '\uD83D', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))),
    maxLength: 20,
  });

  it('gives back exactly the text, once stripped of what XML cannot carry', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(textOf(parseXml(`<a>${escapeXmlText(value)}</a>`))).toBe(stripInvalidXmlChars(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back exactly the attribute value, likewise', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        expect(parseXml(`<a v="${escapeXmlAttribute(value)}"/>`).attrs.v).toBe(stripInvalidXmlChars(value));
      }),
      { numRuns: 1000 },
    );
  });
});
