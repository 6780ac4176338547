// Renderer: every way a document enters the library (dialog, drop, clipboard) ends here.
import { useCallback } from 'react';
import type { OpenedFile } from '@core/host';
import { DOCUMENT_FILE_FILTER } from '@core/formats/documents/document-format';
import { isDocumentImportError } from '@core/formats/documents/import-error';
import { articleFromText, importDocument } from '../../editor/import/import-document';
import { createDocument, findSameText, useDatabase, type DocumentSummary } from '../../db';
import type { DuplicateChoice } from './duplicate-dialog';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { errorMessage } from '@core/errors';
import { looksLikeMqmTsv, systemsTableOf, type SystemsTable } from '../mqm-systems';
import { BILINGUAL_EXTENSIONS, looksLikeBilingual, MAX_BILINGUAL_BYTES } from '@core/formats/xliff';
import { importBilingualFile, type ChooseLanguagePair } from '../bilingual';

export interface DocumentImport {
  importFromDialog(): Promise<void>;
  importFiles(files: OpenedFile[]): Promise<void>;
  importFromClipboard(): Promise<void>;
}

/** The import dialog offers documents and MQM evaluations (decided by content, not extension). */
const MQM_TSV_FILTER = { name: 'MQM evaluation (TSV)', extensions: ['tsv'] };
const BILINGUAL_FILTER = { name: 'Bilingual files (XLIFF, SDLXLIFF, TMX)', extensions: [...BILINGUAL_EXTENSIONS] };

/**
 * Converts first and stores after, so a file that fails conversion leaves the
 * library exactly as it was; the store itself writes each document in one transaction.
 * An MQM TSV (WMT, Anthea) is not a document: it opens its systems table.
 */
export function useDocumentImport(
  onImported: (documentId: string) => void,
  onSystemsTable?: (table: SystemsTable) => void,
  choosePair?: ChooseLanguagePair,
  /** Asked when a file's text is already in the library; without it, a copy is imported. */
  chooseDuplicate?: (fileName: string, existing: DocumentSummary) => Promise<DuplicateChoice>,
): DocumentImport {
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();

  const importFiles = useCallback(
    async (files: OpenedFile[]) => {
      for (const file of files) {
        if (!file.ok) {
          notify('error', `Could not import “${file.name}”: ${file.reason}.`);
          continue;
        }
        if (onSystemsTable && looksLikeMqmTsv(file.bytes)) {
          try {
            onSystemsTable(systemsTableOf(file.name, file.bytes));
          } catch (error) {
            notify('error', errorMessage(error));
          }
          continue;
        }
        if (looksLikeBilingual(file.name, file.bytes)) {
          try {
            const imported = await importBilingualFile(database, file, choosePair);
            if (!imported) {
              notify('info', `Did not import “${file.name}”: no language pair was chosen.`);
              continue;
            }
            onImported(imported.document.id);
            notify('info', imported.summary);
          } catch (error) {
            notify('error', errorMessage(error));
          }
          continue;
        }
        let article;
        try {
          article = await importDocument(file);
        } catch (error) {
          notify('error', errorMessage(error));
          continue;
        }
        if (chooseDuplicate) {
          const same = await findSameText(database, article.plainText, article.wordCount).catch(() => undefined);
          const choice = same ? await chooseDuplicate(file.name, same) : 'copy';
          if (same && choice === 'open') {
            onImported(same.id);
            notify('info', `Opened “${same.title}”, which has the text of “${file.name}”.`);
            continue;
          }
          if (choice === null) {
            notify('info', `Did not import “${file.name}”.`);
            continue;
          }
        }
        try {
          const document = await createDocument(database, {
            title: article.title,
            origin: { kind: 'file', fileName: file.name, format: article.format === 'clipboard' ? 'txt' : article.format },
            editorState: article.editorState,
            plainText: article.plainText,
            wordCount: article.wordCount,
          });
          onImported(document.id);
          notify('info', `Imported “${file.name}”.`);
        } catch (error) {
          notify('error', `Could not import “${file.name}”: it could not be saved (${errorMessage(error)}).`);
        }
      }
    },
    [chooseDuplicate, choosePair, database, notify, onImported, onSystemsTable],
  );

  const importFromDialog = useCallback(async () => {
    try {
      const files = await host.openFiles({
        title: 'Import documents',
        multiple: true,
        // Bilingual files may be larger than documents (a 10,000-segment XLIFF with tags is ~8 MB).
        maxBytes: MAX_BILINGUAL_BYTES,
        filters: onSystemsTable ? [DOCUMENT_FILE_FILTER, BILINGUAL_FILTER, MQM_TSV_FILTER] : [DOCUMENT_FILE_FILTER, BILINGUAL_FILTER],
      });
      await importFiles(files);
    } catch (error) {
      notify('error', `Could not open files: ${errorMessage(error)}`);
    }
  }, [host, importFiles, notify, onSystemsTable]);

  const importFromClipboard = useCallback(async () => {
    let text: string;
    try {
      text = await host.readClipboardText();
    } catch (error) {
      notify('error', `Could not read the clipboard: ${errorMessage(error)}`);
      return;
    }
    if (!text.trim()) {
      notify('error', 'The clipboard has no text to make a document from.');
      return;
    }
    try {
      const article = articleFromText(text);
      const document = await createDocument(database, {
        title: article.title,
        origin: { kind: 'clipboard' },
        editorState: article.editorState,
        plainText: article.plainText,
        wordCount: article.wordCount,
      });
      onImported(document.id);
      notify('info', 'Created a document from the clipboard.');
    } catch (error) {
      notify('error', isDocumentImportError(error) ? error.message : `Could not create a document from the clipboard: ${errorMessage(error)}`);
    }
  }, [database, host, notify, onImported]);

  return { importFromDialog, importFiles, importFromClipboard };
}
