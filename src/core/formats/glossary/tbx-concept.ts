/**
 * TBX concept entries to and from the concept model (core/terms/concept.ts), losing nothing:
 * every data category of an entry, a language section or a term is read into a DataItem in
 * document order and written back where it was, in the style asked for:
 *
 * - DCA (TBX v3, ISO 30042:2019): `<descrip type="definition">`, `<termNote type="partOfSpeech">`, …
 * - DCT (TBX v3): the same categories as elements of the TBX-Basic modules' namespaces,
 *   `<basic:definition>`, `<min:partOfSpeech>`, …; a category neither module defines stays
 *   in DCA form, as no namespace for it is known.
 * - TBX v2 (ISO 30042:2008, martif): DCA's elements in termEntry/langSet/tig.
 *
 * A file in one style reads into the same items as in another, so a DCT file can be written
 * as DCA and back. What the model has no place for (an element TBX does not define at that
 * level, a DCT category of a module Glossa does not know) is kept as its XML, exactly as
 * written, namespace declarations included.
 */
import { escapeXmlAttribute, escapeXmlText, localName, textOf } from '../xml';
import type { XmlElement } from '../xml';
import type { ConceptEntry, ConceptTerm, DataElement, DataItem, DataValue, LanguageSection } from '../../terms/concept';

export const ENTRY = new Set(['conceptEntry', 'termEntry']);
export const LANGUAGE = new Set(['langSec', 'langSet']);
export const TERM = new Set(['termSec', 'tig', 'ntig']);

/** Elements whose @type names the data category (DCA style and TBX v2). */
const TYPED = new Set<DataElement>(['termNote', 'descrip', 'admin', 'transac', 'transacNote', 'adminNote', 'descripNote', 'ref', 'xref']);
const GROUPS = new Set(['descripGrp', 'adminGrp', 'termNoteGrp']);

/** The TBX-Basic data categories in DCT style: their DCA element and the module namespace they belong to. */
const DCT: Record<string, { element: DataElement; module: 'min' | 'basic' }> = {
  administrativeStatus: { element: 'termNote', module: 'min' },
  partOfSpeech: { element: 'termNote', module: 'min' },
  subjectField: { element: 'descrip', module: 'min' },
  customerSubset: { element: 'admin', module: 'min' },
  externalCrossReference: { element: 'xref', module: 'min' },
  termType: { element: 'termNote', module: 'basic' },
  grammaticalGender: { element: 'termNote', module: 'basic' },
  geographicalUsage: { element: 'termNote', module: 'basic' },
  termLocation: { element: 'termNote', module: 'basic' },
  definition: { element: 'descrip', module: 'basic' },
  context: { element: 'descrip', module: 'basic' },
  source: { element: 'admin', module: 'basic' },
  projectSubset: { element: 'admin', module: 'basic' },
  crossReference: { element: 'ref', module: 'basic' },
  xGraphic: { element: 'xref', module: 'basic' },
  transactionType: { element: 'transac', module: 'basic' },
  responsibility: { element: 'transacNote', module: 'basic' },
};

export const DCT_NAMESPACES = { min: 'http://www.tbxinfo.net/ns/min', basic: 'http://www.tbxinfo.net/ns/basic' } as const;

export type TbxStyle = 'dca' | 'dct' | 'v2';

// ---------------------------------------------------------------------------------------------
// Reading

export function languageOf(element: XmlElement): string {
  return (element.attrs['xml:lang'] ?? element.attrs.lang ?? '').trim();
}

/** A conceptEntry (v3) or termEntry (v2) as a concept. */
export function readConcept(element: XmlElement): ConceptEntry {
  const entry: ConceptEntry = { data: [], languages: [] };
  const id = element.attrs.id;
  if (id) entry.id = id;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (LANGUAGE.has(localName(child.name))) entry.languages.push(readLanguage(child));
    else entry.data.push(readItem(child));
  }
  return entry;
}

function readLanguage(element: XmlElement): LanguageSection {
  const language: LanguageSection = { lang: languageOf(element), data: [], terms: [] };
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (TERM.has(localName(child.name))) {
      const term = readTerm(child);
      if (term) language.terms.push(term);
    } else {
      language.data.push(readItem(child));
    }
  }
  return language;
}

