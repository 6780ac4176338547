import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../../../tests/fixtures/fuzz';
import { escapeXmlAttribute, escapeXmlContent, exactTextOf, parseXml, XmlSyntaxError } from './index';
import type { XmlElement } from './index';

/** Element, attribute and text in a form both parsers' trees can be compared in. */
interface Plain {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: (Plain | string)[];
}

/** saxes (strict XML 1.0 + Namespaces) as the oracle; throws on the first error. */
function saxesTree(text: string): Plain {
  const parser = new SaxesParser({ xmlns: true });
  const top: Plain = { name: '', uri: '', attrs: {}, children: [] };
  const stack: Plain[] = [top];
  const addText = (value: string) => {
    const children = stack[stack.length - 1]!.children;
    if (typeof children[children.length - 1] === 'string') children[children.length - 1] += value;
    else if (value !== '') children.push(value);
  };
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attrs[name] = attribute.value;
    const element: Plain = { name: tag.name, uri: tag.uri, attrs, children: [] };
    if (stack.length > 1) stack[stack.length - 1]!.children.push(element);
    else top.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (value) => stack.length > 1 && addText(value));
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(text).close();
  return top.children.find((child): child is Plain => typeof child !== 'string')!;
}

/** Ours in the same form: adjacent text merged, decoded exactly. */
function plain(element: XmlElement): Plain {
  const children: (Plain | string)[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string') {
      children.push(plain(child));
      continue;
    }
    const value = exactTextOf({ ...element, children: [child] });
    if (typeof children[children.length - 1] === 'string') children[children.length - 1] += value;
    else if (value !== '') children.push(value);
  }
  return { name: element.name, uri: element.uri, attrs: { ...element.attrs }, children };
}

const namePart = fc.stringMatching(/^[A-Za-z_\u00C0-\u00D6\u4E00-\u4E10][A-Za-z0-9._\u00B7\u4E00-\u4E10-]{0,6}$/);
const prefix = fc.constantFrom('', 'a', 'b', 'xml');
const textUnit = fc.oneof(
  fc.constantFrom(' ', '\t', '\n', '\r\n', '&', '<', '>', '"', "'", ']]>', '&amp;', '\u3000', '😀', '\u0000', '\uD800', 'x', 'é'),
  fc.integer({ min: 0x20, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
);
const anyText = fc.string({ unit: textUnit, maxLength: 12 });

/** A random namespace-well-formed document: elements in the default namespace or prefixed a:/b:, xml:lang, mixed content, comments, CDATA, PIs. */
const document = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { weight: 3, arbitrary: anyText.map(escapeXmlContent) },
    { weight: 3, arbitrary: tie('element') },
    { weight: 1, arbitrary: anyText.map((value) => `<!--${value.replace(/-/g, '')}-->`).filter((comment) => !comment.includes('\u0000') && !comment.includes('\uD800')) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('x', '<', '&', ' ', ']', '>'), maxLength: 8 }).filter((value) => !value.includes(']]>')).map((value) => `<![CDATA[${value}]]>`) },
    { weight: 1, arbitrary: fc.constant('<?target data?>') },
  ),
  element: fc
    .record({
      prefix: prefix.filter((value) => value !== 'xml'),
      local: namePart,
      attrs: fc.uniqueArray(fc.record({ prefix, local: namePart, value: anyText }), { maxLength: 3, selector: (attribute) => `${attribute.prefix}:${attribute.local}` }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    })
    .map(({ prefix: own, local, attrs, children }) => {
      const name = own ? `${own}:${local}` : local;
      const attributes = attrs.map((attribute) => ` ${attribute.prefix ? `${attribute.prefix}:` : ''}${attribute.local}="${escapeXmlAttribute(attribute.value)}"`).join('');
      return children.length === 0 ? `<${name}${attributes}/>` : `<${name}${attributes}>${children.join('')}</${name}>`;
    }),
})).element.map((element) => {
  // Declare a: and b: on a wrapper root, so every prefix in the document is bound.
  return `<?xml version="1.0" encoding="UTF-8"?>\n<root xmlns="urn:default" xmlns:a="urn:a" xmlns:b="urn:b">${element}</root>`;
});

