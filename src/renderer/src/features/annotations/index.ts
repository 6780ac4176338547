// Renderer: what the annotations feature offers the rest of the app. Other features import
// it from here only (lint: a feature reaches another through its index).
export { AnnotationsProvider } from './annotations-provider';
export { useAnnotationActions, useAnnotationRows } from './use-annotations';
export { AnnotationCommandsPlugin } from './annotation-commands';
export { ANNOTATE_COMMAND } from './annotations-plugin';
export { AnnotationMargin } from './annotation-margin';
export { AnnotationsPanel } from './annotations-panel';
export { exportAnnotations } from './export-annotations';
export { useImportAnnotations } from './import-annotations';
export { FloatingToolbar } from './floating-toolbar';
export { OrphanList } from './orphan-list';
export { STATUS_LABELS } from './kinds';
