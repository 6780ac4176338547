// Renderer: the centre of the window: title, language pair, the article and its margin
// of notes (which scroll with it), and the annotations panel when open.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { LanguagePair } from '@core/model';
import { errorMessage } from '@core/errors';
import { renameDocument, setLanguagePair, setScrollTop, setSetting, useBilingual, useDatabase, useDocumentText, useSetting, type DocumentSummary } from '../../db';
import { useCommand, useExecuteCommand } from '../../commands';
import { AddSourcePlugin, BilingualPlugin } from '../bilingual';
import { ArticleContent, ArticleEditor } from '../../editor/article-editor';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { useExportRunner } from '../../ui/use-export-runner';
import {
  AnnotationCommandsPlugin,
  AnnotationMargin,
  AnnotationsPanel,
  AnnotationsProvider,
  FloatingToolbar,
  OrphanList,
  exportAnnotations,
  useAnnotationActions,
  useImportAnnotations,
} from '../annotations';
import { ReviewCommandsPlugin, ReviewPanel, ReviewProgressPlugin, ReviewProvider, exportReview, type ReviewScore } from '../review';
import type { ReviewProgress } from '@core/review-progress';
import { TermHighlights } from '../glossary';
import { FindBar } from '../find';
import { ChangesPanel, exportCorrected, type CorrectedFormat } from '../changes';
import { DocumentTitle } from './document-title';
import { Reveal, type RevealRequest } from './reveal';
import { LanguagePairPicker } from './language-pair-picker';
import { useAutosave, type SaveState } from './use-autosave';
import { SaveProblem } from './save-problem';
import { useUnsavedGuard } from './use-unsaved-guard';
import { useDocumentLock } from './use-document-lock';
import { LockBanner } from './lock-banner';

export type SidePanel = 'annotations' | 'review' | 'changes' | null;


interface ArticleViewProps {
  document: DocumentSummary;
  reveal: RevealRequest | null;
  onRevealed(): void;
  showTermHighlights: boolean;
  /** The document's MQM score (the status bar shows it too). */
  score: ReviewScore | null;
  panel: SidePanel;
  onSaveState(state: SaveState, error: string | null): void;
  /** How much of the article is marked reviewed (null while no article is open). */
  onReviewProgress(progress: ReviewProgress | null): void;
  onMoveToTrash(): void;
  onTogglePanel(panel: Exclude<SidePanel, null>): void;
  onShowPanel(panel: Exclude<SidePanel, null>): void;
  /** Opens another document (the bilingual copy "Add source…" makes). */
  onOpenDocument(documentId: string): void;
}

const SCROLL_SAVE_DELAY_MS = 300;

