import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyRow, type GlossaryRow } from '@core/formats/glossary/types';
import type { GlossaDatabase } from './database';
import { createDocument } from './documents';
import { createGlossary, defaultGlossaryFor, glossariesForDocument, listGlossaries, setDocumentGlossaries, updateGlossary } from './glossaries';
import { createTerm, deleteTerms, getTerm, importTerms, listTerms, mergeDuplicateTerms, moveTerms, restoreTerms, updateTerm } from './terms';
import type { ManualClock } from './test-database';
import { deleteTestDatabase, documentInput, openTestDatabase } from './test-database';

let db: GlossaDatabase;
let clock: ManualClock;

beforeEach(() => {
  ({ db, clock } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

const row = (fields: Partial<GlossaryRow>): GlossaryRow => ({ ...emptyRow(), ...fields });

describe('glossaries', () => {
  it('have one default per language pair, created on first need, and a document falls back to it', async () => {
    const zhEn = await defaultGlossaryFor(db, { sourceLang: 'zh', targetLang: 'en' });
    clock.advance(10);
    await createGlossary(db, { name: 'Second zh-en', sourceLang: 'zh', targetLang: 'en' });
    expect((await defaultGlossaryFor(db, { sourceLang: 'zh', targetLang: 'en' })).id).toBe(zhEn.id);
    const deEn = await defaultGlossaryFor(db, { sourceLang: 'de', targetLang: 'en' });
    expect(deEn.id).not.toBe(zhEn.id);
    expect(deEn.name).toBe('Glossary de → en');

    const doc = await createDocument(db, documentInput());
    expect((await glossariesForDocument(db, doc.id)).map((g) => g.id)).toEqual([zhEn.id]);
    expect((await db.documents.get(doc.id))?.glossaryIds).toEqual([zhEn.id]);
    await setDocumentGlossaries(db, doc.id, [deEn.id, zhEn.id]);
    expect((await glossariesForDocument(db, doc.id)).map((g) => g.id)).toEqual([deEn.id, zhEn.id]);
    await expect(setDocumentGlossaries(db, doc.id, ['nope'])).rejects.toThrow(/no longer exists/);
    expect(await listGlossaries(db)).toHaveLength(3);
  });

  it('rename and change language, refusing bad names and tags', async () => {
    const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en' });
    expect((await updateGlossary(db, glossary.id, { name: ' Zhejiang ', targetLang: 'en-GB' })).name).toBe('Zhejiang');
    expect((await updateGlossary(db, glossary.id, {})).targetLang).toBe('en-GB');
    await expect(updateGlossary(db, glossary.id, { name: '  ' })).rejects.toThrow(/cannot be empty/);
    await expect(updateGlossary(db, glossary.id, { sourceLang: 'chinese!' })).rejects.toThrow(/BCP-47/);
  });
});

describe('terms', () => {
  it('are created, edited, moved, deleted and restored', async () => {
    const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en' });
    const other = await createGlossary(db, { name: 'Other', sourceLang: 'zh', targetLang: 'en' });
    const term = await createTerm(db, glossary.id, { source: '大部制', target: 'superministerial system', forbidden: [' x ', 'X', ''] }, 'Ana');
    expect(term).toMatchObject({ status: 'proposed', author: 'Ana', forbidden: ['x'] });
    clock.advance(5);
    const edited = await updateTerm(db, term.id, { preferred: 'super-ministry system', status: 'approved' });
    expect(edited).toMatchObject({ preferred: 'super-ministry system', status: 'approved', updatedAt: term.updatedAt + 5 });
    await expect(updateTerm(db, term.id, { source: '', target: '', preferred: '' })).rejects.toThrow(/needs a source term/);
    expect((await getTerm(db, term.id))?.preferred).toBe('super-ministry system');

    await moveTerms(db, [term.id], other.id);
    expect(await listTerms(db, glossary.id)).toEqual([]);
    expect((await listTerms(db, other.id)).map((t) => t.id)).toEqual([term.id]);
    await deleteTerms(db, [term.id]);
    expect(await listTerms(db, other.id)).toEqual([]);
    await restoreTerms(db, [term.id]);
    expect(await listTerms(db, other.id)).toHaveLength(1);
  });

  it('merge duplicates into one, deleting the rest', async () => {
    const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en' });
    const a = await createTerm(db, glossary.id, { source: '钉钉子', target: 'driving nails', forbidden: ['nail driving'] }, 'Ana');
    const b = await createTerm(db, glossary.id, { source: '钉钉子', target: 'driving nails', preferred: 'perseverance', forbidden: ['hammering'] }, 'Bo');
    const merged = await mergeDuplicateTerms(db, a.id, [b.id]);
    expect(merged.id).toBe(a.id);
    expect(merged.preferred).toBe('perseverance');
    expect(merged.forbidden).toEqual(['nail driving', 'hammering']);
    expect((await listTerms(db, glossary.id)).map((t) => t.id)).toEqual([a.id]);
  });
});

describe('importTerms', () => {
  it('adds new rows, updates known terms, skips repeats and unchanged rows, with reasons and row numbers', async () => {
    const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en' });
    await createTerm(db, glossary.id, { source: '大部制', target: 'superministerial system' }, 'Ana');
    await createTerm(db, glossary.id, { source: '双增长', target: 'double growth', preferred: 'dual growth' }, 'Ana');
    const report = await importTerms(
      db,
      glossary.id,
      [
        row({ source: '大部制', target: 'superministerial system', preferred: 'super-ministry system', status: 'approved' }),
        row({ source: '钉钉子', target: 'driving nails' }),
        row({ source: '钉钉子', target: 'nailing' }),
        row({ source: '双增长', target: 'double growth' }),
        row({ source: '', target: '' }),
      ],
      { author: 'Importer', rowNumbers: [2, 3, 4, 5, 6], skipped: [{ row: 7, reason: 'it has 1 cell.' }] },
    );
    expect(report.added).toBe(1);
    expect(report.updated).toBe(1);
    expect(report.skipped).toEqual([
      { row: 4, reason: 'it repeats row 3 (the same term).' },
      { row: 5, reason: 'the glossary already has this term, unchanged.' },
      { row: 6, reason: 'A term needs a source term, a target term or a preferred translation.' },
      { row: 7, reason: 'it has 1 cell.' },
    ]);
    const terms = await listTerms(db, glossary.id);
    expect(terms.map((t) => [t.source, t.preferred, t.status, t.author])).toEqual([
      ['大部制', 'super-ministry system', 'approved', 'Ana'],
      ['双增长', 'dual growth', 'proposed', 'Ana'],
      ['钉钉子', '', 'proposed', 'Importer'],
    ]);
  });

  it('stores nothing when the transaction fails', async () => {
    const glossary = await createGlossary(db, { sourceLang: 'zh', targetLang: 'en' });
    await db.glossaries.update(glossary.id, { deletedAt: 1 });
    await expect(importTerms(db, glossary.id, [row({ source: 'a', target: 'b' })], { author: 'x' })).rejects.toThrow(/no longer exists/);
    expect(await db.terms.count()).toBe(0);
  });
});
