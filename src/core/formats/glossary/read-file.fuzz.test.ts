// Property: the glossary import, as the import dialog runs it (readGlossaryFile in the worker,
// then rowsFromTable with the suggested mapping for tables), given a damaged real file, either
// reads it cleanly or refuses it with a GlossaryFormatError that names the file, never anything else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout, mutatedBytes, mutatedFile } from '../../../../tests/fixtures/fuzz';
import { readAsTheDialogDoes, SAMPLE_TERMS_CSV } from '../../../../tests/fixtures/glossary-dialog';
import { writeOmegaT } from './delimited';
import { writeJson } from './json';
import { writeTbxV2 } from './tbx-write';
import { GlossaryFormatError, type GlossaryRow } from './types';
import { writeXlsx } from './xlsx';

const SHARED = resolve(__dirname, '../../../../../shared');
const encoder = new TextEncoder();

const ROWS: GlossaryRow[] = [
  { source: '大部制', target: 'superministerial + plan system', preferred: 'super-ministry system', forbidden: ['big department'], status: 'approved' },
  { source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: [], status: 'proposed', note: 'from the sample' },
];

const LANGS = { sourceLang: 'zh', targetLang: 'en' };
const META = { name: 'Zhejiang', description: 'Calques of the sample article', ...LANGS };

async function readsCleanlyOrRefuses(name: string, bytes: Uint8Array, langs = LANGS): Promise<void> {
  // A copy: the worker gets the bytes transferred, and the property may shrink with them.
  await readAsTheDialogDoes(name, bytes.slice(), langs).then(
    (result) => {
      if (result === null) return;
      expect(Array.isArray(result.rows)).toBe(true);
      for (const row of result.rows) expect(typeof row.source).toBe('string');
    },
    (error: unknown) => {
      if (!(error instanceof GlossaryFormatError)) throw error;
      expect(error.fileName).toBe(name);
      expect(error.message).toContain(`“${name}”`);
    },
  );
}

describe('glossary importers over damaged real files', async () => {
  const seeds = {
    tbx: { name: 'Example_TBX-Core_DCA_VALID.tbx', bytes: new Uint8Array(readFileSync(resolve(SHARED, 'standards/tbx/Example_TBX-Core_DCA_VALID.tbx'))) },
    csv: { name: 'sample-terms.csv', bytes: encoder.encode(SAMPLE_TERMS_CSV) },
    omegat: { name: 'sample-terms.txt', bytes: encoder.encode(writeOmegaT(ROWS)) },
    xlsx: { name: 'sample-terms.xlsx', bytes: await writeXlsx(ROWS) },
    json: { name: 'sample-terms.json', bytes: encoder.encode(writeJson(ROWS, META)) },
    'tbx-v2': { name: 'sample-terms.v2.tbx', bytes: encoder.encode(writeTbxV2(ROWS, META)) },
  };
  const tbxLangs = { sourceLang: 'en', targetLang: 'es' };

  it('the seeds themselves read', async () => {
    for (const [format, seed] of Object.entries(seeds)) {
      const result = await readAsTheDialogDoes(seed.name, seed.bytes.slice(), format === 'tbx' ? tbxLangs : LANGS);
      expect(result?.rows.length).toBeGreaterThan(0);
    }
  });

  // Damage to the archive is mostly refused by the unzip; this reaches the sheet's XML reading.
  const innerRuns = fuzzRuns(60);
  it('xlsx whose sheet or shared strings are damaged inside an intact zip: a clean read or a refusal naming the file', { timeout: fuzzTimeout(innerRuns, 100) }, async () => {
    const zip = await JSZip.loadAsync(seeds.xlsx.bytes);
    const parts = Object.keys(zip.files).filter((name) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name));
    expect(parts.length).toBeGreaterThan(0);
    const originals = await Promise.all(parts.map(async (name) => ({ name, bytes: await zip.file(name)!.async('uint8array') })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...originals).chain((part) => mutatedBytes(part.bytes).map((bytes) => ({ name: part.name, bytes }))), async (part) => {
        const copy = await JSZip.loadAsync(seeds.xlsx.bytes);
        copy.file(part.name, part.bytes);
        await readsCleanlyOrRefuses(seeds.xlsx.name, await copy.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      }),
      { numRuns: innerRuns },
    );
  });

  for (const [format, seed] of Object.entries(seeds)) {
    const runs = fuzzRuns(format === 'xlsx' ? 60 : 100);
    it(`${format}: a clean read or a refusal naming the file`, { timeout: fuzzTimeout(runs, 100) }, async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile([seed]), (file) => readsCleanlyOrRefuses(file.name, file.bytes, format === 'tbx' ? tbxLangs : LANGS)),
        { numRuns: runs },
      );
    });
  }
});
