/**
 * The structure of an XLIFF 1.2 (or .sdlxliff) document as the reader and the writer both walk
 * it: <file>s, <group>s and <trans-unit>s, and within a unit its segments (each <mrk
 * mtype="seg"> of <seg-source>, or the whole <source>), with the elements they come from.
 * One walk, so the ids the reader gives are the ids the writer finds again.
 */
import { attributeNS, childElements, firstChild, localName } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from './guard';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
export const SDL_NAMESPACE = 'http://sdl.com/FileTypes/SdlXliff/1.0';

export interface Segment12 {
  /** mrk mid, or '' for an unsegmented unit. */
  readonly key: string;
  readonly source: XmlElement;
  /** The target <mrk> (segmented) or <target> (unsegmented), when there is one. */
  readonly target?: XmlElement;
  /** Trados: the <sdl:seg> of this segment. */
  readonly sdlSeg?: XmlElement;
}

export interface Unit12 {
  readonly fileId: string;
  readonly file: XmlElement;
  readonly id: string;
  readonly element: XmlElement;
  readonly sourceElement: XmlElement;
  readonly segSource?: XmlElement;
  readonly target?: XmlElement;
  readonly segments: readonly Segment12[];
  readonly locked: boolean;
}

const isSegMrk = (element: XmlElement): boolean => localName(element.name) === 'mrk' && element.attrs.mtype === 'seg';

/** Every <mrk mtype="seg"> under `element`, in order (they may sit inside <g>). */
export function segMarks(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (parent: XmlElement): void => {
    for (const child of childElements(parent)) {
      if (isSegMrk(child)) found.push(child);
      else walk(child);
    }
  };
  walk(element);
  return found;
}

export { isSegMrk };

/** The file ids: `original` when every file has a distinct one, else file1, file2… */
export function fileIds(files: readonly XmlElement[]): string[] {
  const originals = files.map((file) => file.attrs.original ?? '');
  const distinct = new Set(originals).size === originals.length && originals.every((name) => name !== '');
  return files.map((_file, index) => (distinct ? originals[index]! : `file${index + 1}`));
}

export function xliff12Files(root: XmlElement): XmlElement[] {
  return childElements(root).filter((child) => localName(child.name) === 'file' && child.uri === root.uri);
}

/** Every trans-unit of the document, in document order. */
export function units12(root: XmlElement, refuse: Refuse): Unit12[] {
  const files = xliff12Files(root);
  const ids = fileIds(files);
  const units: Unit12[] = [];
  files.forEach((file, index) => {
    const body = firstChild(file, 'body');
    if (!body) refuse('invalid', `the <file> element ${index + 1} has no <body>`, file.offset);
    const walk = (parent: XmlElement, locked: boolean): void => {
      for (const child of childElements(parent)) {
        if (child.uri !== root.uri) continue;
        const local = localName(child.name);
        const isLocked = locked || child.attrs.translate === 'no';
        if (local === 'group') walk(child, isLocked);
        else if (local === 'trans-unit') units.push(unit(ids[index]!, file, child, isLocked, refuse));
      }
    };
    walk(body, false);
  });
  return units;
}

function unit(fileId: string, file: XmlElement, element: XmlElement, locked: boolean, refuse: Refuse): Unit12 {
  const id = element.attrs.id;
  if (id === undefined || id === '') refuse('invalid', 'a <trans-unit> has no id', element.offset);
  const sourceElement = firstChild(element, 'source');
  if (!sourceElement) refuse('invalid', `the <trans-unit> “${id}” has no <source>`, element.offset);
  const segSource = firstChild(element, 'seg-source');
  const target = firstChild(element, 'target');
  const sdlSegs = new Map<string, XmlElement>();
  for (const child of childElements(element)) {
    if (child.uri === SDL_NAMESPACE && localName(child.name) === 'seg-defs') {
      for (const seg of childElements(child)) if (seg.attrs.id !== undefined) sdlSegs.set(seg.attrs.id, seg);
    }
  }
  const marks = segSource ? segMarks(segSource) : [];
  let segments: Segment12[];
  if (marks.length > 0) {
    const targetMarks = new Map((target ? segMarks(target) : []).map((mark) => [mark.attrs.mid ?? '', mark]));
    const seen = new Set<string>();
    segments = marks.map((mark) => {
      const key = mark.attrs.mid ?? '';
      if (key === '' || seen.has(key)) refuse('invalid', `the <trans-unit> “${id}” has a segment <mrk> with a missing or repeated mid`, mark.offset);
      seen.add(key);
      const targetMark = targetMarks.get(key);
      const sdlSeg = sdlSegs.get(key);
      return { key, source: mark, ...(targetMark ? { target: targetMark } : {}), ...(sdlSeg ? { sdlSeg } : {}) };
    });
  } else {
    const sdlSeg = sdlSegs.size === 1 ? [...sdlSegs.values()][0] : undefined;
    segments = [{ key: '', source: sourceElement, ...(target ? { target } : {}), ...(sdlSeg ? { sdlSeg } : {}) }];
  }
  return { fileId, file, id, element, sourceElement, ...(segSource ? { segSource } : {}), ...(target ? { target } : {}), segments, locked };
}

/** The attribute `local` of an sdl: element, whatever its prefix. */
export function sdlAttribute(element: XmlElement, local: string): string | undefined {
  return element.attrs[local] ?? attributeNS(element, SDL_NAMESPACE, local);
}
