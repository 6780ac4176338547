// Renderer: MQM evaluations from TSV files (WMT, Google's Anthea): the systems table. Other
// features import it from here only.
export { SystemsTableDialog } from './systems-table-dialog';
export { looksLikeMqmTsv, systemsTableOf, type SystemsTable } from './systems-table';
export { openMqmSystem } from './open-system';
