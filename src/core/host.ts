/**
 * The Host contract: everything the renderer may ask of the platform it runs on.
 *
 * The renderer talks to the platform only through this interface. Two adapters
 * implement it: Electron (through the preload bridge, which exposes exactly one
 * function per call below) and Web (file input, downloads, the Clipboard API).
 * Main validates the sender and the payload of every call with the zod schemas
 * here, so the shapes are written once and shared by both sides.
 */
import { z } from 'zod';
import { COMMAND_IDS, type MenuCommand } from './commands';

/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The most a renderer may ask to open in one file (glossaries are larger than articles). */
export const MAX_OPEN_BYTES = 80 * 1024 * 1024;
/** The largest payload a renderer may ask main to write. */
const MAX_SAVE_BYTES = 200 * 1024 * 1024;

export const FileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i)).min(1).max(20),
});
export type FileFilter = z.infer<typeof FileFilterSchema>;

export const OpenFilesRequestSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(FileFilterSchema).max(10).default([]),
  multiple: z.boolean().default(false),
  /** Files larger than this are refused before a byte is read. */
  maxBytes: z.number().int().positive().max(MAX_OPEN_BYTES).default(MAX_IMPORT_BYTES),
});
type OpenFilesRequest = z.input<typeof OpenFilesRequestSchema>;

/** A file the user picked: its bytes, or why it could not be read. */
export type OpenedFile =
  | { ok: true; name: string; bytes: Uint8Array }
  | { ok: false; name: string; reason: string };

export const SaveFileRequestSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name), 'a file name, not a path'),
  filters: z.array(FileFilterSchema).max(10).default([]),
  mimeType: z.string().max(100).default('application/octet-stream'),
  data: z.union([
    z.string().max(MAX_SAVE_BYTES),
    z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'too large'),
  ]),
});
type SaveFileRequest = z.input<typeof SaveFileRequestSchema>;

export type SaveFileResult = { saved: true; location: string } | { saved: false };

/** Commands the native menu (or the web shell's keyboard handler) sends to the renderer:
 * the ids of the command table in core/commands.ts, where each command is declared. */
export const MENU_COMMANDS = COMMAND_IDS;
export const MenuCommandSchema = z.enum(MENU_COMMANDS);
export type { MenuCommand };

/** Why a backup was written; part of its file name. */
const BACKUP_REASONS = ['manual', 'daily', 'quit', 'before-upgrade', 'before-restore'] as const;
const BackupReasonSchema = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** The largest backup main writes or reads (a library of 100,000 terms and a 200k-word article is well under it). */
export const MAX_BACKUP_BYTES = MAX_SAVE_BYTES;
/** How many backups the backups folder keeps when the setting says nothing. */
export const DEFAULT_BACKUPS_TO_KEEP = 10;
export const MAX_BACKUPS_TO_KEEP = 100;

/**
 * The only file names main reads or writes in the backups folder:
 * glossa-YYYY-MM-DD-HHMMSS-v<schema>-<reason>[-n].json (n when two land in one second).
 */
export const BACKUP_FILE_PATTERN = /^glossa-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})-v(\d{1,4})-([a-z]+(?:-[a-z]+)*?)(?:-(\d{1,3}))?\.json$/;
export const BackupNameSchema = z.string().max(100).regex(BACKUP_FILE_PATTERN, 'not the name of a Glossa backup');

export const WriteBackupRequestSchema = z.object({
  reason: BackupReasonSchema,
  schemaVersion: z.number().int().min(1).max(9999),
  /** The backups folder keeps this many, newest first (the renderer's setting). */
  keep: z.number().int().min(1).max(MAX_BACKUPS_TO_KEEP).default(DEFAULT_BACKUPS_TO_KEEP),
  data: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= MAX_BACKUP_BYTES, 'empty or too large'),
});
export type WriteBackupRequest = z.input<typeof WriteBackupRequestSchema>;

/** Where a backup went: the backups folder (desktop) or a download (web). */
export type WriteBackupResult = { saved: true; name: string; location: string } | { saved: false };

/** One backup in the backups folder, as main lists it (newest first). */
export interface BackupEntry {
  name: string;
  /** When it was written (from its name), ms since the epoch. */
  createdAt: number;
  schemaVersion: number;
  reason: string;
  bytes: number;
}

/**
 * The renderer's answer to prepare-to-close: everything is stored, or why something is not
 * (a save that failed); main then asks the user whether to close anyway.
 */
export const ConfirmCloseRequestSchema = z.object({ unsaved: z.string().min(1).max(500).optional() });
export type ConfirmCloseRequest = z.infer<typeof ConfirmCloseRequestSchema>;

/** What main asks of the renderer: store everything and confirm before the window closes, or write the daily backup. */
export const LifecycleRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prepare-to-close') }),
  z.object({ type: z.literal('daily-backup') }),
]);
export type LifecycleRequest = z.infer<typeof LifecycleRequestSchema>;

/** A file read for the renderer: its bytes, or why it could not be read (main → renderer, checked by the preload). */
const OpenedFileSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), name: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(false), name: z.string().min(1).max(255), reason: z.string().min(1).max(300) }),
]);

