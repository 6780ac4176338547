// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Host, WriteBackupRequest } from '@core/host';
import { DatabaseProvider, createDocument, exportLibrary, type GlossaDatabase } from '../../db';
import { deleteTestDatabase, documentInput, openTestDatabase } from '../../db/test-database';
import { HostProvider } from '../../host/context';
import { NoticeProvider } from '../../ui/notices';
import { RestoreDialog } from './restore-dialog';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

const opened: GlossaDatabase[] = [];
afterEach(async () => {
  cleanup();
  for (const database of opened.splice(0)) await deleteTestDatabase(database);
});

const BACKUP = 'glossa-2026-03-04-050607-v2-daily.json';

async function setup() {
  const { db: source } = openTestDatabase();
  opened.push(source);
  await createDocument(source, documentInput({ title: 'From the daily backup' }));
  const { bytes } = await exportLibrary(source, { reason: 'daily', appVersion: '0.1.0' });
  const { db } = openTestDatabase();
  opened.push(db);
  await createDocument(db, documentInput({ title: 'Current work' }));
  const written: WriteBackupRequest[] = [];
  const host = {
    kind: 'electron',
    listBackups: vi.fn(async () => [{ name: BACKUP, createdAt: new Date(2026, 2, 4, 5, 6, 7).getTime(), schemaVersion: 2, reason: 'daily', bytes: bytes.byteLength }]),
    readBackup: vi.fn(async (name: string) => ({ ok: true as const, name, bytes })),
    openFiles: vi.fn(async () => []),
    getAppInfo: vi.fn(async () => ({ name: 'Glossa', version: '0.1.0', platform: 'electron' as const, dataLocation: '' })),
    writeBackup: vi.fn(async (request: WriteBackupRequest) => {
      written.push(request);
      return { saved: true as const, name: 'safety.json', location: 'the backups folder' };
    }),
  } as unknown as Host;
  const onClose = vi.fn();
  const reload = vi.fn();
  render(
    <HostProvider host={host}>
      <DatabaseProvider db={db}>
        <NoticeProvider>
          <RestoreDialog onClose={onClose} reload={reload} />
        </NoticeProvider>
      </DatabaseProvider>
    </HostProvider>,
  );
  return { db, host, written, onClose, reload };
}

describe('the Restore from Backup dialog on the desktop', () => {
  it('lists the backups folder, previews the chosen one against the library, and restores after backing up', async () => {
    const { db, written, reload } = await setup();
    const dialog = screen.getByRole('dialog', { name: 'Restore from Backup' });
    const restore = within(dialog).getByRole('button', { name: 'Back up current library and restore' });
    expect(restore).toHaveProperty('disabled', true);
    const item = await within(dialog).findByRole('button', { name: /daily · schema v2/ });
    fireEvent.click(item);
    const preview = await within(dialog).findByRole('region', { name: 'Backup preview' });
    expect(within(preview).getByTestId('backup-file').textContent).toBe(BACKUP);
    await waitFor(() => expect(within(preview).getByRole('row', { name: /^Documents/ }).textContent).toBe('Documents11'));
    expect(within(preview).getByRole('list', { name: 'Documents in the backup' }).textContent).toBe('From the daily backup');
    expect(item.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(restore);
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(written.map((request) => request.reason)).toEqual(['before-restore']);
    expect((await db.documents.toArray()).map((document) => document.title)).toEqual(['From the daily backup']);
  });

  it('says why a backup cannot be restored, and Cancel closes without changing anything', async () => {
    const { db, host, onClose } = await setup();
    vi.mocked(host.readBackup).mockResolvedValueOnce({ ok: true, name: BACKUP, bytes: new TextEncoder().encode('{"not":"a backup"}') });
    const dialog = screen.getByRole('dialog', { name: 'Restore from Backup' });
    fireEvent.click(await within(dialog).findByRole('button', { name: /daily · schema v2/ }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(`${BACKUP} is not a Glossa backup: it has no Glossa library header.`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalled();
    expect((await db.documents.toArray()).map((document) => document.title)).toEqual(['Current work']);
  });
});
