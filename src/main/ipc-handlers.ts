// Main process: the handlers behind the Host contract, one ipcMain.handle per call.
//
// Every call is checked twice before anything happens: who sent it (a top frame of a
// Glossa window showing a Glossa page) and what it asks for (the zod schemas of
// core/host.ts). Only then are dialogs, files, clipboard or shell touched, all through
// injected dependencies so tests can use fakes.
import type { IpcMain, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import {
  BackupNameSchema,
  ConfirmCloseRequestSchema,
  IPC_CHANNELS,
  MAX_IMPORT_BYTES,
  OpenFilesRequestSchema,
  RecentDocumentsSchema,
  SaveFileRequestSchema,
  WriteBackupRequestSchema,
  type AppInfo,
  type BackupEntry,
  type ConfirmCloseRequest,
  type OpenedFile,
  type OpenRequest,
  type RecentDocument,
  type SaveFileResult,
  type WriteBackupResult,
} from '@core/host';
import type { BackupStore } from './backups';
import { isTrustedUrl } from './navigation';
import { isOpenablePath } from './open-requests';

type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;

export interface HostDeps {
  /** Origins whose pages may call the Host (app://glossa, plus the dev server in development). */
  origins: readonly string[];
  /** True when these webContents belong to a window Glossa created. */
  isAppWindow(sender: WebContents): boolean;
  showOpenDialog(owner: WebContents, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(owner: WebContents, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  readClipboardText(): Promise<string>;
  appInfo(): AppInfo;
  /** Where the save dialog starts (e.g. the Documents folder). */
  defaultSaveDirectory(): string;
  /** The backups folder in userData (main/backups.ts). */
  backups: Pick<BackupStore, 'write' | 'list' | 'read'>;
  /** The renderer of these webContents answered prepare-to-close (with `unsaved` when something could not be stored). */
  confirmClose(sender: WebContents, request: ConfirmCloseRequest): void;
  /** File › Open Recent shows these (main rebuilds the menu). */
  setRecentDocuments(documents: RecentDocument[]): void;
  /** The renderer of these webContents listens for open requests: what main held for it. */
  takeOpenRequests(sender: WebContents): OpenRequest[];
  /** A file the user opened from disk, for the OS's recent-documents list. */
  noteRecentFile(path: string): void;
}

/** Deliberately vague: a page that is not ours learns nothing from it. */
export const REFUSED_MESSAGE = 'Request refused.';

/**
 * The sender must be a live frame, the top frame (never an iframe), showing one of
 * our origins, inside a window we created.
 */
function isTrustedSender(event: InvokeEvent, deps: Pick<HostDeps, 'origins' | 'isAppWindow'>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    if (!isTrustedUrl(frame.url, deps.origins)) return false;
    return deps.isAppWindow(event.sender);
  } catch {
    // A frame disposed mid-call throws on access: not a sender we can vouch for.
    return false;
  }
}

function parsePayload<S extends z.ZodType>(schema: S, args: unknown[], call: string): z.output<S> {
  if (args.length !== 1) throw new Error(`Invalid request to ${call}: expected one argument.`);
  const result = schema.safeParse(args[0]);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new Error(`Invalid request to ${call}: ${where}${issue?.message ?? 'bad payload'}.`);
  }
  return result.data;
}

function expectNoPayload(args: unknown[], call: string): void {
  if (args.length !== 0) throw new Error(`Invalid request to ${call}: it takes no arguments.`);
}

/** A short reason a person can act on, from a Node file-system error. */
function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it no longer exists';
    case 'EACCES':
    case 'EPERM':
      return 'permission was denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return 'it could not be read or written';
  }
}

const tooLarge = (maxBytes: number) => `it is larger than ${maxBytes / (1024 * 1024)} MB`;

