// Renderer: runs an export and tells the translator where it went, or why it failed: the
// one way every File › Export… command and Export button reports its outcome.
import { useCallback } from 'react';
import { errorMessage } from '@core/errors';
import { useNotices } from './notices';

/** The export resolves to where the file went, or null when the translator cancelled. */
type ExportRun = () => Promise<string | null>;

export function useExportRunner(): (run: ExportRun) => void {
  const { notify } = useNotices();
  return useCallback(
    (run: ExportRun) =>
      void run().then(
        (location) => location && notify('info', `Exported to ${location}.`),
        (error: unknown) => notify('error', `Could not export: ${errorMessage(error)}`),
      ),
    [notify],
  );
}
