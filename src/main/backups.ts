// Main process: the backups folder (userData/backups): naming, listing, atomic writes, pruning.
//
// The renderer never names a path. It hands main the bytes and a reason; main picks the
// file name from its own clock. To read one back it names a backup from main's own
// listing, and main checks the name against that listing before joining it to the folder.
// File-system calls are injected so the rules are tested without Electron or a disk.
import { join } from 'node:path';
import {
  BACKUP_FILE_PATTERN,
  MAX_BACKUP_BYTES,
  type BackupEntry,
  type BackupReason,
  type OpenedFile,
} from '@core/host';

const BACKUPS_FOLDER = 'backups';

export interface BackupFs {
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** glossa-YYYY-MM-DD-HHMMSS-v<schema>-<reason>[-n].json, in local time (what the user's clock said). */
export function backupFileName(date: Date, schemaVersion: number, reason: BackupReason, counter = 0): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
  return `glossa-${day}-${time}-v${schemaVersion}-${reason}${counter > 0 ? `-${counter}` : ''}.json`;
}

/** What a backup's name says about it, or null when it is not a backup's name. */
export function parseBackupFileName(name: string): Omit<BackupEntry, 'bytes'> | null {
  const match = BACKUP_FILE_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, version, reason, counter] = match;
  const date = new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds));
  if (Number.isNaN(date.getTime())) return null;
  // A second backup within one second sorts after the first.
  return { name, createdAt: date.getTime() + Number(counter ?? 0), schemaVersion: Number(version), reason: reason ?? '' };
}

/** Newest first; the name breaks ties (the counter). */
function newestFirst(a: Omit<BackupEntry, 'bytes'>, b: Omit<BackupEntry, 'bytes'>): number {
  return b.createdAt - a.createdAt || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

interface BackupStoreOptions {
  userData: string;
  fs: BackupFs;
  now?: () => Date;
}

export interface BackupStore {
  readonly folder: string;
  /** Writes tmp + rename (never a half-written backup under a backup's name), then keeps the newest `keep`. */
  write(data: Uint8Array, schemaVersion: number, reason: BackupReason, keep: number): Promise<BackupEntry>;
  list(): Promise<BackupEntry[]>;
  /** A backup by a name from list(); any other name is refused. */
  read(name: string): Promise<OpenedFile>;
  prune(keep: number): Promise<string[]>;
}

export function createBackupStore({ userData, fs, now = () => new Date() }: BackupStoreOptions): BackupStore {
  const folder = join(userData, BACKUPS_FOLDER);

  async function names(): Promise<Array<Omit<BackupEntry, 'bytes'>>> {
    let entries: string[];
    try {
      entries = await fs.readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return [];
      throw error;
    }
    return entries.flatMap((name) => parseBackupFileName(name) ?? []).sort(newestFirst);
  }

  async function list(): Promise<BackupEntry[]> {
    const listed: BackupEntry[] = [];
    for (const entry of await names()) {
      try {
        const info = await fs.stat(join(folder, entry.name));
        if (info.isFile()) listed.push({ ...entry, bytes: info.size });
      } catch {
        // Removed between readdir and stat: not there any more.
      }
    }
    return listed;
  }

  async function prune(keep: number): Promise<string[]> {
    const removed: string[] = [];
    for (const entry of (await names()).slice(Math.max(1, keep))) {
      try {
        await fs.unlink(join(folder, entry.name));
        removed.push(entry.name);
      } catch {
        // One that cannot be removed now is tried again after the next backup.
      }
    }
    return removed;
  }

  async function write(data: Uint8Array, schemaVersion: number, reason: BackupReason, keep: number): Promise<BackupEntry> {
    if (data.byteLength === 0 || data.byteLength > MAX_BACKUP_BYTES) throw new RangeError('A backup must be between 1 byte and the size limit.');
    await fs.mkdir(folder);
    // Two backups in one second (of any reasons) get counters, so the later sorts as newer
    // and pruning never removes the one just written.
    const taken = new Set((await names()).map((entry) => entry.createdAt));
    const date = new Date(Math.floor(now().getTime() / 1000) * 1000);
    let counter = 0;
    while (taken.has(date.getTime() + counter)) counter += 1;
    const name = backupFileName(date, schemaVersion, reason, counter);
    const path = join(folder, name);
    // Not matched by BACKUP_FILE_PATTERN, so a crash mid-write never lists a torn backup.
    const temporary = join(folder, `.${name}.tmp`);
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, path);
    await prune(keep);
    const parsed = parseBackupFileName(name);
    if (!parsed) throw new Error(`Backup name ${name} does not match its own pattern.`);
    return { ...parsed, bytes: data.byteLength };
  }

  async function read(name: string): Promise<OpenedFile> {
    const entry = (await list()).find((candidate) => candidate.name === name);
    if (!entry) return { ok: false, name, reason: 'it is not in the backups folder' };
    if (entry.bytes > MAX_BACKUP_BYTES) return { ok: false, name, reason: `it is larger than ${MAX_BACKUP_BYTES / (1024 * 1024)} MB` };
    try {
      const bytes = await fs.readFile(join(folder, entry.name));
      return { ok: true, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    } catch {
      return { ok: false, name, reason: 'it could not be read' };
    }
  }

  return { folder, write, list, read, prune };
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The daily backup is due when no backup (of any reason) was written in the last 24 hours. */
export function isDailyBackupDue(newest: BackupEntry | undefined, now: number, interval = DAY_MS): boolean {
  if (!newest) return true;
  // A clock set back makes a backup look as if from the future: write one anyway.
  return now - newest.createdAt >= interval || newest.createdAt > now + 60_000;
}
