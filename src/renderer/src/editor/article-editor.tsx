// Renderer: the Lexical editor that shows and edits one article.
import { useEffect, useMemo, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState, LexicalEditor } from 'lexical';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ARTICLE_NAMESPACE, ARTICLE_NODES } from './nodes';
import { NestedMarksPlugin } from './annotations/nested-marks-plugin';
import { ARTICLE_THEME } from './theme';
import { HistoryCommandsPlugin } from './history-commands-plugin';

interface ArticleEditorProps {
  /** Serialised editor state the article opens with; read once per mount. */
  initialState: string;
  onChange(state: EditorState, editor: LexicalEditor): void;
  /** False while another window edits this document (or this one is not yet known to be the editor). */
  editable: boolean;
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

function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

export function ArticleEditor({ initialState, onChange, editable, children }: ArticleEditorProps) {
  // The composer reads its config only on mount; the parent remounts it per document.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: ARTICLE_NAMESPACE,
      nodes: [...ARTICLE_NODES],
      theme: ARTICLE_THEME,
      editorState: initialState,
      editable,
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
      <HistoryCommandsPlugin />
      <EditablePlugin editable={editable} />
    </LexicalComposer>
  );
}
