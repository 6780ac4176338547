// Renderer: the centre of the window: title, language pair, the article and its margin
// of notes (which scroll with it), and the annotations panel when open.
import { useEffect, useImperativeHandle, useRef, type ReactNode, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { AnnotationKind, LanguagePair } from '@core/model';
import { getAnnotation, renameDocument, setLanguagePair, setScrollTop, setSetting, useDatabase, useDocumentText, type DocumentSummary } from '../../db';
import { ArticleContent, ArticleEditor } from '../../editor/article-editor';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { AnnotationsProvider, useAnnotationsApi } from '../annotations/annotations-context';
import { AnnotationMargin } from '../annotations/annotation-margin';
import { AnnotationsPanel } from '../annotations/annotations-panel';
import { exportAnnotations } from '../annotations/export-annotations';
import { useImportAnnotations } from '../annotations/import-annotations';
import { FloatingToolbar } from '../annotations/floating-toolbar';
import { OrphanList } from '../annotations/orphan-list';
import { ReviewProvider, useReviewApi } from '../review/review-context';
import { ReviewPanel } from '../review/review-panel';
import { exportReview } from '../review/export-review';
import { useScorecard, type ReviewScore } from '../review/use-scorecard';
import { TermHighlights } from '../glossary/term-highlights';
import { termFromAnnotation } from '../glossary/term-link';
import { DocumentTitle } from './document-title';
import { Reveal } from './reveal';
import { LanguagePairPicker } from './language-pair-picker';
import { useAutosave, type SaveState } from './use-autosave';
import { SaveProblem } from './save-problem';
import { useUnsavedGuard } from './use-unsaved-guard';
import { useDocumentLock } from './use-document-lock';
import { LockBanner } from './lock-banner';

/** What the shell's menu commands can ask of the open article. */
export interface ArticleCommands {
  annotate(kind: AnnotationKind): void;
  /** Marks the selection as a Term and adds it to the document's glossary. */
  addToGlossary(): void;
  exportAnnotations(format: 'jsonld' | 'html'): void;
  /** File › Import Annotations…: a Web Annotation JSON-LD file onto this document. */
  importAnnotations(): void;
  exportReview(format: 'html' | 'csv'): void;
  runChecks(): void;
  stepReview(direction: 1 | -1): void;
}

export type SidePanel = 'annotations' | 'review' | null;

/** A place in the article to select and scroll to once it is open (a term occurrence). */
export interface RevealRequest {
  docId: string;
  start: number;
  end: number;
}

interface ArticleViewProps {
  document: DocumentSummary;
  reveal: RevealRequest | null;
  onRevealed(): void;
  showTermHighlights: boolean;
  editorRef: RefObject<LexicalEditor | null>;
  commandsRef: RefObject<ArticleCommands | null>;
  renameSignal: number;
  panel: SidePanel;
  onSaveState(state: SaveState, error: string | null): void;
  onMoveToTrash(): void;
  onTogglePanel(panel: Exclude<SidePanel, null>): void;
}

const SCROLL_SAVE_DELAY_MS = 300;

export function ArticleView(props: ArticleViewProps) {
  const { document, editorRef, renameSignal, onSaveState, onMoveToTrash } = props;
  const database = useDatabase();
  const { notify } = useNotices();
  const lock = useDocumentLock(document.id);
  const text = useDocumentText(document.id, lock.generation);
  const autosave = useAutosave(document.id, text?.revision);
  useUnsavedGuard();
  const pane = useRef<HTMLElement>(null);
  const reviewStep = useRef<((direction: 1 | -1) => void) | null>(null);
  const score = useScorecard(document.id, document.wordCount);
  const host = useHost();
  const runReviewExport = (format: 'html' | 'csv' | 'jsonld') => {
    if (!score) return;
    void exportReview(database, host, document.id, score, format).then(
      (location) => location && notify('info', `Exported to ${location}.`),
      (error: unknown) => notify('error', `Could not export: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  useEffect(() => onSaveState(autosave.state, autosave.error), [autosave.state, autosave.error, onSaveState]);

  // A marker while the document is being opened, cleared once its article has rendered: if
  // opening it crashes the window, the next start does not open it again by itself.
  const opened = Boolean(text);
  useEffect(() => {
    void setSetting(database, 'documentBeingOpened', opened ? null : document.id).catch(() => undefined);
  }, [database, document.id, opened]);

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
        <button type="button" aria-pressed={props.panel === 'annotations'} onClick={() => props.onTogglePanel('annotations')}>
          Annotations panel
        </button>
        <button type="button" aria-pressed={props.panel === 'review'} onClick={() => props.onTogglePanel('review')}>
          Review panel
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
    <ArticleEditor key={`${document.id}:${lock.generation}`} editable={lock.mode === 'editing'} initialState={text.editorState} onChange={autosave.schedule} editorRef={editorRef}>
      <AnnotationsProvider docId={document.id}>
        <ReviewProvider docId={document.id}>
        <ArticleCommandsBridge commandsRef={props.commandsRef} stepRef={reviewStep} score={score} />
        <main className="article-pane" ref={pane} aria-label="Article">
          {header}
          <LockBanner mode={lock.mode} onTakeOver={lock.takeOver} />
          <SaveProblem state={autosave.state} error={autosave.error} retryAt={autosave.retryAt} onRetry={() => void autosave.flush().catch(() => undefined)} />
          <OrphanList />
          <div className="article-body">
            <article className="article-paper" lang={document.targetLang}>
              <ArticleContent label={`Article: ${document.title}`} />
            </article>
            <AnnotationMargin paneRef={pane} />
          </div>
        </main>
        <FloatingToolbar />
        <TermHighlights docId={document.id} visible={props.showTermHighlights} />
        {props.reveal && props.reveal.docId === document.id ? <Reveal request={props.reveal} onDone={props.onRevealed} /> : null}
        {props.panel === 'annotations' ? <PanelWithExport /> : null}
        {props.panel === 'review' ? <ReviewPanel score={score} stepRef={reviewStep} onExport={(format) => runReviewExport(format)} /> : null}
        </ReviewProvider>
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
  const runImport = useImportAnnotations();
  return <AnnotationsPanel onExport={useExport()} onImport={() => void runImport()} />;
}

function ArticleCommandsBridge({
  commandsRef,
  stepRef,
  score,
}: {
  commandsRef: RefObject<ArticleCommands | null>;
  stepRef: RefObject<((direction: 1 | -1) => void) | null>;
  score: ReviewScore | null;
}) {
  const { create, update } = useAnnotationsApi();
  const review = useReviewApi();
  const runExport = useExport();
  const runImport = useImportAnnotations();
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const { docId } = useAnnotationsApi();
  useImperativeHandle(
    commandsRef,
    () => ({
      annotate: (kind) => void create(kind),
      addToGlossary: () =>
        void (async () => {
          const id = await create('term');
          const annotation = id ? await getAnnotation(database, id) : undefined;
          if (!annotation) return;
          try {
            const { term, glossary, existed } = await termFromAnnotation(database, annotation);
            await update(annotation.id, { termId: term.id });
            notify('info', existed ? `Linked to the term already in “${glossary.name}”.` : `Added “${annotation.quote}” to “${glossary.name}”.`);
          } catch (error) {
            notify('error', `Could not add the term to the glossary: ${error instanceof Error ? error.message : String(error)}`);
          }
        })(),
      exportAnnotations: runExport,
      importAnnotations: () => void runImport(),
      exportReview: (format) => {
        if (!score) return;
        void exportReview(database, host, docId, score, format).then(
          (location) => location && notify('info', `Exported to ${location}.`),
          (error: unknown) => notify('error', `Could not export: ${error instanceof Error ? error.message : String(error)}`),
        );
      },
      runChecks: () => review.runChecks(),
      stepReview: (direction) => stepRef.current?.(direction),
    }),
    [create, update, runExport, runImport, score, database, host, notify, docId, review, stepRef],
  );
  return null;
}
