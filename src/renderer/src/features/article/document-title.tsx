// Renderer: the article's title; click or F2 to rename, Enter to keep, Escape to cancel.
import { useEffect, useRef, useState } from 'react';
import { useCommand } from '../../commands';

interface DocumentTitleProps {
  title: string;
  onRename(title: string): Promise<void>;
}

export function DocumentTitle({ title, onRename }: DocumentTitleProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // F2 with focus on a library item renames that item (the library's handler): not this title.
  useCommand('file.rename', () => {
    if (document.activeElement?.closest('.library .document-item')) return false;
    setDraft(title);
    return true;
  });

  useEffect(() => {
    if (draft !== null) input.current?.select();
  }, [draft === null]); // eslint-disable-line react-hooks/exhaustive-deps -- select once when editing starts

  const commit = async () => {
    if (draft === null) return;
    const next = draft.trim();
    setDraft(null);
    if (next && next !== title) await onRename(next);
  };

  if (draft === null) {
    return (
      <h2 className="article-title">
        <button type="button" title="Rename (F2)" onClick={() => setDraft(title)}>
          {title}
        </button>
      </h2>
    );
  }
  return (
    <h2 className="article-title">
      <input
        ref={input}
        aria-label="Document title"
        value={draft}
        maxLength={200}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            setDraft(null);
          }
        }}
      />
    </h2>
  );
}
