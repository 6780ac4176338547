// Renderer: review progress in the article: Ctrl+Enter marks the caret's paragraph (or segment)
// reviewed and moves to the next, as a CAT tool's confirm does; Ctrl+Shift+Enter marks everything
// up to here. Reviewed blocks carry a class (a check in the gutter); "Show only what is not
// reviewed" folds them away. The percent reviewed goes to the status bar.
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListNode } from '@lexical/list';
import { $getNodeByKey, $setSelection, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, ParagraphNode, type Klass, type LexicalNode } from 'lexical';
import { percentReviewed, type ReviewProgress } from '@core/review-progress';
import { countOf } from '@core/text/plural';
import { useCommand, useCommandRegistry } from '../../commands';
import { registerEditorSettled } from '../../editor/editor-settled';
import { $liveSelection } from '../../editor/annotations/text-offsets';
import { SegmentNode } from '../../editor/bilingual/segment-node';
import { $isReviewed, $markReviewedUpToCaret, $reviewProgress, $toggleReviewedAtCaret } from '../../editor/review-progress';
import { useNotices } from '../../ui/notices';
import { setSetting, useDatabase, useSetting } from '../../db';

const BLOCK_TYPES: ReadonlyArray<Klass<LexicalNode>> = [ParagraphNode, HeadingNode, QuoteNode, ListNode, SegmentNode];
const RECOUNT_AFTER_EDIT_MS = 300;

export function ReviewProgressPlugin({ onProgress }: { onProgress(progress: ReviewProgress | null): void }) {
  const [editor] = useLexicalComposerContext();
  const registry = useCommandRegistry();
  const { notify } = useNotices();

  // Counted at once after a command, not only once editing pauses: the status bar answers the key.
  // The caret as the DOM has it now: a shortcut pressed right after a click can arrive before
  // Lexical has read the selectionchange.
  // What a mark did, said to screen readers (the check in the gutter is only seen): "Marked
  // reviewed. 30% of the article reviewed." A new node each time, so a repeat is read again.
  const [announcement, setAnnouncement] = useState<{ text: string; count: number }>({ text: '', count: 0 });
  const markWith = ($mark: () => boolean | number | null, withoutCaret: string) => () => {
    // From Ctrl+Enter this runs inside Lexical's key command, so the update may come after this
    // function returns: what it did is said from inside it.
    editor.update(
      () => {
        const live = $liveSelection(editor, { caret: true });
        if (live) $setSelection(live);
        const result = $mark();
        if (result === null) {
          notify('info', withoutCaret);
          return;
        }
        const done = typeof result === 'number' ? `${countOf(result, 'paragraph')} marked reviewed.` : result ? 'Marked reviewed.' : 'Marked not reviewed.';
        const percent = percentReviewed($reviewProgress());
        setAnnouncement((previous) => ({ text: `${done} ${percent}% of the article reviewed.`, count: previous.count + 1 }));
      },
      { discrete: true },
    );
    onProgress(editor.getEditorState().read(() => $reviewProgress()));
  };
  useCommand('review.markReviewed', markWith($toggleReviewedAtCaret, 'Put the caret in the paragraph you have reviewed first.'));
  useCommand('review.reviewedUpToHere', markWith($markReviewedUpToCaret, 'Put the caret in the last paragraph you have reviewed first.'));

  // A view, not an edit (a setting): the attribute is on the editor's root, which React does not own.
  const db = useDatabase();
  const unreviewedOnly = useSetting('showUnreviewedOnly', false) ?? false;
  useCommand('review.showUnreviewedOnly', () => {
    void setSetting(db, 'showUnreviewedOnly', !unreviewedOnly);
  });
  useEffect(
    () =>
      editor.registerRootListener((root) => {
        root?.toggleAttribute('data-unreviewed-only', unreviewedOnly);
      }),
    [editor, unreviewedOnly],
  );

  useEffect(
    () =>
      mergeRegister(
        // In the editor, Enter belongs to Lexical (a new paragraph): with Ctrl or Cmd it is the command.
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            if (!event || !(event.ctrlKey || event.metaKey) || event.altKey) return false;
            event.preventDefault();
            registry.execute(event.shiftKey ? 'review.reviewedUpToHere' : 'review.markReviewed');
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // The class follows the node state, block by block, as blocks are made or change.
        ...BLOCK_TYPES.map((type) =>
          editor.registerMutationListener(
            type,
            (mutations) => {
              editor.getEditorState().read(() => {
                for (const [key, kind] of mutations) {
                  if (kind === 'destroyed') continue;
                  const node = $getNodeByKey(key);
                  const element = editor.getElementByKey(key);
                  if (node && element && node.getParent()?.getKey() === 'root') element.classList.toggle('is-reviewed', $isReviewed(node));
                }
              });
            },
            { skipInitialization: false },
          ),
        ),
      ),
    [editor, registry],
  );

  useEffect(() => {
    const count = () => onProgress(editor.getEditorState().read(() => $reviewProgress()));
    count();
    const unregister = registerEditorSettled(editor, RECOUNT_AFTER_EDIT_MS, count);
    return () => {
      unregister();
      onProgress(null);
    };
  }, [editor, onProgress]);
  return (
    <span className="visually-hidden" role="status" data-testid="review-announcement">
      <span key={announcement.count}>{announcement.text}</span>
    </span>
  );
}
