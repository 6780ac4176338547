/**
 * XLIFF 1.2 and Trados .sdlxliff → BilingualDocument: several <file>s, groups, trans-units,
 * <seg-source> segmentation (each <mrk mtype="seg"> one segment), <note>s, state and approved,
 * sdl:seg conf, Trados comments (<mrk mtype="x-sdl-comment"> → its <cmt-def>) as notes, and
 * inline tags as tokens (inline-read.ts).
 */
import { stateFromSdlConf, stateFromXliff12 } from '../../bilingual/state';
import { segmentId } from '../../bilingual/types';
import type { BilingualDocument, BilingualFile, BilingualSegment, InlineContent, SegmentNote } from '../../bilingual/types';
import { childElements, exactTextOf, localName } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from './guard';
import { checkPairs, readInline, XLIFF12_INLINE } from './inline-read';
import { fileIds, isSegMrk, SDL_NAMESPACE, sdlAttribute, units12, xliff12Files } from './units-12';
import type { Unit12 } from './units-12';

/** Reads a parsed XLIFF 1.2 document (the root already checked to be <xliff version="1.2">). */
export function readXliff12Tree(root: XmlElement, refuse: Refuse, sdl: boolean): BilingualDocument {
  const comments = sdl ? sdlComments(root) : new Map<string, SegmentNote[]>();
  const segments: BilingualSegment[] = [];
  for (const unit of units12(root, refuse)) segments.push(...unitSegments(unit, refuse, sdl, comments));
  const fileElements = xliff12Files(root);
  const ids = fileIds(fileElements);
  const withIds: BilingualFile[] = fileElements.map((file, index) => ({
    id: ids[index]!,
    original: file.attrs.original ?? '',
    srcLang: file.attrs['source-language'] ?? '',
    tgtLang: file.attrs['target-language'] ?? '',
  }));
  if (segments.length === 0) refuse('no-segments', 'it holds no translation units');
  return {
    format: sdl ? 'sdlxliff' : 'xliff-1.2',
    version: '1.2',
    srcLang: withIds[0]?.srcLang ?? '',
    tgtLang: withIds.find((file) => file.tgtLang !== '')?.tgtLang ?? '',
    files: withIds,
    segments,
  };
}

function unitSegments(unit: Unit12, refuse: Refuse, sdl: boolean, comments: ReadonlyMap<string, SegmentNote[]>): BilingualSegment[] {
  const approved = unit.element.attrs.approved === 'yes';
  const targetState = unit.target?.attrs.state;
  const unitNotes = childElements(unit.element)
    .filter((child) => localName(child.name) === 'note' && child.uri === unit.element.uri)
    .map((note): SegmentNote => ({ text: exactTextOf(note), ...(note.attrs.from ? { author: note.attrs.from } : {}), ...(note.attrs.annotates ? { annotates: note.attrs.annotates } : {}) }));
  const inTarget = { transparent: (element: XmlElement) => isSegMrk(element) };
  return unit.segments.map((segment, index) => {
    const id = segmentId(unit.fileId, unit.id, segment.key);
    const source = readInline(segment.source, XLIFF12_INLINE, unit.segSource ? {} : inTarget);
    // Unsegmented: a <target> holding <mrk mtype="seg"> (some tools write one) is read through.
    const target: InlineContent = segment.target ? readInline(segment.target, XLIFF12_INLINE, segment.key === '' ? inTarget : {}) : [];
    checkPairs([source], XLIFF12_INLINE, refuse, `the source of segment ${id}`, segment.source.offset);
    checkPairs([target], XLIFF12_INLINE, refuse, `the target of segment ${id}`, segment.target?.offset ?? segment.source.offset);
    const conf = segment.sdlSeg ? sdlAttribute(segment.sdlSeg, 'conf') : undefined;
    const state = sdl ? stateFromSdlConf(conf) : unit.target ? stateFromXliff12(targetState, approved) : 'initial';
    const originalState = sdl ? (conf ?? '') : [targetState ?? '', approved ? 'approved' : ''].filter(Boolean).join(';');
    const notes = [...(index === 0 ? unitNotes : []), ...commentNotes(source, comments), ...commentNotes(target, comments)];
    return {
      id,
      fileId: unit.fileId,
      unitId: unit.id,
      segmentKey: segment.key,
      source,
      mtTarget: target,
      target,
      state,
      originalState,
      notes,
      ...(unit.locked || (segment.sdlSeg && sdlAttribute(segment.sdlSeg, 'locked') === 'true') ? { locked: true } : {}),
    };
  });
}

/** Trados comments: doc-info/cmt-defs/cmt-def id → its Comment texts (with user). */
function sdlComments(root: XmlElement): Map<string, SegmentNote[]> {
  const byId = new Map<string, SegmentNote[]>();
  const walk = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.uri === SDL_NAMESPACE && localName(child.name) === 'cmt-def' && child.attrs.id !== undefined) {
        const notes: SegmentNote[] = [];
        const collect = (node: XmlElement): void => {
          for (const inner of childElements(node)) {
            if (localName(inner.name) === 'Comment') notes.push({ text: exactTextOf(inner), ...(inner.attrs.user ? { author: inner.attrs.user } : {}) });
            else collect(inner);
          }
        };
        collect(child);
        byId.set(child.attrs.id, notes);
      } else if (child.uri === SDL_NAMESPACE) {
        walk(child);
      }
    }
  };
  walk(root);
  return byId;
}

function commentNotes(content: InlineContent, comments: ReadonlyMap<string, SegmentNote[]>): SegmentNote[] {
  if (comments.size === 0) return [];
  return content.flatMap((item) => {
    if (item.type !== 'tag' || item.tag.kind !== 'open' || item.tag.attrs.mtype !== 'x-sdl-comment') return [];
    const cid = Object.entries(item.tag.attrs).find(([name]) => name === 'cid' || name.endsWith(':cid'))?.[1];
    return cid === undefined ? [] : (comments.get(cid) ?? []);
  });
}
