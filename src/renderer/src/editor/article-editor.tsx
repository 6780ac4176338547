// Renderer: the Lexical editor that shows and edits one article.
import { useMemo, type ReactNode, type RefObject } from 'react';
import type { EditorState, LexicalEditor } from 'lexical';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ARTICLE_NAMESPACE, ARTICLE_NODES } from './nodes';
import { NestedMarksPlugin } from './annotations/nested-marks-plugin';
import { ARTICLE_THEME } from './theme';

interface ArticleEditorProps {
  /** Serialised editor state the article opens with; read once per mount. */
  initialState: string;
  onChange(state: EditorState, editor: LexicalEditor): void;
  editorRef: RefObject<LexicalEditor | null>;
  /** The page around the editor; it places <ArticleContent> where the text goes. */
  children: ReactNode;
}

/** The editable text itself, placed by the page inside <ArticleEditor>. */
export function ArticleContent({ label }: { label: string }) {
  return (
    <RichTextPlugin
      contentEditable={<ContentEditable className="article-editor" aria-label={label} spellCheck />}
      ErrorBoundary={LexicalErrorBoundary}
    />
  );
}

function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function ArticleEditor({ initialState, onChange, editorRef, children }: ArticleEditorProps) {
  // The composer reads its config only on mount; the parent remounts it per document.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: ARTICLE_NAMESPACE,
      nodes: [...ARTICLE_NODES],
      theme: ARTICLE_THEME,
      editorState: initialState,
      onError(error: Error) {
        throw error;
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mount-only by design
    [],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      {children}
      <HistoryPlugin />
      <NestedMarksPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={isSafeLink} />
      <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={onChange} />
      <EditorRefPlugin editorRef={editorRef} />
    </LexicalComposer>
  );
}
