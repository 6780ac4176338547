// @vitest-environment jsdom
// What re-renders when the caret crosses from one annotation to another: the real editor,
// annotation store, cards, floating toolbar and review panel (with its QA checks served in
// process), counted with React's Profiler. Typing a long article crosses marks all the time;
// each crossing must cost two cards, not every reader of the annotations.
import { Profiler, useEffect, type ProfilerOnRenderCallback, type ReactNode } from 'react';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { $setSelection, SELECTION_CHANGE_COMMAND, type LexicalEditor } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runChecks, type CheckContext } from '@core/qa';
import { DatabaseProvider, createDocument, type GlossaDatabase } from '../../db';
import { deleteTestDatabase, documentInput, openTestDatabase } from '../../db/test-database';
import { CommandsProvider } from '../../commands';
import { ArticleContent, ArticleEditor } from '../../editor/article-editor';
import { $selectOffsets } from '../../editor/annotations/text-offsets';
import { editorWith } from '../../editor/test-editor';
import { NoticeProvider } from '../../ui/notices';
import { serve, type WorkerScope } from '../../workers/rpc/serve';
import { ReviewPanel, ReviewProvider } from '../review';
import { AnnotationCard } from './annotation-card';
import { AnnotationsProvider } from './annotations-provider';
import { FloatingToolbar } from './floating-toolbar';
import { useAnnotationActions, useAnnotationRows } from './use-annotations';

const TEXT = 'The superministerial system was announced. Officials kept driving nails into the plan. The rollout begins in May.';
const WORDS = ['superministerial system', 'driving nails', 'rollout'];

/** The QA worker's protocol over a MessageChannel, answered by the real checks in this process. */
class InProcessQaWorker {
  private readonly channel = new MessageChannel();
  constructor() {
    const port = this.channel.port2;
    serve(
      {
        run: (text: string, context: CheckContext, enabledIds?: readonly string[]) => ({ ...runChecks(text, context, enabledIds), elapsedMs: 0 }),
      },
      port as unknown as WorkerScope,
    );
    port.start();
    this.channel.port1.start();
  }
  postMessage(message: unknown, transfer: Transferable[]) {
    this.channel.port1.postMessage(message, transfer);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    if (type === 'message') this.channel.port1.addEventListener('message', listener as (event: MessageEvent) => void);
  }
  terminate() {
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

let db: GlossaDatabase;
let renders: Map<string, number>;
const count: ProfilerOnRenderCallback = (id) => renders.set(id, (renders.get(id) ?? 0) + 1);

beforeEach(() => {
  db = openTestDatabase().db;
  renders = new Map();
  vi.stubGlobal('Worker', InProcessQaWorker);
  // jsdom lays nothing out and has no Range geometry; the toolbar asks where the words are.
  if (!('getBoundingClientRect' in Range.prototype)) {
    Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: () => new DOMRect() });
  }
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await deleteTestDatabase(db);
});

/** Each card in its own Profiler, listed in document order, as the margin lists them. */
function CountedCards() {
  const rows = useAnnotationRows();
  return rows.map((annotation) => (
    <Profiler key={annotation.id} id={`card:${annotation.quote}`} onRender={count}>
      <AnnotationCard annotation={annotation} />
    </Profiler>
  ));
}

let editor: LexicalEditor | null = null;
let actions: ReturnType<typeof useAnnotationActions> | null = null;
/** Hands the test the editor and the actions, as the app's own plugins get them. */
function Handles() {
  const [composerEditor] = useLexicalComposerContext();
  const annotationActions = useAnnotationActions();
  useEffect(() => {
    editor = composerEditor;
    actions = annotationActions;
  }, [composerEditor, annotationActions]);
  return null;
}

function Article({ docId, children }: { docId: string; children: ReactNode }) {
  const initialState = JSON.stringify(editorWith([TEXT]).getEditorState().toJSON());
  return (
    <DatabaseProvider db={db}>
      <NoticeProvider>
        <CommandsProvider>
          <ArticleEditor initialState={initialState} editable onChange={() => undefined}>
            <AnnotationsProvider docId={docId}>
              <ReviewProvider docId={docId}>
                <ArticleContent label="Article" />
                <Handles />
                {children}
              </ReviewProvider>
            </AnnotationsProvider>
          </ArticleEditor>
        </CommandsProvider>
      </NoticeProvider>
    </DatabaseProvider>
  );
}

/** Puts the caret inside the words, as a click there would, and lets React settle. */
async function caretInto(words: string) {
  const offset = TEXT.indexOf(words) + 2;
  await act(async () => {
    editor!.update(
      () => {
        const selection = $selectOffsets(offset, offset + 1);
        if (!selection) throw new Error(`no text at ${offset}`);
        selection.focus.set(selection.anchor.key, selection.anchor.offset, 'text');
        $setSelection(selection);
      },
      { discrete: true },
    );
    editor!.dispatchCommand(SELECTION_CHANGE_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('moving the caret between annotations', () => {
  it('re-renders the card it leaves and the card it enters, not the other cards, the toolbar or the review panel', async () => {
    const docId = (await createDocument(db, documentInput({ plainText: TEXT }))).id;
    render(
      <Article docId={docId}>
        <Profiler id="toolbar" onRender={count}>
          <FloatingToolbar />
        </Profiler>
        <Profiler id="review panel" onRender={count}>
          <ReviewPanel score={null} onExport={() => undefined} />
        </Profiler>
        <CountedCards />
      </Article>,
    );
    await waitFor(() => expect(actions).not.toBeNull());
    for (const words of WORDS) {
      const start = TEXT.indexOf(words);
      await act(() => actions!.createAt('flag', start, start + words.length, { body: `About “${words}”` }));
    }
    const cards = () => [...document.querySelectorAll('article.annotation-card')];
    await waitFor(() => expect(cards()).toHaveLength(WORDS.length));
    // The review panel lists the three flags once the QA run has answered.
    await waitFor(() => expect(document.querySelectorAll('.queue-entry[data-type="flag"]')).toHaveLength(WORDS.length));

    await caretInto('superministerial system');
    await waitFor(() => expect(document.querySelector('article.annotation-card.is-active blockquote')?.textContent).toBe('superministerial system'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    renders.clear();

    await caretInto('driving nails');

    expect(document.querySelector('article.annotation-card.is-active blockquote')?.textContent).toBe('driving nails');
    expect(Object.fromEntries(renders)).toEqual({ 'card:superministerial system': 1, 'card:driving nails': 1 });
  });
});
