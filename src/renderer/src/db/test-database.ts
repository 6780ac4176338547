/** Test helpers: a fresh, uniquely named database with a clock the test controls. Not exported from index.ts. */
import type { Annotation, Id } from '@core/model';
import type { Clock } from './clock';
import { GlossaDatabase } from './database';
import type { CreateAnnotationInput } from './annotations';
import { createDocument, type CreateDocumentInput } from './documents';
import { newId } from './ids';

export interface ManualClock extends Clock {
  advance(milliseconds: number): void;
}

export function manualClock(start = Date.UTC(2025, 0, 1)): ManualClock {
  let now = start;
  return Object.assign(() => now, {
    advance(milliseconds: number) {
      now += milliseconds;
    },
  });
}

let opened = 0;

export function uniqueDatabaseName(): string {
  opened += 1;
  return `glossa-test-${opened}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDatabase(options: { name?: string; schemaVersion?: number } = {}): { db: GlossaDatabase; clock: ManualClock } {
  const clock = manualClock();
  const db = new GlossaDatabase({ name: options.name ?? uniqueDatabaseName(), clock, schemaVersion: options.schemaVersion });
  return { db, clock };
}

/** Closes both connections (relaxed and strict) and deletes the database. */
export async function deleteTestDatabase(db: GlossaDatabase): Promise<void> {
  await db.delete();
}

/** A small valid document, for tests that need one. */
export function documentInput(overrides: Partial<CreateDocumentInput> = {}): CreateDocumentInput {
  return {
    title: 'Provincial government meeting',
    origin: { kind: 'clipboard' },
    editorState: '{"root":{"children":[],"type":"root","version":1}}',
    plainText: 'The meeting was held.',
    wordCount: 4,
    ...overrides,
  };
}

/** An annotation row written directly, for tests of what happens to annotations around documents. */
export async function insertAnnotation(db: GlossaDatabase, docId: Id, overrides: Partial<Annotation> = {}): Promise<Annotation> {
  const now = db.clock();
  const annotation: Annotation = {
    id: newId(now),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    docId,
    kind: 'note',
    quote: 'meeting',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'meeting', prefix: 'The ', suffix: ' was' },
      position: { type: 'TextPositionSelector', start: 4, end: 11 },
    },
    anchorState: 'anchored',
    body: 'Check this.',
    status: 'open',
    replies: [],
    author: 'Test',
    ...overrides,
  };
  await db.annotations.add(annotation);
  return annotation;
}

/** Selectors for "meeting" in "The meeting was held in the hall." (the annotation tests' document). */
export function meetingSelectorsAt(start: number, end: number, exact = 'meeting'): Annotation['selectors'] {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: 'The ', suffix: ' was' },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** A note on "meeting" in the annotation tests' document. */
export function meetingAnnotationInput(docId: string, overrides: Partial<CreateAnnotationInput> = {}): CreateAnnotationInput {
  return { docId, kind: 'note', quote: 'meeting', selectors: meetingSelectorsAt(4, 11), author: 'Lin', ...overrides };
}

/**
 * A fresh database holding one document, "The meeting was held in the hall.", with the
 * clock a second past its creation: the setting of the annotation tests.
 */
export async function openMeetingDatabase(): Promise<{ db: GlossaDatabase; clock: ManualClock; docId: string }> {
  const { db, clock } = openTestDatabase();
  const docId = (await createDocument(db, documentInput({ plainText: 'The meeting was held in the hall.' }))).id;
  clock.advance(1000);
  return { db, clock, docId };
}
