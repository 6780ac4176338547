// Renderer: what the backup feature offers the rest of the app.
export { BackupSection } from './backup-section';
export { BackupCommands } from './backup-commands';
export { useBackupLifecycle } from './use-backup-lifecycle';
