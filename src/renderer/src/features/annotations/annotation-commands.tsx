// Renderer: the Annotate menu and File › Export/Import Annotations, handled where the
// annotations are: while an article is open (inside its LexicalComposer). Marking words is
// an editor command (ANNOTATE_COMMAND, handled by the annotations plugin), dispatched by the
// menu, the keys and the floating toolbar.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $isTextNode, type LexicalNode } from 'lexical';
import { errorMessage } from '@core/errors';
import { $isAnnotationMarkNode } from '../../editor/annotations/annotation-mark-node';
import type { AnnotationKind } from '@core/model';
import { getAnnotation, useDatabase } from '../../db';
import { useCommand } from '../../commands';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { useExportRunner } from '../../ui/use-export-runner';
import { termFromAnnotation } from '../glossary';
import { ANNOTATE_COMMAND } from './annotations-plugin';
import { useAnnotationActions } from './use-annotations';
import { exportAnnotations } from './export-annotations';
import { useImportAnnotations } from './import-annotations';

export function AnnotationCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { create, update, docId, activate } = useAnnotationActions();
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const runExport = useExportRunner();
  const runImport = useImportAnnotations();

  const annotate = (kind: AnnotationKind) => () => void editor.dispatchCommand(ANNOTATE_COMMAND, kind);
  useCommand('annotate.term', annotate('term'));
  useCommand('annotate.flag', annotate('flag'));
  useCommand('annotate.note', annotate('note'));
  useCommand('annotate.query', annotate('query'));

  // From the words under the caret to their card (Esc in the card comes back to the words).
  useCommand('annotate.goToCard', () => {
    const id = editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const markOf = (start: LexicalNode | null) => {
        for (let node = start; node; node = node.getParent()) if ($isAnnotationMarkNode(node)) return node.getIDs()[0] ?? null;
        return null;
      };
      const anchor = selection.anchor.getNode();
      // A caret at the edge of marked words (just before or after them) counts as in them.
      const atEnd = $isTextNode(anchor) && selection.anchor.offset === anchor.getTextContentSize();
      const atStart = selection.anchor.offset === 0;
      return markOf(anchor) ?? (atEnd ? markOf(anchor.getNextSibling()) : null) ?? (atStart ? markOf(anchor.getPreviousSibling()) : null);
    });
    if (id) activate(id, { focusCard: true });
    else notify('info', 'The caret is not in annotated words: put it in a marked word to go to its card.');
  });

  useCommand('annotate.addToGlossary', () => {
    void (async () => {
      const id = await create('term');
      const annotation = id ? await getAnnotation(database, id) : undefined;
      if (!annotation) return;
      try {
        const { term, glossary, existed } = await termFromAnnotation(database, annotation);
        await update(annotation.id, { termId: term.id });
        notify('info', existed ? `Linked to the term already in “${glossary.name}”.` : `Added “${annotation.quote}” to “${glossary.name}”.`);
      } catch (error) {
        notify('error', `Could not add the term to the glossary: ${errorMessage(error)}`);
      }
    })();
  });

  useCommand('file.exportAnnotations', () => runExport(() => exportAnnotations(database, host, docId, 'jsonld')));
  useCommand('file.exportAnnotatedHtml', () => runExport(() => exportAnnotations(database, host, docId, 'html')));
  useCommand('file.importAnnotations', () => void runImport());
  return null;
}
