// Fuzzing the annotation import with mutated real exports: a clean import or a refusal that
// names the file, never another error, and after a refusal every table exactly as it was.
// A few hundred runs by default; GLOSSA_FUZZ_RUNS=10000 for a long run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationImportError, importAnnotationFile } from './annotation-import';
import { SAMPLE_TEXT, annotateSample, createSampleDocument, dumpDatabase, exportSample } from './annotation-import.fixture';
import { deleteAnnotation } from './annotations';
import type { GlossaDatabase } from './database';
import { deleteTestDatabase, openTestDatabase } from './test-database';
import { fuzzRuns, fuzzTimeout, mutatedBytes } from '../../../../tests/fixtures/fuzz';

const RUNS = fuzzRuns(300);
const TIMEOUT = fuzzTimeout(RUNS, 25);
const FILE_NAME = 'review.jsonld';

let db: GlossaDatabase;
let docId: string;
let exported: string;
let baseline: Awaited<ReturnType<typeof dumpDatabase>>;
/** How each run ended, so a property that only ever refuses (or only imports) is noticed. */
const outcomes = { imported: 0, refused: 0 };

beforeAll(async () => {
  db = openTestDatabase().db;
  docId = await createSampleDocument(db);
  const annotations = await annotateSample(db, docId);
  exported = await exportSample(db, docId);
  // Half deleted (an import brings them back), half live (an import skips them).
  for (const annotation of annotations.slice(0, 2)) await deleteAnnotation(db, annotation.id);
  baseline = await dumpDatabase(db);
});

afterAll(async () => {
  await deleteTestDatabase(db);
});

/** Puts the annotations table back as it was before the run (a clean import changes it). */
async function resetAnnotations(): Promise<void> {
  await db.annotations.clear();
  await db.annotations.bulkAdd(baseline['annotations'] as never[]);
}

// ── Mutations ────────────────────────────────────────────────────────────────

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in the document, the root included. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => pathsOf(item, [...prefix, index])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key])));
  return here;
}

function at(root: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((value, key) => (value as Record<string | number, Json>)[key]!, root);
}

const otherValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100_000 }),
  fc.double(),
  fc.string(),
  fc.constantFrom('', 'urn:glossa:annotation:', 'Annotation', 'TextQuoteSelector', '2025-02-30T00:00:00Z', 'fuzzy', 'orphan', 'flag', 'assessing'),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 2 }),
);

type JsonMutation =
  | { kind: 'drop'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'duplicate-key'; pick: number; value: Json }
  | { kind: 'duplicate-item'; pick: number };

const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: otherValue as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate-key' as const), pick: fc.nat(), value: otherValue as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('duplicate-item' as const), pick: fc.nat() }),
);

/** Applies structural mutations and writes the text; a duplicated key is written twice, as JSON allows. */
function mutateJson(source: string, mutations: readonly JsonMutation[]): string {
  const root = JSON.parse(source) as Json;
  const duplicates = new Map<object, { key: string; value: Json }>();
  for (const mutation of mutations) {
    const paths = pathsOf(root).filter((path) => path.length > 0);
    if (paths.length === 0) break;
    const path = paths[mutation.pick % paths.length]!;
    const parent = at(root, path.slice(0, -1)) as Record<string | number, Json> | Json[];
    const key = path[path.length - 1]!;
    if (mutation.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (mutation.kind === 'replace') {
      (parent as Record<string | number, Json>)[key] = structuredClone(mutation.value);
    } else if (mutation.kind === 'duplicate-key' && !Array.isArray(parent)) {
      duplicates.set(parent, { key: String(key), value: mutation.value });
    } else if (mutation.kind === 'duplicate-item' && Array.isArray(parent)) {
      parent.splice(key as number, 0, structuredClone(parent[key as number]!));
    }
  }
  return write(root, duplicates);
}

function write(value: Json, duplicates: Map<object, { key: string; value: Json }>): string {
  if (Array.isArray(value)) return `[${value.map((item) => write(item, duplicates)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${write(item, duplicates)}`);
    const duplicate = duplicates.get(value);
    if (duplicate) members.push(`${JSON.stringify(duplicate.key)}:${JSON.stringify(duplicate.value)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

// ── The property ─────────────────────────────────────────────────────────────

async function importsCleanlyOrRefuses(data: Uint8Array | string): Promise<void> {
  const before = await dumpDatabase(db);
  let outcome: 'imported' | 'refused';
  try {
    const report = await importAnnotationFile(db, { docId, fileName: FILE_NAME, data, text: SAMPLE_TEXT });
    outcome = 'imported';
    // A clean import: every stored row is on the open document and where the report says.
    const stored = await db.annotations.bulkGet(report.stored.map((row) => row.id));
    for (const row of stored) expect(row).toMatchObject({ docId, deletedAt: null });
    expect(report.placements.length + report.orphans).toBe(report.stored.length);
    for (const placement of report.placements) {
      expect(placement.start).toBeGreaterThanOrEqual(0);
      expect(placement.end).toBeLessThanOrEqual(SAMPLE_TEXT.length);
      expect(placement.end).toBeGreaterThan(placement.start);
    }
  } catch (error) {
    if (!(error instanceof AnnotationImportError)) throw error;
    outcome = 'refused';
    expect(error.fileName).toBe(FILE_NAME);
    expect(error.message).toContain(FILE_NAME);
    expect(error.reason.length).toBeGreaterThan(0);
    expect(await dumpDatabase(db)).toEqual(before);
  }
  outcomes[outcome] += 1;
  if (outcome === 'imported') await resetAnnotations();
}

describe('importAnnotationFile over mutated real exports', () => {
  it('the unmutated export imports', async () => {
    const report = await importAnnotationFile(db, { docId, fileName: FILE_NAME, data: exported, text: SAMPLE_TEXT });
    expect(report.stored).toHaveLength(2);
    expect(report.skippedHere).toBe(2);
    await resetAnnotations();
  });

  it('structural mutations (dropped, duplicated, retyped keys and items)', async () => {
    Object.assign(outcomes, { imported: 0, refused: 0 });
    await fc.assert(
      fc.asyncProperty(fc.array(jsonMutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        await importsCleanlyOrRefuses(mutateJson(exported, mutations));
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, TIMEOUT);

  it('byte mutations (flipped, truncated, inserted and duplicated bytes)', async () => {
    Object.assign(outcomes, { imported: 0, refused: 0 });
    await fc.assert(
      fc.asyncProperty(mutatedBytes(new TextEncoder().encode(exported)), async (bytes) => {
        await importsCleanlyOrRefuses(bytes);
      }),
      { numRuns: RUNS },
    );
    // Damaged bytes almost never leave a readable collection; clean imports are the structural property's.
    expect(outcomes.refused).toBeGreaterThan(0);
  }, TIMEOUT);
});
