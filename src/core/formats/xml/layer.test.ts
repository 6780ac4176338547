import { describe, expect, it } from 'vitest';
import { attributeNS, escapeXmlAttribute, escapeXmlContent, exactTextOf, isElement, parseXml, positionAt, startTag, textElement, XML_NAMESPACE, XmlSyntaxError } from './index';
import type { XmlElement } from './index';

function syntaxError(text: string, options?: Parameters<typeof parseXml>[1]): XmlSyntaxError {
  try {
    parseXml(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`expected an XmlSyntaxError for ${JSON.stringify(text)}`);
}

const elements = (element: XmlElement) => element.children.filter((child): child is XmlElement => typeof child !== 'string');

describe('positions', () => {
  it('gives the line and column of the first error, and its offset', () => {
    const error = syntaxError('<a>\n  <b>\n  </c>\n</a>');
    expect([error.line, error.column, error.offset]).toEqual([3, 3, 12]);
    expect(error.message).toBe('line 3, column 3: expected </b> but found </c>');
  });

  it('keeps the offset of each element, for readers to report where a problem is', () => {
    const text = '<xliff>\n  <file>\n    <unit id="u1"/>\n  </file>\n</xliff>';
    const unit = elements(elements(parseXml(text))[0]!)[0]!;
    expect(positionAt(text, unit.offset)).toEqual({ line: 3, column: 5 });
  });
});

describe('no DTD, no entity expansion', () => {
  it('refuses a billion-laughs bomb before any entity is declared, let alone expanded', () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<lolz>&lol9;</lolz>`;
    expect(syntaxError(bomb).detail).toMatch(/internal subset/);
  });

  it('never resolves an external entity: the reference is an undefined entity', () => {
    const error = syntaxError('<!DOCTYPE a SYSTEM "file:///etc/passwd">\n<a>&xxe;</a>');
    expect(error.detail).toMatch(/the entity “&xxe;” is not defined/);
    expect(error.line).toBe(2);
  });

  it('accepts and ignores a bare external DOCTYPE (as on TBX v2 files)', () => {
    expect(parseXml('<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core//EN" "TBXcoreStructV02.dtd"><martif/>').name).toBe('martif');
  });

  it('checks the XML declaration', () => {
    expect(parseXml('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>').name).toBe('a');
    expect(syntaxError('<?xml version="2.0"?><a/>').detail).toMatch(/XML declaration is malformed/);
    expect(syntaxError('<?xml encoding="UTF-8"?><a/>').detail).toMatch(/XML declaration is malformed/);
  });
});

describe('namespaces', () => {
  const xliff2 = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f"><mda:metadata/><unit id="u" xml:space="preserve"/></file></xliff>';

  it('resolves the URI of elements, by default namespace and by prefix', () => {
    const root = parseXml(xliff2);
    const file = elements(root)[0]!;
    expect(root.uri).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(isElement(elements(file)[0]!, 'urn:oasis:names:tc:xliff:metadata:2.0', 'metadata')).toBe(true);
    expect(isElement(elements(file)[1]!, 'urn:oasis:names:tc:xliff:document:2.0', 'unit')).toBe(true);
    expect(parseXml('<a xmlns="urn:x"><b xmlns=""/></a>').children.map((child) => (child as XmlElement).uri)).toEqual(['']);
  });

  it('reads attributes by namespace URI, whatever the prefix', () => {
    const root = parseXml('<a xmlns:p="urn:p" xmlns:q="urn:q" p:x="1" q:y="2" z="3"/>');
    expect(attributeNS(root, 'urn:p', 'x')).toBe('1');
    expect(attributeNS(root, 'urn:q', 'y')).toBe('2');
    expect(attributeNS(root, '', 'z')).toBe('3');
    expect(attributeNS(root, 'urn:q', 'x')).toBeUndefined();
    expect(attributeNS(parseXml('<a xml:lang="de"/>'), XML_NAMESPACE, 'lang')).toBe('de');
  });

  it('refuses what Namespaces in XML forbids, unless told to be lenient', () => {
    const cases: [string, RegExp][] = [
      ['<p:a/>', /prefix “p” of “p:a” is not declared/],
      ['<a p:x="1"/>', /prefix “p” of “p:x” is not declared/],
      ['<a xmlns:p=""/>', /empty namespace name/],
      ['<a:b:c xmlns:a="u"/>', /not a qualified name/],
      ['<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', /two attributes named “x” in “u”/],
      ['<a xmlns:xml="urn:other"/>', /cannot be bound/],
      ['<xmlns:a/>', /uses the prefix “xmlns”/],
    ];
    for (const [text, detail] of cases) {
      expect(syntaxError(text).detail, text).toMatch(detail);
      expect(() => parseXml(text, { namespaces: 'lenient' }), text).not.toThrow();
    }
  });
});

describe('xml:lang, xml:space and mixed content', () => {
  it('inherits xml:lang and xml:space', () => {
    const root = parseXml('<tu xml:lang="en"><tuv xml:lang="de-AT"><seg/></tuv><tuv><seg xml:space="preserve"><b xml:space="default"/></seg></tuv></tu>');
    const [de, en] = elements(root);
    expect(elements(de!)[0]!.lang).toBe('de-AT');
    expect(elements(en!)[0]!.lang).toBe('en');
    expect(elements(en!)[0]!.preserveSpace).toBe(true);
    expect(elements(elements(en!)[0]!)[0]!.preserveSpace).toBe(false);
  });

  it('keeps inline elements and text in order, and whitespace under xml:space="preserve"', () => {
    const root = parseXml('<source xml:space="preserve">Click <g id="1">Save</g>  <x id="2"/>\r\n<ph id="3">&lt;br/&gt;</ph> now.</source>');
    expect(root.children.map((child) => (typeof child === 'string' ? child : `<${child.name}>`))).toEqual(['Click ', '<g>', '  ', '<x>', '\r\n', '<ph>', ' now.']);
    expect(exactTextOf(root)).toBe('Click Save  \n<br/> now.');
  });

  it('collapses whitespace-only text to one space, unless keepWhitespace is set', () => {
    expect(parseXml('<a><b/>\n  <c/></a>').children[1]).toBe(' ');
    expect(parseXml('<a><b/>\n  <c/></a>', { keepWhitespace: true }).children[1]).toBe('\n  ');
  });
});

describe('writing', () => {
  it('escapes content so that every character comes back, and "]]>" never appears', () => {
    const value = 'a < b && c > d ]]> \r\n\t  end \u0001';
    const written = escapeXmlContent(value);
    expect(written).not.toContain(']]>');
    expect(exactTextOf(parseXml(`<a>${written}</a>`, { keepWhitespace: true }))).toBe('a < b && c > d ]]> \r\n\t  end ');
  });

  it('escapes attribute values, keeping tabs and line breaks', () => {
    expect(escapeXmlAttribute('\t\n\r"&<')).toBe('&#9;&#10;&#13;&quot;&amp;&lt;');
    expect(parseXml(`<a v="${escapeXmlAttribute('\t\n\r x')}"/>`).attrs.v).toBe('\t\n\r x');
  });

  it('writes tags with attributes in order, leaving out undefined ones', () => {
    expect(startTag('unit', { id: 'u "1"', name: undefined, 'xml:lang': 'de' })).toBe('<unit id="u &quot;1&quot;" xml:lang="de">');
    expect(startTag('x', { id: '1' }, true)).toBe('<x id="1"/>');
    expect(textElement('note', 'a\nb', { type: 'x' })).toBe('<note type="x">a&#10;b</note>');
    expect(textElement('seg', 'a\nb', undefined, escapeXmlContent)).toBe('<seg>a\nb</seg>');
  });
});
