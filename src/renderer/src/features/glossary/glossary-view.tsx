// Renderer: the glossary view (centre pane): the terms of one glossary in a virtualised
// table with search, filter, sort, inline edit, multi-select delete/move, duplicates and
// merge; the active term's details and its occurrences; import and export.
import { countOf } from '@core/text';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Glossary, Term, TermStatus } from '@core/model';
import { MAX_GLOSSARY_BYTES, GLOSSARY_ACCEPT } from '@core/formats/glossary';
import {
  createTerm,
  deleteTerms,
  getSetting,
  mergeDuplicateTerms,
  moveTerms,
  restoreTerms,
  setDocumentGlossaries,
  updateGlossary,
  updateTerm,
  useDatabase,
  useDocumentGlossaries,
  useGlossaries,
  useTerms,
  type DocumentSummary,
  type TermPatch,
} from '../../db';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { GlossaryTable, type EditableColumn } from './glossary-table';
import { EXPORT_FORMATS, exportGlossary, type ExportFormat, type PendingImport } from './glossary-io';
import { readGlossaryFileInWorker } from '../../workers/glossary-file-client';
import { ImportDialog } from './import-dialog';
import { TermDetails } from './term-details';
import { DEFAULT_QUERY, viewTerms, type SortKey, type TermQuery } from './term-view';
import { termsInText } from './term-occurrences';
import { errorMessage } from '@core/errors';

interface GlossaryViewProps {
  glossaryId: string;
  /** The term to show first (from a Term annotation's card). */
  initialTermId: string | null;
  /** The document open behind the glossary view, for "terms of the current document". */
  currentDocument: DocumentSummary | null;
  /** Just made with New glossary: the name field takes the keyboard, its text selected. */
  created?: boolean;
  /** A glossary file to import as the view opens (one given to Glossa from outside, or dropped on the window). */
  importFile?: { name: string; bytes: Uint8Array };
  onClose(): void;
  onOpenOccurrence(docId: string, start: number, end: number): void;
}

type Scope = 'all' | 'filtered' | 'document';

