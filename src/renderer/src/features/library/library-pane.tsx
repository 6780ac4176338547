// Renderer: the left pane: every document, search by title, and the Trash.
import { useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../db';
import { emptyTrash, restoreFromTrash, useDatabase, useDocuments, useTrash } from '../../db';
import { useCommand } from '../../commands';
import { useNotices } from '../../ui/notices';
import { formatRelativeTime } from './format-time';
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
  const words = `${document.wordCount.toLocaleString()} ${document.wordCount === 1 ? 'word' : 'words'}`;
  return `${document.sourceLang} → ${document.targetLang} · ${words} · ${formatRelativeTime(document.updatedAt)}`;
}

export function LibraryPane({ activeId, onOpen, documentImport, onReveal, children }: LibraryPaneProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState('');
  const documents = useDocuments(search);
  const trash = useTrash();
  const database = useDatabase();
  const { notify } = useNotices();
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
        <ul className="document-list" aria-label="Documents">
          {documents.map((document) => (
            <li key={document.id}>
              <button
                type="button"
                className="document-item"
                aria-current={document.id === activeId ? 'true' : undefined}
                onClick={() => onOpen(document.id)}
              >
                <span className="title">{document.title}</span>
                <span className="meta">{describeDocument(document)}</span>
              </button>
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
