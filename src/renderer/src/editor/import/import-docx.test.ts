// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { documentXml, makeDocx } from '../../../../../tests/fixtures/make-docx';
import { importDocument, type ImportedFile } from './import-document';
import { BOLD, ITALIC, outline, reloadedText, textNode } from './state-json.testing';

async function refusal(file: ImportedFile): Promise<DocumentImportError> {
  const error: unknown = await importDocument(file).then(
    () => new Error('imported, but should have been refused'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof DocumentImportError)) throw error;
  return error;
}

/** Deterministic "random" bytes, so a failure reproduces. */
function noise(length: number, seed = 42): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state >>> 16;
  });
}

describe('importDocument: Word (.docx)', async () => {
  const bytes = await makeDocx([
    { text: 'Provincial government holds 60th executive meeting', style: 'Heading1' },
    { text: 'Zheng Shajie hosted', bold: true },
    { text: 'The meeting reviewed the “double growth” plan & more.' },
    { text: 'Decisions', style: 'Heading2' },
    { text: 'driving nails', italic: true },
  ]);
  const article = await importDocument({ name: 'Meeting Minutes.docx', bytes });

  it('keeps headings, paragraphs, bold and italic', () => {
    expect(outline(article.editorState)).toEqual([
      'heading/h1: Provincial government holds 60th executive meeting',
      'paragraph: Zheng Shajie hosted',
      'paragraph: The meeting reviewed the “double growth” plan & more.',
      'heading/h2: Decisions',
      'paragraph: driving nails',
    ]);
    expect(textNode(article.editorState, 'Zheng Shajie hosted')?.format).toBe(BOLD);
    expect(textNode(article.editorState, 'driving nails')?.format).toBe(ITALIC);
    expect(textNode(article.editorState, 'Decisions')?.format).toBe(0);
  });

  it('takes the title from the first heading and counts the words', () => {
    expect(article).toMatchObject({ title: 'Provincial government holds 60th executive meeting', format: 'docx', wordCount: 20 });
    expect(article.plainText.split('\n\n')).toHaveLength(5);
    expect(reloadedText(article.editorState)).toBe(article.plainText);
  });

  it('falls back to the file name when there is no heading', async () => {
    const plain = await importDocument({ name: 'Meeting Minutes.docx', bytes: await makeDocx([{ text: 'Only text.' }]) });
    expect(plain.title).toBe('Meeting Minutes');
  });
});

describe('importDocument: broken Word documents', () => {
  it('refuses random bytes', async () => {
    const error = await refusal({ name: 'random.docx', bytes: noise(4096) });
    expect(error.kind).toBe('not-word');
    expect(error.message).toBe('Could not import “random.docx”: it is not a valid Word document.');
  });

  it('refuses bytes that start like a zip but are not one', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...noise(4096, 7)]);
    const error = await refusal({ name: 'truncated.docx', bytes });
    expect(error.kind).toBe('not-word');
    expect(error.message).toContain('“truncated.docx”');
  });

  it('refuses a real zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('notes.txt', 'not a Word document');
    const error = await refusal({ name: 'archive.docx', bytes: await zip.generateAsync({ type: 'uint8array' }) });
    expect(error.kind).toBe('not-word');
    expect(error.message).toBe('Could not import “archive.docx”: it is not a valid Word document.');
  });

  it('refuses a package whose document part is not XML', async () => {
    const valid = await JSZip.loadAsync(await makeDocx([{ text: 'x' }]));
    valid.file('word/document.xml', documentXml([{ text: 'cut' }]).slice(0, 120));
    const error = await refusal({ name: 'corrupt.docx', bytes: await valid.generateAsync({ type: 'uint8array' }) });
    expect(error.kind).toBe('not-word');
  });

  it('explains an old .doc or a password-protected file (both OLE containers)', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(504)]);
    const error = await refusal({ name: 'legacy.docx', bytes: ole });
    expect(error.kind).toBe('not-word');
    expect(error.message).toMatch(/^Could not import “legacy.docx”: it is not a valid Word document \(.*old \.doc.*password-protected/);
  });

  it('refuses a valid document with no text as empty', async () => {
    const error = await refusal({ name: 'blank.docx', bytes: await makeDocx([{ text: '   ' }, { text: '' }]) });
    expect(error.kind).toBe('empty');
    expect(error.message).toBe('Could not import “blank.docx”: it contains no text.');
  });
});
