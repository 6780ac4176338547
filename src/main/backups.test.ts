import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_PATTERN, MAX_BACKUP_BYTES } from '@core/host';
import { DAY_MS, backupFileName, createBackupStore, isDailyBackupDue, parseBackupFileName, type BackupFs } from './backups';

/** An in-memory folder tree with the calls the store makes, and a log of them. */
function memoryFs(files = new Map<string, Uint8Array>()) {
  const log: string[] = [];
  const fs: BackupFs = {
    mkdir: async () => {},
    readdir: async (path) => {
      const prefix = `${path}/`;
      const names = [...files.keys()].filter((file) => file.startsWith(prefix)).map((file) => file.slice(prefix.length));
      if (names.length === 0) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return names;
    },
    stat: async (path) => {
      const data = files.get(path);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { size: data.byteLength, isFile: () => true };
    },
    readFile: async (path) => {
      const data = files.get(path);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    },
    writeFile: async (path, data) => {
      log.push(`write ${path}`);
      files.set(path, data);
    },
    rename: async (from, to) => {
      log.push(`rename ${from} -> ${to}`);
      const data = files.get(from);
      if (!data) throw new Error('no such file');
      files.delete(from);
      files.set(to, data);
    },
    unlink: async (path) => {
      log.push(`unlink ${path}`);
      files.delete(path);
    },
  };
  return { fs, files, log };
}

const folder = join('/home/u/.config/Glossa', 'backups');

describe('backup file names', () => {
  it('are glossa-YYYY-MM-DD-HHMMSS-v<schema>-<reason>.json in local time, and parse back', () => {
    const date = new Date(2026, 2, 4, 5, 6, 7);
    const name = backupFileName(date, 2, 'before-upgrade');
    expect(name).toBe('glossa-2026-03-04-050607-v2-before-upgrade.json');
    expect(BACKUP_FILE_PATTERN.test(name)).toBe(true);
    expect(parseBackupFileName(name)).toEqual({ name, createdAt: date.getTime(), schemaVersion: 2, reason: 'before-upgrade' });
    expect(parseBackupFileName(backupFileName(date, 12, 'quit', 3))).toMatchObject({ schemaVersion: 12, reason: 'quit' });
  });

  it('refuse anything else: paths, other files, the temporary file of a write', () => {
    for (const name of ['../glossa-2026-03-04-050607-v2-quit.json', 'glossa-2026-03-04-050607-v2-quit.json.tmp', '.glossa-2026-03-04-050607-v2-quit.json.tmp', 'notes.json', 'glossa-2026-13-44-999999-v2-quit.json/x']) {
      expect(parseBackupFileName(name)).toBeNull();
    }
  });
});