/** A termSec, tig or ntig (whose term and termNotes sit in a termGrp); undefined without a <term>. */
function readTerm(element: XmlElement): ConceptTerm | undefined {
  const term: ConceptTerm = { term: '', data: [] };
  const attrs = otherAttributes(element, []);
  if (attrs) term.attrs = attrs;
  let found = false;
  const visit = (parent: XmlElement): void => {
    for (const child of parent.children) {
      if (typeof child === 'string') continue;
      const name = localName(child.name);
      if (name === 'term' && !found) {
        found = true;
        term.term = textOf(child);
        const markup = markupOf(child);
        if (markup !== undefined) term.markup = markup;
      } else if (name === 'termGrp' && localName(parent.name) === 'ntig') {
        visit(child);
      } else {
        term.data.push(readItem(child));
      }
    }
  };
  visit(element);
  return found ? term : undefined;
}

function readItem(element: XmlElement): DataItem {
  const name = localName(element.name);
  // A DCT data category: a prefixed element of a namespace other than TBX's own.
  const prefixed = name !== element.name && !element.uri.startsWith('urn:iso:std:iso:30042');
  if (!prefixed && name === 'transacGrp') {
    return { element: 'transacGrp', type: '', value: '', group: childrenOf(element).map(readMember) };
  }
  if (!prefixed && GROUPS.has(name)) {
    const members = childrenOf(element).map(readMember);
    const first = members[0];
    if (!first || first.element === 'verbatim') return verbatim(element);
    return { ...first, grouped: name as DataItem['grouped'], ...(members.length > 1 ? { group: members.slice(1) } : {}) };
  }
  if (!prefixed && (name === 'note' || name === 'date')) return textItem(element, name, '', []);
  if (!prefixed && TYPED.has(name as DataElement)) return textItem(element, name as DataElement, element.attrs.type ?? '', ['type']);
  const dct = prefixed ? DCT[name] : undefined;
  if (dct) return textItem(element, dct.element, name, []);
  return verbatim(element);
}

/** A member of a group: a group inside a group (which TBX does not define) is kept verbatim. */
function readMember(element: XmlElement): DataValue {
  const item = readItem(element);
  return item.group || item.grouped ? verbatim(element) : item;
}

function textItem(element: XmlElement, kind: DataElement, type: string, skip: readonly string[]): DataItem {
  const item: DataItem = { element: kind, type, value: textOf(element) };
  const markup = markupOf(element);
  if (markup !== undefined) item.markup = markup;
  const attrs = otherAttributes(element, skip);
  if (attrs) item.attrs = attrs;
  return item;
}

function childrenOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

function otherAttributes(element: XmlElement, skip: readonly string[]): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const [name, value] of Object.entries(element.attrs)) {
    if (skip.includes(name) || name === 'xmlns' || name.startsWith('xmlns:')) continue;
    (out ??= {})[name] = value;
  }
  return out;
}

/** The element's content as written, when it holds elements; undefined for text alone. */
function markupOf(element: XmlElement): string | undefined {
  if (!element.children.some((child) => typeof child !== 'string')) return undefined;
  return element.children.map((child) => (typeof child === 'string' ? child : serialise(child))).join('');
}

function verbatim(element: XmlElement): DataItem {
  return { element: 'verbatim', type: '', value: textOf(element), xml: serialise(element, true) };
}

/** The element as XML; at the top, with declarations of the prefixes it uses that an ancestor declared. */
export function serialise(element: XmlElement, top = false): string {
  let attributes = '';
  for (const [name, value] of Object.entries(element.attrs)) attributes += ` ${name}="${escapeXmlAttribute(value)}"`;
  if (top) {
    for (const prefix of prefixesUsed(element)) {
      const declared = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
      const uri = element.namespaces[prefix];
      if (prefix === 'xml' || Object.hasOwn(element.attrs, declared) || uri === undefined || (prefix === '' && uri === '')) continue;
      attributes += ` ${declared}="${escapeXmlAttribute(uri)}"`;
    }
  }
  const content = element.children.map((child) => (typeof child === 'string' ? child : serialise(child))).join('');
  return content === '' ? `<${element.name}${attributes}/>` : `<${element.name}${attributes}>${content}</${element.name}>`;
}

