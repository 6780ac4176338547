import type { Timestamp } from '@core/model';

/** Where repositories get "now" from; tests pass a manual clock so timestamps are exact. */
export type Clock = () => Timestamp;

export const systemClock: Clock = () => Date.now();
