// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '@core/host';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { articleFromText, importDocument, type ImportedFile } from './import-document';
import { nodesOfType, outline, reloadedText, textOf } from './state-json.testing';

const SAMPLE_NAME = 'zhejiang-executive-meeting.en.txt';
const SAMPLE_PATH = resolve(__dirname, '../../../../../resources/samples', SAMPLE_NAME);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The import's refusal, so a test can check its kind and message. */
async function refusal(file: ImportedFile): Promise<DocumentImportError> {
  const error: unknown = await importDocument(file).then(
    () => new Error('imported, but should have been refused'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof DocumentImportError)) throw error;
  expect(error.message).toContain(`“${file.name}”`);
  return error;
}

describe('importDocument: the sample article (.txt)', async () => {
  const bytes = new Uint8Array(readFileSync(SAMPLE_PATH));
  const lines = new TextDecoder().decode(bytes).split('\n').map((line) => line.trimEnd());
  const article = await importDocument({ name: SAMPLE_NAME, bytes });

  it('has one paragraph per line, each a single text node with the line’s text', () => {
    const paragraphs = nodesOfType(article.editorState, 'paragraph');
    expect(lines).toHaveLength(10);
    expect(paragraphs).toHaveLength(lines.length);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph.children).toHaveLength(1);
      expect(paragraph.children?.[0]?.type).toBe('text');
      expect(textOf(paragraph)).toBe(lines[index]);
    });
    expect(outline(article.editorState)[0]).toBe('paragraph: [ad_1]');
  });

  it('reports the text the editor will measure annotations against', () => {
    expect(article.plainText).toBe(lines.join('\n\n'));
    // A live editor with the article nodes loads the state and reads the same text.
    expect(reloadedText(article.editorState)).toBe(article.plainText);
  });

  it('has the title, format and word count', () => {
    expect(article).toMatchObject({ title: 'zhejiang executive meeting', format: 'txt', wordCount: 716 });
  });
});

describe('importDocument: plain text', () => {
  it('reads UTF-16 with BOM and CRLF line ends', async () => {
    const text = '\ufeff标题\r\n\r\nSecond line  \r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const article = await importDocument({ name: 'notes.TXT', bytes });
    expect(outline(article.editorState)).toEqual(['paragraph: 标题', 'paragraph: Second line']);
    expect(article).toMatchObject({ plainText: '标题\n\nSecond line', wordCount: 4, title: 'notes' });
  });

  it('keeps leading indentation and tabs inside a line', async () => {
    const article = await importDocument({ name: 'a.text', bytes: utf8('\u3000\u3000Indented\tcell\n') });
    expect(article.plainText).toBe('\u3000\u3000Indented\tcell');
  });
});

describe('importDocument: refusals', () => {
  it('refuses an unsupported type, naming it and listing what is supported', async () => {
    const error = await refusal({ name: 'report.pdf', bytes: utf8('%PDF-1.7') });
    expect(error.kind).toBe('unsupported-type');
    expect(error.message).toBe('Could not import “report.pdf”: Glossa cannot open .pdf files. Supported: .txt, .md, .html, .docx.');
  });

  it.each(['empty.txt', 'empty.md', 'empty.html', 'empty.docx'])('refuses a 0-byte %s as empty', async (name) => {
    const error = await refusal({ name, bytes: new Uint8Array(0) });
    expect(error.kind).toBe('empty');
    expect(error.reason).toBe('the file is empty (0 bytes).');
  });

  it.each(['blank.txt', 'blank.md', 'blank.html'])('refuses whitespace-only %s as having no text', async (name) => {
    const error = await refusal({ name, bytes: utf8(' \r\n\t\n\u00a0\u3000\n') });
    expect(error.kind).toBe('empty');
    expect(error.reason).toBe('it contains no text.');
  });

  it('refuses a file over 20 MB from its size alone, without reading a byte', async () => {
    const size = MAX_IMPORT_BYTES + 1024 * 1024;
    // Any access other than byteLength (decoding, sniffing, copying) would throw here.
    const sealed = new Proxy(new Uint8Array(0), {
      get: (_target, property) => {
        if (property === 'byteLength') return size;
        throw new Error(`bytes were read (${String(property)})`);
      },
    });
    const error = await refusal({ name: 'huge.txt', bytes: sealed });
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('Could not import “huge.txt”: it is 21.0 MB, larger than the 20.0 MB Glossa can open.');
  });

  it('refuses a real 21 MB buffer of binary zeros as too large, not as binary', async () => {
    const error = await refusal({ name: 'huge.docx', bytes: new Uint8Array(21 * 1024 * 1024) });
    expect(error.kind).toBe('too-large');
  });

  it('accepts exactly 20 MB', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    bytes.set(utf8('\n'), 1000);
    const article = await importDocument({ name: 'limit.txt', bytes });
    expect(article.wordCount).toBe(2);
  });

  it('refuses binary bytes in a .txt as not text', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = await refusal({ name: 'photo.txt', bytes: png });
    expect(error.kind).toBe('not-text');
    expect(error.message).toBe('Could not import “photo.txt”: it is not a text file (it looks binary).');
    expect((await refusal({ name: 'nul.md', bytes: utf8('# Title\0\0\0') })).kind).toBe('not-text');
  });

  it('refuses GBK text as not UTF-8, with advice', async () => {
    const gbk = Uint8Array.from([0xd5, 0xe3, 0xbd, 0xad, 0xd0, 0xc2, 0xce, 0xc5]);
    const error = await refusal({ name: '浙江新闻.txt', bytes: gbk });
    expect(error.kind).toBe('not-text');
    expect(error.message).toMatch(/^Could not import “浙江新闻.txt”: it is not UTF-8 text .*Save it as UTF-8/);
  });
});

describe('articleFromText (clipboard)', () => {
  it('makes one paragraph per non-blank line and titles it from the first line', () => {
    const article = articleFromText('\ufeff  Provincial government meeting \r\n\r\nZheng Shajie hosted\r\n\0');
    expect(outline(article.editorState)).toEqual(['paragraph:   Provincial government meeting', 'paragraph: Zheng Shajie hosted']);
    expect(reloadedText(article.editorState)).toBe(article.plainText);
    expect(article).toMatchObject({
      title: 'Provincial government meeting',
      format: 'clipboard',
      plainText: '  Provincial government meeting\n\nZheng Shajie hosted',
      wordCount: 6,
    });
  });

  it('uses a given title, tidied', () => {
    expect(articleFromText('text', '  My   article ').title).toBe('My article');
    expect(articleFromText('text', '   ').title).toBe('text');
  });

  it('refuses empty or whitespace-only text', () => {
    expect(() => articleFromText('')).toThrow('Could not import the clipboard text: it contains no text.');
    expect(() => articleFromText(' \n\t\u3000')).toThrow(DocumentImportError);
  });

  it('refuses text over 20 MB', () => {
    expect(() => articleFromText('浙'.repeat(MAX_IMPORT_BYTES / 3 + 1))).toThrow(/larger than the 20.0 MB/);
  });
});
