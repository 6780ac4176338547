/**
 * XLIFF 1.2 and .sdlxliff export into the same file: the original text with only what the
 * reviewer changed spliced in — the target of each edited segment (the whole <target> of an
 * unsegmented unit, the <mrk mtype="seg"> of a segmented one), its state (<target state>, or
 * Trados sdl:seg conf), flags as <mrk mtype="x-its" its:locQualityIssue…>, and notes as <note>.
 * Every other byte is left as it was, so an export without edits is the original file.
 */
import { BilingualExportError } from '../../bilingual/errors';
import { stateToSdlConf, stateToXliff12 } from '../../bilingual/state';
import { segmentId } from '../../bilingual/types';
import type { InlineContent, InlineTag, SegmentState } from '../../bilingual/types';
import { escapeXmlAttribute, escapeXmlContent } from '../xml';
import type { XmlElement } from '../xml';
import { editState, unitState } from './edits';
import type { SegmentEdit, Splice } from './edits';
import type { Refuse } from './guard';
import { readInline, XLIFF12_INLINE } from './inline-read';
import { writeInline } from './inline-write';
import { ITS_NAMESPACE, lqiAttributes, wrapSpan } from './its-lqi';
import type { LqiFlag } from './its-lqi';
import { elementEnd, outerXml, startTagEnd } from './markup';
import { isSegMrk, sdlAttribute, units12 } from './units-12';
import type { Segment12, Unit12 } from './units-12';

function startTagWith(element: XmlElement, changes: Readonly<Record<string, string | undefined>>): string {
  const attrs: Record<string, string | undefined> = { ...element.attrs, ...changes };
  let out = `<${element.name}`;
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return `${out}>`;
}

/** Flags as 1.2 ITS markers around their spans (the ITS namespace declared on each marker). */
export function withFlags12(content: InlineContent, flags: readonly LqiFlag[]): InlineContent {
  let out = content;
  flags.forEach((flag, index) => {
    const key = `glossa-lqi-${index + 1}`;
    const open: InlineTag = { kind: 'open', element: 'mrk', attrs: { mtype: 'x-its', 'xmlns:its': ITS_NAMESPACE, ...lqiAttributes(flag) }, container: true, pairKey: key };
    const close: InlineTag = { kind: 'close', element: 'mrk', attrs: {}, container: true, pairKey: key };
    const length = out.reduce((sum, item) => sum + (item.type === 'text' ? item.text.length : 0), 0);
    out = wrapSpan(out, flag.start ?? 0, flag.end ?? length, open, close);
  });
  return out;
}

function innerRange(text: string, element: XmlElement): { start: number; end: number } {
  const start = startTagEnd(text, element.offset);
  const end = elementEnd(text, element);
  if (end === start) return { start, end };
  return { start, end: text.lastIndexOf('</', end - 1) };
}

