// @vitest-environment jsdom
// (the db barrel loads dexie-export-import, which needs a browser global at import time)
import { describe, expect, it } from 'vitest';
import type { AnnotationImportReport } from '../../db';
import { importNotice } from './import-annotations';

function report(overrides: Partial<AnnotationImportReport> & { storedCount?: number }): AnnotationImportReport {
  const { storedCount = 0, ...rest } = overrides;
  return {
    fileName: 'review.jsonld',
    stored: Array.from({ length: storedCount }, () => ({}) as AnnotationImportReport['stored'][number]),
    placements: [],
    needCheck: 0,
    orphans: 0,
    skippedHere: 0,
    skippedElsewhere: 0,
    ...rest,
  };
}

describe('importNotice', () => {
  it('says what was imported, what needs a check, what could not be placed and what was skipped', () => {
    expect(importNotice({ report: report({ storedCount: 12, needCheck: 3, orphans: 1, skippedHere: 2 }), unplaced: 0 })).toBe(
      'Imported 12 annotations from review.jsonld (3 need a check, 1 could not be placed, 2 already here were skipped).',
    );
  });

  it('counts in the singular, and adds the ones that could not be marked to the unplaced', () => {
    expect(importNotice({ report: report({ storedCount: 1, needCheck: 1, skippedHere: 1, skippedElsewhere: 1 }), unplaced: 1 })).toBe(
      'Imported 1 annotation from review.jsonld (1 needs a check, 1 could not be placed, 1 already here was skipped, 1 already on another document was skipped).',
    );
  });

  it('says so when nothing was new', () => {
    expect(importNotice({ report: report({ skippedHere: 3 }), unplaced: 0 })).toBe('Imported no annotations from review.jsonld (3 already here were skipped).');
    expect(importNotice({ report: report({}), unplaced: 0 })).toBe('Imported no annotations from review.jsonld.');
  });
});
