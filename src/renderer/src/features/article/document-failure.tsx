// Renderer: what the article pane shows when a document cannot be opened (its stored state
// does not parse, or rendering it throws): what happened, the document's raw data to keep,
// and the way out (Trash). The document is not reopened automatically at the next start.
import { useEffect } from 'react';
import { getDocument, getDocumentText, listAnnotations, setSetting, useDatabase, type DocumentSummary } from '../../db';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { fileStem } from '@core/file-names';
import { errorMessage } from '@core/errors';

interface DocumentFailureProps {
  document: DocumentSummary;
  error: Error;
  onRetry(): void;
  onMoveToTrash(): void;
}

export function DocumentFailure({ document, error, onRetry, onMoveToTrash }: DocumentFailureProps) {
  const database = useDatabase();
  const host = useHost();
  const { notify } = useNotices();

  // Whatever the user does next, the next start must not land on this document again.
  useEffect(() => {
    // Left set (the article never rendered): the start-up reads it as "do not open this by itself".
    void setSetting(database, 'documentBeingOpened', document.id).catch(() => undefined);
  }, [database, document.id]);

  const exportRaw = async () => {
    try {
      const [record, text, annotations] = await Promise.all([
        getDocument(database, document.id),
        getDocumentText(database, document.id),
        listAnnotations(database, document.id),
      ]);
      const result = await host.saveFile({
        title: 'Export the document’s raw data',
        suggestedName: `${fileStem(document.title)}.raw.json`,
        mimeType: 'application/json',
        filters: [{ name: 'JSON', extensions: ['json'] }],
        data: JSON.stringify({ document: record, text, annotations }, null, 2),
      });
      if (result.saved) notify('info', `Exported to ${result.location}.`);
    } catch (cause) {
      notify('error', `Could not export the raw data: ${errorMessage(cause)}`);
    }
  };

  return (
    <main className="article-pane" aria-label="Article">
      <div className="document-failure" role="alert">
        <h2>“{document.title}” could not be opened</h2>
        <p>
          Its stored text could not be read: {error.message || error.name}. Nothing in it was changed, and Glossa will not open it
          by itself the next time it starts.
        </p>
        <p>Export its raw data to keep it (text, annotations, as stored), then move it to the Trash, or try once more.</p>
        <div className="document-failure-actions">
          <button type="button" onClick={() => void exportRaw()}>
            Export raw data…
          </button>
          <button type="button" className="danger" onClick={onMoveToTrash}>
            Move to Trash
          </button>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    </main>
  );
}
