// Renderer: the centre of the window: title, language pair, the article and its margin
// of notes (which scroll with it), and the annotations panel when open.
import { useEffect, useImperativeHandle, useRef, type ReactNode, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { AnnotationKind, LanguagePair } from '@core/model';
import { renameDocument, setLanguagePair, setScrollTop, useDatabase, useDocumentText, type DocumentSummary } from '../../db';
import { ArticleContent, ArticleEditor } from '../../editor/article-editor';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { AnnotationsProvider, useAnnotationsApi } from '../annotations/annotations-context';
import { AnnotationMargin } from '../annotations/annotation-margin';
import { AnnotationsPanel } from '../annotations/annotations-panel';
import { exportAnnotations } from '../annotations/export-annotations';
import { FloatingToolbar } from '../annotations/floating-toolbar';
import { OrphanList } from '../annotations/orphan-list';
import { DocumentTitle } from './document-title';
import { LanguagePairPicker } from './language-pair-picker';
import { useAutosave, type SaveState } from './use-autosave';

/** What the shell's menu commands can ask of the open article. */
export interface ArticleCommands {
  annotate(kind: AnnotationKind): void;
  exportAnnotations(format: 'jsonld' | 'html'): void;
}

interface ArticleViewProps {
  document: DocumentSummary;
  editorRef: RefObject<LexicalEditor | null>;
  commandsRef: RefObject<ArticleCommands | null>;
  renameSignal: number;
  panelOpen: boolean;
  onSaveState(state: SaveState, error: string | null): void;
  onMoveToTrash(): void;
  onTogglePanel(): void;
}

const SCROLL_SAVE_DELAY_MS = 300;

export function ArticleView(props: ArticleViewProps) {
  const { document, editorRef, renameSignal, onSaveState, onMoveToTrash } = props;
  const database = useDatabase();
  const { notify } = useNotices();
  const autosave = useAutosave(document.id);
  const text = useDocumentText(document.id);
  const pane = useRef<HTMLElement>(null);

  useEffect(() => onSaveState(autosave.state, autosave.error), [autosave.state, autosave.error, onSaveState]);

  // Reopening a document returns to where the translator was reading.
  useEffect(() => {
    const element = pane.current;
    if (!element || !text) return;
    const frame = requestAnimationFrame(() => {
      element.scrollTop = document.scrollTop ?? 0;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void setScrollTop(database, document.id, element.scrollTop), SCROLL_SAVE_DELAY_MS);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      element.removeEventListener('scroll', onScroll);
    };
    // Only on opening a document: later scrollTop values come from this very pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [database, document.id, text]);

  const report = (action: Promise<unknown>): Promise<void> =>
    action.then(
      () => undefined,
      (error: unknown) => notify('error', error instanceof Error ? error.message : String(error)),
    );

  const header = (
    <header className="article-header">
      <div className="article-header-main">
      <DocumentTitle
        title={document.title}
        renameSignal={renameSignal}
        onRename={(title) => report(renameDocument(database, document.id, title))}
      />
      <div className="article-meta">
        <LanguagePairPicker
          pair={{ sourceLang: document.sourceLang, targetLang: document.targetLang }}
          onChange={(pair: LanguagePair) => void report(setLanguagePair(database, document.id, pair))}
        />
        <button type="button" aria-pressed={props.panelOpen} onClick={props.onTogglePanel}>
          Annotations panel
        </button>
        <button type="button" className="danger" onClick={onMoveToTrash}>
          Move to Trash
        </button>
      </div>
      </div>
    </header>
  );

  if (!text) {
    return (
      <main className="article-pane" ref={pane} aria-label="Article">
        {header}
        {text === null ? <p role="alert">The text of this document could not be found.</p> : null}
      </main>
    );
  }

  return (
    <ArticleEditor key={document.id} initialState={text.editorState} onChange={autosave.schedule} editorRef={editorRef}>
      <AnnotationsProvider docId={document.id}>
        <ArticleCommandsBridge commandsRef={props.commandsRef} />
        <main className="article-pane" ref={pane} aria-label="Article">
          {header}
          <OrphanList />
          <div className="article-body">
            <article className="article-paper" lang={document.targetLang}>
              <ArticleContent label={`Article: ${document.title}`} />
            </article>
            <AnnotationMargin paneRef={pane} />
          </div>
        </main>
        <FloatingToolbar />
        {props.panelOpen ? <PanelWithExport /> : null}
      </AnnotationsProvider>
    </ArticleEditor>
  );
}

function useExport() {
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const { docId } = useAnnotationsApi();
  return (format: 'jsonld' | 'html') =>
    void exportAnnotations(database, host, docId, format).then(
      (location) => location && notify('info', `Exported to ${location}.`),
      (error: unknown) => notify('error', `Could not export: ${error instanceof Error ? error.message : String(error)}`),
    );
}

function PanelWithExport(): ReactNode {
  return <AnnotationsPanel onExport={useExport()} />;
}

function ArticleCommandsBridge({ commandsRef }: { commandsRef: RefObject<ArticleCommands | null> }) {
  const { create } = useAnnotationsApi();
  const runExport = useExport();
  useImperativeHandle(commandsRef, () => ({ annotate: (kind) => void create(kind), exportAnnotations: runExport }), [create, runExport]);
  return null;
}
