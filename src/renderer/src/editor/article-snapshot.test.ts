// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { countWords } from '@core/formats/documents/plain-text';
import { $markOffsets } from './annotations/mark-ranges';
import { ArticleSnapshots } from './article-snapshot';
import { editorWith } from './test-editor';


function expectSameAsLexical(editor: LexicalEditor, snapshots: ArticleSnapshots) {
  const snapshot = snapshots.take();
  const state = editor.getEditorState();
  expect(snapshot.editorState).toBe(JSON.stringify(state.toJSON()));
  const plainText = state.read(() => $getRoot().getTextContent());
  expect(snapshot.plainText).toBe(plainText);
  expect(snapshot.wordCount).toBe(countWords(plainText));
}

type Edit =
  | { kind: 'type'; block: number; at: number; text: string }
  | { kind: 'split'; block: number }
  | { kind: 'remove'; block: number }
  | { kind: 'heading'; block: number }
  | { kind: 'mark'; start: number; length: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), block: fc.nat(20), at: fc.nat(60), text: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('$$', '$&', "$'", '$`', '$1')) }),
  fc.record({ kind: fc.constant('split' as const), block: fc.nat(20) }),
  fc.record({ kind: fc.constant('remove' as const), block: fc.nat(20) }),
  fc.record({ kind: fc.constant('heading' as const), block: fc.nat(20) }),
  fc.record({ kind: fc.constant('mark' as const), start: fc.nat(200), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({ kind: fc.constant('redo' as const) }),
);

function apply(editor: LexicalEditor, change: Edit) {
  if (change.kind === 'undo') return void editor.dispatchCommand(UNDO_COMMAND, undefined);
  if (change.kind === 'redo') return void editor.dispatchCommand(REDO_COMMAND, undefined);
  editor.update(
    () => {
      const root = $getRoot();
      const blocks = root.getChildren();
      if (change.kind === 'mark') {
        const text = root.getTextContent();
        const start = Math.min(change.start, Math.max(0, text.length - 1));
        $markOffsets(start, Math.min(text.length, start + change.length), `a${change.start}-${change.length}`);
        return;
      }
      const block = blocks[change.block % Math.max(1, blocks.length)];
      if (!block || !$isElementNode(block)) return;
      if (change.kind === 'remove') {
        if (blocks.length > 1) block.remove();
      } else if (change.kind === 'split') {
        block.insertAfter($createParagraphNode().append($createTextNode('new paragraph')));
      } else if (change.kind === 'heading') {
        const heading = $createHeadingNode('h2');
        heading.append(...block.getChildren());
        block.replace(heading);
      } else {
        const text = block.getAllTextNodes()[0];
        if ($isTextNode(text)) {
          const at = Math.min(change.at, text.getTextContentSize());
          text.spliceText(at, 0, change.text);
        }
      }
    },
    { discrete: true },
  );
}

describe('article snapshots', () => {
  it('give the same state, text and word count as Lexical, after edits, marks, undo and redo', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (edits, takeAfter) => {
        const editor = editorWith(['Governor Zheng Zhajie presided over the meeting.', 'Zheng Shajie hosted.', 'The spirit of driving nails.']);
        const unregisterHistory = registerHistory(editor, createEmptyHistoryState(), 0);
        const snapshots = new ArticleSnapshots(editor);
        snapshots.take();
        edits.forEach((change, index) => {
          apply(editor, change);
          // Snapshots taken at random moments, as saves are: the cache must follow every update.
          if (takeAfter[index]) expectSameAsLexical(editor, snapshots);
        });
        expectSameAsLexical(editor, snapshots);
        snapshots.dispose();
        unregisterHistory();
      }),
      { numRuns: Number(process.env.GLOSSA_FUZZ_RUNS ?? 150) },
    );
  });

  it('re-serialises only the block that was typed in', () => {
    const paragraphs = Array.from({ length: 50 }, (_, index) => `Paragraph ${index} of the article.`);
    const editor = editorWith(paragraphs);
    const snapshots = new ArticleSnapshots(editor);
    snapshots.take();
    let exported = 0;
    editor.update(
      () => {
        const block = $getRoot().getChildren()[10];
        const text = $isElementNode(block) ? block.getAllTextNodes()[0] : null;
        if ($isTextNode(text)) text.spliceText(0, 0, 'Edited: ');
      },
      { discrete: true },
    );
    const state = editor.getEditorState();
    const before = state.read(() => $getRoot().getChildren().map((block) => block));
    // Count calls to exportJSON made by the next snapshot.
    const spies = before.map((block) => {
      const own = block.exportJSON.bind(block);
      Object.defineProperty(block, 'exportJSON', { configurable: true, value: () => ((exported += 1), own()) });
      return block;
    });
    const snapshot = snapshots.take();
    for (const block of spies) delete (block as unknown as Record<string, unknown>)['exportJSON'];
    expect(exported).toBe(1);
    expect(snapshot.editorState).toBe(JSON.stringify(state.toJSON()));
  });
});
