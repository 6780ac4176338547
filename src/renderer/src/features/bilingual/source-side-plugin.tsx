// Renderer: what the source cell shows besides the source: the glossary's source terms lit as
// they are in the target (CSS Custom Highlight API, nothing written into the DOM's text), the
// segment's notes from the file, and a lock on a segment the file marks not to translate, whose
// target then takes no typing.
import { useEffect, useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BilingualRecord, StoredSegment } from '@core/model';
import { compilePhraseFinder } from '@core/qa';
import { useDocumentTerms } from '../../db';
import { paintHighlight } from '../../editor/highlights';
import { SegmentNode } from '../../editor/bilingual/segment-node';
import { rangeOf, sourceText } from '../../editor/bilingual/source-cell';

export const SOURCE_TERM_HIGHLIGHT = 'glossa-source-term';

function decorate(element: HTMLElement, segment: StoredSegment | undefined): void {
  const cell = element.querySelector<HTMLElement>(':scope > .segment-source');
  const target = element.querySelector<HTMLElement>(':scope > .segment-target');
  if (!cell || !segment || element.classList.contains('segment-continued') || cell.dataset.decorated === 'true') return;
  cell.dataset.decorated = 'true';
  if (segment.locked) {
    element.classList.add('segment-locked');
    if (target) {
      target.contentEditable = 'false';
    }
    const lock = document.createElement('span');
    lock.className = 'segment-lock';
    lock.textContent = 'Locked: the file marks this segment not to be translated.';
    cell.append(lock);
  }
  if (segment.notes.length > 0) {
    const list = document.createElement('ul');
    list.className = 'segment-notes';
    list.setAttribute('aria-label', 'Notes from the file');
    for (const note of segment.notes) {
      const item = document.createElement('li');
      item.textContent = note.author ? `${note.author}: ${note.text}` : note.text;
      list.append(item);
    }
    cell.append(list);
  }
}

export function SourceSidePlugin({ docId, record, termsVisible }: { docId: string; record: BilingualRecord; termsVisible: boolean }) {
  const [editor] = useLexicalComposerContext();
  const terms = useDocumentTerms(docId)?.terms;
  const sources = useMemo(() => (terms ?? []).map((term) => term.source).filter((source) => source.trim() !== ''), [terms]);
  const segments = useMemo(() => new Map(record.segments.map((segment) => [segment.id, segment])), [record]);

  useEffect(() => {
    const finder = termsVisible && sources.length > 0 ? compilePhraseFinder(sources) : null;
    let frame = 0;
    const refresh = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = editor.getRootElement();
        if (!root) return;
        const ranges: Range[] = [];
        for (const element of root.querySelectorAll<HTMLElement>(':scope > .segment')) {
          decorate(element, segments.get(element.dataset.segmentId ?? ''));
          if (!finder || element.classList.contains('segment-continued')) continue;
          const cell = element.querySelector<HTMLElement>(':scope > .segment-source');
          if (!cell) continue;
          const { text, nodes } = sourceText(cell);
          for (const span of finder.locate(text)) {
            const range = rangeOf(nodes, span.start, span.end);
            if (range) ranges.push(range);
          }
        }
        paintHighlight(SOURCE_TERM_HIGHLIGHT, ranges);
      });
    };
    refresh();
    // A segment block made again (undo, a guard repair) gets a new source cell.
    const unregister = editor.registerMutationListener(SegmentNode, (mutations) => {
      for (const kind of mutations.values()) if (kind === 'created') return refresh();
    });
    return () => {
      cancelAnimationFrame(frame);
      unregister();
      paintHighlight(SOURCE_TERM_HIGHLIGHT, []);
    };
  }, [editor, segments, sources, termsVisible]);
  return null;
}
