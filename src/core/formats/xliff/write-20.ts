/**
 * XLIFF 2.0/2.1 export into the same file: the original text with only the edited segments
 * changed — their <target> (inline tags as they were, dataRefs into originalData kept), their
 * state and subState, flags as <mrk type="its:generic" its:locQualityIssue…> (the ITS module of
 * XLIFF 2.1; in a 2.0 file the same attributes, which the 2.0 core allows on <mrk>), and notes
 * added to the unit's <notes>. Every other byte is left as it was.
 */
import { BilingualExportError } from '../../bilingual/errors';
import { stateToXliff2 } from '../../bilingual/state';
import { segmentId } from '../../bilingual/types';
import type { InlineContent, InlineTag } from '../../bilingual/types';
import { escapeXmlAttribute, escapeXmlContent } from '../xml';
import type { XmlElement } from '../xml';
import { editState } from './edits';
import type { SegmentEdit, Splice } from './edits';
import type { Refuse } from './guard';
import { readInline, XLIFF2_INLINE } from './inline-read';
import { writeInline } from './inline-write';
import { ITS_NAMESPACE, lqiAttributes, wrapSpan } from './its-lqi';
import type { LqiFlag } from './its-lqi';
import { elementEnd, startTagEnd } from './markup';
import { units20 } from './units-20';

/** Flags as XLIFF 2 annotation markers (ids unique in the unit: glossa-lqi-<segment>-<n>). */
export function withFlags2(content: InlineContent, flags: readonly LqiFlag[], segmentKey: string): InlineContent {
  let out = content;
  flags.forEach((flag, index) => {
    const id = `glossa-lqi-${segmentKey.replace(/[^\w.-]/g, '')}-${index + 1}`;
    const open: InlineTag = { kind: 'open', element: 'mrk', attrs: { id, type: 'its:generic', 'xmlns:its': ITS_NAMESPACE, ...lqiAttributes(flag) }, container: true, pairKey: id, id };
    const close: InlineTag = { kind: 'close', element: 'mrk', attrs: {}, container: true, pairKey: id };
    const length = out.reduce((sum, item) => sum + (item.type === 'text' ? item.text.length : 0), 0);
    out = wrapSpan(out, flag.start ?? 0, flag.end ?? length, open, close);
  });
  return out;
}

function startTagWith(element: XmlElement, text: string, changes: Readonly<Record<string, string | undefined>>): string {
  const attrs: Record<string, string | undefined> = { ...element.attrs, ...changes };
  let out = `<${element.name}`;
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  return text.charCodeAt(startTagEnd(text, element.offset) - 2) === 47 ? `${out}/>` : `${out}>`;
}

export function xliff2Splices(text: string, root: XmlElement, refuse: Refuse, edits: readonly SegmentEdit[]): Splice[] {
  const byId = new Map(edits.map((edit) => [edit.id, edit]));
  const splices: Splice[] = [];
  const known = new Set<string>();
  const prefix = (element: XmlElement) => (element.name.includes(':') ? element.name.slice(0, element.name.indexOf(':') + 1) : '');
  for (const unit of units20(root, refuse)) {
    const notes: string[] = [];
    for (const segment of unit.segments) {
      const id = segmentId(unit.fileId, unit.id, segment.key);
      known.add(id);
      const edit = byId.get(id);
      if (!edit) continue;
      const state = stateToXliff2(editState(edit));
      if (!segment.ignorable) {
        splices.push({ start: segment.element.offset, end: startTagEnd(text, segment.element.offset), text: startTagWith(segment.element, text, { state: state.state, subState: state.subState }) });
      }
      const base = edit.target ?? (segment.target ? readInline(segment.target, XLIFF2_INLINE) : []);
      const inner = writeInline(edit.flags?.length ? withFlags2(base, edit.flags, segment.key) : base, id);
      const p = prefix(segment.source);
      if (segment.target) {
        splices.push({ start: segment.target.offset, end: elementEnd(text, segment.target), text: `${startTagWith(segment.target, text, {}).replace(/\/>$/, '>')}${inner}</${segment.target.name}>` });
      } else {
        const at = elementEnd(text, segment.source);
        splices.push({ start: at, end: at, text: `<${p}target>${inner}</${p}target>` });
      }
      notes.push(...(edit.notes ?? []));
    }
    if (notes.length === 0) continue;
    const p = prefix(unit.element);
    const written = notes.map((note) => `<${p}note category="glossa">${escapeXmlContent(note)}</${p}note>`).join('');
    if (unit.notes) {
      const end = elementEnd(text, unit.notes);
      const close = text.lastIndexOf('</', end - 1);
      splices.push({ start: close, end: close, text: written });
    } else {
      const before = unit.element.children.find((child): child is XmlElement => typeof child !== 'string' && /(^|:)(originalData|segment|ignorable)$/.test(child.name) && child.uri === unit.element.uri)!;
      splices.push({ start: before.offset, end: before.offset, text: `<${p}notes>${written}</${p}notes>` });
    }
  }
  for (const edit of edits) if (!known.has(edit.id)) throw new BilingualExportError('unknown-segment', `The file has no segment ${edit.id}.`, edit.id);
  return splices;
}
