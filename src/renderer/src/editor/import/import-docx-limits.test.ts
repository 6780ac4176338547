// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { forgeDeclaredSize, makeBombDocx } from '../../../../../tests/fixtures/zip-bombs';
import { importDocument, type ImportedFile } from './import-document';

async function refusal(file: ImportedFile): Promise<DocumentImportError> {
  const error: unknown = await importDocument(file).then(
    () => new Error('imported, but should have been refused'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof DocumentImportError)) throw error;
  return error;
}

describe('importDocument: Word archives over the limits', async () => {
  const bomb = await makeBombDocx();

  it('refuses a zip bomb before inflating it, naming the file and the reason', async () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await refusal({ name: 'report.docx', bytes: bomb });
    expect(error.kind).toBe('too-large-unpacked');
    expect(error.message).toMatch(/^Could not import “report\.docx”: its part word\/document\.xml expands [\d,]+ times \(\d+ KB to 5 MB\) when unpacked, over the 100:1 limit; it may be a zip bomb\.$/);
  });

  it('refuses a total past 200 MB', async () => {
    const error = await refusal({ name: 'report.docx', bytes: forgeDeclaredSize(bomb, 'word/document.xml', 0xfffffffe) });
    expect(error.message).toBe('Could not import “report.docx”: it expands to 4 GB when unpacked, over the 200 MB limit.');
  });

  it('refuses a part that holds more than it declares, while inflating it', async () => {
    const error = await refusal({ name: 'forged.docx', bytes: forgeDeclaredSize(bomb, 'word/document.xml', 4096) });
    expect(error.kind).toBe('too-large-unpacked');
    expect(error.message).toBe('Could not import “forged.docx”: its part word/document.xml holds more than the 4 KB it declares; the file is damaged or forged.');
  });
});
