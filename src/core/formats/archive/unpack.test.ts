import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { forgeDeclaredSize, makeBombDocx } from '../../../../tests/fixtures/zip-bombs';
import { makeDocx } from '../../../../tests/fixtures/make-docx';
import { ArchiveLimitError, DOCX_LIMITS, type ArchiveLimits } from './archive-limits';
import { checkArchive, defuseArchive, listArchiveEntries, unpackWithinLimits } from './unpack';

function refusal(run: () => unknown): ArchiveLimitError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveLimitError) return error;
    throw error;
  }
  throw new Error('accepted, but should have been refused');
}

describe('archive limits', async () => {
  const normal = await makeDocx([{ text: 'Zheng Shajie hosted the 60th executive meeting.' }]);
  const bomb = await makeBombDocx();

  it('lists the central directory without inflating', () => {
    const names = listArchiveEntries('report.docx', normal).map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']));
  });

  it('unpacks a normal document whole, and the stored repack reads back the same', async () => {
    const files = unpackWithinLimits('report.docx', normal, DOCX_LIMITS);
    const original = await JSZip.loadAsync(normal);
    const xml = await original.file('word/document.xml')!.async('uint8array');
    expect(files['word/document.xml']).toEqual(xml);
    const repacked = await JSZip.loadAsync(defuseArchive('report.docx', normal, DOCX_LIMITS));
    expect(await repacked.file('word/document.xml')!.async('uint8array')).toEqual(xml);
  });

  it('unpacks entries written with data descriptors (sizes after the data, as streaming writers do)', async () => {
    const zip = await JSZip.loadAsync(normal);
    const streamed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles: true });
    const files = unpackWithinLimits('streamed.docx', streamed, DOCX_LIMITS);
    expect(files['word/document.xml']).toEqual(await zip.file('word/document.xml')!.async('uint8array'));
    expect(Object.keys(files).sort()).toEqual(Object.keys(unpackWithinLimits('report.docx', normal, DOCX_LIMITS)).sort());
  });

  it('refuses a bomb by its compression ratio before inflating, naming the file and the part', () => {
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = refusal(() => checkArchive('bomb.docx', bomb, DOCX_LIMITS));
    expect(error.problem.code).toBe('ratio');
    expect(error.message).toMatch(/^bomb\.docx: its part word\/document\.xml expands [\d,]+ times \(\d+ KB to 5 MB\) when unpacked, over the 100:1 limit/);
  });

  it('refuses what would expand past the total limit', () => {
    // 4 GB declared for a small part: the total is reported first, in words and units people read.
    const forged = forgeDeclaredSize(normal, 'word/document.xml', 0xfffffffe);
    const error = refusal(() => checkArchive('report.docx', forged, DOCX_LIMITS));
    expect(error.problem.code).toBe('too-large');
    expect(error.message).toBe('report.docx: it expands to 4 GB when unpacked, over the 200 MB limit.');
  });

  it('refuses too many entries', async () => {
    const zip = new JSZip();
    for (let index = 0; index < 30; index++) zip.file(`part${index}.xml`, '<x/>');
    const limits: ArchiveLimits = { ...DOCX_LIMITS, maxEntries: 20 };
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = refusal(() => checkArchive('many.docx', bytes, limits));
    expect(error.problem).toEqual({ code: 'too-many-entries', entries: 30, limit: 20 });
  });

  it('stops inflating a part whose declared size is a lie', () => {
    // Declares 1 KB (under every limit), holds 5 MB: caught while inflating, not after.
    const forged = forgeDeclaredSize(bomb, 'word/document.xml', 1024);
    expect(() => checkArchive('forged.docx', forged, DOCX_LIMITS)).not.toThrow();
    const error = refusal(() => unpackWithinLimits('forged.docx', forged, DOCX_LIMITS));
    expect(error.problem).toEqual({ code: 'size-mismatch', entry: 'word/document.xml', declaredBytes: 1024 });
    expect(error.message).toContain('forged.docx: its part word/document.xml holds more than');
  });

  it('refuses bytes that are not a zip, and a truncated zip', () => {
    expect(refusal(() => unpackWithinLimits('x.docx', new TextEncoder().encode('hello'), DOCX_LIMITS)).problem.code).toBe('not-zip');
    expect(refusal(() => unpackWithinLimits('x.docx', normal.subarray(0, normal.length - 30), DOCX_LIMITS)).problem.code).toBe('not-zip');
  });
});
