/**
 * Test helpers for annotation import: the sample article with a few annotations made through
 * the repositories, and their export written by the real writer. Not used by the app.
 */
import { describeRange } from '@core/anchoring';
import { toWebAnnotationCollection } from '@core/formats/annotations/web-annotation';
import type { Annotation, Id } from '@core/model';
import sampleText from '../../../../resources/samples/zhejiang-executive-meeting.en.txt?raw';
import { addReply, createAnnotation, listAnnotations, updateAnnotation } from './annotations';
import type { GlossaDatabase } from './database';
import { createDocument, getDocument } from './documents';
import { TABLE_NAMES } from './schema';
import { documentInput } from './test-database';

export const SAMPLE_TEXT: string = sampleText;

/** The words annotated in the sample, each with what the translator wrote. */
export const SAMPLE_NOTES = [
  { quote: 'superministerial + plan system', kind: 'term', body: 'Calque: agree a glossary entry.' },
  { quote: 'Zheng Shajie', kind: 'flag', body: 'Name spelled two ways.' },
  { quote: 'driving nails', kind: 'note', body: 'Idiom: means perseverance.' },
  { quote: 'abbreviated projects', kind: 'query', body: 'Short-term projects?' },
] as const;

export async function createSampleDocument(db: GlossaDatabase, text = SAMPLE_TEXT): Promise<Id> {
  const document = await createDocument(db, documentInput({ title: 'Provincial government meeting', plainText: text, wordCount: 900 }));
  return document.id;
}

/** Annotates SAMPLE_NOTES on the document (whose text is `text`), with a reply and a flag's fields. */
export async function annotateSample(db: GlossaDatabase, docId: Id, text = SAMPLE_TEXT): Promise<Annotation[]> {
  for (const note of SAMPLE_NOTES) {
    const start = text.indexOf(note.quote);
    if (start < 0) throw new Error(`“${note.quote}” is not in the sample`);
    const created = await createAnnotation(db, {
      docId,
      kind: note.kind,
      quote: note.quote,
      selectors: describeRange(text, start, start + note.quote.length),
      body: note.body,
      author: 'Lin',
      ...(note.kind === 'flag' ? { suggestion: 'Zheng Zhajie', mqmCategory: 'accuracy/mistranslation', severity: 'major' as const } : {}),
    });
    if (note.kind === 'query') await addReply(db, created.id, { author: 'Wu', body: 'Yes, short-term.' });
    if (note.kind === 'note') await updateAnnotation(db, created.id, { status: 'resolved' });
  }
  return listAnnotations(db, docId);
}

/** The document's annotations as Export Annotations writes them. */
export async function exportSample(db: GlossaDatabase, docId: Id): Promise<string> {
  const document = await getDocument(db, docId);
  if (!document) throw new Error('no document');
  const collection = toWebAnnotationCollection(document, await listAnnotations(db, docId), { generator: { name: 'Glossa', version: 'test' } });
  return JSON.stringify(collection, null, 2);
}

/** Every row of every table, to compare before and after. */
export async function dumpDatabase(db: GlossaDatabase): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const name of TABLE_NAMES) dump[name] = await db.table(name).toArray();
  return dump;
}
