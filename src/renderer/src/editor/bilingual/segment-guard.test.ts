// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHeadlessEditor } from '@lexical/headless';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createParagraphNode, $createRangeSelection, $createTextNode, $getRoot, $isElementNode, $isTextNode, type ElementNode, $setSelection, UNDO_COMMAND, type LexicalEditor, type TextNode } from 'lexical';
import { plainText } from '@core/bilingual/content';
import { readBilingual } from '@core/formats/xliff';
import { bilingualFixtures } from '../../../../../tests/fixtures/bilingual';
import { ARTICLE_NODES } from '../nodes';
import { bilingualArticle } from './bilingual-import';
import { $readSegmentTargets } from './bilingual-article';
import { $isInlineTagNode, type InlineTagNode } from './inline-tag-node';
import { $isSegmentNode, type SegmentNode } from './segment-node';
import { segmentPlan, type SegmentPlan } from './segment-guard';
import { registerSegmentGuard } from './segment-guard-plugin';

const fixture = bilingualFixtures(24).xliff12;
const document = readBilingual(fixture, 'news.xlf');

function open(lockedIndex?: number): { editor: LexicalEditor; plan: SegmentPlan } {
  const article = bilingualArticle(document, 'news.xlf', fixture, document.format);
  // As the reader marks a translate="no" unit.
  const segments = article.record.segments.map((segment, index) => (index === lockedIndex ? { ...segment, locked: true } : segment));
  const plan = segmentPlan({ segments }, document.srcLang);
  const editor = createHeadlessEditor({ nodes: [...ARTICLE_NODES], onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(article.built.editorState));
  registerHistory(editor, createEmptyHistoryState(), 0);
  registerSegmentGuard(editor, plan);
  return { editor, plan };
}

function run(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
  // The guard's repair is an update of its own, queued by the update listener.
  editor.update(() => undefined, { discrete: true });
}

/** What must hold after anything: each segment once, in the file's order, the head first, its tags there once each. */
function expectWhole(editor: LexicalEditor, plan: SegmentPlan): void {
  editor.getEditorState().read(() => {
    const blocks = $getRoot().getChildren();
    expect(blocks.every((block) => $isSegmentNode(block))).toBe(true);
    const runs: string[] = [];
    for (const block of blocks as SegmentNode[]) {
      const id = block.getSegmentId();
      const fresh = runs[runs.length - 1] !== id;
      expect(block.isSegmentHead()).toBe(fresh);
      if (fresh) runs.push(id);
    }
    expect(runs).toEqual([...plan.ids]);
    for (const segment of $readSegmentTargets()) {
      const tokens = segment.blocks.flatMap((block) => block.getAllTextNodes().length >= 0 ? $tokensIn(block) : []);
      expect(tokens.map((token) => token.getLabel()).sort()).toEqual(plan.tags(segment.id).map((tag) => tag.label).sort());
      expect(tokens.every((token) => token.getSegmentId() === segment.id)).toBe(true);
      expect(segment.content.filter((item) => item.type === 'tag')).toHaveLength(tokens.length);
    }
  });
}

function $tokensIn(element: SegmentNode | ElementNode): InlineTagNode[] {
  return element.getChildren().flatMap((child) => ($isInlineTagNode(child) ? [child] : $isElementNode(child) ? $tokensIn(child) : []));
}

const texts = (): TextNode[] => $getRoot().getAllTextNodes().filter($isTextNode);

describe('the segment guard', () => {
  it('opens every segment of the file with its source and its MT target, tags included', () => {
    const { editor, plan } = open();
    expectWhole(editor, plan);
    editor.getEditorState().read(() => {
      const targets = $readSegmentTargets();
      const shown = document.segments.filter((segment) => !segment.ignorable);
      expect(targets.map((target) => target.id)).toEqual(shown.map((segment) => segment.id));
      const tagged = shown.find((segment) => segment.mtTarget.some((item) => item.type === 'tag'))!;
      expect(plainText(targets.find((target) => target.id === tagged.id)!.content, 'placeholder')).toBe(plainText(tagged.mtTarget, 'placeholder'));
    });
  });

  it('Enter inside a segment makes a second block of the same segment, read back as one target with a line break', () => {
    const { editor, plan } = open();
    let id = '';
    run(editor, () => {
      const text = texts()[2]!;
      id = (text.getTopLevelElement() as SegmentNode).getSegmentId();
      text.select(3, 3);
      const selection = $createRangeSelection();
      selection.anchor.set(text.getKey(), 3, 'text');
      selection.focus.set(text.getKey(), 3, 'text');
      $setSelection(selection);
      selection.insertParagraph();
    });
    expectWhole(editor, plan);
    editor.getEditorState().read(() => {
      const target = $readSegmentTargets().find((segment) => segment.id === id)!;
      expect(target.blocks).toHaveLength(2);
      expect(plainText(target.content)).toContain('\n');
    });
  });

  it('a selection deleted across three segments leaves the middle one empty but there, with its tags', () => {
    const { editor, plan } = open();
    run(editor, () => {
      const all = texts();
      const from = all[1]!;
      const to = all.find((text) => text.getTopLevelElement()!.getIndexWithinParent() >= from.getTopLevelElement()!.getIndexWithinParent() + 3)!;
      const selection = $createRangeSelection();
      selection.anchor.set(from.getKey(), 2, 'text');
      selection.focus.set(to.getKey(), 2, 'text');
      $setSelection(selection);
      selection.removeText();
    });
    expectWhole(editor, plan);
  });

  it('a locked segment keeps its delivered target through typing into it and a deletion across it', () => {
    const lockedIndex = document.segments.findIndex((segment, index) => index > 2 && !segment.ignorable && segment.mtTarget.some((item) => item.type === 'tag'));
    const { editor, plan } = open(lockedIndex);
    const lockedId = document.segments[lockedIndex]!.id;
    const delivered = plainText(document.segments[lockedIndex]!.mtTarget, 'placeholder');
    const lockedTarget = () => editor.getEditorState().read(() => plainText($readSegmentTargets().find((target) => target.id === lockedId)!.content, 'placeholder'));
    run(editor, () => {
      const text = texts().find((node) => (node.getTopLevelElement() as SegmentNode).getSegmentId() === lockedId)!;
      text.setTextContent(`${text.getTextContent()} typed`);
    });
    expect(lockedTarget()).toBe(delivered);
    run(editor, () => {
      const all = texts();
      const orderOf = (node: TextNode) => plan.order.get((node.getTopLevelElement() as SegmentNode).getSegmentId())!;
      const from = all.filter((node) => orderOf(node) < plan.order.get(lockedId)!).at(-1)!;
      const to = all.find((node) => orderOf(node) > plan.order.get(lockedId)!)!;
      const selection = $createRangeSelection();
      selection.anchor.set(from.getKey(), 1, 'text');
      selection.focus.set(to.getKey(), 1, 'text');
      $setSelection(selection);
      selection.removeText();
    });
    expectWhole(editor, plan);
    expect(lockedTarget()).toBe(delivered);
  });

  it('a deleted tag comes back; a pasted copy of a block becomes part of the segment it lands in', () => {
    const { editor, plan } = open();
    run(editor, () => {
      const tag = $getRoot().getAllTextNodes().length >= 0 ? ($getRoot().getChildren() as SegmentNode[]).flatMap((block) => block.getChildren().filter($isInlineTagNode))[0]! : null;
      (tag as InlineTagNode).remove();
    });
    expectWhole(editor, plan);
    run(editor, () => {
      const blocks = $getRoot().getChildren() as SegmentNode[];
      const copy = $createParagraphNode().append($createTextNode('pasted words'));
      blocks[5]!.insertAfter(copy);
    });
    expectWhole(editor, plan);
    editor.getEditorState().read(() => {
      const blocks = $getRoot().getChildren() as SegmentNode[];
      expect(blocks[6]!.getSegmentId()).toBe(blocks[5]!.getSegmentId());
      expect(blocks[6]!.getTextContent()).toBe('pasted words');
    });
  });

  it('whatever a reviewer does, in any order, with undo, every segment and tag is still there (property)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.string({ maxLength: 5 }) }),
      fc.record({ kind: fc.constant('enter' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('delete-range' as const), at: fc.nat(), span: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ kind: fc.constant('remove-tag' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('remove-block' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
        const { editor, plan } = open();
        for (const step of ops) {
          if (step.kind === 'undo') {
            editor.dispatchCommand(UNDO_COMMAND, undefined);
            run(editor, () => undefined);
            continue;
          }
          run(editor, () => {
            const all = texts();
            if (all.length === 0) return;
            if (step.kind === 'remove-tag') {
              const tags = ($getRoot().getChildren() as SegmentNode[]).flatMap((block) => block.getChildren().filter($isInlineTagNode));
              tags[step.at % Math.max(1, tags.length)]?.remove();
              return;
            }
            if (step.kind === 'remove-block') {
              const blocks = $getRoot().getChildren();
              if (blocks.length > 1) blocks[step.at % blocks.length]!.remove();
              return;
            }
            const text = all[step.at % all.length]!;
            const offset = step.at % (text.getTextContentSize() + 1);
            const selection = $createRangeSelection();
            selection.anchor.set(text.getKey(), offset, 'text');
            if (step.kind === 'delete-range') {
              const end = all[Math.min(all.length - 1, (step.at % all.length) + step.span)]!;
              selection.focus.set(end.getKey(), Math.min(1, end.getTextContentSize()), 'text');
            } else selection.focus.set(text.getKey(), offset, 'text');
            $setSelection(selection);
            if (step.kind === 'type') selection.insertText(step.text);
            else if (step.kind === 'enter') selection.insertParagraph();
            else selection.removeText();
          });
        }
        expectWhole(editor, plan);
      }),
      { numRuns: 60 },
    );
  });
});
