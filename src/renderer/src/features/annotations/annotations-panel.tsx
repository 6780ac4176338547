// Renderer: every annotation of the document; filter by kind and status, search; choosing
// one scrolls the article to it and activates it.
import { useMemo, useState } from 'react';
import type { AnnotationKind, AnnotationStatus } from '@core/model';
import { setSetting, useDatabase, useSetting } from '../../db';
import { useActiveAnnotationId, useAnnotationActions, useAnnotationRows } from './use-annotations';
import { KINDS, STATUS_LABELS, kindInfo } from './kinds';

type Filter<T extends string> = T | 'all';

export function AnnotationsPanel({ onExport, onImport }: { onExport(format: 'jsonld' | 'html'): void; onImport?(): void }) {
  const annotations = useAnnotationRows();
  const activeId = useActiveAnnotationId();
  const { activate } = useAnnotationActions();
  const db = useDatabase();
  const author = useSetting('authorName', '');
  const [kind, setKind] = useState<Filter<AnnotationKind>>('all');
  const [status, setStatus] = useState<Filter<AnnotationStatus>>('all');
  const [search, setSearch] = useState('');

  const shown = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    return annotations.filter(
      (annotation) =>
        (kind === 'all' || annotation.kind === kind) &&
        (status === 'all' || annotation.status === status) &&
        (!needle ||
          [annotation.quote, annotation.body, annotation.suggestion ?? '', ...annotation.replies.map((reply) => reply.body)]
            .join(' ')
            .toLocaleLowerCase()
            .includes(needle)),
    );
  }, [annotations, kind, status, search]);

  return (
    <aside className="annotations-panel" aria-label="Annotations panel">
      <h2>Annotations</h2>
      <label className="panel-field">
        Your name (shown on your notes)
        <input
          value={author ?? ''}
          placeholder="Translator"
          onChange={(event) => void setSetting(db, 'authorName', event.target.value)}
        />
      </label>
      <div className="panel-filters">
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as Filter<AnnotationKind>)}>
            <option value="all">All kinds</option>
            {KINDS.map((info) => (
              <option key={info.kind} value={info.kind}>
                {info.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as Filter<AnnotationStatus>)}>
            <option value="all">All statuses</option>
            {(Object.keys(STATUS_LABELS) as AnnotationStatus[]).map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <input type="search" aria-label="Search annotations" placeholder="Search quotes, notes, replies" value={search} onChange={(event) => setSearch(event.target.value)} />
      <p className="panel-count" aria-live="polite">
        {shown.length} of {annotations.length}
      </p>
      <ul className="panel-list" aria-label="Annotation list">
        {shown.map((annotation) => (
          <li key={annotation.id}>
            <button
              type="button"
              className="panel-item"
              data-kind={annotation.kind}
              aria-current={annotation.id === activeId ? 'true' : undefined}
              onClick={() => activate(annotation.id, { scroll: annotation.anchorState !== 'orphan', focusCard: true })}
            >
              <span className="kind-badge">{kindInfo(annotation.kind).label}</span>
              <span className="panel-quote">“{annotation.quote}”</span>
              <span className="panel-meta">
                {STATUS_LABELS[annotation.status]}
                {annotation.anchorState === 'orphan' ? ' · words deleted' : annotation.anchorState === 'fuzzy' ? ' · needs check' : ''}
                {annotation.body ? ` · ${annotation.body.slice(0, 60)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="panel-export">
        <button type="button" onClick={() => onExport('jsonld')}>
          Export JSON-LD
        </button>
        <button type="button" onClick={() => onExport('html')}>
          Export HTML
        </button>
        {onImport ? (
          <button type="button" onClick={onImport}>
            Import JSON-LD…
          </button>
        ) : null}
      </div>
    </aside>
  );
}
