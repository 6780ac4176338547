import { describe, expect, it } from 'vitest';
import { plainText, restoreTags, tagsOf } from '../../bilingual/content';
import { BilingualExportError } from '../../bilingual/errors';
import type { BilingualDocument } from '../../bilingual/types';
import { bilingualFixtures, XLIFF12_SCHEMA, XLIFF20_SCHEMA, XLIFF21_SCHEMA } from '../../../../tests/fixtures/bilingual';
import type { SegmentEdit } from './edits';
import { exportXliff } from './export';
import { readBilingual } from './read';
import { canonicalXml, xsdErrors } from './validate.test-helper';

const fixtures = bilingualFixtures(36);

/** An edit of the first word of segment `index`'s target (tags kept), with a flag on the first five characters and a note. */
function editOf(doc: BilingualDocument, index: number, flagged: boolean): SegmentEdit {
  const segment = doc.segments[index]!;
  const placeholders = plainText(segment.target, 'placeholder');
  const restored = restoreTags(segment.target, /[A-Za-z]/.test(placeholders) ? placeholders.replace(/([A-Za-z]+)/, 'EDITED') : 'EDITED');
  expect(restored.problems).toEqual([]);
  return {
    id: segment.id,
    target: restored.content,
    ...(flagged ? { flags: [{ category: 'accuracy/mistranslation', severity: 'major' as const, comment: 'wrong sense', start: 0, end: 5 }] } : {}),
    notes: [`Glossa note on ${segment.id}`],
  };
}

const cases = [
  { name: 'XLIFF 1.2', text: fixtures.xliff12, schema: XLIFF12_SCHEMA },
  { name: '.sdlxliff', text: fixtures.sdlxliff, schema: XLIFF12_SCHEMA },
  { name: 'XLIFF 2.0', text: fixtures.xliff20, schema: XLIFF20_SCHEMA },
  { name: 'XLIFF 2.1', text: fixtures.xliff21, schema: XLIFF21_SCHEMA },
];

describe.each(cases)('exportXliff: $name', ({ text, schema }) => {
  const doc = readBilingual(text, 'news.xlf');

  it('without edits, the export is the original (equal as canonical XML, and byte for byte)', async () => {
    const exported = exportXliff(text, 'news.xlf', []);
    expect(exported).toBe(text);
    expect(await canonicalXml(exported)).toBe(await canonicalXml(text));
  });

  it('edited targets, states, flags and notes: valid against the schema, and re-imported with the edit, the tags and the flag', async () => {
    // Segments 0 (a <g>/<pc> pair), 2 (<bpt>/<ept>/<ph> or <sc>/<ec>), 5 and 6 (a segmented unit) and 4 (no target yet).
    const picked = [0, 2, 4, 5, 6].map((index) => doc.segments.filter((segment) => !segment.ignorable)[index]!);
    const edits = picked.map((segment) => editOf(doc, doc.segments.indexOf(segment), segment === picked[0]));
    const exported = exportXliff(text, 'news.xlf', edits);
    expect(await xsdErrors(exported, schema.main, schema.preload)).toEqual([]);
    const again = readBilingual(exported, 'news.xlf');
    expect(again.segments.map((segment) => segment.id)).toEqual(doc.segments.map((segment) => segment.id));
    for (const segment of picked) {
      const reread = again.segments.find((item) => item.id === segment.id)!;
      expect(plainText(reread.target)).toMatch(/EDITED/);
      // Every tag of the original target is there, in the same order (the flag marker aside).
      const markers = new Set(tagsOf(reread.target).flatMap((tag) => (tag.attrs['its:locQualityIssueType'] ? [tag.pairKey] : [])));
      const kept = tagsOf(reread.target).filter((tag) => !(tag.container && markers.has(tag.pairKey)));
      expect(kept.map((tag) => [tag.kind, tag.element, tag.pairKey ?? tag.id ?? ''])).toEqual(tagsOf(segment.target).map((tag) => [tag.kind, tag.element, tag.pairKey ?? tag.id ?? '']));
    }
    const flagged = again.segments.find((item) => item.id === picked[0]!.id)!;
    const marker = tagsOf(flagged.target).find((tag) => tag.attrs['its:locQualityIssueType']);
    expect(marker?.attrs).toMatchObject({ 'its:locQualityIssueType': 'mistranslation', 'its:locQualityIssueSeverity': '60', 'its:locQualityIssueComment': 'wrong sense' });
    expect(flagged.state).toBe('needs-review');
    expect(again.segments.find((item) => item.id === picked[1]!.id)!.state).toBe('reviewed');
    expect(again.segments.find((item) => item.id === picked[1]!.id)!.notes.map((note) => note.text)).toContain(`Glossa note on ${picked[1]!.id}`);
    // Everything not edited reads back as it was.
    const untouched = new Set(picked.map((segment) => segment.unitId));
    for (const segment of doc.segments.filter((item) => !untouched.has(item.unitId))) expect(again.segments.find((item) => item.id === segment.id)).toEqual(segment);
  });
});

describe('exportXliff refuses what it cannot write', () => {
  const doc = readBilingual(fixtures.xliff12, 'news.xlf');
  it('an unknown segment, and container tags that would not nest', () => {
    expect(() => exportXliff(fixtures.xliff12, 'news.xlf', [{ id: 'nope/1' }])).toThrow(BilingualExportError);
    const target = doc.segments[0]!.target;
    const swapped = [target[1]!, target[0]!, ...target.slice(2)].reverse();
    expect(() => exportXliff(fixtures.xliff12, 'news.xlf', [{ id: doc.segments[0]!.id, target: swapped }])).toThrow(/do not nest|never closed/);
  });
});