export function ArticleView(props: ArticleViewProps) {
  const { document, score, onSaveState, onMoveToTrash, onShowPanel } = props;
  const database = useDatabase();
  const { notify } = useNotices();
  const lock = useDocumentLock(document.id);
  const text = useDocumentText(document.id, lock.generation);
  const bilingual = useBilingual(document.id, document.bilingual !== undefined);
  const reviewBilingual = useMemo(
    () => (bilingual ? { record: bilingual, pair: { sourceLang: document.sourceLang, targetLang: document.targetLang } } : null),
    [bilingual, document.sourceLang, document.targetLang],
  );
  const showSource = useSetting('showSourceColumn', true) ?? true;
  useCommand('view.toggleSource', () => void setSetting(database, 'showSourceColumn', !showSource), { enabled: Boolean(bilingual) });
  const autosave = useAutosave(document.id, text?.revision);
  useUnsavedGuard();
  const pane = useRef<HTMLElement>(null);
  const host = useHost();
  const runExport = useExportRunner();
  const execute = useExecuteCommand();
  const runReviewExport = (format: 'html' | 'csv' | 'jsonld') => {
    if (score) runExport(() => exportReview(database, host, document.id, score, format));
  };
  const runCorrectedExport = (format: CorrectedFormat) => runExport(() => exportCorrected(database, host, document.id, format));
  useCommand('file.exportTrackedDocx', () => runCorrectedExport('tracked-docx'));
  useCommand('file.exportCorrectedDocx', () => runCorrectedExport('docx'));
  useCommand('file.exportCorrectedTxt', () => runCorrectedExport('txt'));
  useCommand('file.exportCorrectedMd', () => runCorrectedExport('md'));
  useCommand('file.exportCorrectedHtml', () => runCorrectedExport('html'));

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
      (error: unknown) => notify('error', errorMessage(error)),
    );

  const header = (
    <header className="article-header">
      <div className="article-header-main">
      <DocumentTitle
        title={document.title}
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
        <button type="button" aria-pressed={props.panel === 'changes'} aria-keyshortcuts="Control+Shift+E" onClick={() => props.onTogglePanel('changes')}>
          Changes
        </button>
        {bilingual ? (
          <span className="article-meta-group" role="group" aria-label="Bilingual file">
            <button type="button" aria-pressed={showSource} aria-keyshortcuts="Control+Alt+B" onClick={() => execute('view.toggleSource')}>
              Source column
            </button>
            {bilingual.original !== '' ? (
              <button type="button" onClick={() => execute('file.exportBilingual')}>
                Export XLIFF…
              </button>
            ) : null}
            <button type="button" onClick={() => execute('file.exportTmx')}>
              Export TMX…
            </button>
            <button type="button" onClick={() => execute('file.exportMqmTsv')}>
              Export MQM TSV…
            </button>
          </span>
        ) : null}
        {document.bilingual === undefined ? (
          <button type="button" onClick={() => execute('file.addSource')}>
            Add source…
          </button>
        ) : null}
        {/* Apart from the panel and export buttons, at the end of the row: it is not one of them. */}
        <button type="button" className="danger article-trash" onClick={onMoveToTrash}>
          Move to Trash
        </button>
      </div>
      </div>
    </header>
  );

  if (!text || bilingual === undefined) {
    return (
      <main className="article-pane" ref={pane} aria-label="Article">
        {header}
        {text === null ? <p role="alert">The text of this document could not be found.</p> : null}
      </main>
    );
  }

  return (
    <ArticleEditor key={`${document.id}:${lock.generation}`} editable={lock.mode === 'editing'} initialState={text.editorState} onChange={autosave.schedule}>
      <AnnotationsProvider docId={document.id}>
        <ReviewProvider docId={document.id} bilingual={reviewBilingual}>
        <AnnotationCommandsPlugin />
        <ReviewCommandsPlugin docId={document.id} score={score} onShowReviewPanel={() => onShowPanel('review')} />
        <ReviewProgressPlugin onProgress={props.onReviewProgress} />
        <main className="article-pane" ref={pane} aria-label="Article">
          {header}
          <LockBanner mode={lock.mode} onTakeOver={lock.takeOver} />
          <FindBar bilingual={Boolean(bilingual)} />
          <SaveProblem state={autosave.state} error={autosave.error} retryAt={autosave.retryAt} onRetry={() => void autosave.flush().catch(() => undefined)} />
          <OrphanList />
          <div className={`article-body${bilingual && showSource ? ' bilingual-wide' : ''}`}>
            <article className={`article-paper${bilingual ? ' bilingual' : ''}${bilingual && showSource ? ' show-source' : ''}`} lang={document.targetLang}>
              <ArticleContent label={`Article: ${document.title}`} />
            </article>
            <AnnotationMargin paneRef={pane} />
          </div>
        </main>
        {document.bilingual === undefined ? <AddSourcePlugin document={document} onOpen={props.onOpenDocument} /> : null}
        {bilingual ? <BilingualPlugin record={bilingual} document={document} termsVisible={props.showTermHighlights} /> : null}
        <FloatingToolbar />
        <TermHighlights docId={document.id} visible={props.showTermHighlights} />
        {props.reveal && props.reveal.docId === document.id ? <Reveal request={props.reveal} onDone={props.onRevealed} /> : null}
        {props.panel === 'annotations' ? <PanelWithExport /> : null}
        {props.panel === 'review' ? <ReviewPanel score={score} onExport={(format) => runReviewExport(format)} /> : null}
        {props.panel === 'changes' ? <ChangesPanel docId={document.id} locale={document.targetLang} editable={lock.mode === 'editing'} segmented={document.bilingual !== undefined} onExport={runCorrectedExport} /> : null}
        </ReviewProvider>
      </AnnotationsProvider>
    </ArticleEditor>
  );
}

function PanelWithExport(): ReactNode {
  const database = useDatabase();
  const host = useHost();
  const runExport = useExportRunner();
  const { docId } = useAnnotationActions();
  const runImport = useImportAnnotations();
  return (
    <AnnotationsPanel
      onExport={(format) => runExport(() => exportAnnotations(database, host, docId, format))}
      onImport={() => void runImport()}
    />
  );
}
