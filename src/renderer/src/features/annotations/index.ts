// Renderer: what the annotations feature offers the rest of the app. Other features import
// it from here only (lint: a feature reaches another through its index).
export { AnnotationsProvider, useAnnotationsApi } from './annotations-context';
export { AnnotationCommandsPlugin, ANNOTATE_COMMAND } from './annotation-commands';
export { AnnotationMargin } from './annotation-margin';
export { AnnotationsPanel } from './annotations-panel';
export { exportAnnotations } from './export-annotations';
export { useImportAnnotations } from './import-annotations';
export { FloatingToolbar } from './floating-toolbar';
export { OrphanList } from './orphan-list';
export { STATUS_LABELS } from './kinds';
