// Renderer: File › Import Annotations. Reads a Web Annotation JSON-LD file (what Export
// Annotations writes) onto the open document: the rows are stored first, all or nothing
// (db/annotation-import.ts), then their marks are wrapped in the article, so the marks and the
// margin's cards appear at once, and the next autosave keeps the marks.
import { useCallback } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import { anchorAll } from '@core/anchoring';
import { AnnotationImportError, importAnnotationFile, updateAnchors, useDatabase, type AnnotationImportReport, type GlossaDatabase } from '../../db';
import { $markManyOffsets } from '../../editor/annotations/mark-ranges';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { useAnnotationActions } from './use-annotations';
import { HISTORY_MERGE } from './annotation-sync';
import { errorMessage } from '@core/errors';

const ANNOTATION_FILE_FILTERS = [{ name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }];

/** What the import did, once the marks are in the article. */
interface ImportOutcome {
  report: AnnotationImportReport;
  /** Stored annotations that were found but could not be marked (the text changed meanwhile): now orphans. */
  unplaced: number;
}

/**
 * Imports the file onto the document open in `editor` and marks the annotations it placed.
 * Throws AnnotationImportError for a file that is not such a collection (nothing is stored).
 */
async function importAnnotationsIntoArticle(
  editor: LexicalEditor,
  db: GlossaDatabase,
  input: { docId: string; fileName: string; data: Uint8Array | string },
): Promise<ImportOutcome> {
  const text = editor.getEditorState().read(() => $getRoot().getTextContent());
  const report = await importAnnotationFile(db, { ...input, text });
  if (report.placements.length === 0) return { report, unplaced: 0 };
  let placed = new Set<string>();
  editor.update(
    () => {
      const now = $getRoot().getTextContent();
      // Typing while the rows were being stored moved the words: find them again in the text as it is.
      const placements = now === text ? report.placements : placementsIn(now, report);
      placed = $markManyOffsets(placements);
    },
    { tag: HISTORY_MERGE, discrete: true },
  );
  // The marks joined the current undo step; undoing an earlier edit would unwrap them and make
  // the imported annotations orphans. An import starts a new history, as opening a document does.
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  const unplaced = report.stored.filter((row) => row.anchorState !== 'orphan' && !placed.has(row.id));
  if (unplaced.length > 0) {
    await updateAnchors(
      db,
      unplaced.map((row) => ({ id: row.id, selectors: row.selectors, anchorState: 'orphan' as const, anchorConfidence: 0 })),
    );
  }
  return { report, unplaced: unplaced.length };
}

function placementsIn(text: string, report: AnnotationImportReport): { id: string; start: number; end: number }[] {
  const rows = report.stored.filter((row) => row.anchorState !== 'orphan');
  const results = anchorAll(text, rows);
  return rows.flatMap((row, index) => {
    const result = results[index]!;
    return result.state === 'orphan' ? [] : [{ id: row.id, start: result.start, end: result.end }];
  });
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Imported 12 annotations from review.jsonld (3 need a check, 1 could not be placed, 2 already here were skipped)." */
export function importNotice({ report, unplaced }: ImportOutcome): string {
  const details = [
    report.needCheck > 0 ? `${count(report.needCheck, 'needs', 'need')} a check` : '',
    report.orphans + unplaced > 0 ? `${report.orphans + unplaced} could not be placed` : '',
    report.skippedHere > 0 ? `${report.skippedHere} already here ${report.skippedHere === 1 ? 'was' : 'were'} skipped` : '',
    report.skippedElsewhere > 0
      ? `${report.skippedElsewhere} already on another document ${report.skippedElsewhere === 1 ? 'was' : 'were'} skipped`
      : '',
  ].filter((detail) => detail !== '');
  const imported = report.stored.length === 0 ? 'no annotations' : count(report.stored.length, 'annotation', 'annotations');
  return `Imported ${imported} from ${report.fileName}${details.length > 0 ? ` (${details.join(', ')})` : ''}.`;
}

/** File › Import Annotations…: asks for a file and imports it onto the open document. */
export function useImportAnnotations(): () => Promise<void> {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const { docId } = useAnnotationActions();
  return useCallback(async () => {
    if (!editor.isEditable()) {
      notify('error', 'This document is open read-only here, so annotations cannot be imported onto it.');
      return;
    }
    try {
      const [file] = await host.openFiles({ title: 'Import annotations', filters: ANNOTATION_FILE_FILTERS });
      if (!file) return;
      if (!file.ok) {
        notify('error', `“${file.name}” was not imported: ${file.reason}.`);
        return;
      }
      notify('info', importNotice(await importAnnotationsIntoArticle(editor, db, { docId, fileName: file.name, data: file.bytes })));
    } catch (error) {
      if (error instanceof AnnotationImportError) notify('error', error.message);
      else notify('error', `Could not import the annotations: ${errorMessage(error)}`);
    }
  }, [db, docId, editor, host, notify]);
}
