// Renderer: one note card: kind, quote, body and suggestion edited in place, replies,
// resolve or reopen, delete. Escape returns to the words it is about. In the margin an
// inactive card is a short summary and one Tab stop: Enter opens it, arrows go to the next.
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { registerScheduledWriter, useSetting, WriteScheduler } from '../../db';
import { formatDateTime } from '../../ui/format-time';
import type { Annotation, AnnotationReply, AnnotationStatus, Severity } from '@core/model';
import { MQM_CATEGORIES, SEVERITIES, SEVERITY_LABELS, getCategory } from '@core/mqm';
import { countOf } from '@core/text/plural';
import { useAnnotationActions, useFocusRequested, useIsActiveAnnotation } from './use-annotations';
import { useCardHeight } from './use-card-height';
import { STATUS_LABELS, kindInfo } from './kinds';
import { TermLink } from '../glossary';

interface AnnotationCardProps {
  annotation: Annotation;
  /** Position in the margin column; absent for cards listed elsewhere (orphans). */
  top?: number;
  anchorTop?: number;
  onHeight?: (id: string, height: number) => void;
}

const SAVE_DELAY_MS = 400;
/** A crash loses at most this much of a card's text, as for the article. */
const SAVE_MAX_WAIT_MS = 1000;

/**
 * A text field that saves shortly after typing stops, at least once a second while it does
 * not, when it loses focus and when the card goes away. It is a pending write until stored,
 * so anything that reads the card (Add to glossary, export, closing) can flush it first.
 */
