import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBaseline, setBaseline } from './baselines';
import type { GlossaDatabase } from './database';
import { createDocument, saveDocumentContent } from './documents';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';
import { emptyTrash, moveToTrash } from './trash';

let db: GlossaDatabase;

beforeEach(() => {
  ({ db } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

describe('baselines', () => {
  it('an import keeps its text as the baseline, and saves of the article leave it alone', async () => {
    const document = await createDocument(db, documentInput({ plainText: 'The MT as delivered.' }));
    await saveDocumentContent(db, document.id, { editorState: '{"root":{}}', plainText: 'The text as edited.', wordCount: 4 });
    expect(await getBaseline(db, document.id)).toBe('The MT as delivered.');
  });

  it('Accept writes the baseline; an accept computed against an older baseline is refused and writes nothing', async () => {
    const document = await createDocument(db, documentInput({ plainText: 'one two' }));
    await setBaseline(db, document.id, 'one three', 'one two');
    expect(await getBaseline(db, document.id)).toBe('one three');
    await expect(setBaseline(db, document.id, 'one four', 'one two')).rejects.toThrow(/another window/);
    expect(await getBaseline(db, document.id)).toBe('one three');
  });

  it('goes when its document is removed from the Trash', async () => {
    const document = await createDocument(db, documentInput());
    await moveToTrash(db, document.id);
    await emptyTrash(db);
    expect(await getBaseline(db, document.id)).toBeUndefined();
  });
});
