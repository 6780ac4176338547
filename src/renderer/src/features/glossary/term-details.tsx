// Renderer: every field of one term, edited in place, its duplicates, and where it occurs
// across documents (choose one to open the document at that place).
import { formatDateTime } from '../../ui/format-time';
import { useEffect, useState } from 'react';
import type { Term, TermStatus } from '@core/model';
import { mergeDuplicateTerms, updateTerm, useDatabase, type TermPatch } from '../../db';
import { useNotices } from '../../ui/notices';
import { occurrencesAcrossDocuments, type DocumentOccurrences } from './term-occurrences';
import { errorMessage } from '@core/errors';

const TEXT_FIELDS: ReadonlyArray<{ key: 'source' | 'target' | 'preferred' | 'partOfSpeech' | 'domain'; label: string }> = [
  { key: 'source', label: 'Source term' },
  { key: 'target', label: 'Target (as the MT wrote it)' },
  { key: 'preferred', label: 'Preferred translation' },
  { key: 'partOfSpeech', label: 'Part of speech' },
  { key: 'domain', label: 'Domain' },
];

const LONG_FIELDS: ReadonlyArray<{ key: 'definition' | 'context' | 'note'; label: string }> = [
  { key: 'definition', label: 'Definition' },
  { key: 'context', label: 'Context' },
  { key: 'note', label: 'Note' },
];

export function TermFieldsForm({ term, compact = false }: { term: Term; compact?: boolean }) {
  const db = useDatabase();
  const { notify } = useNotices();
  const save = (patch: TermPatch) =>
    void updateTerm(db, term.id, patch).catch((error: unknown) => notify('error', errorMessage(error)));
  const fields = compact ? TEXT_FIELDS.filter((field) => field.key === 'source' || field.key === 'preferred') : TEXT_FIELDS;
  return (
    <div className="term-fields">
      {fields.map(({ key, label }) => (
        <label key={key} className="card-field">
          {label}
          <input
            key={`${term.id}-${term[key] ?? ''}`}
            defaultValue={term[key] ?? ''}
            onBlur={(event) => event.target.value.trim() !== (term[key] ?? '') && save({ [key]: event.target.value })}
            onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
          />
        </label>
      ))}
      <label className="card-field">
        Forbidden variants (separate with |)
        <input
          key={`${term.id}-${term.forbidden.join('|')}`}
          defaultValue={term.forbidden.join(' | ')}
          onBlur={(event) => {
            const forbidden = event.target.value.split(/[|;]/).map((part) => part.trim()).filter(Boolean);
            if (forbidden.join('|') !== term.forbidden.join('|')) save({ forbidden });
          }}
          onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
        />
      </label>
      <label className="card-field">
        Status
        <select value={term.status} onChange={(event) => save({ status: event.target.value as TermStatus })}>
          <option value="proposed">Proposed</option>
          <option value="approved">Approved</option>
          <option value="forbidden">Forbidden</option>
        </select>
      </label>
      {compact
        ? null
        : LONG_FIELDS.map(({ key, label }) => (
            <label key={key} className="card-field">
              {label}
              <textarea
                key={`${term.id}-${term[key] ?? ''}`}
                rows={2}
                defaultValue={term[key] ?? ''}
                onBlur={(event) => event.target.value.trim() !== (term[key] ?? '') && save({ [key]: event.target.value })}
              />
            </label>
          ))}
    </div>
  );
}

export function TermDetails({
  term,
  duplicates,
  onOpenOccurrence,
}: {
  term: Term;
  duplicates: readonly Term[];
  onOpenOccurrence(docId: string, start: number, end: number): void;
}) {
  const db = useDatabase();
  const { notify } = useNotices();
  const [occurrences, setOccurrences] = useState<{ termKey: string; list: DocumentOccurrences[] } | null>(null);
  const termKey = `${term.id}:${term.target}:${term.preferred}:${term.forbidden.join('|')}`;

  useEffect(() => {
    let current = true;
    void occurrencesAcrossDocuments(db, term).then(
      (list) => current && setOccurrences({ termKey, list }),
      (error: unknown) => notify('error', `Could not find the term's occurrences: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
    // termKey covers the fields that decide where a term occurs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, termKey, notify]);

  const list = occurrences?.termKey === termKey ? occurrences.list : null;
  return (
    <aside className="term-details" aria-label="Term details">
      <h3>{term.source || term.preferred || term.target}</h3>
      <TermFieldsForm term={term} />
      <p className="term-author">
        Added by {term.author} · changed {formatDateTime(term.updatedAt)}
      </p>
      {duplicates.length > 0 ? (
        <section aria-label="Duplicates">
          <h4>Possible duplicates</h4>
          <ul>
            {duplicates.map((duplicate) => (
              <li key={duplicate.id}>
                {duplicate.source} → {duplicate.preferred || duplicate.target}
              </li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() =>
              void mergeDuplicateTerms(
                db,
                term.id,
                duplicates.map((duplicate) => duplicate.id),
              ).then(
                () => notify('info', `Merged ${duplicates.length + 1} terms into this one.`),
                (error: unknown) => notify('error', errorMessage(error)),
              )
            }
          >
            Merge duplicates into this term
          </button>
        </section>
      ) : null}
      <section aria-label="Occurrences">
        <h4>Occurrences</h4>
        {list === null ? (
          <p>Looking…</p>
        ) : list.length === 0 ? (
          <p>Not found in any document.</p>
        ) : (
          <ul className="occurrence-list">
            {list.map((entry) => (
              <li key={entry.docId}>
                <button type="button" onClick={() => onOpenOccurrence(entry.docId, entry.first.start, entry.first.end)}>
                  <span className="title">
                    {entry.title} ({entry.count})
                  </span>
                  <span className="snippet">{entry.first.snippet}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </aside>
  );
}