/**
 * A request from outside the page to open something: files given on the command line, by the
 * file manager's "Open with" or the OS's recent-documents list (read by main); a document
 * chosen in File › Open Recent.
 */
export const OpenRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('files'), files: z.array(OpenedFileSchema).min(1).max(100) }),
  z.object({ type: z.literal('document'), documentId: z.string().min(1).max(100) }),
]);
export type OpenRequest = { type: 'files'; files: OpenedFile[] } | { type: 'document'; documentId: string };

/** How many documents File › Open Recent lists. */
export const MAX_RECENT_DOCUMENTS = 10;
export const RecentDocumentsSchema = z
  .array(z.object({ id: z.string().min(1).max(100), title: z.string().min(1).max(300) }))
  .max(MAX_RECENT_DOCUMENTS);
export type RecentDocument = z.infer<typeof RecentDocumentsSchema>[number];

export interface AppInfo {
  name: string;
  version: string;
  platform: 'electron' | 'web';
  /** Where the app keeps its data, in words a user can follow. */
  dataLocation: string;
  /** What Glossa runs on, for About and bug reports: Electron, Chromium and Node.js, or the browser. */
  runtime: Array<{ name: string; version: string }>;
}

/** The desktop app's runtime as About shows it, from Node's process.versions in main. */
export function electronRuntime(versions: Partial<Record<'electron' | 'chrome' | 'node', string>>): AppInfo['runtime'] {
  const entries: Array<[string, string | undefined]> = [
    ['Electron', versions.electron],
    ['Chromium', versions.chrome],
    ['Node.js', versions.node],
  ];
  return entries.flatMap(([name, version]) => (version ? [{ name, version }] : []));
}

/**
 * The browser the web app runs in, from its user-agent string: Edge, Brave-less Chrome and
 * Chromium all say Chrome/…; Edge adds Edg/…, Firefox says Firefox/…. Unknown: nothing.
 */
export function browserRuntime(userAgent: string): AppInfo['runtime'] {
  const patterns: Array<[string, RegExp]> = [
    ['Microsoft Edge', /\bEdg\/([\d.]+)/],
    ['Firefox', /\bFirefox\/([\d.]+)/],
    ['Chromium', /\bChromium\/([\d.]+)/],
    // HeadlessChrome/… too (automation, tests).
    ['Chrome', /Chrome\/([\d.]+)/],
    ['Safari', /\bVersion\/([\d.]+).*\bSafari\//],
  ];
  for (const [name, pattern] of patterns) {
    const match = pattern.exec(userAgent);
    if (match) return [{ name, version: match[1]! }];
  }
  return [];
}

export interface Host {
  readonly kind: 'electron' | 'web';
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  readClipboardText(): Promise<string>;
  getAppInfo(): Promise<AppInfo>;
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Desktop: into the backups folder, keeping the last `keep`. Web: a download of the file. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  /** The backups in the backups folder, newest first; none on the web. */
  listBackups(): Promise<BackupEntry[]>;
  /** One backup from that list, by the name the list gave. */
  readBackup(name: string): Promise<OpenedFile>;
  /** Answers a prepare-to-close: the window may close, or (with `unsaved`) main asks the user first. */
  confirmClose(request?: ConfirmCloseRequest): Promise<void>;
  /** Subscribe to main's lifecycle requests; returns the unsubscribe function. Never fires on the web. */
  onLifecycleRequest(listener: (request: LifecycleRequest) => void): () => void;
  /** Desktop: File › Open Recent lists these, most recent first. Web: nothing (the library is the list). */
  setRecentDocuments(documents: readonly RecentDocument[]): Promise<void>;
  /**
   * Subscribe to open requests from outside the page; returns the unsubscribe function. Requests
   * that arrived before the first subscription (files given at launch) are delivered on subscribing.
   * Never fires on the web.
   */
  onOpenRequest(listener: (request: OpenRequest) => void): () => void;
}

/**
 * IPC channel names, one per Host call. The preload bridge and main's handlers
 * both read them from here so a rename cannot leave one side behind.
 */
export const IPC_CHANNELS = {
  openFiles: 'glossa:open-files',
  saveFile: 'glossa:save-file',
  readClipboardText: 'glossa:read-clipboard-text',
  getAppInfo: 'glossa:get-app-info',
  menuCommand: 'glossa:menu-command',
  writeBackup: 'glossa:write-backup',
  listBackups: 'glossa:list-backups',
  readBackup: 'glossa:read-backup',
  confirmClose: 'glossa:confirm-close',
  lifecycleRequest: 'glossa:lifecycle-request',
  setRecentDocuments: 'glossa:set-recent-documents',
  openRequest: 'glossa:open-request',
  /** The renderer is listening: main answers with the open requests it held until then. */
  takeOpenRequests: 'glossa:take-open-requests',
} as const;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_NAME = 'glossaHost';

/** What the preload exposes: the Host calls, minus `kind` (the adapter adds it). */
export type HostBridge = Omit<Host, 'kind'>;