describe('the backups folder', () => {
  it('writes to a temporary file and renames it, so a crash never leaves a torn backup under a backup name', async () => {
    const { fs, files, log } = memoryFs();
    const store = createBackupStore({ userData: '/home/u/.config/Glossa', fs, now: () => new Date(2026, 0, 2, 3, 4, 5) });
    const entry = await store.write(new Uint8Array([1, 2, 3]), 2, 'manual', 10);
    expect(entry).toMatchObject({ name: 'glossa-2026-01-02-030405-v2-manual.json', bytes: 3, reason: 'manual' });
    expect(log.slice(0, 2)).toEqual([
      `write ${folder}/.glossa-2026-01-02-030405-v2-manual.json.tmp`,
      `rename ${folder}/.glossa-2026-01-02-030405-v2-manual.json.tmp -> ${folder}/glossa-2026-01-02-030405-v2-manual.json`,
    ]);
    expect([...files.keys()]).toEqual([`${folder}/glossa-2026-01-02-030405-v2-manual.json`]);
  });

  it('keeps the newest N, lists newest first, and never overwrites two backups in one second', async () => {
    const { fs, files } = memoryFs();
    let clock = new Date(2026, 0, 1, 12, 0, 0).getTime();
    const store = createBackupStore({ userData: '/home/u/.config/Glossa', fs, now: () => new Date(clock) });
    for (let day = 0; day < 12; day += 1) {
      await store.write(new Uint8Array([day]), 2, 'daily', 10);
      clock += DAY_MS;
    }
    clock -= DAY_MS;
    await store.write(new Uint8Array([99]), 2, 'quit', 10);
    const listed = await store.list();
    expect(listed).toHaveLength(10);
    expect(files.size).toBe(10);
    // The quit backup came in the same second as the last daily one: a counter keeps both, newest first.
    expect(listed[0]?.name).toBe('glossa-2026-01-12-120000-v2-quit-1.json');
    expect(listed[1]?.name).toBe('glossa-2026-01-12-120000-v2-daily.json');
    expect(listed.at(-1)?.name).toBe('glossa-2026-01-04-120000-v2-daily.json');
    await store.write(new Uint8Array([100]), 2, 'quit', 10);
    expect((await store.list()).slice(0, 2).map((entry) => entry.name)).toEqual([
      'glossa-2026-01-12-120000-v2-quit-2.json',
      'glossa-2026-01-12-120000-v2-quit-1.json',
    ]);
  });

  it('ignores files that are not backups and never deletes them', async () => {
    const files = new Map<string, Uint8Array>([
      [`${folder}/README.txt`, new Uint8Array([1])],
      [`${folder}/.glossa-2026-01-01-000000-v2-quit.json.tmp`, new Uint8Array([1])],
    ]);
    const { fs } = memoryFs(files);
    const store = createBackupStore({ userData: '/home/u/.config/Glossa', fs, now: () => new Date(2026, 0, 2) });
    await store.write(new Uint8Array([1]), 2, 'manual', 1);
    await store.write(new Uint8Array([2]), 2, 'daily', 1);
    expect((await store.list()).map((entry) => entry.name)).toEqual(['glossa-2026-01-02-000000-v2-daily-1.json']);
    expect(files.has(`${folder}/README.txt`)).toBe(true);
  });

  it('reads only a backup it lists; a path or an unknown name reads nothing', async () => {
    const { fs } = memoryFs(new Map([[`/home/u/.config/secret.json`, new Uint8Array([7])]]));
    const store = createBackupStore({ userData: '/home/u/.config/Glossa', fs, now: () => new Date(2026, 0, 2) });
    const { name } = await store.write(new Uint8Array([1, 2]), 2, 'manual', 10);
    expect(await store.read(name)).toEqual({ ok: true, name, bytes: new Uint8Array([1, 2]) });
    expect(await store.read('../secret.json')).toEqual({ ok: false, name: '../secret.json', reason: 'it is not in the backups folder' });
    expect(await store.read('glossa-2020-01-01-000000-v2-manual.json')).toMatchObject({ ok: false });
  });

  it('lists nothing when there is no folder yet, and refuses empty or oversized data', async () => {
    const { fs } = memoryFs();
    const store = createBackupStore({ userData: '/u', fs });
    expect(await store.list()).toEqual([]);
    await expect(store.write(new Uint8Array(0), 2, 'manual', 10)).rejects.toThrow(RangeError);
    await expect(store.write({ byteLength: MAX_BACKUP_BYTES + 1 } as Uint8Array, 2, 'manual', 10)).rejects.toThrow(RangeError);
  });
});

describe('the daily backup', () => {
  const now = new Date(2026, 5, 1, 12).getTime();
  const entry = (createdAt: number) => ({ name: 'x', createdAt, schemaVersion: 2, reason: 'quit', bytes: 1 });

  it('is due with no backup, or when the newest is 24 hours old or more', () => {
    expect(isDailyBackupDue(undefined, now)).toBe(true);
    expect(isDailyBackupDue(entry(now - DAY_MS), now)).toBe(true);
    expect(isDailyBackupDue(entry(now - DAY_MS + 1000), now)).toBe(false);
  });

  it('is due when the newest backup is from the future (a clock set back)', () => {
    expect(isDailyBackupDue(entry(now + 2 * DAY_MS), now)).toBe(true);
  });
});
