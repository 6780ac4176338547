// Renderer: the margin: each card at the height of its first mark, like comments in a
// word processor. Only cards near the viewport are mounted.
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
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
/** How far the active card may sit from its words before a connector joins them. */
const CONNECT_BEYOND_PX = 12;
/** The active card stands out this far into the gutter (theme.css, .annotation-card.is-active). */
const ACTIVE_CARD_INSET_PX = 14;

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
  // The gutter between the article's text and this column, where a connector runs.
  const [gutter, setGutter] = useState(32);

  const measure = useCallback(() => {
    const root = editor.getRootElement();
    const origin = column.current;
    if (!root || !origin) return;
    const next = measureAnchorTops(root, origin);
    setAnchorTops((previous) => (sameNumbers(previous, next) ? previous : next));
    setGutter(Math.max(0, Math.round(origin.getBoundingClientRect().left - root.getBoundingClientRect().right)));
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

  // Cards in the order they stand in the margin, so Tab meets them top to bottom.
  const inLayoutOrder = useMemo(() => {
    const byId = new Map(placed.map((annotation) => [annotation.id, annotation]));
    return [...layout.keys()].map((id) => byId.get(id)!).filter(Boolean);
  }, [placed, layout]);

  const onHeight = useCallback((id: string, height: number) => {
    setHeights((previous) => (previous.get(id) === height ? previous : new Map(previous).set(id, height)));
  }, []);

  let bottom = 0;
  for (const [id, top] of layout) bottom = Math.max(bottom, top + (cardHeights.get(id) ?? 0));
  const active = activeId ? placed.find((annotation) => annotation.id === activeId) : undefined;
  const activeTop = activeId ? layout.get(activeId) : undefined;
  const activeAnchor = activeId ? anchorTops.get(activeId) : undefined;

  return (
    <aside className="annotation-margin" aria-label="Notes" ref={column} style={{ minHeight: bottom }}>
      {placed.length === 0 && orphans.length === 0 ? (
        <p className="margin-empty">Select words and choose Term, Flag, Note or Query: the note appears here, beside them.</p>
      ) : null}
      {inLayoutOrder
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
      {active && activeTop !== undefined && activeAnchor !== undefined && Math.abs(activeTop - activeAnchor) > CONNECT_BEYOND_PX ? (
        <CardConnector kind={active.kind} anchorTop={activeAnchor} cardTop={activeTop} gutter={gutter} />
      ) : null}
    </aside>
  );
}

/**
 * The dashed elbow from the edge of the article, level with the active card's words, to the
 * card, when the cards around it keep it from sitting beside them (as Word joins a comment
 * to its words). Drawn in the gutter only, so it never covers the text.
 */
function CardConnector({ kind, anchorTop, cardTop, gutter }: { kind: string; anchorTop: number; cardTop: number; gutter: number }) {
  const end = Math.max(4, gutter - ACTIVE_CARD_INSET_PX);
  const middle = Math.round(end / 2);
  const from = anchorTop + 12;
  const to = cardTop + 16;
  return (
    <svg
      className="card-connector"
      data-testid="card-connector"
      aria-hidden="true"
      width={gutter}
      height={Math.max(from, to) + 2}
      style={{ left: -gutter, '--kind': `var(--${kind})` } as CSSProperties}
    >
      <path d={`M2 ${from} H${middle} V${to} H${end}`} />
    </svg>
  );
}

function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (Math.abs((b.get(key) ?? NaN) - value) > 0.5) return false;
  return true;
}
