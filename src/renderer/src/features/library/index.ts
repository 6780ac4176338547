// Renderer: what the library feature offers the rest of the app.
export { LibraryPane } from './library-pane';
export { makeSampleDocument } from './sample-article';
export { useDocumentImport, type DocumentImport } from './use-document-import';
export { readDroppedFiles } from './dropped-files';
export { DuplicateDialog, type DuplicateChoice, type DuplicateRequest } from './duplicate-dialog';
export { clearRecent, rememberOpened, useRecentDocumentsMenu } from './recent-documents';
