import { describe, expect, it } from 'vitest';
import { readGlossaryFile } from './read-file';
import { GlossaryFormatError, MAX_GLOSSARY_BYTES } from './types';
import { writeTbxBasic } from './tbx-write';
import { writeXlsx } from './xlsx';

const langs = { sourceLang: 'zh', targetLang: 'en' };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readGlossaryFile', () => {
  it('turns tables (CSV, TSV, XLSX) into a table with a suggested mapping, for the preview', async () => {
    const csv = await readGlossaryFile('g.csv', bytes('Source,Target,Preferred\n大部制,superministerial,super-ministry\n'), langs);
    expect(csv).toMatchObject({ kind: 'table', mapping: ['source', 'target', 'preferred'] });
    const tsv = await readGlossaryFile('g.tsv', bytes('Source\tTarget\n大部制\tsuperministerial\n'), langs);
    expect(tsv).toMatchObject({ kind: 'table', mapping: ['source', 'target'] });
    const xlsx = await readGlossaryFile('g.xlsx', await writeXlsx([{ source: '大部制', target: 'x', preferred: 'y', forbidden: [], status: 'approved' }]), langs);
    expect(xlsx.kind).toBe('table');
  });

  it('reads OmegaT, TBX and JSON straight into rows', async () => {
    const omegat = await readGlossaryFile('g.txt', bytes('大部制\tsuper-ministry system\tcomment\n'), langs);
    expect(omegat).toMatchObject({ kind: 'rows', result: { rows: [{ source: '大部制', preferred: 'super-ministry system', note: 'comment' }] } });
    const tbx = writeTbxBasic([{ source: '大部制', target: 'superministerial', preferred: 'super-ministry system', forbidden: [], status: 'approved' }], {
      sourceLang: 'zh',
      targetLang: 'en',
    });
    const read = await readGlossaryFile('g.tbx', bytes(tbx), langs);
    expect(read).toMatchObject({ kind: 'rows', result: { rows: [{ source: '大部制', preferred: 'super-ministry system', status: 'approved' }] } });
  });

  it('refuses unknown and oversized files with the file name and the reason', async () => {
    await expect(readGlossaryFile('notes.pdf', bytes('%PDF'), langs)).rejects.toThrow(/“notes.pdf”: Glossa does not know this kind of file/);
    const huge = { byteLength: MAX_GLOSSARY_BYTES + 1 } as Uint8Array;
    await expect(readGlossaryFile('big.tbx', huge, langs)).rejects.toBeInstanceOf(GlossaryFormatError);
  });
});