export function GlossaryView({ glossaryId, initialTermId, currentDocument, created = false, importFile, onClose, onOpenOccurrence }: GlossaryViewProps) {
  const db = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const glossaries = useGlossaries();
  const glossary = glossaries?.find((candidate) => candidate.id === glossaryId) ?? null;
  const terms = useTerms(glossaryId);
  const [query, setQuery] = useState<TermQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(initialTermId);
  const [pending, setPending] = useState<PendingImport | null>(null);
  // The picked file, kept to read again in another language pair (the reader takes its bytes).
  const pickedFile = useRef<{ name: string; bytes: Uint8Array } | null>(null);
  const [exportFormat, setExportFormat] = useState<ExportFormat>('tbx');
  const [scope, setScope] = useState<Scope>('all');
  // Opened, the view takes the keyboard: the search field, the table when it opens on a term,
  // or the name of a glossary just made. Once, when the glossary has loaded: the live query
  // answers a moment after a new glossary is written, and focus moved then must not land
  // anywhere the reader has already begun typing.
  const searchField = useRef<HTMLInputElement>(null);
  const loaded = glossary !== null;
  useEffect(() => {
    if (!loaded) return;
    const pane = searchField.current?.closest('.glossary-pane');
    if (created) {
      const name = pane?.querySelector<HTMLInputElement>('input[aria-label="Glossary name"]');
      if (name && document.activeElement !== name) {
        name.focus();
        name.select();
      }
      return;
    }
    const grid = pane?.querySelector<HTMLElement>('.glossary-grid');
    (initialTermId && grid ? grid : searchField.current)?.focus();
  }, [glossaryId, loaded]); // eslint-disable-line react-hooks/exhaustive-deps -- once per glossary opened, not on every term
  const [lastDeleted, setLastDeleted] = useState<string[]>([]);
  const view = useMemo(() => viewTerms(terms ?? [], query), [terms, query]);
  const documentGlossaries = useDocumentGlossaries(currentDocument?.id);
  const active = terms?.find((term) => term.id === activeId) ?? null;

  const fail = useCallback((error: unknown) => notify('error', errorMessage(error)), [notify]);

  const onSort = (key: SortKey) =>
    setQuery((current) => ({
      ...current,
      sort:
        current.sort?.key !== key
          ? { key, direction: 'ascending' }
          : current.sort.direction === 'ascending'
            ? { key, direction: 'descending' }
            : null,
    }));

  const edit = (term: Term, column: EditableColumn, value: string) => {
    const patch: TermPatch =
      column === 'forbidden'
        ? { forbidden: value.split(/[|;]/).map((part) => part.trim()).filter(Boolean) }
        : column === 'status'
          ? { status: value as TermStatus }
          : { [column]: value };
    void updateTerm(db, term.id, patch).catch(fail);
  };

  const remove = (ids: string[]) => {
    void deleteTerms(db, ids).then(() => {
      setLastDeleted(ids);
      setSelected(new Set());
      notify('info', `Deleted ${ids.length} ${ids.length === 1 ? 'term' : 'terms'}. Use Undo delete to bring ${ids.length === 1 ? 'it' : 'them'} back.`);
    }, fail);
  };

  const addTerm = async () => {
    try {
      const author = (await getSetting(db, 'authorName', '')) || 'Translator';
      const search = query.search.trim();
      const term = await createTerm(db, glossaryId, { source: search || 'New term' }, author);
      setQuery((current) => ({ ...current, search: '', status: 'all', duplicatesOnly: false }));
      setActiveId(term.id);
    } catch (error) {
      fail(error);
    }
  };

  const startImport = async () => {
    if (!glossary) return;
    const [file] = await host.openFiles({
      title: 'Import terms',
      filters: [{ name: 'Glossaries', extensions: GLOSSARY_ACCEPT.split(',').map((extension) => extension.slice(1)) }],
      maxBytes: MAX_GLOSSARY_BYTES,
    });
    if (!file) return;
    if (!file.ok) return notify('error', `Could not import “${file.name}”: ${file.reason}.`);
    await readForImport(file);
  };

  /** The import preview of a file: what it holds, its languages against the glossary's. */
  const readForImport = async (file: { name: string; bytes: Uint8Array }) => {
    if (!glossary) return;
    try {
      pickedFile.current = { name: file.name, bytes: file.bytes.slice() };
      setPending(await readGlossaryFileInWorker(file.name, file.bytes, glossary));
    } catch (error) {
      fail(error);
    }
  };
  // A file handed to the view is read once, as soon as the glossary it goes into is loaded.
  const handedFile = useRef(importFile);
  useEffect(() => {
    if (!glossary || !handedFile.current) return;
    const file = handedFile.current;
    handedFile.current = undefined;
    void readForImport(file);
    // readForImport reads the glossary of this render; it is loaded now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [glossary]);

  const runExport = async () => {
    if (!glossary || !terms) return;
    try {
      let chosen: readonly Term[] = terms;
      let label = `“${glossary.name}”`;
      if (scope === 'filtered') {
        chosen = view.rows;
        label = 'the terms shown';
      } else if (scope === 'document') {
        if (!currentDocument) return notify('info', 'Open a document first to export the terms it uses.');
        chosen = await termsInText(db, currentDocument.id, terms);
        label = `the terms of “${currentDocument.title}”`;
      }
      if (chosen.length === 0) return notify('info', 'There are no terms to export.');
      const location = await exportGlossary(host, exportFormat, glossary, chosen, label);
      if (location) notify('info', `Exported ${chosen.length} ${chosen.length === 1 ? 'term' : 'terms'} to ${location}.`);
    } catch (error) {
      fail(error);
    }
  };

  if (!glossary) {
    return (
      <main className="glossary-pane" aria-label="Glossary">
        <p>{glossaries === undefined ? 'Loading…' : 'This glossary no longer exists.'}</p>
        <button type="button" onClick={onClose}>
          Back to the article
        </button>
      </main>
    );
  }

  const selectedIds = [...selected];
  const otherGlossaries = (glossaries ?? []).filter((candidate) => candidate.id !== glossaryId);

  return (
    <main className="glossary-pane" aria-label="Glossary" onKeyDown={(event) => event.key === 'Escape' && !pending && onClose()}>
      <header className="glossary-header">
        <GlossaryName glossary={glossary} onRename={(name) => void updateGlossary(db, glossary.id, { name }).catch(fail)} />
        <span className="glossary-meta">
          <LanguageField label="Source language" value={glossary.sourceLang} onChange={(sourceLang) => void updateGlossary(db, glossary.id, { sourceLang }).catch(fail)} />
          →
          <LanguageField label="Target language" value={glossary.targetLang} onChange={(targetLang) => void updateGlossary(db, glossary.id, { targetLang }).catch(fail)} />·{' '}
          {countOf(terms?.length ?? 0, 'term')}
        </span>
        {currentDocument && documentGlossaries ? (
          <label className="glossary-use">
            <input
              type="checkbox"
              checked={documentGlossaries.some((used) => used.id === glossaryId)}
              onChange={(event) => {
                const others = documentGlossaries.map((used) => used.id).filter((id) => id !== glossaryId);
                const next = event.target.checked ? [...others, glossaryId] : others;
                void setDocumentGlossaries(db, currentDocument.id, next).catch(fail);
              }}
            />
            Used by “{currentDocument.title}”
          </label>
        ) : null}
        <div className="glossary-actions">
          <button type="button" onClick={() => void addTerm()}>
            New term
          </button>
          <button type="button" onClick={() => void startImport()}>
            Import terms…
          </button>
          <label>
            Export
            <select aria-label="Export format" value={exportFormat} onChange={(event) => setExportFormat(event.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((format) => (
                <option key={format.format} value={format.format}>
                  {format.label}
                </option>
              ))}
            </select>
          </label>
          <select aria-label="Terms to export" value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
            <option value="all">Whole glossary</option>
            <option value="document">Terms in the current document</option>
            <option value="filtered">Terms shown</option>
          </select>
          <button type="button" className="primary" onClick={() => void runExport()}>
            Export…
          </button>
          <button type="button" onClick={onClose}>
            Back to the article
          </button>
        </div>
      </header>
      <div className="glossary-toolbar" role="toolbar" aria-label="Filter terms">
        <input
          ref={searchField}
          type="search"
          aria-label="Search terms"
          placeholder="Search terms"
          value={query.search}
          onChange={(event) => setQuery((current) => ({ ...current, search: event.target.value }))}
        />
        <select aria-label="Status" value={query.status} onChange={(event) => setQuery((current) => ({ ...current, status: event.target.value as TermQuery['status'] }))}>
          <option value="all">All statuses</option>
          <option value="proposed">Proposed</option>
          <option value="approved">Approved</option>
          <option value="forbidden">Forbidden</option>
        </select>
        <label>
          <input
            type="checkbox"
            checked={query.duplicatesOnly}
            onChange={(event) => setQuery((current) => ({ ...current, duplicatesOnly: event.target.checked }))}
          />
          Duplicates only
        </label>
        <span className="glossary-count" aria-live="polite">
          {view.rows.length.toLocaleString()} shown{selected.size > 0 ? ` · ${selected.size.toLocaleString()} selected` : ''}
        </span>
        <button type="button" disabled={selected.size === 0} onClick={() => remove(selectedIds)}>
          Delete selected
        </button>
        <button
          type="button"
          disabled={lastDeleted.length === 0}
          onClick={() => void restoreTerms(db, lastDeleted).then(() => setLastDeleted([]), fail)}
        >
          Undo delete
        </button>
        <select
          aria-label="Move selected terms to glossary"
          value=""
          disabled={selected.size === 0 || otherGlossaries.length === 0}
          onChange={(event) => {
            const target = event.target.value;
            if (target) void moveTerms(db, selectedIds, target).then(() => setSelected(new Set()), fail);
          }}
        >
          <option value="">Move selected to…</option>
          {otherGlossaries.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={selected.size < 2}
          title="Keep the first selected term; fill its empty fields from the others, which are deleted"
          onClick={() => {
            const ordered = view.rows.filter((term) => selected.has(term.id)).map((term) => term.id);
            void mergeDuplicateTerms(db, ordered[0]!, ordered.slice(1)).then((merged) => {
              setSelected(new Set());
              setActiveId(merged.id);
              notify('info', `Merged ${ordered.length} terms into one.`);
            }, fail);
          }}
        >
          Merge selected
        </button>
      </div>
      <div className="glossary-body">
        {terms === undefined ? (
          <p className="glossary-empty">Loading terms…</p>
        ) : (
          <GlossaryTable
            rows={view.rows}
            total={terms.length}
            duplicateOf={view.duplicateOf}
            query={query}
            onSort={onSort}
            selected={selected}
            onSelect={setSelected}
            activeId={activeId}
            onActivate={setActiveId}
            onEdit={edit}
            onDelete={remove}
          />
        )}
        {active ? <TermDetails term={active} onOpenOccurrence={onOpenOccurrence} duplicates={duplicatesOf(active, view.duplicateOf, terms ?? [])} /> : null}
      </div>
      {pending ? (
        <ImportDialog
          glossary={glossary}
          pending={pending}
          reread={(langs) => {
            const file = pickedFile.current!;
            return readGlossaryFileInWorker(file.name, file.bytes.slice(), langs);
          }}
          onClose={() => {
            pickedFile.current = null;
            setPending(null);
          }}
        />
      ) : null}
    </main>
  );
}

function duplicatesOf(term: Term, duplicateOf: ReadonlyMap<string, string>, terms: readonly Term[]): Term[] {
  const group = duplicateOf.get(term.id);
  if (!group) return [];
  return terms.filter((candidate) => candidate.id !== term.id && duplicateOf.get(candidate.id) === group);
}

function GlossaryName({ glossary, onRename }: { glossary: Glossary; onRename(name: string): void }) {
  return (
    <h2 className="glossary-title">
      <input
        key={glossary.name}
        aria-label="Glossary name"
        defaultValue={glossary.name}
        onBlur={(event) => event.target.value.trim() !== glossary.name && onRename(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
        }}
      />
    </h2>
  );
}

function LanguageField({ label, value, onChange }: { label: string; value: string; onChange(tag: string): void }) {
  return (
    <input
      key={value}
      className="language-field"
      aria-label={label}
      size={6}
      defaultValue={value}
      onBlur={(event) => event.target.value.trim() !== value && onChange(event.target.value)}
      onKeyDown={(event) => event.key === 'Enter' && event.currentTarget.blur()}
    />
  );
}
