import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@core/model';
import { updateAnchors } from './annotation-anchors';
import type { AnchorUpdate } from './annotation-anchors';
import { createAnnotation, deleteAnnotation, getAnnotation } from './annotations';
import type { CreateAnnotationInput } from './annotations';
import type { GlossaDatabase } from './database';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, meetingAnnotationInput, meetingSelectorsAt as selectorsAt, openMeetingDatabase } from './test-database';
import { moveToTrash } from './trash';

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

function anchorUpdate(annotation: Annotation, overrides: Partial<AnchorUpdate> = {}): AnchorUpdate {
  return { id: annotation.id, selectors: annotation.selectors, anchorState: annotation.anchorState, ...overrides };
}

describe('updateAnchors', () => {
  it('writes only the rows whose anchor changed, in one go, and returns their ids', async () => {
    const moved = await createAnnotation(db, input());
    const still = await createAnnotation(db, input({ selectors: selectorsAt(20, 24, 'held') }));
    clock.advance(10);

    const changed = await updateAnchors(db, [
      anchorUpdate(moved, { selectors: selectorsAt(8, 15), anchorState: 'fuzzy', anchorConfidence: 0.6 }),
      anchorUpdate(still),
    ]);

    expect(changed).toEqual([moved.id]);
    expect(await getAnnotation(db, moved.id)).toMatchObject({ selectors: selectorsAt(8, 15), anchorState: 'fuzzy', anchorConfidence: 0.6, updatedAt: clock() });
    expect(await getAnnotation(db, still.id)).toEqual(still);
  });

  it('clears a stored confidence when the update has none (an exact anchor again)', async () => {
    const created = await createAnnotation(db, input());
    await updateAnchors(db, [anchorUpdate(created, { anchorState: 'fuzzy', anchorConfidence: 0.5 })]);

    expect(await updateAnchors(db, [anchorUpdate(created, { anchorState: 'anchored' })])).toEqual([created.id]);
    const stored = await getAnnotation(db, created.id);
    expect(stored && 'anchorConfidence' in stored).toBe(false);
  });

  it('writes nothing, and so wakes no live query, when nothing changed', async () => {
    const rows = await Promise.all([1, 2, 3].map((n) => createAnnotation(db, input({ selectors: selectorsAt(n, n + 2) }))));
    const fuzzy = await createAnnotation(db, input());
    await updateAnchors(db, [anchorUpdate(fuzzy, { anchorState: 'fuzzy', anchorConfidence: 0.7 })]);
    const before = await db.annotations.toArray();
    const mutated: string[] = [];
    const listener = (parts: ObservabilitySet) => mutated.push(...Object.keys(parts));
    Dexie.on('storagemutated', listener);
    clock.advance(10);

    try {
      const changed = await updateAnchors(db, [...rows, fuzzy].map((row) => anchorUpdate(row, row === fuzzy ? { anchorState: 'fuzzy', anchorConfidence: 0.7 } : {})));
      expect(changed).toEqual([]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }

    const annotationParts = () => mutated.filter((part) => part.startsWith(`idb://${db.name}/annotations/`));
    expect(annotationParts()).toEqual([]);
    expect(await db.annotations.toArray()).toEqual(before);

    // The listener does see a real change, so the silence above means something.
    Dexie.on('storagemutated', listener);
    try {
      await updateAnchors(db, [anchorUpdate(fuzzy, { anchorState: 'anchored' })]);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener);
    }
    expect(annotationParts()).not.toEqual([]);
  });

  it('skips deleted and missing annotations', async () => {
    const created = await createAnnotation(db, input());
    await deleteAnnotation(db, created.id);
    const deleted = await getAnnotation(db, created.id);

    const changed = await updateAnchors(db, [
      anchorUpdate(created, { selectors: selectorsAt(0, 3) }),
      { id: 'missing', selectors: selectorsAt(0, 3), anchorState: 'orphan' },
    ]);

    expect(changed).toEqual([]);
    expect(await getAnnotation(db, created.id)).toEqual(deleted);
  });

  it('refuses the whole batch when one update is invalid', async () => {
    const a = await createAnnotation(db, input());
    const b = await createAnnotation(db, input());

    await expect(
      updateAnchors(db, [anchorUpdate(a, { selectors: selectorsAt(0, 3) }), anchorUpdate(b, { anchorConfidence: 2 })]),
    ).rejects.toMatchObject({ code: 'invalid-annotation' });
    await expect(updateAnchors(db, [anchorUpdate(a, { anchorState: 'lost' as never })])).rejects.toMatchObject({ code: 'invalid-annotation' });
    expect(await getAnnotation(db, a.id)).toEqual(a);
  });

  it('leaves the annotations of a trashed document as they were trashed (they are tombstones too)', async () => {
    const a = await createAnnotation(db, input());
    await moveToTrash(db, docId);
    const trashed = await getAnnotation(db, a.id);

    expect(await updateAnchors(db, [anchorUpdate(a, { selectors: selectorsAt(0, 3) })])).toEqual([]);
    expect(await getAnnotation(db, a.id)).toEqual(trashed);
  });

  it('does nothing for an empty batch', async () => {
    expect(await updateAnchors(db, [])).toEqual([]);
  });
});