function useDraft(value: string, save: (next: string) => Promise<void>) {
  const [draft, setDraft] = useState(value);
  const latest = useRef({ draft: value, value, save });
  const dirty = useRef(false);
  const schedulerRef = useRef<WriteScheduler | null>(null);
  useEffect(() => {
    latest.current.value = value;
    latest.current.save = save;
  });
  // Made on first use, from handlers and effects only.
  const scheduler = useCallback((): WriteScheduler => {
    schedulerRef.current ??= new WriteScheduler({
      delayMs: SAVE_DELAY_MS,
      maxWaitMs: SAVE_MAX_WAIT_MS,
      write: async () => {
        const { draft: text, value: stored, save: store } = latest.current;
        if (text !== stored) await store(text);
        if (latest.current.draft === text) dirty.current = false;
      },
    });
    return schedulerRef.current;
  }, []);
  useEffect(() => {
    if (!dirty.current) {
      latest.current.draft = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => {
    const writer = scheduler();
    const release = registerScheduledWriter(writer);
    return () => {
      if (schedulerRef.current === writer) schedulerRef.current = null;
      release();
    };
  }, [scheduler]);
  const change = (next: string) => {
    dirty.current = true;
    latest.current.draft = next;
    setDraft(next);
    scheduler().changed();
  };
  const flush = () => scheduler().flush().catch(() => undefined);
  return { draft, change, flush };
}

function nextStatuses(annotation: Annotation): Array<{ status: AnnotationStatus; label: string }> {
  if (annotation.status !== 'open') return [{ status: 'open', label: 'Reopen' }];
  if (annotation.kind === 'flag') {
    return [
      { status: 'accepted', label: 'Accept' },
      { status: 'rejected', label: 'Reject' },
    ];
  }
  return [{ status: 'resolved', label: 'Resolve' }];
}

/**
 * Memoised: a card re-renders when its row, its place or whether it is active changes, not
 * when another card becomes active (the caret crossing marks re-renders two cards).
 */
export const AnnotationCard = memo(function AnnotationCard({ annotation, top, anchorTop, onHeight }: AnnotationCardProps) {
  const api = useAnnotationActions();
  const active = useIsActiveAnnotation(annotation.id);
  const focusRequested = useFocusRequested(annotation.id);
  const info = kindInfo(annotation.kind);
  const ref = useCardHeight(annotation.id, onHeight);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const body = useDraft(annotation.body, (next) => api.update(annotation.id, { body: next }));
  const suggestion = useDraft(annotation.suggestion ?? '', (next) => api.update(annotation.id, { suggestion: next.trim() ? next : undefined }));
  const [replyDraft, setReplyDraft] = useState('');
  const positioned = top !== undefined;
  // Re-anchoring stores 'fuzzy' only for matches below NEEDS_CHECK_BELOW.
  const needsCheck = annotation.anchorState === 'fuzzy';
  const labelId = `card-${annotation.id}-label`;
  const quoteId = `card-${annotation.id}-quote`;
  const summaryId = `card-${annotation.id}-summary`;

  // Layout effect: the keyboard moves here before the browser handles another key. Whatever
  // was typed since the words were marked (into the capture field) becomes the body.
  const { takeCapturedText } = api;
  useLayoutEffect(() => {
    const captured = takeCapturedText(annotation.id);
    if (captured) body.change(body.draft + captured);
    if (focusRequested) {
      bodyField.current?.focus();
      api.clearFocusRequest();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- body.change is stable in effect
  }, [api, annotation.id, focusRequested, takeCapturedText]);

  const expanded = active || !positioned;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Keys on the card itself (it has focus, not one of its fields): the margin's own keys.
    if (event.target === event.currentTarget && !event.altKey && !event.ctrlKey && !event.metaKey) {
      if (event.key === 'Enter' || event.key === 'F2') {
        event.preventDefault();
        api.activate(annotation.id, { focusCard: true });
        return;
      }
      const step = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity }[event.key];
      if (step !== undefined) {
        event.preventDefault();
        focusNeighbourCard(event.currentTarget, step);
        return;
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      body.flush();
      suggestion.flush();
      api.returnToText(annotation.anchorState === 'orphan' ? undefined : annotation.id);
    }
  };

  const sendReply = () => {
    const text = replyDraft.trim();
    if (!text) return;
    setReplyDraft('');
    void api.reply(annotation.id, text);
  };

  return (
    <article
      ref={ref}
      className={`annotation-card${active ? ' is-active' : ''}${expanded ? '' : ' is-collapsed'}`}
      data-kind={annotation.kind}
      data-annotation-id={annotation.id}
      data-anchor-top={anchorTop}
      data-top={top}
      aria-labelledby={`${labelId} ${quoteId}`}
      aria-describedby={expanded ? undefined : summaryId}
      // The card is one Tab stop while it is a summary; open, its fields are the stops.
      tabIndex={expanded ? -1 : 0}
      aria-keyshortcuts={expanded ? undefined : 'Enter ArrowDown ArrowUp'}
      style={positioned ? { transform: `translateY(${top}px)` } : undefined}
      // Typing into a field activates the card at once; a button activates it only after
      // its own click (onClick below), because expanding the card under the pointer would
      // move the button away before the click lands.
      onFocusCapture={(event) => {
        const field = event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
        if (field && !active) api.activate(annotation.id);
      }}
      onClick={() => !active && api.activate(annotation.id)}
      onKeyDown={onKeyDown}
    >
      <header className="card-header">
        <span className="kind-badge" id={labelId}>
          {info.label}
        </span>
        <span className="card-author">{annotation.author}</span>
        <span className="card-status" data-status={annotation.status}>
          {STATUS_LABELS[annotation.status]}
        </span>
      </header>
      <blockquote className="card-quote" id={quoteId} title="The annotated words">
        {annotation.selectors.quote.exact || annotation.quote}
      </blockquote>
      {annotation.anchorState === 'orphan' ? (
        <p className="card-warning">The words of this annotation were deleted. It was about “{annotation.quote}”.</p>
      ) : null}
      {needsCheck ? (
        <div className="card-warning" role="note">
          <p>
            Needs check: found by similarity ({Math.round((annotation.anchorConfidence ?? 0) * 100)}%). It was about “{annotation.quote}”.
          </p>
          <button type="button" onClick={() => void api.confirmAnchor(annotation.id)}>
            Looks right
          </button>
        </div>
      ) : null}
      {expanded ? (
        <>
        <label className="card-field">
          <span>{info.bodyLabel}</span>
          <textarea
            ref={bodyField}
            rows={2}
            value={body.draft}
            onChange={(event) => body.change(event.target.value)}
            onBlur={() => body.flush()}
          />
        </label>
        {annotation.kind === 'flag' ? (
          <div className="card-row">
            <label className="card-field">
              <span>Category</span>
              <select
                value={annotation.mqmCategory ?? ''}
                onChange={(event) => void api.update(annotation.id, { mqmCategory: event.target.value || undefined })}
              >
                <option value="">Choose…</option>
                {MQM_CATEGORIES.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.parentId ? `\u2003${category.label}` : category.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="card-field">
              <span>Severity</span>
              <select
                value={annotation.severity ?? ''}
                onChange={(event) => void api.update(annotation.id, { severity: (event.target.value || undefined) as Severity | undefined })}
              >
                <option value="">Choose…</option>
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {SEVERITY_LABELS[severity]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ) : null}
        {annotation.kind === 'term' && annotation.termId ? null : (
          <label className="card-field">
            <span>{info.suggestionLabel}</span>
            <input placeholder=" " value={suggestion.draft} onChange={(event) => suggestion.change(event.target.value)} onBlur={() => suggestion.flush()} />
          </label>
        )}
        {annotation.kind === 'term' && active ? (
          <TermLink
            annotation={annotation}
            onLinked={async (termId) => {
              suggestion.flush();
              await api.update(annotation.id, { termId });
            }}
          />
        ) : null}
        {annotation.replies.length > 0 ? (
          <ol className="card-replies" aria-label="Replies">
            {annotation.replies.map((reply) => (
              <ReplyItem key={reply.id} annotationId={annotation.id} reply={reply} />
            ))}
          </ol>
        ) : null}
        <div className="card-reply">
          <input
            aria-label="Reply"
            placeholder="Reply…"
            value={replyDraft}
            onChange={(event) => setReplyDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                sendReply();
              }
            }}
          />
        </div>
        <footer className="card-actions">
          {annotation.kind === 'flag' && annotation.suggestion !== undefined && annotation.status !== 'fixed' && annotation.anchorState !== 'orphan' ? (
            <button type="button" onClick={() => void api.applySuggestion(annotation.id)}>
              Apply suggestion
            </button>
          ) : null}
          {nextStatuses(annotation).map(({ status, label }) => (
            <button key={status} type="button" onClick={() => void api.update(annotation.id, { status })}>
              {label}
            </button>
          ))}
          <button type="button" className="danger" onClick={() => void api.remove(annotation.id)}>
            Delete
          </button>
        </footer>
        </>
      ) : (
        <CardSummary id={summaryId} annotation={annotation} body={body.draft} suggestion={suggestion.draft} />
      )}
    </article>
  );
});

/**
 * What an inactive card shows instead of its fields: the note's text (three lines at most),
 * a flag's category and severity, the fix, and how many replies.
 */
function CardSummary({ id, annotation, body, suggestion }: { id: string; annotation: Annotation; body: string; suggestion: string }) {
  const category = annotation.mqmCategory ? getCategory(annotation.mqmCategory)?.label : undefined;
  return (
    <div className="card-summary" id={id}>
      {body.trim() ? <p className="card-summary-body">{body}</p> : null}
      {annotation.kind === 'flag' ? (
        <p className="card-summary-meta">
          {category ?? 'No category'} · {annotation.severity ? SEVERITY_LABELS[annotation.severity] : <span className="card-summary-unrated">no severity yet</span>}
        </p>
      ) : null}
      {suggestion.trim() ? <p className="card-summary-fix">→ {suggestion}</p> : null}
      {annotation.replies.length > 0 ? <p className="card-summary-meta">{countOf(annotation.replies.length, { one: 'reply', other: 'replies' })}</p> : null}
    </div>
  );
}

/** Moves the keyboard from one margin card to the next (step 1), the previous (-1), the first or the last. */
function focusNeighbourCard(card: HTMLElement, step: number): void {
  const margin = card.closest('.annotation-margin');
  if (!margin) return;
  const all = [...margin.querySelectorAll<HTMLElement>(':scope > .annotation-card')].sort((a, b) => Number(a.dataset.top) - Number(b.dataset.top));
  const index = all.indexOf(card);
  const target = step === -Infinity ? all[0] : step === Infinity ? all.at(-1) : all[index + step];
  if (!target || target === card) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * A reply: who wrote it and when (in the reader's locale), and for the reviewer's own replies
 * Edit (Enter saves, Esc cancels) and Delete (its message has Undo).
 */
function ReplyItem({ annotationId, reply }: { annotationId: string; reply: AnnotationReply }) {
  const api = useAnnotationActions();
  const me = (useSetting('authorName', '') ?? '').trim() || 'Translator';
  const [draft, setDraft] = useState<string | null>(null);
  const mine = reply.author === me;
  const save = () => {
    if (draft !== null && draft.trim() !== '' && draft.trim() !== reply.body) void api.editReply(annotationId, reply.id, draft);
    setDraft(null);
  };
  return (
    <li className="card-reply-item">
      <span className="reply-head">
        <strong>{reply.author}</strong>{' '}
        <time dateTime={new Date(reply.createdAt).toISOString()}>{formatDateTime(reply.createdAt)}</time>
        {reply.editedAt !== undefined ? <span className="reply-edited" title={formatDateTime(reply.editedAt)}> · edited</span> : null}
      </span>
      {draft === null ? (
        <span className="reply-body">{reply.body}</span>
      ) : (
        <input
          aria-label="Edit reply"
          value={draft}
          autoFocus
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              save();
            } else if (event.key === 'Escape') {
              // The card's own Esc (back to the words) waits: this one only cancels the edit.
              event.preventDefault();
              event.stopPropagation();
              setDraft(null);
            }
          }}
        />
      )}
      {mine && draft === null ? (
        <span className="reply-actions">
          <button type="button" aria-label={`Edit your reply “${reply.body.slice(0, 40)}”`} onClick={() => setDraft(reply.body)}>
            Edit
          </button>
          <button type="button" aria-label={`Delete your reply “${reply.body.slice(0, 40)}”`} onClick={() => void api.deleteReply(annotationId, reply.id)}>
            Delete
          </button>
        </span>
      ) : null}
    </li>
  );
}
