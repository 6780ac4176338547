// Property: the glossary import, as the import dialog runs it (readGlossaryFile in the worker,
// then rowsFromTable with the suggested mapping for tables), given a damaged real file, either
// reads it cleanly or refuses it with a GlossaryFormatError that names the file, never anything else.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout, mutatedFile } from '../../../../tests/fixtures/fuzz';
import { readAsTheDialogDoes, SAMPLE_TERMS_CSV } from '../../../../tests/fixtures/glossary-dialog';
import { writeOmegaT } from './delimited';
import { GlossaryFormatError, type GlossaryRow } from './types';
import { writeXlsx } from './xlsx';

const SHARED = resolve(__dirname, '../../../../../shared');
const encoder = new TextEncoder();

const ROWS: GlossaryRow[] = [
  { source: '大部制', target: 'superministerial + plan system', preferred: 'super-ministry system', forbidden: ['big department'], status: 'approved' },
  { source: '双增长', target: 'double growth', preferred: 'dual growth', forbidden: [], status: 'proposed', note: 'from the sample' },
];

const LANGS = { sourceLang: 'zh', targetLang: 'en' };

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
  };
  const tbxLangs = { sourceLang: 'en', targetLang: 'es' };

  it('the seeds themselves read', async () => {
    for (const [format, seed] of Object.entries(seeds)) {
      const result = await readAsTheDialogDoes(seed.name, seed.bytes.slice(), format === 'tbx' ? tbxLangs : LANGS);
      expect(result?.rows.length).toBeGreaterThan(0);
    }
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
