// Word-written .docx files (mammoth's own test documents) convert exactly as before the
// archive limits: unpacking within limits and repacking without compression changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToHtml } from './docx-to-html';

const TEST_DATA = resolve(__dirname, '../../../../../node_modules/mammoth/test/test-data');
const files = readdirSync(TEST_DATA).filter((name) => name.endsWith('.docx'));

async function direct(bytes: Uint8Array): Promise<string> {
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  return (await mammoth.convertToHtml({ arrayBuffer: bytes.slice().buffer }, { convertImage: dropImages })).value;
}

describe('docxToHtml on real Word files', () => {
  let converted = 0;
  it('finds the files', () => expect(files.length).toBeGreaterThan(10));

  for (const name of files) {
    it(`${name}: the same HTML as mammoth alone`, async () => {
      const bytes = new Uint8Array(readFileSync(resolve(TEST_DATA, name)));
      const expected = await direct(bytes).then(
        (html) => ({ html }),
        () => ({ failed: true }),
      );
      const actual = await docxToHtml(name, bytes).then(
        (html) => ({ html }),
        () => ({ failed: true }),
      );
      expect(actual).toEqual(expected);
      if ('html' in actual) converted += 1;
    });
  }

  it('converted nearly all of them (a comparison of two failures proves little)', () => expect(converted).toBeGreaterThanOrEqual(files.length - 2));
});
