// Renderer: the centre pane: title, language pair and the article itself.
import { useEffect, useRef, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import type { LanguagePair } from '@core/model';
import { renameDocument, setLanguagePair, setScrollTop, useDatabase, useDocumentText, type DocumentSummary } from '../../db';
import { ArticleEditor } from '../../editor/article-editor';
import { useNotices } from '../../ui/notices';
import { DocumentTitle } from './document-title';
import { LanguagePairPicker } from './language-pair-picker';
import { useAutosave, type SaveState } from './use-autosave';

interface ArticleViewProps {
  document: DocumentSummary;
  editorRef: RefObject<LexicalEditor | null>;
  renameSignal: number;
  onSaveState(state: SaveState, error: string | null): void;
  onMoveToTrash(): void;
}

const SCROLL_SAVE_DELAY_MS = 300;

export function ArticleView({ document, editorRef, renameSignal, onSaveState, onMoveToTrash }: ArticleViewProps) {
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

  return (
    <main className="article-pane" ref={pane} aria-label="Article">
      <header className="article-header">
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
          <button type="button" className="danger" onClick={onMoveToTrash}>
            Move to Trash
          </button>
        </div>
      </header>
      <article className="article-paper" lang={document.targetLang}>
        {text ? (
          <ArticleEditor
            key={document.id}
            initialState={text.editorState}
            onChange={autosave.schedule}
            editorRef={editorRef}
            label={`Article: ${document.title}`}
          />
        ) : text === null ? (
          <p role="alert">The text of this document could not be found.</p>
        ) : null}
      </article>
    </main>
  );
}
