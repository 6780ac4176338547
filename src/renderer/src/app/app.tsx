// Renderer: the shell: library | article | margin, status bar, commands, drag-and-drop.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import type { MenuCommand } from '@core/host';
import {
  ensureSampleDocument,
  getSetting,
  glossariesForDocument,
  listDocuments,
  moveToTrash,
  setSetting,
  useDatabase,
  useDocument,
  useSetting,
} from '../db';
import { useHost } from '../host/context';
import { NoticeProvider, useNotices } from '../ui/notices';
import { LibraryPane } from '../features/library/library-pane';
import { makeSampleDocument } from '../features/library/sample-article';
import { useDocumentImport } from '../features/library/use-document-import';
import { readDroppedFiles } from '../features/library/dropped-files';
import { ArticleView, type ArticleCommands, type RevealRequest, type SidePanel } from '../features/article/article-view';
import { GlossaryNavigationContext, type GlossaryNavigation } from '../features/glossary/glossary-navigation';
import { GlossarySection } from '../features/glossary/glossary-section';
import { GlossaryView } from '../features/glossary/glossary-view';
import type { SaveState } from '../features/article/use-autosave';
import { useScorecard } from '../features/review/use-scorecard';
import { StatusBar } from './status-bar';
import { PaneBoundary, PaneFailure } from '../ui/pane-boundary';
import { DocumentFailure } from '../features/article/document-failure';
import { useFileDrop } from './use-file-drop';
import { AboutDialog, ShortcutsDialog } from './dialogs';
import { BackupSection } from '../features/backup/backup-section';
import { RestoreDialog } from '../features/backup/restore-dialog';
import { exportLibraryToFile } from '../features/backup/library-backup';
import { useBackupLifecycle } from '../features/backup/use-backup-lifecycle';

export function App() {
  return (
    <NoticeProvider>
      <Shell />
    </NoticeProvider>
  );
}

function isTextField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
}

