// @vitest-environment jsdom
// Property: every document importer, given a damaged real file, either imports it cleanly or
// refuses it with a DocumentImportError that names the file, never anything else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocumentImportError } from '@core/formats/documents/import-error';
import { fuzzRuns, fuzzTimeout, mutatedBytes, mutatedFile } from '../../../../../tests/fixtures/fuzz';
import { makeDocx } from '../../../../../tests/fixtures/make-docx';
import { importDocument } from './import-document';

const SHARED = resolve(__dirname, '../../../../../../shared');
const encoder = new TextEncoder();

const sample = readFileSync(resolve(SHARED, 'samples/zhejiang-executive-meeting.en.txt'), 'utf8');
/** Real MT English from WMT21 (first 30 lines of one system), for the Markdown and HTML seeds. */
const wmt = readFileSync(resolve(SHARED, 'corpus/wmt21-zh-en/newstest2021.zh-en.hyp.Facebook-AI.en'), 'utf8').split('\n').slice(0, 30);
const sampleLines = sample.split('\n').filter((line) => line.trim() !== '');

const markdown = [`# ${wmt[0]}`, '', ...wmt.slice(1, 10).map((line, index) => (index % 3 === 0 ? `- *${line}*` : `${line}\n`)), '> quoted', '', '**bold** and [a link](https://example.com)'].join('\n');
const html = `<!doctype html><html><head><meta charset="utf-8"><title>${wmt[0]}</title></head><body><h1>${wmt[0]}</h1>${wmt
  .slice(1)
  .map((line, index) => (index % 4 === 0 ? `<ul><li>${line}</li></ul>` : `<p>${line.replace(/ the /g, ' <em>the</em> ')} &amp; &#8220;x&#8221;</p>`))
  .join('')}<script>window.__pwned = true</script></body></html>`;

function refusesCleanlyOrImports(name: string, bytes: Uint8Array): Promise<void> {
  return importDocument({ name, bytes }).then(
    (article) => {
      expect(article.plainText.trim()).not.toBe('');
      expect(() => JSON.parse(article.editorState) as unknown).not.toThrow();
      expect(article.wordCount).toBeGreaterThanOrEqual(0);
    },
    (error: unknown) => {
      if (!(error instanceof DocumentImportError)) throw error;
      expect(error.fileName).toBe(name);
      expect(error.message).toContain(`“${name}”`);
    },
  );
}

describe('document importers over damaged real files', async () => {
  const docx = await makeDocx(sampleLines.slice(0, 12).map((text, index) => ({ text, ...(index === 0 ? { style: 'Heading1' as const } : {}), ...(index % 5 === 2 ? { bold: true } : {}) })));
  const seeds = {
    txt: { name: 'zhejiang-executive-meeting.en.txt', bytes: encoder.encode(sample) },
    md: { name: 'wmt21.md', bytes: encoder.encode(markdown) },
    html: { name: 'wmt21.html', bytes: encoder.encode(html) },
    docx: { name: 'meeting.docx', bytes: docx },
  };

  it('the seeds themselves import', async () => {
    for (const seed of Object.values(seeds)) await expect(importDocument(seed)).resolves.toMatchObject({ wordCount: expect.any(Number) });
  });

  // Damage to the archive is mostly refused by the unzip; this reaches mammoth's XML reading.
  const innerRuns = fuzzRuns(60);
  it('.docx whose document.xml is damaged inside an intact zip: a clean import or a refusal naming the file', { timeout: fuzzTimeout(innerRuns, 200) }, async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('uint8array');
    await fc.assert(
      fc.asyncProperty(mutatedBytes(xml), async (inner) => {
        zip.file('word/document.xml', inner);
        await refusesCleanlyOrImports('meeting.docx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      }),
      { numRuns: innerRuns },
    );
  });

  for (const [format, seed] of Object.entries(seeds)) {
    const runs = fuzzRuns(format === 'docx' ? 60 : 80);
    it(`.${format}: a clean import or a refusal naming the file`, { timeout: fuzzTimeout(runs, 200) }, async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile([seed]), (file) => refusesCleanlyOrImports(file.name, file.bytes)),
        { numRuns: runs },
      );
    });
  }
});
