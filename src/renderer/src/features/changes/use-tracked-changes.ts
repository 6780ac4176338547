// Renderer: the article's tracked changes, live: the word diff from the document's baseline (the
// text as imported, accepted changes written in) to the editor's text once typing pauses.
import { useEffect, useMemo, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { trackedDiff, type TrackedDiff } from '@core/tracked-changes';
import { useBaseline } from '../../db';
import { registerEditorSettled } from '../../editor/editor-settled';

const RECOUNT_AFTER_EDIT_MS = 250;

function articleText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

export interface TrackedChangesState {
  /** undefined while loading; null when the document has no baseline. */
  readonly baseline: string | null | undefined;
  readonly current: string;
  readonly diff: TrackedDiff | null;
}

/** Counted while the component using it (the Changes panel) is mounted: a closed panel costs typing nothing. */
export function useTrackedChanges(docId: string, locale: string): TrackedChangesState {
  const [editor] = useLexicalComposerContext();
  const baseline = useBaseline(docId);
  const [current, setCurrent] = useState(() => articleText(editor));
  useEffect(
    () => registerEditorSettled(editor, RECOUNT_AFTER_EDIT_MS, (state) => setCurrent(state.read(() => $getRoot().getTextContent()))),
    [editor],
  );
  const diff = useMemo(() => (typeof baseline === 'string' ? trackedDiff(baseline, current, locale) : null), [baseline, current, locale]);
  return { baseline, current, diff };
}
