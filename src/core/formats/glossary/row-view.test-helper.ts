/**
 * Rows as Glossa's view of them, without the concept a TBX reader attaches, for tests that
 * compare what a reader gives with the fields expected.
 */
import type { GlossaryRow } from './types';

export function views<T extends GlossaryRow | GlossaryRow[] | undefined>(rows: T): T {
  const strip = (row: GlossaryRow): GlossaryRow => {
    const { concept: _concept, ...rest } = row;
    return rest;
  };
  if (rows === undefined) return rows;
  return (Array.isArray(rows) ? rows.map(strip) : strip(rows as GlossaryRow)) as T;
}
