// Renderer: the Changes panel, the article's redline: every change against the text as imported
// (the MT), its deleted and inserted words in their context, accepted or rejected one by one
// (A, R on the change with focus, as in the review queue) or all at once. Accept writes the change
// into the baseline (Undo in its message); Reject writes the MT's words back into the article
// (one step of its undo history), paragraph breaks too: a split is joined again, a join split.
// In a bilingual document paragraphs are segments, so a split or join is undone in the text.
// A change that applied a flag's suggestion says so.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setSelection } from 'lexical';
import type { Annotation } from '@core/model';
import { acceptInBaseline, rejectionEdits, type TrackedChange } from '@core/tracked-changes';
import { countOf } from '@core/text/plural';
import { errorMessage } from '@core/errors';
import { setBaseline, useDatabase } from '../../db';
import { $selectOffsets } from '../../editor/annotations/text-offsets';
import { domRangesFor, paintHighlight } from '../../editor/highlights';
import { useNotices } from '../../ui/notices';
import { useAnnotationRows } from '../annotations';
import { replaceSpans } from '../find';
import { useTrackedChanges } from './use-tracked-changes';

const INSERTED_HIGHLIGHT = 'glossa-change-inserted';
const CONTEXT_CHARS = 32;

export type CorrectedFormat = 'txt' | 'md' | 'html' | 'docx' | 'tracked-docx';

interface ChangesPanelProps {
  docId: string;
  locale: string;
  editable: boolean;
  /** Paragraphs are segments (a bilingual document): splits and joins are not rejected here. */
  segmented: boolean;
  onExport(format: CorrectedFormat): void;
}

/** The flag whose suggestion a change wrote: a fixed flag over the change's words. */
function fixedFlagOf(change: TrackedChange, annotations: readonly Annotation[]): Annotation | undefined {
  return annotations.find(
    (annotation) =>
      annotation.kind === 'flag' &&
      annotation.status === 'fixed' &&
      annotation.suggestion !== undefined &&
      annotation.deletedAt == null &&
      annotation.selectors.position.start < Math.max(change.end, change.start + 1) &&
      annotation.selectors.position.end > change.start - (change.end === change.start ? 1 : 0),
  );
}

function visible(text: string): string {
  return text.replace(/\n\n/gu, ' ¶ ').replace(/\n/gu, ' ↵ ');
}