/** The splices of one trans-unit's edits. */
function unitSplices(text: string, unit: Unit12, edits: ReadonlyMap<string, SegmentEdit>, sdl: boolean): Splice[] {
  const splices: Splice[] = [];
  const mine = unit.segments.map((segment) => ({ segment, edit: edits.get(segmentId(unit.fileId, unit.id, segment.key)) }));
  const edited = mine.filter((item) => item.edit !== undefined);
  if (edited.length === 0) return splices;
  const targetOf = (segment: Segment12, edit: SegmentEdit | undefined): string => {
    const id = segmentId(unit.fileId, unit.id, segment.key);
    const base = edit?.target ?? (segment.target ? readInline(segment.target, XLIFF12_INLINE, { transparent: isSegMrk }) : []);
    return writeInline(edit?.flags?.length ? withFlags12(base, edit.flags) : base, id);
  };
  const states: SegmentState[] = mine.map(({ edit }) => (edit ? editState(edit) : 'translated'));
  const unitStateChange = sdl ? {} : { state: stateToXliff12(unitState(edited.length === mine.length ? states : states.filter((_s, i) => mine[i]!.edit))) };
  const segmented = unit.segments[0]!.key !== '';
  const target = unit.target;
  let afterTarget: number;
  if (!segmented || !target || unit.segments.some((segment) => !segment.target)) {
    // Write the whole <target>: for a segmented unit, the seg-source structure with each segment's target in its <mrk>.
    let inner: string;
    if (!segmented) {
      inner = targetOf(unit.segments[0]!, mine[0]!.edit);
    } else {
      inner = unit.segSource!.children
        .map((child) => {
          if (typeof child === 'string') return child;
          if (!isSegMrk(child)) return outerXml(child);
          const segment = unit.segments.find((item) => item.key === child.attrs.mid)!;
          return `${startTagWith(child, {})}${targetOf(segment, edits.get(segmentId(unit.fileId, unit.id, segment.key)))}</${child.name}>`;
        })
        .join('');
    }
    const open = target ? startTagWith(target, unitStateChange) : `<target${sdl ? '' : ` state="${unitStateChange.state}"`}>`;
    const written = `${open}${inner}</${target?.name ?? 'target'}>`;
    if (target) {
      afterTarget = elementEnd(text, target);
      splices.push({ start: target.offset, end: afterTarget, text: written });
    } else {
      afterTarget = elementEnd(text, unit.segSource ?? unit.sourceElement);
      splices.push({ start: afterTarget, end: afterTarget, text: written });
    }
  } else {
    afterTarget = elementEnd(text, target);
    if (!sdl) splices.push({ start: target.offset, end: startTagEnd(text, target.offset), text: startTagWith(target, unitStateChange) });
    for (const { segment, edit } of edited) {
      const range = innerRange(text, segment.target!);
      if (range.start === range.end && text.charCodeAt(range.start - 2) === 47) {
        splices.push({ start: segment.target!.offset, end: range.end, text: `${startTagWith(segment.target!, {})}${targetOf(segment, edit)}</${segment.target!.name}>` });
      } else {
        splices.push({ start: range.start, end: range.end, text: targetOf(segment, edit) });
      }
    }
  }
  if (sdl) {
    for (const { segment, edit } of edited) {
      if (!segment.sdlSeg) continue;
      const conf = stateToSdlConf(editState(edit!));
      const current = sdlAttribute(segment.sdlSeg, 'conf');
      if (conf === current) continue;
      const confName = Object.keys(segment.sdlSeg.attrs).find((name) => name === 'conf' || name.endsWith(':conf')) ?? 'conf';
      const tagEnd = startTagEnd(text, segment.sdlSeg.offset);
      const selfClosing = text.charCodeAt(tagEnd - 2) === 47;
      const tag = startTagWith(segment.sdlSeg, { [confName]: conf });
      splices.push({ start: segment.sdlSeg.offset, end: tagEnd, text: selfClosing ? `${tag.slice(0, -1)}/>` : tag });
    }
  }
  const notes = edited.flatMap(({ edit }) => edit!.notes ?? []);
  if (notes.length > 0) splices.push({ start: afterTarget, end: afterTarget, text: notes.map((note) => `<note from="Glossa">${escapeXmlContent(note)}</note>`).join('') });
  return splices;
}

/** All splices of an export; refuses an edit whose segment the file does not have. */
export function xliff12Splices(text: string, root: XmlElement, refuse: Refuse, edits: readonly SegmentEdit[], sdl: boolean): Splice[] {
  const byId = new Map(edits.map((edit) => [edit.id, edit]));
  const units = units12(root, refuse);
  const known = new Set(units.flatMap((unit) => unit.segments.map((segment) => segmentId(unit.fileId, unit.id, segment.key))));
  for (const edit of edits) if (!known.has(edit.id)) throw new BilingualExportError('unknown-segment', `The file has no segment ${edit.id}.`, edit.id);
  return units.flatMap((unit) => unitSplices(text, unit, byId, sdl));
}
