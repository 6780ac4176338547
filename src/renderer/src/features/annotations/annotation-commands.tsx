// Renderer: the Annotate menu and File › Export/Import Annotations, handled where the
// annotations are: while an article is open (inside its LexicalComposer). Marking words is
// an editor command (ANNOTATE_COMMAND), dispatched by the menu, the keys and the toolbar.
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { errorMessage } from '@core/errors';
import type { AnnotationKind } from '@core/model';
import { getAnnotation, useDatabase } from '../../db';
import { useCommand } from '../../commands';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { useExportRunner } from '../../ui/use-export-runner';
import { termFromAnnotation } from '../glossary';
import { useAnnotationsApi } from './annotations-context';
import { exportAnnotations } from './export-annotations';
import { useImportAnnotations } from './import-annotations';

/** Marks the selected words as an annotation of the given kind. */
export const ANNOTATE_COMMAND: LexicalCommand<AnnotationKind> = createCommand('ANNOTATE_COMMAND');

export function AnnotationCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const { create, update, docId } = useAnnotationsApi();
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const runExport = useExportRunner();
  const runImport = useImportAnnotations();

  useEffect(
    () =>
      editor.registerCommand(
        ANNOTATE_COMMAND,
        (kind) => {
          // Command listeners run inside an editor update; marking the words reads the
          // live selection and commits its own update, so it starts once this one is done
          // (still before the next key event, which the new card's capture field takes).
          queueMicrotask(() => void create(kind));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, create],
  );

  const annotate = (kind: AnnotationKind) => () => void editor.dispatchCommand(ANNOTATE_COMMAND, kind);
  useCommand('annotate.term', annotate('term'));
  useCommand('annotate.flag', annotate('flag'));
  useCommand('annotate.note', annotate('note'));
  useCommand('annotate.query', annotate('query'));

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
