/** The public surface of the storage layer: features import from here, never from Dexie. */
export { DEFAULT_DATABASE_NAME, GlossaDatabase, db, openGlossaDatabase } from './database';
export type { Clock } from './clock';
export { newId } from './ids';
export { StorageError } from './errors';
export { LATEST_SCHEMA_VERSION, TABLE_NAMES } from './schema';
export type { TableName } from './schema';
export { writeAll } from './transaction';
export {
  createDocument,
  getBilingual,
  getDocument,
  getDocumentSummary,
  getDocumentText,
  findSameText,
  listDocuments,
  listTrash,
  renameDocument,
  saveDocumentContent,
  setLanguagePair,
  setScrollTop,
} from './documents';
export type { CreateDocumentInput, DocumentSummary } from './documents';
export { emptyTrash, moveToTrash, restoreFromTrash } from './trash';
export { getBaseline, setBaseline } from './baselines';
export { addReply, createAnnotation, deleteReply, editReply, restoreReply, deleteAnnotation, getAnnotation, listAnnotations, restoreAnnotation, updateAnnotation } from './annotations';
export type { AnnotationPatch, CreateAnnotationInput } from './annotations';
export { updateAnchors } from './annotation-anchors';
export type { AnchorUpdate } from './annotation-anchors';
export { AnnotationImportError, importAnnotationFile } from './annotation-import';
export type { AnnotationImportReport } from './annotation-import';
export { AnnotationError, statusesFor } from './annotation-validation';
export { dismissFinding, listDismissedKeys, restoreFinding } from './findings';
export { REVIEW_SETTING_DEFAULTS, getSetting, setSetting } from './settings';
export type { SettingKey, SettingValues } from './settings';
export { ensureSampleDocument } from './first-run';
export { DatabaseProvider, useDatabase } from './context';
export {
  useAnnotations,
  useBaseline,
  useBilingual,
  useDismissedKeys,
  useDocument,
  useDocumentGlossaries,
  useDocumentTerms,
  useDocumentText,
  useDocuments,
  useGlossaries,
  useSetting,
  useTerm,
  useTerms,
  useTrash,
} from './hooks';
export {
  createGlossary,
  defaultGlossaryFor,
  glossariesForDocument,
  listGlossaries,
  readDocumentGlossaries,
  setDocumentGlossaries,
  updateGlossary,
} from './glossaries';
export {
  createTerm,
  deleteTerms,
  getTerm,
  importIntoNewGlossary,
  importTerms,
  listTerms,
  listTermsOf,
  mergeDuplicateTerms,
  moveTerms,
  restoreTerms,
  updateTerm,
} from './terms';
export type { ImportReport, TermPatch } from './terms';
export { requestPersistentStorage } from './storage';
export { flushPendingWrites, hasPendingWrites, registerPendingWriter, registerScheduledWriter } from './pending-writes';
export { BackupError, describeBackup, exportLibrary, libraryCounts, restoreBackup } from './backup';
export type { BackupDescription, BackupErrorCode, ExportedLibrary, RestoreReport, TableCounts } from './backup';
export { backupBeforeUpgrade } from './upgrade-backup';
export { WriteScheduler } from './write-scheduler';
export type { WriteState } from './write-scheduler';
