import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { forgeDeclaredSize } from '../../../../tests/fixtures/zip-bombs';
import { GlossaryFormatError } from './types';
import { readXlsxTable, writeXlsx } from './xlsx';

async function refusal(promise: Promise<unknown>): Promise<GlossaryFormatError> {
  const error: unknown = await promise.then(
    () => new Error('read, but should have been refused'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof GlossaryFormatError)) throw error;
  return error;
}

describe('readXlsxTable: archive limits', async () => {
  const workbook = await writeXlsx([{ source: '大部制', target: 'superministerial', preferred: 'super-ministry system', forbidden: [], status: 'approved' }]);
  const zip = await JSZip.loadAsync(workbook);
  const sheetName = Object.keys(zip.files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
  const sheet = await zip.file(sheetName)!.async('string');

  it('still reads a normal workbook', async () => {
    const table = await readXlsxTable(workbook, 'terms.xlsx');
    expect(table.rows[0]?.slice(0, 3)).toEqual(['大部制', 'superministerial', 'super-ministry system']);
  });

  it('refuses a sheet that expands a thousandfold, naming the file and the part', async () => {
    zip.file(sheetName, sheet.replace('</sheetData>', `</sheetData>${' '.repeat(5 * 1024 * 1024)}`));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    const error = await refusal(readXlsxTable(bomb, 'bomb.xlsx'));
    expect(error.message).toMatch(new RegExp(`^Could not import “bomb\\.xlsx”: its part ${sheetName.replace(/\./g, '\\.')} expands [\\d,]+ times .* over the 100:1 limit; it may be a zip bomb\\.$`));

    // The same bomb declaring 2 KB: refused while inflating, as soon as the part outgrows it.
    const forged = await refusal(readXlsxTable(forgeDeclaredSize(bomb, sheetName, 2048), 'forged.xlsx'));
    expect(forged.message).toBe(`Could not import “forged.xlsx”: its part ${sheetName} holds more than the 2 KB it declares; the file is damaged or forged.`);
  });
});
