import { isValid as isUlid } from 'ulid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationKind, AnnotationStatus } from '@core/model';
import {
  addReply,
  deleteReply,
  editReply,
  restoreReply,
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from './annotations';
import type { CreateAnnotationInput } from './annotations';
import type { GlossaDatabase } from './database';
import { createDocument } from './documents';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, documentInput, meetingAnnotationInput, meetingSelectorsAt as selectorsAt, openMeetingDatabase } from './test-database';
import { moveToTrash, restoreFromTrash } from './trash';

let db: GlossaDatabase;
let clock: ManualClock;
let docId: string;

beforeEach(async () => {
  ({ db, clock, docId } = await openMeetingDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

const input = (overrides: Partial<CreateAnnotationInput> = {}): CreateAnnotationInput => meetingAnnotationInput(docId, overrides);

describe('createAnnotation', () => {
  it('stores an open, anchored annotation with a ULID, timestamps and an empty thread', async () => {
    const created = await createAnnotation(db, input({ body: 'Calque?' }));

    expect(isUlid(created.id)).toBe(true);
    expect(created).toEqual({
      id: created.id,
      createdAt: clock(),
      updatedAt: clock(),
      deletedAt: null,
      docId,
      kind: 'note',
      quote: 'meeting',
      selectors: selectorsAt(4, 11),
      anchorState: 'anchored',
      body: 'Calque?',
      status: 'open',
      replies: [],
      author: 'Lin',
    });
    expect(await getAnnotation(db, created.id)).toEqual(created);
  });

  it('keeps the optional fields it is given and stores no key for the others', async () => {
    const flag = await createAnnotation(
      db,
      input({ kind: 'flag', suggestion: 'session', mqmCategory: 'accuracy/mistranslation', severity: 'major' }),
    );
    const term = await createAnnotation(db, input({ kind: 'term', termId: 'term-1' }));

    expect(await getAnnotation(db, flag.id)).toMatchObject({ body: '', suggestion: 'session', mqmCategory: 'accuracy/mistranslation', severity: 'major' });
    const storedTerm = await getAnnotation(db, term.id);
    expect(storedTerm?.termId).toBe('term-1');
    expect(Object.keys(storedTerm ?? {})).not.toEqual(expect.arrayContaining(['suggestion']));
    expect(Object.keys(storedTerm ?? {})).not.toContain('severity');
  });

  it('stores only the selector fields, not whatever else the caller attached', async () => {
    const selectors = selectorsAt(4, 11);
    const created = await createAnnotation(db, input({ selectors: { ...selectors, position: { ...selectors.position, extra: 1 } as never } }));

    expect((await getAnnotation(db, created.id))?.selectors).toEqual(selectorsAt(4, 11));
  });

  it('refuses a missing document and a trashed one, and writes nothing', async () => {
    await expect(createAnnotation(db, input({ docId: 'missing' }))).rejects.toMatchObject({ name: 'StorageError', code: 'not-found' });
    await moveToTrash(db, docId);
    await expect(createAnnotation(db, input())).rejects.toMatchObject({ name: 'StorageError', code: 'in-trash' });

    expect(await db.annotations.count()).toBe(0);
  });

  it('refuses a range that is not one, an unknown kind and a blank author', async () => {
    await expect(createAnnotation(db, input({ selectors: selectorsAt(11, 4) }))).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(createAnnotation(db, input({ selectors: selectorsAt(-1, 4) }))).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(createAnnotation(db, input({ selectors: selectorsAt(0.5, 4) }))).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(createAnnotation(db, input({ kind: 'comment' as AnnotationKind }))).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(createAnnotation(db, input({ author: '  ' }))).rejects.toThrow(/author/);

    expect(await db.annotations.count()).toBe(0);
  });
});

describe('listAnnotations', () => {
  it('lists the live annotations of one document by start, then end, then creation', async () => {
    const other = await createDocument(db, documentInput({ title: 'Other' }));
    const late = await createAnnotation(db, input({ selectors: selectorsAt(20, 24) }));
    const longer = await createAnnotation(db, input({ selectors: selectorsAt(4, 15) }));
    const first = await createAnnotation(db, input({ selectors: selectorsAt(4, 11) }));
    const twin = await createAnnotation(db, input({ selectors: selectorsAt(4, 11) }));
    const deleted = await createAnnotation(db, input({ selectors: selectorsAt(0, 3) }));
    await deleteAnnotation(db, deleted.id);
    await createAnnotation(db, input({ docId: other.id }));

    expect((await listAnnotations(db, docId)).map((row) => row.id)).toEqual([first.id, twin.id, longer.id, late.id]);
  });
});

describe('updateAnnotation', () => {
  it('changes the fields, bumps updatedAt and returns the stored row', async () => {
    const created = await createAnnotation(db, input({ kind: 'flag' }));
    clock.advance(50);

    const updated = await updateAnnotation(db, created.id, { body: 'Wrong sense', suggestion: 'session', severity: 'minor', status: 'accepted' });

    expect(updated).toMatchObject({ body: 'Wrong sense', suggestion: 'session', severity: 'minor', status: 'accepted', updatedAt: clock(), createdAt: created.createdAt });
    expect(await getAnnotation(db, created.id)).toEqual(updated);
  });

  it('removes an optional field given as undefined and leaves absent keys alone', async () => {
    const created = await createAnnotation(db, input({ kind: 'term', suggestion: 'session', termId: 'term-1' }));

    await updateAnnotation(db, created.id, { suggestion: undefined });

    const stored = await getAnnotation(db, created.id);
    expect(stored && 'suggestion' in stored).toBe(false);
    expect(stored?.termId).toBe('term-1');
  });

  it('writes nothing when the patch changes nothing', async () => {
    const created = await createAnnotation(db, input({ body: 'Same' }));
    clock.advance(50);

    const result = await updateAnnotation(db, created.id, { body: 'Same', status: 'open' });

    expect(result.updatedAt).toBe(created.updatedAt);
    expect((await getAnnotation(db, created.id))?.updatedAt).toBe(created.updatedAt);
  });

  // Every kind can be open or resolved; only a flag can be accepted, rejected or fixed.
  const kinds: AnnotationKind[] = ['term', 'flag', 'note', 'query'];
  const statuses: AnnotationStatus[] = ['resolved', 'open', 'accepted', 'rejected', 'fixed'];
  const cases = kinds.flatMap((kind) => statuses.map((status) => [kind, status, kind === 'flag' || status === 'resolved' || status === 'open'] as const));

  it.each(cases)('a %s set to %s: allowed %s', async (kind, status, allowed) => {
    const created = await createAnnotation(db, input({ kind }));
    const update = updateAnnotation(db, created.id, { status });

    if (allowed) expect((await update).status).toBe(status);
    else await expect(update).rejects.toMatchObject({ name: 'AnnotationError', code: 'invalid-status' });
    expect((await getAnnotation(db, created.id))?.status).toBe(allowed ? status : 'open');
  });

  it('checks the status against the new kind when the kind changes', async () => {
    const created = await createAnnotation(db, input({ kind: 'flag' }));
    await updateAnnotation(db, created.id, { status: 'rejected' });

    await expect(updateAnnotation(db, created.id, { kind: 'note' })).rejects.toMatchObject({ code: 'invalid-status' });
    expect(await updateAnnotation(db, created.id, { kind: 'note', status: 'resolved' })).toMatchObject({ kind: 'note', status: 'resolved' });
  });

  it('refuses an unknown status, kind or severity', async () => {
    const created = await createAnnotation(db, input());

    await expect(updateAnnotation(db, created.id, { status: 'done' as AnnotationStatus })).rejects.toMatchObject({ code: 'invalid-status' });
    await expect(updateAnnotation(db, created.id, { kind: 'comment' as AnnotationKind })).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(updateAnnotation(db, created.id, { severity: 'huge' as never })).rejects.toMatchObject({ code: 'invalid-annotation' });
  });

  it('refuses a missing or deleted annotation', async () => {
    const created = await createAnnotation(db, input());
    await deleteAnnotation(db, created.id);

    await expect(updateAnnotation(db, 'missing', { body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(updateAnnotation(db, created.id, { body: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('addReply', () => {
  it('appends replies in order, each with a ULID and createdAt, and bumps updatedAt', async () => {
    const created = await createAnnotation(db, input({ kind: 'query' }));
    clock.advance(10);
    const first = await addReply(db, created.id, { author: ' Client ', body: '  It means a session.  ' });
    clock.advance(10);
    const second = await addReply(db, created.id, { author: 'Lin', body: 'Thanks.' });

    expect(isUlid(first.id)).toBe(true);
    expect(first).toEqual({ id: first.id, author: 'Client', body: 'It means a session.', createdAt: clock() - 10 });
    const stored = await getAnnotation(db, created.id);
    expect(stored?.replies).toEqual([first, second]);
    expect(stored?.updatedAt).toBe(clock());
  });

  it('refuses an empty reply and writes nothing', async () => {
    const created = await createAnnotation(db, input());

    await expect(addReply(db, created.id, { author: 'Lin', body: ' \n ' })).rejects.toMatchObject({ code: 'empty-reply' });
    expect((await getAnnotation(db, created.id))?.replies).toEqual([]);
  });

  it('refuses a deleted annotation', async () => {
    const created = await createAnnotation(db, input());
    await deleteAnnotation(db, created.id);
    await expect(addReply(db, created.id, { author: 'Lin', body: 'Hello' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('deleteAnnotation and restoreAnnotation', () => {
  it('tombstone the annotation and bring it back unchanged but for updatedAt', async () => {
    const created = await createAnnotation(db, input({ body: 'Keep me' }));
    clock.advance(10);

    await deleteAnnotation(db, created.id);
    const deletedAt = clock();
    expect(await getAnnotation(db, created.id)).toMatchObject({ deletedAt, updatedAt: deletedAt });
    expect(await listAnnotations(db, docId)).toEqual([]);

    clock.advance(10);
    await restoreAnnotation(db, created.id);
    expect(await getAnnotation(db, created.id)).toEqual({ ...created, updatedAt: clock() });
    expect((await listAnnotations(db, docId)).map((row) => row.id)).toEqual([created.id]);
  });

  it('keep the first deletedAt when deleting twice and change nothing when restoring a live one', async () => {
    const created = await createAnnotation(db, input());
    await deleteAnnotation(db, created.id);
    const deletedAt = clock();
    clock.advance(10);

    await deleteAnnotation(db, created.id);
    expect((await getAnnotation(db, created.id))?.deletedAt).toBe(deletedAt);

    await restoreAnnotation(db, created.id);
    const restored = await getAnnotation(db, created.id);
    clock.advance(10);
    await restoreAnnotation(db, created.id);
    expect(await getAnnotation(db, created.id)).toEqual(restored);
  });

  it('refuse an annotation that does not exist', async () => {
    await expect(deleteAnnotation(db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(restoreAnnotation(db, 'missing')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('with the document in the Trash', () => {
  it('refuses every change, and restoreFromTrash brings back only what was trashed with the document', async () => {
    const live = await createAnnotation(db, input({ body: 'live' }));
    const deletedBefore = await createAnnotation(db, input({ body: 'deleted before' }));
    await deleteAnnotation(db, deletedBefore.id);
    clock.advance(100);

    await moveToTrash(db, docId);
    expect(await listAnnotations(db, docId)).toEqual([]);
    await expect(updateAnnotation(db, live.id, { body: 'x' })).rejects.toMatchObject({ code: 'in-trash' });
    await expect(addReply(db, live.id, { author: 'Lin', body: 'x' })).rejects.toMatchObject({ code: 'in-trash' });
    await expect(deleteAnnotation(db, live.id)).rejects.toMatchObject({ code: 'in-trash' });
    await expect(restoreAnnotation(db, deletedBefore.id)).rejects.toMatchObject({ code: 'in-trash' });

    clock.advance(100);
    await restoreFromTrash(db, docId);

    expect((await listAnnotations(db, docId)).map((row) => row.body)).toEqual(['live']);
    expect((await getAnnotation(db, deletedBefore.id))?.deletedAt).not.toBeNull();
    // And the repository works on the restored document as before.
    await restoreAnnotation(db, deletedBefore.id);
    expect((await listAnnotations(db, docId)).map((row) => row.body)).toEqual(['live', 'deleted before']);
  });

  // Restore tells "trashed with the document" from "deleted on its own" by equal deletedAt,
  // so moveToTrash must stamp later than any deletion made in the same millisecond.
  it('keeps an annotation deleted in the same millisecond as the trashing deleted', async () => {
    const created = await createAnnotation(db, input());
    await deleteAnnotation(db, created.id);
    await moveToTrash(db, docId);
    clock.advance(100);
    await restoreFromTrash(db, docId);

    expect(await listAnnotations(db, docId)).toEqual([]);
  });
});

describe('editReply, deleteReply, restoreReply', () => {
  it('lets the author rewrite a reply (marked edited) and nobody else', async () => {
    const created = await createAnnotation(db, input({ kind: 'query' }));
    const reply = await addReply(db, created.id, { author: 'Lin', body: 'It means a sesion.' });
    clock.advance(5);
    await editReply(db, created.id, reply.id, { author: 'Lin', body: ' It means a session. ' });
    expect((await getAnnotation(db, created.id))?.replies).toEqual([{ ...reply, body: 'It means a session.', editedAt: clock() }]);
    await expect(editReply(db, created.id, reply.id, { author: 'Client', body: 'Hijacked' })).rejects.toMatchObject({ code: 'not-your-reply' });
    await expect(editReply(db, created.id, reply.id, { author: 'Lin', body: '  ' })).rejects.toMatchObject({ code: 'empty-reply' });
    expect((await getAnnotation(db, created.id))?.replies[0]?.body).toBe('It means a session.');
  });

  it('lets the author delete a reply, and puts it back where it was', async () => {
    const created = await createAnnotation(db, input({ kind: 'query' }));
    const first = await addReply(db, created.id, { author: 'Lin', body: 'One' });
    const second = await addReply(db, created.id, { author: 'Client', body: 'Two' });
    await expect(deleteReply(db, created.id, second.id, 'Lin')).rejects.toMatchObject({ code: 'not-your-reply' });
    const removed = await deleteReply(db, created.id, first.id, 'Lin');
    expect((await getAnnotation(db, created.id))?.replies).toEqual([second]);
    await restoreReply(db, created.id, removed);
    await restoreReply(db, created.id, removed);
    expect((await getAnnotation(db, created.id))?.replies).toEqual([first, second]);
  });
});
