/**
 * FNV-1a (32-bit) constants and step, shared by the term matcher's hash tables and the QA name
 * checks' word filter: both hash words straight from character codes while they scan, so neither
 * slices a string per word. Callers mix or reduce the result as their tables need.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step over a code. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}