function prefixesUsed(element: XmlElement, out = new Set<string>()): Set<string> {
  const colon = element.name.indexOf(':');
  out.add(colon < 0 ? '' : element.name.slice(0, colon));
  for (const name of Object.keys(element.attrs)) {
    const at = name.indexOf(':');
    if (at > 0 && !name.startsWith('xmlns')) out.add(name.slice(0, at));
  }
  for (const child of element.children) if (typeof child !== 'string') prefixesUsed(child, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing

const NAMES: Record<TbxStyle, { entry: string; language: string; term: string }> = {
  dca: { entry: 'conceptEntry', language: 'langSec', term: 'termSec' },
  dct: { entry: 'conceptEntry', language: 'langSec', term: 'termSec' },
  v2: { entry: 'termEntry', language: 'langSet', term: 'tig' },
};

/** One entry as XML, indented by `indent`, with the id given (the caller keeps ids unique). */
export function writeConcept(entry: ConceptEntry, id: string, style: TbxStyle, indent = '      '): string {
  const names = NAMES[style];
  const lines = [`${indent}<${names.entry} id="${escapeXmlAttribute(id)}">`];
  const inner = `${indent}  `;
  for (const item of entry.data) writeItem(lines, item, style, inner);
  for (const language of entry.languages) {
    lines.push(`${inner}<${names.language} xml:lang="${escapeXmlAttribute(language.lang)}">`);
    for (const item of language.data) writeItem(lines, item, style, `${inner}  `);
    for (const term of language.terms) {
      const at = `${inner}  `;
      lines.push(`${at}<${names.term}${attributes(term.attrs)}>`, `${at}  <term>${term.markup ?? escapeXmlText(term.term)}</term>`);
      // term, then its termNotes, then the rest: the order TBX v3's termSec and v2's tig require.
      for (const item of term.data) if (item.element === 'termNote') writeItem(lines, item, style, `${at}  `);
      for (const item of term.data) if (item.element !== 'termNote') writeItem(lines, item, style, `${at}  `);
      lines.push(`${at}</${names.term}>`);
    }
    lines.push(`${inner}</${names.language}>`);
  }
  lines.push(`${indent}</${names.entry}>`);
  return lines.join('\n');
}

function writeItem(lines: string[], item: DataItem | DataValue, style: TbxStyle, indent: string): void {
  if (item.element === 'verbatim') {
    lines.push(`${indent}${item.xml ?? ''}`);
    return;
  }
  if (item.element === 'transacGrp' && 'group' in item) {
    lines.push(`${indent}<transacGrp>`);
    for (const member of item.group ?? []) writeItem(lines, member, style, `${indent}  `);
    lines.push(`${indent}</transacGrp>`);
    return;
  }
  if ('grouped' in item && item.grouped) {
    lines.push(`${indent}<${item.grouped}>`);
    lines.push(`${indent}  ${element(item, style)}`);
    for (const member of item.group ?? []) writeItem(lines, member, style, `${indent}  `);
    lines.push(`${indent}</${item.grouped}>`);
    return;
  }
  lines.push(`${indent}${element(item, style)}`);
}

function element(item: DataValue, style: TbxStyle): string {
  const content = item.markup ?? escapeXmlText(item.value);
  const dct = style === 'dct' ? DCT[item.type] : undefined;
  let name: string = item.element;
  let attrs = attributes(item.attrs);
  if (dct && dct.element === item.element) name = `${dct.module}:${item.type}`;
  else if (item.type !== '') attrs = ` type="${escapeXmlAttribute(item.type)}"${attrs}`;
  return `<${name}${attrs}>${content}</${name}>`;
}

function attributes(attrs: Record<string, string> | undefined): string {
  if (!attrs) return '';
  let out = '';
  for (const [name, value] of Object.entries(attrs)) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return out;
}
