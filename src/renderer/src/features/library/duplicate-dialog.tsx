// Renderer: a file whose text is already in the library: open the document that holds it, or
// import a copy (a second import is most often the same file chosen twice, not a new version).
import type { DocumentSummary } from '../../db';
import { useModalDialog } from '../../ui/modal-dialog';
import { formatRelativeTime } from '../../ui/format-time';

export type DuplicateChoice = 'open' | 'copy' | null;

export interface DuplicateRequest {
  readonly fileName: string;
  readonly existing: DocumentSummary;
  resolve(choice: DuplicateChoice): void;
}

export function DuplicateDialog({ request, onDone }: { request: DuplicateRequest; onDone(): void }) {
  const ref = useModalDialog();
  const finish = (choice: DuplicateChoice) => {
    request.resolve(choice);
    onDone();
  };
  const title = `“${request.fileName}” is already in the library`;
  return (
    <dialog ref={ref} aria-label={title} onCancel={() => finish(null)}>
      <h2>{title}</h2>
      <p>
        “{request.existing.title}” has the same text (changed {formatRelativeTime(request.existing.updatedAt)}). Open it, or import the file again as a
        separate document?
      </p>
      <p className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={() => finish('open')}>
          Open “{request.existing.title}”
        </button>
        <button type="button" onClick={() => finish('copy')}>
          Import a copy
        </button>
        <button type="button" onClick={() => finish(null)}>
          Cancel
        </button>
      </p>
    </dialog>
  );
}