export function ChangesPanel({ docId, locale, editable, segmented, onExport }: ChangesPanelProps) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const { notify } = useNotices();
  const annotations = useAnnotationRows();
  const { baseline, current, diff } = useTrackedChanges(docId, locale);
  const changes = useMemo(() => diff?.changes ?? [], [diff]);
  const [focused, setFocused] = useState(0);
  const list = useRef<HTMLUListElement>(null);

  // The inserted words are lit in the article while the panel is open.
  useEffect(() => {
    paintHighlight(INSERTED_HIGHLIGHT, domRangesFor(editor, changes.filter((change) => change.end > change.start)));
    return () => paintHighlight(INSERTED_HIGHLIGHT, []);
  }, [editor, changes]);

  // After an accept or reject the list is recounted: the change now at the same place takes focus.
  const focusedIndex = Math.min(focused, Math.max(changes.length - 1, 0));
  useEffect(() => {
    if (list.current?.contains(document.activeElement)) list.current.querySelectorAll<HTMLElement>('.change-item')[focusedIndex]?.focus();
  }, [changes, focusedIndex]);

  // Opened, the panel takes the keyboard (once its changes are counted): the first change, or its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const counted = baseline !== undefined;
  useEffect(() => {
    if (!counted) return;
    (list.current?.querySelector<HTMLElement>('.change-item') ?? heading.current)?.focus();
  }, [counted]);

  const fail = useCallback((error: unknown) => notify('error', errorMessage(error)), [notify]);

  const accept = useCallback(
    (chosen: readonly TrackedChange[]) => {
      if (typeof baseline !== 'string' || chosen.length === 0) return;
      const next = acceptInBaseline(baseline, chosen);
      setBaseline(db, docId, next, baseline).then(
        () =>
          notify('info', `Accepted ${countOf(chosen.length, 'change')}.`, {
            action: { label: 'Undo', run: () => void setBaseline(db, docId, baseline, next).catch(fail) },
          }),
        fail,
      );
    },
    [baseline, db, docId, fail, notify],
  );

  const reject = useCallback(
    (chosen: readonly TrackedChange[]) => {
      if (!editable) return notify('info', 'This document is open read only here.');
      const words = chosen.filter((change) => !segmented || !change.structural);
      const skipped = chosen.length - words.length;
      if (words.length > 0) replaceSpans(editor, rejectionEdits(words));
      if (skipped > 0) notify('info', `${countOf(skipped, 'change')} that split or joined segments ${skipped === 1 ? 'was' : 'were'} left: undo ${skipped === 1 ? 'it' : 'them'} in the text.`);
      else notify('info', `Rejected ${countOf(words.length, 'change')}: the MT’s words are back. Ctrl+Z in the article undoes it.`);
    },
    [editable, editor, notify, segmented],
  );

  const reveal = (change: TrackedChange) => {
    editor.update(() => {
      const selection = $selectOffsets(change.start, change.end);
      if (selection) $setSelection(selection);
    });
    editor.focus();
    domRangesFor(editor, [change])[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    const change = changes[index];
    if (!change || event.ctrlKey || event.metaKey || event.altKey) return;
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(changes.length - 1, to));
      setFocused(next);
      list.current?.querySelectorAll<HTMLElement>('.change-item')[next]?.focus();
    };
    if (event.key === 'ArrowDown' || event.key === 'j') move(index + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(changes.length - 1);
    else if (event.key === 'a' || event.key === 'A') {
      event.preventDefault();
      accept([change]);
    } else if (event.key === 'r' || event.key === 'R') {
      event.preventDefault();
      reject([change]);
    }
  };

  const loading = baseline === undefined;
  return (
    <aside className="changes-panel annotations-panel" aria-label="Changes panel">
      <h2 tabIndex={-1} ref={heading}>
        Changes
      </h2>
      <p className="panel-count" aria-live="polite" data-testid="changes-count" data-changes={loading ? undefined : changes.length}>
        {loading ? 'Counting…' : baseline === null ? 'This document has no record of its imported text.' : changes.length === 0 ? 'No changes: the article is as imported, or every change was accepted.' : `${countOf(changes.length, 'change')} against the text as imported`}
      </p>
      {changes.length > 0 ? (
        <div className="changes-bulk" role="group" aria-label="All changes">
          <button type="button" onClick={() => accept(changes)}>
            Accept all
          </button>
          <button type="button" onClick={() => reject(changes)} disabled={!editable}>
            Reject all
          </button>
        </div>
      ) : null}
      <p className="panel-hint">On a change: A accepts it, R rejects it, Enter shows it in the article.</p>
      <ul className="panel-list changes-list" aria-label="Change list" ref={list}>
        {changes.map((change, index) => {
          // Context from the change's own paragraph only.
          const paragraphStart = current.lastIndexOf('\n\n', change.start - 1);
          const paragraphEnd = current.indexOf('\n\n', change.end);
          const from = Math.max(change.start - CONTEXT_CHARS, paragraphStart < 0 ? 0 : paragraphStart + 2);
          const to = Math.min(change.end + CONTEXT_CHARS, paragraphEnd < 0 ? current.length : paragraphEnd);
          const before = current.slice(from, change.start);
          const after = current.slice(change.end, to);
          const flag = fixedFlagOf(change, annotations);
          const fixedHere = segmented && change.structural;
          const label = [change.removed ? `deleted “${change.removed.trim()}”` : '', change.added ? `inserted “${change.added.trim()}”` : ''].filter(Boolean).join(', ');
          return (
            <li key={change.id} className="change-entry">
              <button
                type="button"
                tabIndex={index === focusedIndex ? 0 : -1}
                className="panel-item change-item"
                aria-label={`Change ${index + 1}: ${label}${flag ? ', fixes a flag' : ''}`}
                aria-keyshortcuts="A R"
                onFocus={() => setFocused(index)}
                onClick={() => reveal(change)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                <span className="change-redline">
                  {change.start - from === CONTEXT_CHARS ? '…' : ''}
                  {visible(before)}
                  {change.removed ? <del>{visible(change.removed)}</del> : null}
                  {change.added ? <ins>{visible(change.added)}</ins> : null}
                  {visible(after)}
                  {to - change.end === CONTEXT_CHARS ? '…' : ''}
                </span>
                {flag ? (
                  <span className="panel-meta">
                    Fixes flag: {flag.mqmCategory ?? 'flag'}
                    {flag.severity ? ` (${flag.severity})` : ''}
                  </span>
                ) : null}
              </button>
              {/* Out of the Tab order: A and R on the change do the same, one Tab stop per change. */}
              <span className="change-actions">
                <button type="button" tabIndex={-1} onClick={() => accept([change])}>
                  Accept
                </button>
                <button
                  type="button"
                  tabIndex={-1}
                  disabled={!editable || fixedHere}
                  title={fixedHere ? 'It splits or joins segments: undo it in the text.' : undefined}
                  onClick={() => reject([change])}
                >
                  Reject
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="panel-export" role="group" aria-label="Export the corrected text">
        <button type="button" onClick={() => onExport('tracked-docx')}>
          Word with tracked changes…
        </button>
        <button type="button" onClick={() => onExport('docx')}>
          Corrected .docx…
        </button>
        <button type="button" onClick={() => onExport('txt')}>
          .txt…
        </button>
        <button type="button" onClick={() => onExport('md')}>
          .md…
        </button>
        <button type="button" onClick={() => onExport('html')}>
          .html…
        </button>
      </div>
    </aside>
  );
}
