/**
 * XLIFF 2.0/2.1 → BilingualDocument: files, groups, units, segments and ignorables, the unit's
 * <notes> (on its first segment), segment state and subState, inline <pc> <ph> <sc>/<ec> <mrk>
 * <sm>/<em> <cp> as tokens with their native code from <originalData>. Pairs of <sc>/<ec> may
 * span the segments of a unit, as XLIFF 2 allows, so pairing is checked per unit.
 */
import { stateFromXliff2 } from '../../bilingual/state';
import { segmentId } from '../../bilingual/types';
import type { BilingualDocument, BilingualSegment, SegmentNote } from '../../bilingual/types';
import { childElements, exactTextOf } from '../xml';
import type { XmlElement } from '../xml';
import type { Refuse } from './guard';
import { checkPairs, readInline, XLIFF2_INLINE } from './inline-read';
import { units20, xliff2Files } from './units-20';

export function readXliff2Tree(root: XmlElement, refuse: Refuse, version: string): BilingualDocument {
  const srcLang = root.attrs.srcLang;
  if (srcLang === undefined) refuse('invalid', 'its <xliff> element has no srcLang', root.offset);
  const tgtLang = root.attrs.trgLang ?? '';
  const segments: BilingualSegment[] = [];
  for (const unit of units20(root, refuse)) {
    const notes: SegmentNote[] = unit.notes
      ? childElements(unit.notes).map((note) => ({
          text: exactTextOf(note),
          ...(note.attrs.category ? { author: note.attrs.category } : {}),
          ...(note.attrs.appliesTo ? { annotates: note.attrs.appliesTo } : {}),
        }))
      : [];
    const options = { originalData: unit.originalData };
    const read = unit.segments.map((segment) => ({
      segment,
      source: readInline(segment.source, XLIFF2_INLINE, options),
      target: segment.target ? readInline(segment.target, XLIFF2_INLINE, options) : [],
    }));
    checkPairs(read.map((item) => item.source), XLIFF2_INLINE, refuse, `the source of unit ${unit.fileId}/${unit.id}`, unit.element.offset);
    checkPairs(read.map((item) => item.target), XLIFF2_INLINE, refuse, `the target of unit ${unit.fileId}/${unit.id}`, unit.element.offset);
    read.forEach(({ segment, source, target }, index) => {
      const state = segment.element.attrs.state;
      const subState = segment.element.attrs.subState;
      segments.push({
        id: segmentId(unit.fileId, unit.id, segment.key),
        fileId: unit.fileId,
        unitId: unit.id,
        segmentKey: segment.key,
        source,
        mtTarget: target,
        target,
        state: stateFromXliff2(state, subState),
        originalState: [state ?? '', subState ?? ''].filter(Boolean).join('/'),
        notes: index === 0 ? notes : [],
        ...(segment.ignorable ? { ignorable: true } : {}),
        ...(unit.locked ? { locked: true } : {}),
      });
    });
  }
  if (segments.length === 0) refuse('no-segments', 'it holds no translation units');
  return {
    format: 'xliff-2',
    version,
    srcLang,
    tgtLang,
    files: xliff2Files(root).map((file: XmlElement) => ({ id: file.attrs.id ?? '', original: file.attrs.original ?? '', srcLang, tgtLang })),
    segments,
  };
}
