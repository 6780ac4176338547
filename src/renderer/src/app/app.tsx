// Renderer: the shell: library | article | margin, status bar, commands, drag-and-drop.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { OpenedFile } from '@core/host';
import { looksLikeTermbase } from '@core/formats/glossary';
import { errorMessage } from '@core/errors';
import type { ReviewProgress } from '@core/review-progress';
import {
  ensureSampleDocument,
  getDocumentSummary,
  getSetting,
  glossariesForDocument,
  listDocuments,
  listGlossaries,
  moveToTrash,
  restoreFromTrash,
  setSetting,
  useDatabase,
  useDocument,
  useSetting,
  type DocumentSummary,
} from '../db';
import { CommandsProvider, useCommand, useCommandRegistry } from '../commands';
import { useHost } from '../host/context';
import { NoticeProvider, useNotices } from '../ui/notices';
import {
  DuplicateDialog,
  LibraryPane,
  clearRecent,
  makeSampleDocument,
  readDroppedFiles,
  rememberOpened,
  useDocumentImport,
  useRecentDocumentsMenu,
  type DuplicateChoice,
  type DuplicateRequest,
} from '../features/library';
import { ArticleView, DocumentFailure, type RevealRequest, type SaveState, type SidePanel } from '../features/article';
import { GlossaryNavigationContext, GlossarySection, GlossaryView, type GlossaryNavigation } from '../features/glossary';
import { useScorecard } from '../features/review';
import { BackupCommands, BackupSection, useBackupLifecycle } from '../features/backup';
import { PaneBoundary, PaneFailure } from '../ui/pane-boundary';
import { StatusBar } from './status-bar';
import { useFileDrop } from './use-file-drop';
import { HelpDialogs } from './dialogs';
import { openMqmSystem, SystemsTableDialog, type SystemsTable } from '../features/mqm-systems';
import { LanguagePairDialog, type ChooseLanguagePair, type LanguagePairRequest } from '../features/bilingual';

interface GlossaryViewState {
  glossaryId: string;
  termId?: string;
  created?: boolean;
  /** A termbase given to Glossa to import, and a serial so a second one reopens the preview. */
  importFile?: { name: string; bytes: Uint8Array; serial: number };
}

let importSerial = 0;

/** Library 280 px + side panel 340 px + a 45-character article and its margin need about this much. */
const NARROW_WITH_PANEL_PX = 1279;

/** Whether a CSS media query matches now, kept up to date as the window changes. */
function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}

export function App() {
  return (
    <NoticeProvider>
      <CommandsProvider>
        <Shell />
      </CommandsProvider>
    </NoticeProvider>
  );
}

/**
 * What the OS asks the window to open (desktop): files given at launch, by "Open with" or a second
 * launch, and documents chosen in File › Open Recent.
 */
function useOpenRequests(openFiles: (files: OpenedFile[]) => Promise<void>, openDocument: (documentId: string) => void): void {
  const host = useHost();
  const database = useDatabase();
  const { notify } = useNotices();
  // Re-subscribing when the handlers change loses nothing: the host holds a request that comes in between.
  useEffect(
    () =>
      host.onOpenRequest((request) => {
        if (request.type === 'files') return void openFiles(request.files);
        void getDocumentSummary(database, request.documentId).then(
          (summary) => {
            if (summary && !summary.deletedAt) openDocument(summary.id);
            else notify('info', summary ? `“${summary.title}” is in the Trash. Restore it from the Trash to open it.` : 'That document is no longer in the library.');
          },
          (error: unknown) => notify('error', errorMessage(error)),
        );
      }),
    [database, host, notify, openDocument, openFiles],
  );
}

/** The menu's commands (and the web shell's keys) run through the window's registry. */
function useMenuCommands(): void {
  const host = useHost();
  const registry = useCommandRegistry();
  useEffect(() => host.onMenuCommand((id) => void registry.execute(id)), [host, registry]);
}

