/**
 * The XML layer: one strict parser (namespaces, positions, no DTD) and one writer for every
 * XML file format Glossa reads or writes. See ADR 0012.
 */
export { decodeReferences, parseXml, XML_NAMESPACE } from './parse';
export type { XmlElement, XmlNode } from './parse';
export { positionAt, XmlSyntaxError } from './errors';
export { dtdDeclarationAt } from './dtd';
export { attributeNS, childElements, exactTextOf, firstChild, isElement, localName, textOf } from './tree';
export { escapeXmlAttribute, escapeXmlContent, escapeXmlText, startTag, stripInvalidXmlChars, textElement } from './write';
