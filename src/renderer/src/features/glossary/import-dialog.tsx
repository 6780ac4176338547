// Renderer: the import of a glossary file: for tables (CSV, TSV, Excel) a preview where
// each column is mapped to a term field, then one all-or-nothing import and its report:
// rows added, updated, and skipped with the reason for each.
import { useState } from 'react';
import type { Glossary } from '@core/model';
import { rowsFromTable, type ColumnField, type GlossaryReadResult } from '@core/formats/glossary';
import { getSetting, importTerms, useDatabase, type ImportReport } from '../../db';
import { useNotices } from '../../ui/notices';
import type { PendingImport } from './glossary-io';
import { useModalDialog } from '../../ui/modal-dialog';
import { errorMessage } from '@core/errors';

const FIELD_LABELS: ReadonlyArray<{ field: ColumnField; label: string }> = [
  { field: 'ignore', label: '(ignore)' },
  { field: 'source', label: 'Source term' },
  { field: 'target', label: 'Target (MT)' },
  { field: 'preferred', label: 'Preferred' },
  { field: 'forbidden', label: 'Forbidden variants' },
  { field: 'status', label: 'Status' },
  { field: 'partOfSpeech', label: 'Part of speech' },
  { field: 'domain', label: 'Domain' },
  { field: 'definition', label: 'Definition' },
  { field: 'context', label: 'Context' },
  { field: 'note', label: 'Note' },
  { field: 'author', label: 'Author' },
  { field: 'createdAt', label: 'Created' },
  { field: 'updatedAt', label: 'Updated' },
];

const PREVIEW_ROWS = 5;

export function ImportDialog({ glossary, pending, onClose }: { glossary: Glossary; pending: PendingImport; onClose(): void }) {
  const db = useDatabase();
  const { notify } = useNotices();
  const ref = useModalDialog();
  const [mapping, setMapping] = useState<ColumnField[]>(pending.kind === 'table' ? pending.mapping : []);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);


  const run = async () => {
    let result: GlossaryReadResult;
    if (pending.kind === 'table') {
      if (!mapping.some((field) => field === 'source' || field === 'target' || field === 'preferred')) {
        notify('error', 'Map at least one column to the source term, the target or the preferred translation.');
        return;
      }
      result = rowsFromTable(pending.table, mapping);
    } else {
      result = pending.result;
    }
    setBusy(true);
    try {
      const author = (await getSetting(db, 'authorName', '')) || 'Translator';
      setReport(await importTerms(db, glossary.id, result.rows, { author, ...(result.rowNumbers ? { rowNumbers: result.rowNumbers } : {}), skipped: result.skipped }));
    } catch (error) {
      notify('error', `Could not import “${pending.fileName}”: ${errorMessage(error)} Nothing was stored.`);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const used = new Set(mapping.filter((field) => field !== 'ignore'));
  const title = report ? `Imported “${pending.fileName}”` : `Import “${pending.fileName}” into “${glossary.name}”`;
  return (
    <dialog ref={ref} aria-label={title} className="import-dialog" onClose={onClose} onCancel={onClose}>
      <h2>{title}</h2>
      {report ? (
        <ImportReportView report={report} />
      ) : pending.kind === 'table' ? (
        <>
          <p>
            Choose what each column holds. {pending.table.rows.length.toLocaleString()} rows; the first {Math.min(PREVIEW_ROWS, pending.table.rows.length)} are
            shown.
          </p>
          <div className="mapping-preview">
            <table>
              <thead>
                <tr>
                  {pending.table.header.map((header, index) => (
                    <th key={index} scope="col">
                      <label>
                        <span className="column-name">{header || `Column ${index + 1}`}</span>
                        <select
                          aria-label={`Column “${header || index + 1}” holds`}
                          value={mapping[index] ?? 'ignore'}
                          onChange={(event) => {
                            const next = [...mapping];
                            const field = event.target.value as ColumnField;
                            // One column per field: choosing it here frees it elsewhere.
                            for (let other = 0; other < next.length; other += 1) if (next[other] === field && field !== 'ignore') next[other] = 'ignore';
                            next[index] = field;
                            setMapping(next);
                          }}
                        >
                          {FIELD_LABELS.map(({ field, label }) => (
                            <option key={field} value={field}>
                              {label}
                              {field !== 'ignore' && used.has(field) && mapping[index] !== field ? ' (in use)' : ''}
                            </option>
                          ))}
                        </select>
                      </label>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pending.table.rows.slice(0, PREVIEW_ROWS).map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {pending.table.header.map((_, index) => (
                      <td key={index}>{row[index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>
          {pending.result.rows.length.toLocaleString()} {pending.result.rows.length === 1 ? 'entry' : 'entries'} read
          {pending.result.skipped.length > 0 ? `, ${pending.result.skipped.length} unusable` : ''}. Terms already in the glossary are updated.
        </p>
      )}
      <div className="dialog-actions">
        {report ? (
          <button type="button" className="primary" autoFocus onClick={onClose}>
            Close
          </button>
        ) : (
          <>
            <button type="button" className="primary" autoFocus disabled={busy} onClick={() => void run()}>
              {busy ? 'Importing…' : 'Import'}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <div className="import-report" role="status">
      <p>
        <strong>{report.added.toLocaleString()}</strong> added, <strong>{report.updated.toLocaleString()}</strong> updated,{' '}
        <strong>{report.skipped.length.toLocaleString()}</strong> skipped.
      </p>
      {report.skipped.length > 0 ? (
        <details open={report.skipped.length <= 20}>
          <summary>Skipped rows</summary>
          <ul aria-label="Skipped rows">
            {report.skipped.slice(0, 500).map((skipped, index) => (
              <li key={index}>
                Row {skipped.row}: {skipped.reason}
              </li>
            ))}
            {report.skipped.length > 500 ? <li>…and {report.skipped.length - 500} more.</li> : null}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
