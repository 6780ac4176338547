// Renderer: what a bilingual document adds inside its article editor: the segment guard, the
// active segment, and the bilingual exports (File menu).
import { useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { BilingualRecord, DocumentRecord as DocumentSummary } from '@core/model';
import { useCommand } from '../../commands';
import { useDatabase } from '../../db';
import { useHost } from '../../host/context';
import { useNotices } from '../../ui/notices';
import { useExportRunner } from '../../ui/use-export-runner';
import { SegmentGuardPlugin } from '../../editor/bilingual/segment-guard-plugin';
import { segmentPlan } from '../../editor/bilingual/segment-guard';
import { ActiveSegmentPlugin } from './active-segment-plugin';
import { SourceSidePlugin } from './source-side-plugin';
import { exportBilingual, type BilingualExportFormat } from './bilingual-export';

export function BilingualPlugin({ record, document, termsVisible }: { record: BilingualRecord; document: DocumentSummary; termsVisible: boolean }) {
  const [editor] = useLexicalComposerContext();
  const db = useDatabase();
  const host = useHost();
  const { notify } = useNotices();
  const runExport = useExportRunner();
  const plan = useMemo(() => segmentPlan(record, document.sourceLang), [record, document.sourceLang]);
  const run = (format: BilingualExportFormat) =>
    runExport(() =>
      exportBilingual({ db, host, editor, document, record }, format, (segments) =>
        notify('info', `${segments} segment${segments === 1 ? ' was' : 's were'} missing tags that were cut and never pasted; they were put back at the end of the segment.`),
      ),
    );
  useCommand('file.exportBilingual', () => run('xliff'), { enabled: record.original !== '' });
  useCommand('file.exportTmx', () => run('tmx'));
  useCommand('file.exportMqmTsv', () => run('mqm-tsv'));
  return (
    <>
      <SegmentGuardPlugin plan={plan} />
      <ActiveSegmentPlugin />
      <SourceSidePlugin docId={document.id} record={record} termsVisible={termsVisible} />
    </>
  );
}
