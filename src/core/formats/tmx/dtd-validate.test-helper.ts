/**
 * DTD validation for the tests, because the xmllint-wasm build has no --dtdvalid or --valid:
 * the <!ELEMENT> content models and <!ATTLIST> declarations of a DTD (tmx14.dtd) turned into
 * checks over a tree from our XML layer. Covers what tmx14.dtd uses: sequence, choice, ?, *, +,
 * EMPTY, (#PCDATA|…)* mixed content, parameter entities in enumerations, #REQUIRED, #FIXED and
 * enumerated attributes, and undeclared elements and attributes. Not a general DTD processor.
 */
import { parseXml } from '../xml';
import type { XmlElement } from '../xml';

interface ElementRule {
  readonly mixed: boolean;
  readonly empty: boolean;
  /** Over child names each followed by a space. */
  readonly pattern: RegExp;
}

interface AttributeRule {
  readonly required: boolean;
  readonly fixed?: string;
  readonly values?: readonly string[];
}

export interface Dtd {
  readonly elements: ReadonlyMap<string, ElementRule>;
  readonly attributes: ReadonlyMap<string, ReadonlyMap<string, AttributeRule>>;
}

export function parseDtd(text: string): Dtd {
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
  const entities = new Map<string, string>();
  for (const match of withoutComments.matchAll(/<!ENTITY\s+%\s+(\S+)\s+"([^"]*)"\s*>/g)) entities.set(match[1]!, match[2]!);
  const expanded = withoutComments.replace(/%([\w.-]+);/g, (_all, name: string) => entities.get(name) ?? '');
  const elements = new Map<string, ElementRule>();
  for (const match of expanded.matchAll(/<!ELEMENT\s+(\S+)\s+([^>]+)>/g)) {
    const model = match[2]!.replace(/\s+/g, '');
    const mixed = model.includes('#PCDATA');
    const regex = model === 'EMPTY' || model === 'ANY' ? '' : model.replace(/#PCDATA\|?/g, '').replace(/\|\)/g, ')').replace(/[\w.:-]+/g, (name) => `(?:${name} )`).replace(/,/g, '');
    const pattern = model === 'ANY' ? /.*/ : new RegExp(`^${regex === '()' || regex === '()*' ? '' : regex}$`);
    elements.set(match[1]!, { mixed, empty: model === 'EMPTY', pattern });
  }
  const attributes = new Map<string, Map<string, AttributeRule>>();
  for (const match of expanded.matchAll(/<!ATTLIST\s+(\S+)([^>]*)>/g)) {
    const rules = attributes.get(match[1]!) ?? new Map<string, AttributeRule>();
    for (const attribute of match[2]!.matchAll(/([\w.:-]+)\s+(CDATA|NMTOKEN|ID|IDREF|\([^)]*\))\s+(#REQUIRED|#IMPLIED|#FIXED\s+"[^"]*"|"[^"]*")/g)) {
      const type = attribute[2]!;
      const fixed = /^#FIXED\s+"([^"]*)"/.exec(attribute[3]!)?.[1];
      rules.set(attribute[1]!, {
        required: attribute[3] === '#REQUIRED',
        ...(fixed === undefined ? {} : { fixed }),
        ...(type.startsWith('(') ? { values: type.slice(1, -1).split('|').map((value) => value.trim()) } : {}),
      });
    }
    attributes.set(match[1]!, rules);
  }
  return { elements, attributes };
}

/** The errors of `xml` against the DTD, each "<name> at offset N: problem"; none when valid. */
export function dtdErrors(xml: string, dtd: Dtd, rootName: string): string[] {
  const errors: string[] = [];
  const root = parseXml(xml, { keepWhitespace: true });
  if (root.name !== rootName) errors.push(`the root is <${root.name}>, not <${rootName}>`);
  const visit = (element: XmlElement): void => {
    const where = `<${element.name}> at offset ${element.offset}`;
    const rule = dtd.elements.get(element.name);
    if (!rule) {
      errors.push(`${where}: no such element in the DTD`);
    } else {
      const children = element.children.filter((child): child is XmlElement => typeof child !== 'string');
      const hasText = element.children.some((child) => typeof child === 'string' && child.trim() !== '');
      if (rule.empty && element.children.length > 0) errors.push(`${where}: must be empty`);
      if (hasText && !rule.mixed) errors.push(`${where}: text is not allowed here`);
      if (!rule.pattern.test(children.map((child) => `${child.name} `).join(''))) errors.push(`${where}: its children (${children.map((child) => child.name).join(', ')}) do not match the content model`);
    }
    const rules = dtd.attributes.get(element.name) ?? new Map<string, AttributeRule>();
    for (const [name, attribute] of rules) {
      const value = element.attrs[name];
      if (value === undefined && attribute.required) errors.push(`${where}: the attribute ${name} is required`);
      if (value !== undefined && attribute.fixed !== undefined && value !== attribute.fixed) errors.push(`${where}: ${name} must be "${attribute.fixed}"`);
      if (value !== undefined && attribute.values && !attribute.values.includes(value)) errors.push(`${where}: ${name}="${value}" is not one of ${attribute.values.join('|')}`);
    }
    for (const name of Object.keys(element.attrs)) if (!rules.has(name) && !name.startsWith('xmlns')) errors.push(`${where}: the attribute ${name} is not declared`);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return errors;
}
