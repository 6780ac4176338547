// Zip archives (.docx, .xlsx) unpacked within limits: the public surface of core/formats/archive.
export { DOCX_LIMITS, XLSX_LIMITS, isArchiveLimitError } from './archive-limits';
export { defuseArchive } from './unpack';
