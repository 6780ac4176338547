/**
 * The structure of an XLIFF 2.0/2.1 document as the reader and the writer both walk it:
 * <file>s, <group>s, <unit>s, and within a unit its <segment>s and <ignorable>s with their
 * <source> and <target>, plus the unit's <notes> and <originalData>.
 */
import { childElements, firstChild, localName } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from './guard';
import { decodeText } from './inline-read';

export interface Segment20 {
  /** The segment's id, or "#n" (its 1-based place in the unit) when it has none. */
  readonly key: string;
  readonly element: XmlElement;
  readonly source: XmlElement;
  readonly target?: XmlElement;
  readonly ignorable: boolean;
}

export interface Unit20 {
  readonly fileId: string;
  readonly id: string;
  readonly element: XmlElement;
  readonly notes?: XmlElement;
  readonly originalData: ReadonlyMap<string, string>;
  readonly segments: readonly Segment20[];
  readonly locked: boolean;
}

/** The native code of each <data id> (text, with <cp hex> as its character). */
function originalData(unit: XmlElement): Map<string, string> {
  const data = new Map<string, string>();
  const holder = firstChild(unit, 'originalData');
  if (!holder) return data;
  for (const item of childElements(holder)) {
    if (item.attrs.id === undefined) continue;
    let code = '';
    for (const child of item.children) code += typeof child === 'string' ? decodeText(child) : String.fromCodePoint(Number.parseInt(child.attrs.hex ?? '0', 16));
    data.set(item.attrs.id, code);
  }
  return data;
}

export function xliff2Files(root: XmlElement): XmlElement[] {
  return childElements(root).filter((child) => localName(child.name) === 'file' && child.uri === root.uri);
}

export function units20(root: XmlElement, refuse: Refuse): Unit20[] {
  const units: Unit20[] = [];
  for (const file of xliff2Files(root)) {
    const fileId = file.attrs.id;
    if (fileId === undefined) refuse('invalid', 'a <file> has no id', file.offset);
    const walk = (parent: XmlElement, locked: boolean): void => {
      for (const child of childElements(parent)) {
        if (child.uri !== root.uri) continue;
        const local = localName(child.name);
        const isLocked = child.attrs.translate === undefined ? locked : child.attrs.translate === 'no';
        if (local === 'group') walk(child, isLocked);
        else if (local === 'unit') units.push(unit(fileId, child, isLocked, refuse));
      }
    };
    walk(file, file.attrs.translate === 'no');
  }
  return units;
}

function unit(fileId: string, element: XmlElement, locked: boolean, refuse: Refuse): Unit20 {
  const id = element.attrs.id;
  if (id === undefined) refuse('invalid', 'a <unit> has no id', element.offset);
  const segments: Segment20[] = [];
  let place = 0;
  for (const child of childElements(element)) {
    const local = localName(child.name);
    if (child.uri !== element.uri || (local !== 'segment' && local !== 'ignorable')) continue;
    place += 1;
    const source = firstChild(child, 'source');
    if (!source) refuse('invalid', `a <${local}> of the unit “${id}” has no <source>`, child.offset);
    const target = firstChild(child, 'target');
    segments.push({ key: child.attrs.id ?? `#${place}`, element: child, source, ...(target ? { target } : {}), ignorable: local === 'ignorable' });
  }
  if (segments.length === 0) refuse('invalid', `the unit “${id}” has no <segment>`, element.offset);
  const notes = firstChild(element, 'notes');
  return { fileId, id, element, ...(notes ? { notes } : {}), originalData: originalData(element), segments, locked };
}
