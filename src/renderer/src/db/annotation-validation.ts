/**
 * Checks on annotations before they are stored, and the rules they follow: bad input gets a
 * clear message and leaves the data as it was. Shared by the annotation repositories.
 */
import type { AnchorState, Annotation, AnnotationKind, AnnotationStatus, DocumentRecord, Severity } from '@core/model';
import { StorageError } from './errors';

/** Why an annotation write was refused for its content (missing or trashed records are StorageErrors). */
type AnnotationErrorCode = 'invalid-annotation' | 'invalid-status' | 'empty-reply' | 'not-your-reply';

export class AnnotationError extends Error {
  readonly code: AnnotationErrorCode;

  constructor(code: AnnotationErrorCode, message: string) {
    super(message);
    this.name = 'AnnotationError';
    this.code = code;
  }
}

/** The tables every annotation write reads or changes: an annotation is editable only while its document is. */
export const ANNOTATION_TABLES = ['documents', 'annotations'] as const;

const KINDS: readonly AnnotationKind[] = ['term', 'flag', 'note', 'query'];
const ANCHOR_STATES: readonly AnchorState[] = ['anchored', 'fuzzy', 'orphan'];
const SEVERITIES: readonly Severity[] = ['neutral', 'minor', 'major', 'critical'];
const STATUSES_FOR_ALL: readonly AnnotationStatus[] = ['open', 'resolved'];
// Only a flag is a claim that something is wrong, so only a flag can be accepted, rejected or fixed.
const FLAG_STATUSES: readonly AnnotationStatus[] = [...STATUSES_FOR_ALL, 'accepted', 'rejected', 'fixed'];

/** The statuses an annotation of this kind can have. */
export function statusesFor(kind: AnnotationKind): readonly AnnotationStatus[] {
  return kind === 'flag' ? FLAG_STATUSES : STATUSES_FOR_ALL;
}

export function requireStatusFor(kind: AnnotationKind, status: AnnotationStatus): void {
  const allowed = statusesFor(kind);
  if (!allowed.includes(status)) {
    throw new AnnotationError('invalid-status', `A ${kind} cannot be “${status}”. It can be ${allowed.join(', ')}.`);
  }
}

/** Annotations of a trashed document are read-only until it is restored, as the document is. */
export function requireEditable(document: DocumentRecord | undefined): asserts document is DocumentRecord {
  if (!document) throw new StorageError('not-found', 'This document no longer exists.');
  if (document.deletedAt != null) {
    throw new StorageError('in-trash', `“${document.title}” is in the Trash. Restore it before changing its annotations.`);
  }
}

export function validKind(kind: AnnotationKind): AnnotationKind {
  if (!KINDS.includes(kind)) throw new AnnotationError('invalid-annotation', `“${String(kind)}” is not a kind of annotation.`);
  return kind;
}

export function validSeverity(severity: Severity): Severity {
  if (!SEVERITIES.includes(severity)) throw new AnnotationError('invalid-annotation', `“${String(severity)}” is not an MQM severity.`);
  return severity;
}

export function validAnchorState(state: AnchorState): AnchorState {
  if (!ANCHOR_STATES.includes(state)) throw new AnnotationError('invalid-annotation', `“${String(state)}” is not an anchor state.`);
  return state;
}

export function validConfidence(confidence: number): number {
  if (!(confidence >= 0 && confidence <= 1)) {
    throw new AnnotationError('invalid-annotation', `An anchor confidence must be between 0 and 1, not ${confidence}.`);
  }
  return confidence;
}

export function validAuthor(author: string): string {
  const trimmed = author.trim();
  if (trimmed === '') throw new AnnotationError('invalid-annotation', 'An annotation needs an author name. Set yours in Settings.');
  return trimmed;
}

/** A copy holding only the selector fields, so nothing else a caller attached is stored. */
export function validSelectors(selectors: Annotation['selectors']): Annotation['selectors'] {
  const { quote, position } = selectors;
  const { start, end } = position;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new AnnotationError('invalid-annotation', `The text position ${start}–${end} is not a range of the text.`);
  }
  if (typeof quote.exact !== 'string' || typeof quote.prefix !== 'string' || typeof quote.suffix !== 'string') {
    throw new AnnotationError('invalid-annotation', 'The quote selector needs exact, prefix and suffix text.');
  }
  return {
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { type: 'TextPositionSelector', start, end },
  };
}
