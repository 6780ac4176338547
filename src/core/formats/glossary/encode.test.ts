import { describe, expect, it } from 'vitest';
import { encodeGlossaryRows, type GlossaryExportFormat } from './encode';
import { readGlossaryFile } from './read-file';
import { rowsFromTable } from './delimited';
import type { GlossaryRow } from './types';

const rows: GlossaryRow[] = [
  { source: '大部制', target: 'superministerial system', preferred: 'super-ministry system', forbidden: ['big ministry'], status: 'approved', note: 'calque' },
];
const meta = { name: 'Zhejiang', sourceLang: 'zh', targetLang: 'en' };
const names: Record<GlossaryExportFormat, string> = {
  csv: 'g.csv',
  tsv: 'g.tsv',
  omegat: 'g.txt',
  tbx: 'g.tbx',
  'tbx-dct': 'g.tbx',
  'tbx-v2': 'g.tbx',
  xlsx: 'g.xlsx',
  json: 'g.json',
};

describe('encodeGlossaryRows', () => {
  it.each(Object.keys(names) as GlossaryExportFormat[])('writes %s that Glossa reads back with the preferred rendering', async (format) => {
    const data = await encodeGlossaryRows(format, rows, meta);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    const pending = await readGlossaryFile(names[format], bytes, meta);
    const read = pending.kind === 'rows' ? pending.result : rowsFromTable(pending.table, pending.mapping);
    expect(read.rows[0]).toMatchObject({ source: '大部制', preferred: 'super-ministry system' });
  });
});