function Shell() {
  const database = useDatabase();
  const { notify } = useNotices();
  const [ready, setReady] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [libraryVisible, setLibraryVisible] = useState(true);
  const [saveState, setSaveState] = useState<{ state: SaveState; error: string | null }>({ state: 'saved', error: null });
  useBackupLifecycle();
  useMenuCommands();
  const [panel, setPanel] = useState<SidePanel>(null);
  const togglePanel = useCallback((next: Exclude<SidePanel, null>) => setPanel((open) => (open === next ? null : next)), []);
  const activeDocument = useDocument(activeId);
  const openDocument = activeDocument && !activeDocument.deletedAt ? activeDocument : null;
  const [glossaryView, setGlossaryView] = useState<GlossaryViewState | null>(null);
  // Below this width a side panel beside the library leaves the article a column of a few words:
  // the library steps aside while a panel is open (unless the translator brings it back), and
  // returns when the panel closes.
  const narrow = useMediaQuery(`(max-width: ${NARROW_WITH_PANEL_PX}px)`);
  const [libraryPinned, setLibraryPinned] = useState(false);
  const libraryShown = libraryVisible && (panel === null || glossaryView !== null || !narrow || libraryPinned);
  const showLibrary = useCallback(() => {
    setLibraryVisible(true);
    setLibraryPinned(true);
  }, []);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [systemsTable, setSystemsTable] = useState<SystemsTable | null>(null);
  const showTermHighlights = useSetting('showTermHighlights', true);
  const glossaryNavigation = useMemo<GlossaryNavigation>(
    () => ({ openGlossary: (glossaryId, termId) => setGlossaryView({ glossaryId, ...(termId ? { termId } : {}) }) }),
    [],
  );
  const onRevealed = useCallback(() => setReveal(null), []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      await ensureSampleDocument(database, makeSampleDocument);
      const last = await getSetting(database, 'lastOpenedDocumentId', null);
      const documents = await listDocuments(database);
      const candidate = last ?? documents[0]?.id ?? null;
      // Still set: opening that document crashed or failed last time. Let the translator choose.
      const failedLastTime = await getSetting(database, 'documentBeingOpened', null);
      if (candidate && candidate === failedLastTime) {
        const title = documents.find((entry) => entry.id === candidate)?.title ?? 'The last document';
        notify('error', `“${title}” was not reopened: it could not be opened last time. Choose it in the library to try again.`);
        if (!cancelled) setReady(true);
        return;
      }
      const fallback = candidate;
      if (!cancelled) {
        setActiveId(fallback);
        setReady(true);
      }
    })().catch((error: unknown) => {
      notify('error', `Glossa could not open its library: ${errorMessage(error)}`);
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [database, notify]);

  const open = useCallback(
    (documentId: string) => {
      setGlossaryView(null);
      setActiveId(documentId);
      void setSetting(database, 'lastOpenedDocumentId', documentId);
    },
    [database],
  );

  const [pairRequest, setPairRequest] = useState<LanguagePairRequest | null>(null);
  const choosePair = useCallback<ChooseLanguagePair>((fileName, pairs) => new Promise((resolve) => setPairRequest({ fileName, pairs, resolve })), []);
  const [duplicateRequest, setDuplicateRequest] = useState<DuplicateRequest | null>(null);
  const chooseDuplicate = useCallback(
    (fileName: string, existing: DocumentSummary) => new Promise<DuplicateChoice>((resolve) => setDuplicateRequest({ fileName, existing, resolve })),
    [],
  );
  const documentImport = useDocumentImport(open, setSystemsTable, choosePair, chooseDuplicate);
  const openSystem = useCallback(
    async (system: string) => {
      if (!systemsTable) return;
      try {
        const { document, summary } = await openMqmSystem(database, systemsTable, system);
        setSystemsTable(null);
        open(document.id);
        notify('info', summary);
      } catch (error) {
        notify('error', `Could not open ${system} from “${systemsTable.fileName}”: ${errorMessage(error)}`);
      }
    },
    [database, notify, open, systemsTable],
  );
  const score = useScorecard(openDocument?.id ?? null, openDocument?.wordCount ?? 0);
  const onSaveState = useCallback((state: SaveState, error: string | null) => setSaveState({ state, error }), []);
  const [reviewProgress, setReviewProgress] = useState<ReviewProgress | null>(null);

  const trashActive = useCallback(async () => {
    if (!openDocument) return;
    const { id, title } = openDocument;
    await moveToTrash(database, id);
    const undo = async () => {
      try {
        await restoreFromTrash(database, id);
        setActiveId(id);
        await setSetting(database, 'lastOpenedDocumentId', id);
      } catch (error) {
        notify('error', `Could not restore “${title}”: ${errorMessage(error)}`);
      }
    };
    notify('info', `Moved “${title}” to the Trash.`, { action: { label: 'Undo', run: () => void undo() } });
    const next = (await listDocuments(database))[0]?.id ?? null;
    setActiveId(next);
    await setSetting(database, 'lastOpenedDocumentId', next);
  }, [database, notify, openDocument]);

  // The window's own commands: what the shell shows. The features register theirs.
  useCommand('file.import', () => void documentImport.importFromDialog());
  useCommand('file.newFromClipboard', () => void documentImport.importFromClipboard());
  useCommand('file.moveToTrash', () => void trashActive());
  useCommand('view.toggleAnnotationsPanel', () => togglePanel('annotations'));
  useCommand('view.toggleChangesPanel', () => togglePanel('changes'));
  useCommand('review.togglePanel', () => togglePanel('review'));
  useCommand('view.toggleLibrary', () => {
    if (libraryShown) setLibraryVisible(false);
    else showLibrary();
  });
  useCommand('view.toggleTermHighlights', () => void setSetting(database, 'showTermHighlights', !(showTermHighlights ?? true)));
  useCommand('view.glossary', () => {
    if (glossaryView) return setGlossaryView(null);
    if (!openDocument) return notify('info', 'Open a document to see its glossary, or choose a glossary in the library.');
    void glossariesForDocument(database, openDocument.id).then(
      ([glossary]) => glossary && setGlossaryView({ glossaryId: glossary.id }),
      (error: unknown) => notify('error', errorMessage(error)),
    );
  });
  // Plain fields keep the browser's own history; the open article's editor takes these over.
  useCommand('edit.undo', () => void document.execCommand('undo'), { priority: 'fallback' });
  useCommand('edit.redo', () => void document.execCommand('redo'), { priority: 'fallback' });

  /**
   * Files dropped on the window or handed over by the OS: a termbase opens the import preview of
   * the open document's glossary (else the first glossary); everything else enters the library.
   */
  const openFiles = useCallback(
    async (files: OpenedFile[]) => {
      const termbases = files.filter((file): file is Extract<OpenedFile, { ok: true }> => file.ok && looksLikeTermbase(file.bytes));
      const rest = files.filter((file) => !termbases.includes(file as Extract<OpenedFile, { ok: true }>));
      const [termbase, ...more] = termbases;
      if (termbase) {
        try {
          const [glossary] = openDocument ? await glossariesForDocument(database, openDocument.id) : await listGlossaries(database);
          if (!glossary) notify('error', `Could not import “${termbase.name}”: there is no glossary to import it into. Make one in the library first.`);
          else setGlossaryView({ glossaryId: glossary.id, importFile: { name: termbase.name, bytes: termbase.bytes, serial: ++importSerial } });
        } catch (error) {
          notify('error', `Could not import “${termbase.name}”: ${errorMessage(error)}`);
        }
        for (const other of more) notify('info', `“${other.name}” was not imported: one glossary file at a time. Import it from the glossary view.`);
      }
      await documentImport.importFiles(rest);
    },
    [database, documentImport, notify, openDocument],
  );
  const onDrop = useCallback((files: File[]) => void readDroppedFiles(files).then(openFiles), [openFiles]);
  useOpenRequests(openFiles, open);
  useRecentDocumentsMenu();
  useCommand('file.clearRecent', () => void clearRecent(database).catch((error: unknown) => notify('error', errorMessage(error))));
  const openId = openDocument?.id ?? null;
  useEffect(() => {
    if (openId) void rememberOpened(database, openId).catch(() => undefined);
  }, [database, openId]);
  const dragging = useFileDrop(onDrop);

  return (
    <GlossaryNavigationContext.Provider value={glossaryNavigation}>
    <div className={`shell${libraryShown ? '' : ' library-hidden'}${panel && !glossaryView ? ' panel-open' : ''}`}>
      <PaneBoundary fallback={(error, retry) => <nav className="library" aria-label="Library"><PaneFailure pane="library" error={error} retry={retry} /></nav>}>
      <LibraryPane activeId={openDocument?.id ?? null} onOpen={open} documentImport={documentImport} onReveal={showLibrary}>
        <GlossarySection
          activeGlossaryId={glossaryView?.glossaryId ?? null}
          pair={openDocument ?? { sourceLang: 'zh', targetLang: 'en' }}
          onOpen={(glossaryId, created) => setGlossaryView({ glossaryId, ...(created ? { created } : {}) })}
        />
        <BackupSection />
      </LibraryPane>
      </PaneBoundary>
      {glossaryView ? (
        <PaneBoundary
          key={glossaryView.glossaryId}
          fallback={(error, retry) => (
            <main className="article-pane" aria-label="Glossary">
              <PaneFailure pane="glossary view" error={error} retry={retry} />
            </main>
          )}
        >
        <GlossaryView
          key={`${glossaryView.glossaryId}:${glossaryView.termId ?? ''}:${glossaryView.importFile?.serial ?? ''}`}
          glossaryId={glossaryView.glossaryId}
          initialTermId={glossaryView.termId ?? null}
          created={glossaryView.created ?? false}
          {...(glossaryView.importFile ? { importFile: glossaryView.importFile } : {})}
          currentDocument={openDocument}
          onClose={() => setGlossaryView(null)}
          onOpenOccurrence={(docId, start, end) => {
            setReveal({ docId, start, end });
            open(docId);
          }}
        />
        </PaneBoundary>
      ) : openDocument ? (
        <PaneBoundary
          key={openDocument.id}
          fallback={(error, retry) => (
            <DocumentFailure document={openDocument} error={error} onRetry={retry} onMoveToTrash={() => void trashActive()} />
          )}
        >
        <ArticleView
          key={openDocument.id}
          document={openDocument}
          panel={panel}
          score={score}
          reveal={reveal}
          onRevealed={onRevealed}
          showTermHighlights={showTermHighlights ?? true}
          onSaveState={onSaveState}
          onReviewProgress={setReviewProgress}
          onMoveToTrash={() => void trashActive()}
          onTogglePanel={togglePanel}
          onShowPanel={setPanel}
          onOpenDocument={open}
        />
        </PaneBoundary>
      ) : (
        <main className="article-pane" aria-label="Article">
          {ready ? (
            <div className="article-empty">
              <p>No document is open.</p>
              <p>Import a .txt, .md, .html or .docx file, drop one onto this window, or make a document from the clipboard.</p>
            </div>
          ) : null}
        </main>
      )}
      <StatusBar document={openDocument} saveState={saveState.state} saveError={saveState.error} score={score?.scorecard ?? null} progress={reviewProgress} />
      {dragging ? <div className="drop-overlay">Drop files to import them</div> : null}
      <HelpDialogs />
      {pairRequest ? <LanguagePairDialog request={pairRequest} onDone={() => setPairRequest(null)} /> : null}
      {duplicateRequest ? <DuplicateDialog request={duplicateRequest} onDone={() => setDuplicateRequest(null)} /> : null}
      {systemsTable ? <SystemsTableDialog table={systemsTable} onClose={() => setSystemsTable(null)} onOpenSystem={openSystem} /> : null}
      <BackupCommands />
    </div>
    </GlossaryNavigationContext.Provider>
  );
}