function Shell() {
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const [ready, setReady] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [libraryVisible, setLibraryVisible] = useState(true);
  const [saveState, setSaveState] = useState<{ state: SaveState; error: string | null }>({ state: 'saved', error: null });
  const [renameSignal, setRenameSignal] = useState(0);
  const [dialog, setDialog] = useState<'about' | 'shortcuts' | 'restore' | null>(null);
  useBackupLifecycle();
  const [panel, setPanel] = useState<SidePanel>(null);
  const togglePanel = useCallback((next: Exclude<SidePanel, null>) => setPanel((open) => (open === next ? null : next)), []);
  const articleCommands = useRef<ArticleCommands | null>(null);
  const editorRef = useRef<LexicalEditor | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const activeDocument = useDocument(activeId);
  const openDocument = activeDocument && !activeDocument.deletedAt ? activeDocument : null;
  const [glossaryView, setGlossaryView] = useState<{ glossaryId: string; termId?: string } | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
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
      notify('error', `Glossa could not open its library: ${error instanceof Error ? error.message : String(error)}`);
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

  const documentImport = useDocumentImport(open);
  const score = useScorecard(openDocument?.id ?? null, openDocument?.wordCount ?? 0);
  const onSaveState = useCallback((state: SaveState, error: string | null) => setSaveState({ state, error }), []);

  const trashActive = useCallback(async () => {
    if (!openDocument) return;
    await moveToTrash(database, openDocument.id);
    notify('info', `Moved “${openDocument.title}” to the Trash. Restore it from the Trash in the library.`);
    const next = (await listDocuments(database))[0]?.id ?? null;
    setActiveId(next);
    await setSetting(database, 'lastOpenedDocumentId', next);
  }, [database, notify, openDocument]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      const editor = editorRef.current;
      switch (command) {
        case 'file.import':
          return void documentImport.importFromDialog();
        case 'file.newFromClipboard':
          return void documentImport.importFromClipboard();
        case 'file.rename':
          if (openDocument) setRenameSignal((signal) => signal + 1);
          return;
        case 'file.moveToTrash':
          return void trashActive();
        case 'edit.undo':
        case 'edit.redo':
          // The editor owns its history; plain inputs keep the browser's own.
          if (editor && !isTextField(document.activeElement)) {
            editor.dispatchCommand(command === 'edit.undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
          } else {
            document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
          }
          return;
        case 'file.exportAnnotations':
          return articleCommands.current?.exportAnnotations('jsonld');
        case 'file.exportAnnotatedHtml':
          return articleCommands.current?.exportAnnotations('html');
        case 'file.importAnnotations':
          return articleCommands.current?.importAnnotations();
        case 'annotate.term':
          return articleCommands.current?.annotate('term');
        case 'annotate.flag':
          return articleCommands.current?.annotate('flag');
        case 'annotate.note':
          return articleCommands.current?.annotate('note');
        case 'annotate.query':
          return articleCommands.current?.annotate('query');
        case 'view.toggleAnnotationsPanel':
          return togglePanel('annotations');
        case 'review.togglePanel':
          return togglePanel('review');
        case 'review.runChecks':
          return articleCommands.current?.runChecks();
        case 'review.next':
          if (panel !== 'review') setPanel('review');
          return requestAnimationFrame(() => articleCommands.current?.stepReview(1));
        case 'review.previous':
          if (panel !== 'review') setPanel('review');
          return requestAnimationFrame(() => articleCommands.current?.stepReview(-1));
        case 'file.exportReviewReport':
          return articleCommands.current?.exportReview('html');
        case 'file.exportReviewCsv':
          return articleCommands.current?.exportReview('csv');
        case 'view.glossary':
          if (glossaryView) return setGlossaryView(null);
          if (!openDocument) return notify('info', 'Open a document to see its glossary, or choose a glossary in the library.');
          return void glossariesForDocument(database, openDocument.id).then(
            ([glossary]) => glossary && setGlossaryView({ glossaryId: glossary.id }),
            (error: unknown) => notify('error', error instanceof Error ? error.message : String(error)),
          );
        case 'view.toggleTermHighlights':
          return void setSetting(database, 'showTermHighlights', !(showTermHighlights ?? true));
        case 'annotate.addToGlossary':
          return articleCommands.current?.addToGlossary();
        case 'view.toggleLibrary':
          return setLibraryVisible((visible) => !visible);
        case 'view.focusLibrarySearch':
          setLibraryVisible(true);
          requestAnimationFrame(() => searchRef.current?.focus());
          return;
        case 'help.about':
          return setDialog('about');
        case 'file.exportLibrary':
          return void exportLibraryToFile(database, host).then(
            (result) => result.saved && notify('info', `Exported the library to ${result.location}.`),
            (error: unknown) => notify('error', `The library could not be exported: ${error instanceof Error ? error.message : String(error)}`),
          );
        case 'file.restoreBackup':
          return setDialog('restore');
        case 'help.shortcuts':
          return setDialog('shortcuts');
      }
    },
    [documentImport, openDocument, trashActive, panel, togglePanel, glossaryView, database, notify, showTermHighlights, host],
  );

  useEffect(() => host.onMenuCommand(runCommand), [host, runCommand]);

  const onDrop = useCallback(
    (files: File[]) => void readDroppedFiles(files).then(documentImport.importFiles),
    [documentImport.importFiles],
  );
  const dragging = useFileDrop(onDrop);

  return (
    <GlossaryNavigationContext.Provider value={glossaryNavigation}>
    <div className={`shell${libraryVisible ? '' : ' library-hidden'}${panel && !glossaryView ? ' panel-open' : ''}`}>
      <PaneBoundary fallback={(error, retry) => <nav className="library" aria-label="Library"><PaneFailure pane="library" error={error} retry={retry} /></nav>}>
      <LibraryPane activeId={openDocument?.id ?? null} onOpen={open} documentImport={documentImport} searchRef={searchRef}>
        <GlossarySection
          activeGlossaryId={glossaryView?.glossaryId ?? null}
          pair={openDocument ?? { sourceLang: 'zh', targetLang: 'en' }}
          onOpen={(glossaryId) => setGlossaryView({ glossaryId })}
        />
        <BackupSection onCommand={runCommand} />
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
          key={`${glossaryView.glossaryId}:${glossaryView.termId ?? ''}`}
          glossaryId={glossaryView.glossaryId}
          initialTermId={glossaryView.termId ?? null}
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
          editorRef={editorRef}
          commandsRef={articleCommands}
          panel={panel}
          renameSignal={renameSignal}
          reveal={reveal}
          onRevealed={onRevealed}
          showTermHighlights={showTermHighlights ?? true}
          onSaveState={onSaveState}
          onMoveToTrash={() => void trashActive()}
          onTogglePanel={togglePanel}
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
      <StatusBar document={openDocument} saveState={saveState.state} saveError={saveState.error} score={score?.scorecard ?? null} />
      {dragging ? <div className="drop-overlay">Drop files to import them</div> : null}
      {dialog === 'about' ? <AboutDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'restore' ? <RestoreDialog onClose={() => setDialog(null)} /> : null}
    </div>
    </GlossaryNavigationContext.Provider>
  );
}
