// Renderer: the left pane: every document, search by title, and the Trash.
import { useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../db';
import { emptyTrash, renameDocument, restoreFromTrash, useDatabase, useDocuments, useTrash } from '../../db';
import { errorMessage } from '@core/errors';
import { countOf } from '@core/text';
import { useCommand } from '../../commands';
import { useNotices } from '../../ui/notices';
import { formatRelativeTime } from '../../ui/format-time';
import type { DocumentImport } from './use-document-import';

interface LibraryPaneProps {
  activeId: string | null;
  onOpen(documentId: string): void;
  documentImport: DocumentImport;
  /** Shows the pane when it is hidden (View › Focus Library Search). */
  onReveal(): void;
  /** Shown between the documents and the Trash (the glossaries). */
  children?: ReactNode;
}

function describeDocument(document: DocumentSummary): string {
  const words = countOf(document.wordCount, 'word');
  return `${document.sourceLang} → ${document.targetLang} · ${words} · ${formatRelativeTime(document.updatedAt)}`;
}

export function LibraryPane({ activeId, onOpen, documentImport, onReveal, children }: LibraryPaneProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const documents = useDocuments(search);
  const trash = useTrash();
  const database = useDatabase();
  const { notify } = useNotices();
  // F2 on a library item renames it in place (the open document's title otherwise).
  const [renaming, setRenaming] = useState<{ id: string; draft: string } | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useCommand('file.rename', () => {
    const item = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('.document-item') : null;
    const target = documents?.find((entry) => entry.id === item?.dataset.documentId);
    if (!target) return false;
    setRenaming({ id: target.id, draft: target.title });
    return true;
  });
  const focusItem = (id: string) => requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`.document-item[data-document-id="${CSS.escape(id)}"]`)?.focus());
  const commitRename = async () => {
    if (!renaming) return;
    const { id, draft } = renaming;
    const before = documents?.find((entry) => entry.id === id)?.title;
    setRenaming(null);
    focusItem(id);
    const next = draft.trim();
    if (!next || next === before) return;
    try {
      await renameDocument(database, id, next);
    } catch (error) {
      notify('error', `Could not rename “${before ?? ''}”: ${errorMessage(error)}`);
    }
  };

  useCommand('view.focusLibrarySearch', () => {
    onReveal();
    // A hidden pane cannot take focus: once it is shown.
    requestAnimationFrame(() => searchRef.current?.focus());
  });

  return (
    <nav className="library" aria-label="Library">
      <div className="library-header">
        <h1>Glossa</h1>
        <div className="library-actions">
          <button type="button" className="primary" onClick={() => void documentImport.importFromDialog()}>
            Import…
          </button>
          <button type="button" onClick={() => void documentImport.importFromClipboard()}>
            New from Clipboard
          </button>
        </div>
        <label className="visually-hidden" htmlFor="library-search">
          Search documents by title
        </label>
        <input
          id="library-search"
          ref={searchRef}
          className="library-search"
          type="search"
          placeholder="Search titles"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {documents === undefined ? null : documents.length === 0 ? (
        <p className="library-empty">{search ? 'No document title matches your search.' : 'No documents yet. Import one to begin.'}</p>
      ) : (
        <ul className="document-list" aria-label="Documents" ref={listRef}>
          {documents.map((document) => (
            <li key={document.id}>
              {renaming?.id === document.id ? (
                <input
                  className="document-rename"
                  aria-label={`New title for “${document.title}”`}
                  value={renaming.draft}
                  maxLength={200}
                  autoFocus
                  onFocus={(event) => event.target.select()}
                  onChange={(event) => setRenaming({ id: document.id, draft: event.target.value })}
                  onBlur={() => void commitRename()}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      void commitRename();
                    } else if (event.key === 'Escape') {
                      event.preventDefault();
                      setRenaming(null);
                      focusItem(document.id);
                    }
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="document-item"
                  data-document-id={document.id}
                  aria-current={document.id === activeId ? 'true' : undefined}
                  aria-keyshortcuts="F2"
                  title="Open (F2 renames)"
                  onClick={() => onOpen(document.id)}
                >
                  <span className="title">{document.title}</span>
                  <span className="meta">{describeDocument(document)}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {children}
      <details className="trash">
        <summary>Trash ({trash?.length ?? 0})</summary>
        {trash && trash.length > 0 ? (
          <>
            <ul aria-label="Trash">
              {trash.map((document) => (
                <li key={document.id}>
                  <span title={document.title}>{document.title}</span>
                  <button
                    type="button"
                    aria-label={`Restore “${document.title}”`}
                    onClick={() => void restoreFromTrash(database, document.id).then(() => onOpen(document.id))}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (window.confirm(`Delete ${trash.length} document(s) in the Trash for good? This cannot be undone.`)) {
                  void emptyTrash(database).then(() => notify('info', 'Trash emptied.'));
                }
              }}
            >
              Empty Trash
            </button>
          </>
        ) : (
          <p className="library-empty">The Trash is empty.</p>
        )}
      </details>
    </nav>
  );
}
