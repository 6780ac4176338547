// Zip archives (.docx, .xlsx) unpacked within limits: the public surface of core/formats/archive.
export { ArchiveLimitError, DOCX_LIMITS, XLSX_LIMITS, archiveReason, formatBytes, isArchiveLimitError } from './archive-limits';
export type { ArchiveLimits, ArchiveProblem } from './archive-limits';
export { checkArchive, defuseArchive, listArchiveEntries, repackStored, unpackWithinLimits } from './unpack';
export type { ArchiveEntry } from './unpack';