/** Mutations that make XML go wrong in the ways files do: a character inserted, removed or replaced, a cut. */
function mutated(text: string): fc.Arbitrary<string> {
  const mutation = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    kind: fc.constantFrom('insert', 'delete', 'replace', 'cut'),
    char: fc.constantFrom('<', '>', '&', '/', '"', "'", '=', ':', ' ', '!', '?', '-', ']', 'x', ';', '#', '\u0001', 'xmlns:c="" ', 'c:x', '<!DOCTYPE r [<!ENTITY e "e">]>', '&e;'),
  });
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((steps) =>
    steps.reduce((current, { at, kind, char }) => {
      const index = Math.floor(at * (current.length + 1));
      if (kind === 'insert') return current.slice(0, index) + char + current.slice(index);
      if (kind === 'delete') return current.slice(0, index) + current.slice(index + 1);
      if (kind === 'replace') return current.slice(0, index) + char + current.slice(index + 1);
      return current.slice(0, index);
    }, text),
  );
}

/** Our verdict: the tree, or an XmlSyntaxError with a position inside the text (anything else fails the property). */
function ours(text: string): Plain | XmlSyntaxError {
  try {
    return plain(parseXml(text, { keepWhitespace: true }));
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    const syntax = error as XmlSyntaxError;
    expect(syntax.line).toBeGreaterThanOrEqual(1);
    expect(syntax.column).toBeGreaterThanOrEqual(1);
    expect(syntax.offset).toBeLessThanOrEqual(text.length);
    expect(text.split('\n').length).toBeGreaterThanOrEqual(syntax.line);
    return syntax;
  }
}

/** Strings made of markup pieces and awkward characters, mostly not XML at all. */
const markupSoup = fc.string({
  unit: fc.oneof(
    fc.constantFrom('<a>', '</a>', '<b x="1">', '</b>', '<c/>', '<p:d xmlns:p="u">', '</p:d>', '<?xml version="1.0"?>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE a>', '<!DOCTYPE a [<!ENTITY e "x">]>', '&e;', '&amp;', '&#10;', '&#0;', '<', '>', '&', '"', '=', ' ', '\n'),
    textUnit,
  ),
  maxLength: 30,
});

describe('parseXml against a strict parser (saxes)', () => {
  const runs = fuzzRuns(300);

  it(
    'never crashes on a random string, and accepts one only when saxes does (with the same tree)',
    () => {
      fc.assert(
        fc.property(markupSoup, (text) => {
          const tree = ours(text);
          if (tree instanceof XmlSyntaxError) return;
          expect(tree).toEqual(saxesTree(text));
        }),
        { numRuns: runs * 3 },
      );
    },
    fuzzTimeout(runs * 3, 5),
  );

  it(
    'reads every random well-formed document to the same tree as saxes',
    () => {
      fc.assert(
        fc.property(document, (text) => {
          const tree = ours(text);
          expect(tree).not.toBeInstanceOf(XmlSyntaxError);
          expect(tree).toEqual(saxesTree(text));
        }),
        { numRuns: runs },
      );
    },
    fuzzTimeout(runs, 5),
  );

  it(
    'never crashes on a mutated document, and never accepts one saxes refuses (or reads it differently)',
    () => {
      fc.assert(
        fc.property(
          document.chain((text) => mutated(text)),
          (text) => {
            const tree = ours(text);
            if (tree instanceof XmlSyntaxError) return;
            expect(tree).toEqual(saxesTree(text));
          },
        ),
        { numRuns: runs * 3 },
      );
    },
    fuzzTimeout(runs * 3, 5),
  );
});
