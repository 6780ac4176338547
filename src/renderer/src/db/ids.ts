import { monotonicFactory } from 'ulid';
import type { Id, Timestamp } from '@core/model';

// Monotonic, so ids made in the same millisecond still sort in creation order.
const nextUlid = monotonicFactory();

/** A new globally unique, time-sortable record id (ULID). */
export function newId(time?: Timestamp): Id {
  return nextUlid(time);
}
