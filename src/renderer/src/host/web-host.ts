// Renderer: the Host in a plain browser (`npm run web`): a file input to open, a download
// to save, the Clipboard API, and the keyboard shortcuts of core/commands.ts in place
// of a native menu.
import { commandForKeyEvent, type KeyPlatform } from '@core/commands';
import {
  OpenFilesRequestSchema,
  browserRuntime,
  SaveFileRequestSchema,
  WriteBackupRequestSchema,
  type AppInfo,
  type BackupEntry,
  type FileFilter,
  type Host,
  type MenuCommand,
  type OpenedFile,
  type SaveFileResult,
  type WriteBackupResult,
} from '@core/host';
import { readPickedFile } from './picked-file';

/** Set by a Vite `define` when the build provides one; see appVersion(). */
declare const __GLOSSA_VERSION__: string | undefined;

export const FALLBACK_VERSION = '0.1.0';

function appVersion(): string {
  if (typeof __GLOSSA_VERSION__ === 'string' && __GLOSSA_VERSION__) return __GLOSSA_VERSION__;
  const fromEnv: unknown = import.meta.env['VITE_APP_VERSION'];
  return typeof fromEnv === 'string' && fromEnv ? fromEnv : FALLBACK_VERSION;
}

export function keyPlatformOf(navigatorLike: Pick<Navigator, 'platform' | 'userAgent'>): KeyPlatform {
  return /Mac|iPhone|iPad/.test(navigatorLike.platform || navigatorLike.userAgent) ? 'mac' : 'other';
}

/** The input's accept attribute: ".txt,.md"; empty (anything) when a filter allows "*". */
export function acceptFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return [...new Set(extensions.map((extension) => `.${extension.toLowerCase()}`))].join(',');
}

async function openFiles(request: Parameters<Host['openFiles']>[0]): Promise<OpenedFile[]> {
  const { filters, multiple, maxBytes } = OpenFilesRequestSchema.parse(request);
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = multiple;
  const accept = acceptFor(filters);
  if (accept) input.accept = accept;
  input.hidden = true;
  document.body.append(input);

  const picked = await new Promise<File[]>((resolve) => {
    const settle = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => settle(Array.from(input.files ?? [])), { once: true });
    // Fired (Chromium 113+, Firefox 91+, Safari 16.4+) when the user dismisses the picker.
    input.addEventListener('cancel', () => settle([]), { once: true });
    input.click();
  });

  const files = multiple ? picked : picked.slice(0, 1);
  const opened: OpenedFile[] = [];
  for (const file of files) opened.push(await readPickedFile(file, maxBytes));
  return opened;
}

/** How long the download's blob URL stays valid: long enough for the browser to start it. */
const REVOKE_AFTER_MS = 60_000;

async function saveFile(request: Parameters<Host['saveFile']>[0]): Promise<SaveFileResult> {
  const { suggestedName, mimeType, data } = SaveFileRequestSchema.parse(request);
  // Copy bytes into a plain ArrayBuffer-backed array: a Blob cannot take a SharedArrayBuffer view.
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return { saved: true, location: 'Downloads' };
}

export const CLIPBOARD_UNAVAILABLE =
  'This browser does not let web pages read the clipboard. Paste the text with Ctrl+V (⌘V on a Mac) instead.';
export const CLIPBOARD_DENIED =
  'Glossa was not allowed to read the clipboard. Allow clipboard access for this site in your browser (the icon in the address bar) and try again.';

async function readClipboardText(): Promise<string> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.readText !== 'function') throw new Error(CLIPBOARD_UNAVAILABLE);
  try {
    return await clipboard.readText();
  } catch (error) {
    throw new Error(CLIPBOARD_DENIED, { cause: error });
  }
}

async function getAppInfo(): Promise<AppInfo> {
  return {
    name: 'Glossa',
    version: appVersion(),
    platform: 'web',
    dataLocation: `this browser's site storage for ${window.location.origin}`,
    runtime: browserRuntime(navigator.userAgent),
  };
}

/** The web shell's stand-in for the native menu: app shortcuts on window keydown. */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const platform = keyPlatformOf(navigator);
  const onKeyDown = (event: KeyboardEvent): void => {
    // Bubble phase: a component that handled the key itself has called preventDefault.
    if (event.defaultPrevented || event.isComposing || event.repeat) return;
    const command = commandForKeyEvent(event, platform);
    if (!command) return;
    event.preventDefault();
    listener(command);
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The download's name: the desktop's backup name, so both versions' files read alike. */
function webBackupFileName(date: Date, schemaVersion: number, reason: string): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `glossa-${day}-${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}-v${schemaVersion}-${reason}.json`;
}

/** The web version has no backups folder: a backup is a download of the file. */
async function writeBackup(request: Parameters<Host['writeBackup']>[0]): Promise<WriteBackupResult> {
  const { data, schemaVersion, reason } = WriteBackupRequestSchema.parse(request);
  const name = webBackupFileName(new Date(), schemaVersion, reason);
  const result = await saveFile({ suggestedName: name, mimeType: 'application/json', data });
  return result.saved ? { saved: true, name, location: result.location } : { saved: false };
}

async function listBackups(): Promise<BackupEntry[]> {
  return [];
}

async function readBackup(name: string): Promise<OpenedFile> {
  return { ok: false, name, reason: 'the web version keeps no backups folder; choose the backup file instead' };
}

/** No main process holds the close; beforeunload is the page's own business. */
async function confirmClose(): Promise<void> {}

function onLifecycleRequest(): () => void {
  return () => {};
}

/** The library pane is the web app's list of documents; no native menu to fill. */
async function setRecentDocuments(): Promise<void> {}

/** A page is not given files by the OS; they come by the file input or a drop. */
function onOpenRequest(): () => void {
  return () => {};
}

export function createWebHost(): Host {
  return {
    kind: 'web',
    openFiles,
    saveFile,
    readClipboardText,
    getAppInfo,
    onMenuCommand,
    writeBackup,
    listBackups,
    readBackup,
    confirmClose,
    onLifecycleRequest,
    setRecentDocuments,
    onOpenRequest,
  };
}
