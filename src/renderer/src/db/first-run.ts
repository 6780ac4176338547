/** The bundled sample article, imported once so a new translator has something to open. */
import type { GlossaDocument } from '@core/model';
import type { GlossaDatabase } from './database';
import { createDocument } from './documents';
import type { CreateDocumentInput } from './documents';
import { getSetting, setSetting } from './settings';
import { writeAll } from './transaction';

// Calls in flight per database, so StrictMode's double effect shares one import
// (and one makeSample) instead of racing; the transaction below is what makes it
// safe across windows.
const running = new WeakMap<GlossaDatabase, Promise<GlossaDocument | null>>();

/**
 * On first run, imports the sample and opens it; afterwards (even once the
 * translator has trashed the sample) does nothing. Resolves to the sample it
 * created, or null when there was nothing to do.
 */
export function ensureSampleDocument(
  db: GlossaDatabase,
  makeSample: () => Promise<CreateDocumentInput>,
): Promise<GlossaDocument | null> {
  let call = running.get(db);
  if (!call) {
    call = importSampleOnce(db, makeSample).finally(() => running.delete(db));
    running.set(db, call);
  }
  return call;
}

async function importSampleOnce(db: GlossaDatabase, makeSample: () => Promise<CreateDocumentInput>): Promise<GlossaDocument | null> {
  if (await getSetting(db, 'sampleImported', false)) return null;
  // Built outside the transaction: awaiting anything but IndexedDB inside it would let it commit early.
  const input = await makeSample();
  return writeAll(
    db,
    ['documents', 'documentTexts', 'baselines', 'settings'],
    async (connection) => {
      // Checked again inside the transaction: another window may have imported it meanwhile.
      if (await getSetting(connection, 'sampleImported', false)) return null;
      const sample = await createDocument(connection, input);
      await setSetting(connection, 'sampleImported', true);
      // Do not switch away from a document the translator opened while the sample was being built.
      if ((await getSetting(connection, 'lastOpenedDocumentId', null)) === null) {
        await setSetting(connection, 'lastOpenedDocumentId', sample.id);
      }
      return sample;
    },
    { durability: 'strict' },
  );
}
