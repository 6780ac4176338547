// Renderer: glossary terms in the article. Every occurrence of a term's target, preferred
// rendering or forbidden variant is found in a worker and drawn with the CSS Custom
// Highlight API (the document never changes); hovering one, or resting the caret in it,
// shows its glossary entry.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { registerEditorSettled } from '../../editor/editor-settled';
import type { Term } from '@core/model';
import type { TermOccurrence, TermPattern } from '@core/terms';
import { useDocumentTerms } from '../../db';
import { paintHighlight, paintSpansInChunks, plainOffsetAtCaret, plainOffsetAtPoint } from '../../editor/highlights';
import { TermsClient } from '../../workers/terms-client';
import { isWorkerCallError } from '../../workers/rpc';
import { useNotices } from '../../ui/notices';
import { patternsOf } from './term-occurrences';

const REMATCH_AFTER_EDIT_MS = 300;
/** The caret rests this long in a term before its entry shows, as a pointer's hover does. */
/** The entry's element id, for the article's aria-describedby while the caret is in the term. */
const TOOLTIP_ID = 'term-entry-for-caret';
const CARET_REST_MS = 250;
const NO_OCCURRENCES: TermOccurrence[] = [];
const TERM_HIGHLIGHT = 'glossa-term';
const FORBIDDEN_HIGHLIGHT = 'glossa-term-forbidden';

interface Hover {
  occurrence: TermOccurrence;
  x: number;
  y: number;
  /** Shown for the caret (the keyboard) rather than the pointer: each clears only its own. */
  byCaret?: boolean;
}

/** The occurrence covering offset `at`, by binary search over sorted, non-overlapping occurrences. */
function occurrenceAt(occurrences: readonly TermOccurrence[], at: number): TermOccurrence | null {
  let low = 0;
  let high = occurrences.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const occurrence = occurrences[middle]!;
    if (at < occurrence.start) high = middle - 1;
    else if (at >= occurrence.end) low = middle + 1;
    else return occurrence;
  }
  return null;
}

