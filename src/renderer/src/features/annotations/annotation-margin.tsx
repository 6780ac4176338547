// Renderer: the margin: each card at the height of its first mark, like comments in a
// word processor. Only cards near the viewport are mounted.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { AnnotationMarkNode } from '../../editor/annotations/annotation-mark-node';
import { registerEditorSettled } from '../../editor/editor-settled';
import { useActiveAnnotationId, useAnnotationRows } from './use-annotations';
import { AnnotationCard } from './annotation-card';
import { layoutCards, visibleCards } from './margin-layout';
import { measureAnchorTops } from './mark-decoration';

const ESTIMATED_CARD_HEIGHT = 120;
const OVERSCAN_PX = 800;
const EDIT_SETTLE_MS = 120;

interface AnnotationMarginProps {
  /** The scrolling pane that holds the article and this margin. */
  paneRef: RefObject<HTMLElement | null>;
}

export function AnnotationMargin({ paneRef }: AnnotationMarginProps) {
  const [editor] = useLexicalComposerContext();
  const annotations = useAnnotationRows();
  // The layout gives the active card its place: the margin follows it, each card only its own.
  const activeId = useActiveAnnotationId();
  const column = useRef<HTMLDivElement>(null);
  const [anchorTops, setAnchorTops] = useState<Map<string, number>>(new Map());
  const [heights, setHeights] = useState<Map<string, number>>(new Map());
  const [viewport, setViewport] = useState({ top: 0, bottom: 2000 });

  const measure = useCallback(() => {
    const root = editor.getRootElement();
    const origin = column.current;
    if (!root || !origin) return;
    const next = measureAnchorTops(root, origin);
    setAnchorTops((previous) => (sameNumbers(previous, next) ? previous : next));
  }, [editor]);

  // Re-measure on resize and zoom and when annotations come and go; after edits, once
  // typing pauses, so keystrokes in a long article never wait for thousands of reads.
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    schedule();
    const unregister = registerEditorSettled(editor, EDIT_SETTLE_MS, schedule);
    // A mark made or removed (a new annotation, undo) is placed at once, not after a pause.
    const unregisterMarks = editor.registerMutationListener(
      AnnotationMarkNode,
      (mutations) => {
        for (const mutation of mutations.values()) if (mutation !== 'updated') return schedule();
      },
      { skipInitialization: true },
    );
    const observer = new ResizeObserver(schedule);
    const root = editor.getRootElement();
    if (root) observer.observe(root);
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      unregister();
      unregisterMarks();
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [editor, measure, annotations]);

  // Which part of the column is on screen (the column scrolls with the article).
  useEffect(() => {
    const pane = paneRef.current;
    const origin = column.current;
    if (!pane || !origin) return;
    let frame = 0;
    const update = () => {
      const offset = origin.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      setViewport({ top: -offset, bottom: -offset + pane.clientHeight });
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    update();
    pane.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [paneRef]);

  const placed = useMemo(() => annotations.filter((annotation) => anchorTops.has(annotation.id)), [annotations, anchorTops]);
  const orphans = useMemo(() => annotations.filter((annotation) => annotation.anchorState === 'orphan'), [annotations]);
  const cardHeights = useMemo(() => {
    const all = new Map<string, number>();
    for (const annotation of placed) all.set(annotation.id, heights.get(annotation.id) ?? ESTIMATED_CARD_HEIGHT);
    return all;
  }, [placed, heights]);
  const layout = useMemo(
    () =>
      layoutCards(
        placed.map((annotation) => ({ id: annotation.id, anchorTop: anchorTops.get(annotation.id)!, height: cardHeights.get(annotation.id)! })),
        { activeId },
      ),
    [placed, anchorTops, cardHeights, activeId],
  );
  const mounted = useMemo(() => {
    const ids = new Set(visibleCards(layout, cardHeights, viewport.top, viewport.bottom, OVERSCAN_PX));
    if (activeId && layout.has(activeId)) ids.add(activeId);
    return ids;
  }, [layout, cardHeights, viewport, activeId]);

  const onHeight = useCallback((id: string, height: number) => {
    setHeights((previous) => (previous.get(id) === height ? previous : new Map(previous).set(id, height)));
  }, []);

  let bottom = 0;
  for (const [id, top] of layout) bottom = Math.max(bottom, top + (cardHeights.get(id) ?? 0));

  return (
    <aside className="annotation-margin" aria-label="Notes" ref={column} style={{ minHeight: bottom }}>
      {placed.length === 0 && orphans.length === 0 ? (
        <p className="margin-empty">Select words and choose Term, Flag, Note or Query: the note appears here, beside them.</p>
      ) : null}
      {placed
        .filter((annotation) => mounted.has(annotation.id))
        .map((annotation) => (
          <AnnotationCard
            key={annotation.id}
            annotation={annotation}
            top={layout.get(annotation.id)}
            anchorTop={anchorTops.get(annotation.id)}
            onHeight={onHeight}
          />
        ))}
    </aside>
  );
}

function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (Math.abs((b.get(key) ?? NaN) - value) > 0.5) return false;
  return true;
}
