/**
 * A TBX file imported into a glossary and exported from it again keeps every concept: the
 * terms store the concepts they came with, the glossary keeps the concepts in other languages
 * only and the file's back matter, and an edit made in Glossa is what changes in the export.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTbx } from '@core/formats/glossary/tbx-read';
import { writeTbxBasic } from '@core/formats/glossary/tbx-write';
import { countDataCategories } from '@core/terms/concept';
import type { GlossaDatabase } from './database';
import { createGlossary } from './glossaries';
import { importIntoNewGlossary, importTerms, listTerms, updateTerm } from './terms';
import { deleteTestDatabase, openTestDatabase } from './test-database';
import { rowOfTerm } from '../features/glossary/glossary-io';

const RICH = readFileSync(resolve(__dirname, '../../../../tests/fixtures/tbx/rich-basic-dca.tbx'), 'utf8');
const CORE_EXAMPLE = readFileSync(resolve(__dirname, '../../../../../shared/standards/tbx/Example_TBX-Core_DCA_VALID.tbx'), 'utf8');
const EN_ES = { sourceLang: 'en', targetLang: 'es' };

let db: GlossaDatabase;

beforeEach(() => {
  ({ db } = openTestDatabase());
});

afterEach(async () => {
  await deleteTestDatabase(db);
});

async function exportGlossary(glossaryId: string): Promise<string> {
  const glossary = (await db.glossaries.get(glossaryId))!;
  const terms = await listTerms(db, glossaryId);
  return writeTbxBasic(terms.map(rowOfTerm), { ...EN_ES, ...(glossary.keptConcepts ? { keptConcepts: glossary.keptConcepts } : {}), ...(glossary.tbxBack ? { tbxBack: glossary.tbxBack } : {}) });
}

function concepts(xml: string) {
  const result = readTbx(xml, 'x.tbx', EN_ES);
  // By id: the export follows the glossary's order, not the file's.
  return [...result.rows.map((row) => row.concept!), ...(result.keptConcepts ?? [])].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
}

describe('concepts in the glossary', () => {
  for (const [name, file] of [
    ['the rich TBX-Basic file', RICH],
    ['the official TBX-Core example', CORE_EXAMPLE],
  ] as const) {
    it(`${name}: stored and exported again, every concept and data category is there; importing it again adds nothing`, async () => {
      const read = readTbx(file, 'in.tbx', EN_ES);
      const { glossary, report } = await importIntoNewGlossary(db, { name: 'Astro', ...EN_ES }, read.rows, {
        author: 'T',
        skipped: read.skipped,
        ...(read.keptConcepts ? { keptConcepts: read.keptConcepts } : {}),
        ...(read.meta.tbxBack ? { tbxBack: read.meta.tbxBack } : {}),
      });
      expect(report.added).toBe(read.rows.length);
      expect(report.kept).toBe(read.keptConcepts?.length ?? 0);
      const out = await exportGlossary(glossary.id);
      expect(concepts(out)).toEqual(concepts(file));
      expect(countDataCategories(concepts(out))).toEqual(countDataCategories(concepts(file)));

      const again = await importTerms(db, glossary.id, read.rows, { author: 'T', ...(read.keptConcepts ? { keptConcepts: read.keptConcepts } : {}) });
      expect(again).toMatchObject({ added: 0, updated: 0, kept: 0 });
      expect(await listTerms(db, glossary.id)).toHaveLength(read.rows.length);
      expect((await db.glossaries.get(glossary.id))?.keptConcepts).toHaveLength(read.keptConcepts?.length ?? 0);
    });
  }

  it('an edit in Glossa changes that concept’s export, and its other languages stay', async () => {
    const read = readTbx(RICH, 'in.tbx', EN_ES);
    const glossary = await createGlossary(db, { name: 'UI', ...EN_ES });
    await importTerms(db, glossary.id, read.rows, { author: 'T' });
    const dialog = (await listTerms(db, glossary.id)).find((term) => term.source === 'dialog box')!;
    await updateTerm(db, dialog.id, { preferred: 'diálogo' });
    const first = concepts(await exportGlossary(glossary.id)).find((concept) => concept.id === 'dialog-box');
    const spanish = first!.languages.find((language) => language.lang === 'es')!;
    expect(spanish.terms.map((term) => [term.term, term.data.find((item) => item.type === 'administrativeStatus')?.value])).toEqual([
      ['cuadro de diálogo', 'admittedTerm-admn-sts'],
      ['diálogo', 'preferredTerm-admn-sts'],
      ['ventana de diálogo', 'deprecatedTerm-admn-sts'],
    ]);
    expect(first!.languages.find((language) => language.lang === 'de')).toEqual(read.rows[0]!.concept!.languages.find((language) => language.lang === 'de'));
  });

  it('a concept imported again from a file of another pair keeps the languages only the glossary had', async () => {
    const glossary = await createGlossary(db, { name: 'UI', ...EN_ES });
    const read = readTbx(RICH, 'in.tbx', EN_ES);
    await importTerms(db, glossary.id, read.rows, { author: 'T' });
    // The same concept from a colleague's file holding only en and es, with a new Spanish synonym.
    const slim = structuredClone(read.rows[0]!);
    slim.concept!.languages = slim.concept!.languages.filter((language) => language.lang !== 'de');
    slim.concept!.languages[1]!.terms.push({ term: 'caja de diálogo', data: [] });
    const report = await importTerms(db, glossary.id, [slim], { author: 'T' });
    expect(report.updated).toBe(1);
    const stored = (await listTerms(db, glossary.id)).find((term) => term.source === 'dialog box')!;
    expect(stored.concept!.languages.map((language) => language.lang)).toEqual(['en', 'es', 'de']);
    expect(stored.concept!.languages[1]!.terms.map((term) => term.term)).toContain('caja de diálogo');
  });
});
