// Renderer: the systems table of an imported MQM TSV: one row per system, sortable by any
// column (the header buttons, keyboard included), exported as CSV.
import { useMemo, useState } from 'react';
import { SYSTEMS_TABLE_COLUMNS, sortSystemScores, systemsTableCsv, type SortDirection, type SystemsTableColumn } from '@core/mqm';
import { fileStem } from '@core/file-names';
import { useHost } from '../../host/context';
import { ModalDialog } from '../../ui/modal-dialog';
import { useExportRunner } from '../../ui/use-export-runner';
import type { SystemsTable } from './systems-table';

const HEADINGS: Readonly<Record<SystemsTableColumn, string>> = {
  system: 'System',
  averagePenalty: 'MQM',
  segments: 'Segments',
  ratings: 'Ratings',
  raters: 'Raters',
  errors: 'Errors',
  penalty: 'Points',
};

function cell(row: SystemsTable['rows'][number], column: SystemsTableColumn): string {
  if (column === 'raters') return String(row.byRater.length);
  if (column === 'averagePenalty') return row.averagePenalty.toFixed(2);
  if (column === 'penalty') return String(Math.round(row.penalty * 10) / 10);
  return String(row[column]);
}

interface SystemsTableDialogProps {
  table: SystemsTable;
  onClose(): void;
  /** Opens one system as a bilingual document with the raters' errors as flags. */
  onOpenSystem(system: string): Promise<void>;
}

export function SystemsTableDialog({ table, onClose, onOpenSystem }: SystemsTableDialogProps) {
  const host = useHost();
  const runExport = useExportRunner();
  const [opening, setOpening] = useState<string | null>(null);
  const openSystem = (system: string) => {
    setOpening(system);
    void onOpenSystem(system).finally(() => setOpening(null));
  };
  const [sort, setSort] = useState<{ column: SystemsTableColumn; direction: SortDirection }>({ column: 'averagePenalty', direction: 'ascending' });
  const rows = useMemo(() => sortSystemScores(table.rows, sort.column, sort.direction), [table.rows, sort]);
  const sortBy = (column: SystemsTableColumn) =>
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));

  const exportCsv = () =>
    runExport(async () => {
      const result = await host.saveFile({
        title: 'Export systems table as CSV',
        suggestedName: `${fileStem(table.fileName)}.systems.csv`,
        mimeType: 'text/csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
        data: systemsTableCsv(rows),
      });
      return result.saved ? result.location : null;
    });

  return (
    <ModalDialog title={`MQM systems: ${table.fileName}`} onClose={onClose}>
      <p className="systems-summary">
        {table.rows.length} systems, {table.raters} raters. Lower is better: the average MQM penalty per segment per rater, with the
        Google WMT weights (Major 5, Minor 1, Minor punctuation 0.1, Non-translation 25). Open a system to review its output beside the
        source, with each rater’s errors as flags.
      </p>
      {table.warnings.length > 0 ? (
        <ul className="systems-warnings" aria-label="Read with warnings">
          {table.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div className="systems-table-wrap">
        <table className="systems-table" aria-label="Systems">
          <thead>
            <tr>
              {SYSTEMS_TABLE_COLUMNS.map((column) => (
                <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : 'none'}>
                  <button type="button" onClick={() => sortBy(column)}>
                    {HEADINGS[column]}
                    <span aria-hidden="true">{sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.system} data-system={row.system}>
                {SYSTEMS_TABLE_COLUMNS.map((column) =>
                  column === 'system' ? (
                    <th key={column} scope="row">
                      {row.system}
                    </th>
                  ) : (
                    <td key={column} data-column={column}>
                      {cell(row, column)}
                    </td>
                  ),
                )}
                <td>
                  <button type="button" aria-label={`Open ${row.system} for review`} disabled={opening !== null} onClick={() => openSystem(row.system)}>
                    {opening === row.system ? 'Opening…' : 'Open'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" onClick={exportCsv}>
          Export CSV…
        </button>
      </p>
    </ModalDialog>
  );
}