export function TermHighlights({ docId, visible }: { docId: string; visible: boolean }) {
  const [editor] = useLexicalComposerContext();
  const { notify } = useNotices();
  const data = useDocumentTerms(docId);
  const terms = data?.terms;
  const patterns = useMemo<TermPattern[]>(() => patternsOf(terms ?? []), [terms]);
  const byId = useMemo(() => new Map((terms ?? []).map((term) => [term.id, term])), [terms]);
  const [found, setFound] = useState<TermOccurrence[]>([]);
  // What was found for terms that are all gone since is not shown.
  const occurrences = patterns.length === 0 ? NO_OCCURRENCES : found;
  const [hover, setHover] = useState<Hover | null>(null);
  const client = useRef<TermsClient | null>(null);
  // The patterns the worker holds: showing highlights again needs no new compile.
  const compiled = useRef<TermPattern[] | null>(null);

  useEffect(() => {
    if (!visible || terms === undefined) return;
    // No glossary terms: nothing to find, and no reason to copy the article to a worker.
    if (patterns.length === 0) return;
    const worker = (client.current ??= new TermsClient());
    let latest = 0;
    // A worker that died is restarted by the next match; say so (a disposed client is not news).
    const failed = (error: unknown) => {
      if (isWorkerCallError(error) && error.code !== 'stopped') notify('error', error.message);
    };
    const match = () => {
      const ticket = ++latest;
      const started = performance.now();
      const text = editor.getEditorState().read(() => $getRoot().getTextContent());
      void worker.match([text]).then(({ occurrences: [found = []], elapsedMs }) => {
        if (ticket !== latest) return;
        // For `npm run bench` and the performance panel: request → answer, and the worker's own time.
        performance.clearMeasures('glossa:terms-matched');
        performance.measure('glossa:terms-matched', { start: started, end: performance.now(), detail: { workerMs: elapsedMs, occurrences: found.length } });
        setFound(found);
      }, failed);
    };
    if (compiled.current === patterns) {
      match();
    } else {
      const compileStarted = performance.now();
      void worker.compile(patterns).then((elapsedMs) => {
        compiled.current = patterns;
        performance.clearMeasures('glossa:terms-compiled');
        performance.measure('glossa:terms-compiled', { start: compileStarted, end: performance.now(), detail: { workerMs: elapsedMs, patterns: patterns.length } });
        match();
      }, failed);
    }
    const unregister = registerEditorSettled(editor, REMATCH_AFTER_EDIT_MS, match);
    return () => {
      latest += 1;
      unregister();
    };
  }, [editor, notify, patterns, terms, visible]);

  useEffect(() => () => client.current?.dispose(), []);

  // Paint: forbidden variants apart, so they can look like the warnings they are. In
  // chunks, so tens of thousands of hits never hold the main thread for long.
  useEffect(() => {
    paintHighlight(TERM_HIGHLIGHT, []);
    paintHighlight(FORBIDDEN_HIGHLIGHT, []);
    if (!visible || patterns.length === 0 || occurrences.length === 0) return;
    const started = performance.now();
    return paintSpansInChunks(
      editor,
      occurrences,
      (occurrence) => (occurrence.patterns.some((index) => patterns[index]?.kind === 'forbidden') ? FORBIDDEN_HIGHLIGHT : TERM_HIGHLIGHT),
      () => {
        performance.clearMeasures('glossa:terms-painted');
        performance.measure('glossa:terms-painted', { start: started, end: performance.now(), detail: { ranges: occurrences.length } });
      },
    );
  }, [editor, occurrences, patterns, visible]);

  useEffect(
    () => () => {
      paintHighlight(TERM_HIGHLIGHT, []);
      paintHighlight(FORBIDDEN_HIGHLIGHT, []);
    },
    [],
  );

  // Hover shows the entry; the pointer is read once a frame at most.
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !visible) return;
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const offset = plainOffsetAtPoint(editor, event.clientX, event.clientY);
        const occurrence = offset === null ? null : occurrenceAt(occurrences, offset);

        setHover((current) =>
          occurrence ? (current?.occurrence === occurrence ? current : { occurrence, x: event.clientX, y: event.clientY }) : current?.byCaret ? current : null,
        );
      });
    };
    const onLeave = () => {
      cancelAnimationFrame(frame);
      setHover((current) => (current?.byCaret ? current : null));
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [editor, occurrences, visible]);

  // The keyboard's hover: the caret resting in a term shows its entry below the line, and
  // Esc or moving on hides it (WCAG 1.4.13: dismissable without moving the caret).
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !visible) return;
    const ownerDocument = root.ownerDocument;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const focused = ownerDocument.activeElement === root;
      const offset = focused ? plainOffsetAtCaret(editor) : null;
      // A caret just after a term's last letter is on it too (Ctrl+→ stops there).
      const occurrence = offset === null ? null : (occurrenceAt(occurrences, offset) ?? (offset > 0 ? occurrenceAt(occurrences, offset - 1) : null));
      if (!occurrence) {
        setHover((current) => (current?.byCaret ? null : current));
        return;
      }
      const selection = ownerDocument.getSelection();
      const box = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
      if (!box || (box.width === 0 && box.height === 0)) return;
      setHover((current) => (current?.occurrence === occurrence ? current : { occurrence, x: box.left - 12, y: box.bottom - 12, byCaret: true }));
    };
    const onSelectionChange = () => {
      clearTimeout(timer);
      setHover((current) => (current?.byCaret ? null : current));
      timer = setTimeout(check, CARET_REST_MS);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setHover((current) => (current?.byCaret ? null : current));
    };
    const onBlur = () => {
      clearTimeout(timer);
      setHover((current) => (current?.byCaret ? null : current));
    };
    ownerDocument.addEventListener('selectionchange', onSelectionChange);
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('blur', onBlur);
    return () => {
      clearTimeout(timer);
      ownerDocument.removeEventListener('selectionchange', onSelectionChange);
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('blur', onBlur);
    };
  }, [editor, occurrences, visible]);

  // Opened for the caret, the entry describes the article while it is shown, so a screen reader
  // reads it as the description of where the caret is.
  const describesCaret = Boolean(hover?.byCaret && visible);
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || !describesCaret) return;
    const before = root.getAttribute('aria-describedby');
    root.setAttribute('aria-describedby', [before, TOOLTIP_ID].filter(Boolean).join(' '));
    return () => {
      if (before === null) root.removeAttribute('aria-describedby');
      else root.setAttribute('aria-describedby', before);
    };
  }, [editor, describesCaret]);

  if (!hover || !visible) return null;
  const entries = [...new Set(hover.occurrence.patterns.map((index) => patterns[index]?.termId))]
    .map((id) => (id ? byId.get(id) : undefined))
    .filter((term): term is Term => term !== undefined);
  const tooltip = (
    <div className="term-tooltip" id={TOOLTIP_ID} role="tooltip" style={{ left: hover.x + 12, top: hover.y + 16 }}>
      {entries.map((term) => (
        <TermEntry key={term.id} term={term} kinds={hover.occurrence.patterns.filter((index) => patterns[index]?.termId === term.id).map((index) => patterns[index]!.kind)} />
      ))}
    </div>
  );
  // Inside the article's landmark, as the term it describes is (it is drawn fixed, beside it).
  const landmark = editor.getRootElement()?.closest('main');
  return landmark ? createPortal(tooltip, landmark) : tooltip;
}

function TermEntry({ term, kinds }: { term: Term; kinds: readonly TermPattern['kind'][] }) {
  return (
    <div className="term-entry">
      <div>
        <strong>{term.source || term.target}</strong>
        <span className={`term-status status-${term.status}`}>{term.status}</span>
      </div>
      {kinds.includes('forbidden') ? <div className="term-warning">Forbidden here. Use “{term.preferred || '—'}”.</div> : null}
      {term.preferred ? <div>Preferred: {term.preferred}</div> : null}
      {term.target && term.target !== term.preferred ? <div>MT wrote: {term.target}</div> : null}
      {term.forbidden.length > 0 ? <div>Forbidden: {term.forbidden.join(', ')}</div> : null}
      {term.note ? <div className="term-note">{term.note}</div> : null}
    </div>
  );
}