/** Read one picked file (or one given on the command line), refusing oversized ones before a byte is read. */
export async function readPickedFile(
  path: string,
  deps: Pick<HostDeps, 'stat' | 'readFile'>,
  maxBytes: number = MAX_IMPORT_BYTES,
): Promise<OpenedFile> {
  const name = basename(path);
  try {
    const info = await deps.stat(path);
    if (!info.isFile()) return { ok: false, name, reason: 'it is not a file' };
    if (info.size > maxBytes) return { ok: false, name, reason: tooLarge(maxBytes) };
    const bytes = await deps.readFile(path);
    // The file may have grown between stat and read.
    if (bytes.byteLength > maxBytes) return { ok: false, name, reason: tooLarge(maxBytes) };
    return { ok: true, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    return { ok: false, name, reason: describeFileError(error) };
  }
}

/** Channels main sends on; the renderer never invokes them. */
type MainToRenderer = 'menuCommand' | 'lifecycleRequest' | 'openRequest';
type HostCall = Exclude<keyof typeof IPC_CHANNELS, MainToRenderer>;
type Handler = (event: InvokeEvent, args: unknown[]) => Promise<unknown>;

function createHandlers(deps: HostDeps): Record<HostCall, Handler> {
  return {
    async openFiles(event, args): Promise<OpenedFile[]> {
      const request = parsePayload(OpenFilesRequestSchema, args, 'openFiles');
      const result = await deps.showOpenDialog(event.sender, {
        ...(request.title ? { title: request.title } : {}),
        filters: request.filters,
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled) return [];
      const paths = request.multiple ? result.filePaths : result.filePaths.slice(0, 1);
      const opened: OpenedFile[] = [];
      // One at a time: twenty 20 MB files read in parallel would hold 400 MB at once.
      for (const path of paths) {
        const file = await readPickedFile(path, deps, request.maxBytes);
        opened.push(file);
        if (file.ok && isOpenablePath(path)) deps.noteRecentFile(path);
      }
      return opened;
    },

    async saveFile(event, args): Promise<SaveFileResult> {
      const request = parsePayload(SaveFileRequestSchema, args, 'saveFile');
      const result = await deps.showSaveDialog(event.sender, {
        ...(request.title ? { title: request.title } : {}),
        defaultPath: join(deps.defaultSaveDirectory(), request.suggestedName),
        filters: request.filters,
      });
      if (result.canceled || !result.filePath) return { saved: false };
      try {
        await deps.writeFile(result.filePath, request.data);
      } catch (error) {
        throw new Error(`Could not save ${basename(result.filePath)}: ${describeFileError(error)}.`, { cause: error });
      }
      return { saved: true, location: result.filePath };
    },

    async readClipboardText(_event, args): Promise<string> {
      expectNoPayload(args, 'readClipboardText');
      return deps.readClipboardText();
    },

    async getAppInfo(_event, args): Promise<AppInfo> {
      expectNoPayload(args, 'getAppInfo');
      return deps.appInfo();
    },

    async writeBackup(_event, args): Promise<WriteBackupResult> {
      const request = parsePayload(WriteBackupRequestSchema, args, 'writeBackup');
      try {
        const entry = await deps.backups.write(request.data, request.schemaVersion, request.reason, request.keep);
        return { saved: true, name: entry.name, location: 'the backups folder' };
      } catch (error) {
        throw new Error(`Could not write the backup: ${describeFileError(error)}.`, { cause: error });
      }
    },

    async listBackups(_event, args): Promise<BackupEntry[]> {
      expectNoPayload(args, 'listBackups');
      return deps.backups.list();
    },

    async readBackup(_event, args): Promise<OpenedFile> {
      // Only a name main itself listed; the store checks it against its listing too.
      const name = parsePayload(BackupNameSchema, args, 'readBackup');
      return deps.backups.read(name);
    },

    async confirmClose(event, args): Promise<void> {
      const request = parsePayload(ConfirmCloseRequestSchema, args, 'confirmClose');
      deps.confirmClose(event.sender, request);
    },

    async setRecentDocuments(_event, args): Promise<void> {
      deps.setRecentDocuments(parsePayload(RecentDocumentsSchema, args, 'setRecentDocuments'));
    },

    async takeOpenRequests(event, args): Promise<OpenRequest[]> {
      expectNoPayload(args, 'takeOpenRequests');
      return deps.takeOpenRequests(event.sender);
    },
  };
}

/**
 * Register one handler per Host call (menuCommand, lifecycleRequest and openRequest are main → renderer, so they have none).
 * Returns a function that removes them again.
 */
export function registerHostHandlers(ipcMain: IpcMainLike, deps: HostDeps): () => void {
  const handlers = createHandlers(deps);
  const calls = Object.keys(handlers) as HostCall[];
  for (const call of calls) {
    const handler = handlers[call];
    ipcMain.handle(IPC_CHANNELS[call], async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event, deps)) throw new Error(REFUSED_MESSAGE);
      return handler(event, args);
    });
  }
  return () => {
    for (const call of calls) ipcMain.removeHandler(IPC_CHANNELS[call]);
  };
}
