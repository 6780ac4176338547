/**
 * One cell of a delimited glossary as a value: trimmed text without a protective apostrophe,
 * forbidden renderings split apart, a status word read as a TermStatus. Dates are in dates.ts;
 * the spreadsheet-cell rule itself lives in core/text/spreadsheet-cell.
 */
import { dropProtectiveApostrophe } from '../../../text/spreadsheet-cell';
import type { TermStatus } from '../../../model';

/** A cell as read from a CSV, TSV or spreadsheet: trimmed, with a protective apostrophe removed. */
export function cleanCell(cell: string | undefined): string {
  const trimmed = (cell ?? '').trim();
  const cleaned = dropProtectiveApostrophe(trimmed);
  return cleaned === trimmed ? trimmed : cleaned.trim();
}

/**
 * A forbidden cell holds several renderings separated by "|" or ";" (Glossa writes " | ").
 * A rendering that itself contains "|" or ";" cannot be told apart and is split.
 */
export function splitForbidden(cell: string): string[] {
  return cell
    .split(/[|;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const STATUS_WORDS: Readonly<Record<string, TermStatus>> = {
  proposed: 'proposed',
  new: 'proposed',
  draft: 'proposed',
  suggested: 'proposed',
  approved: 'approved',
  preferred: 'approved',
  validated: 'approved',
  forbidden: 'forbidden',
  deprecated: 'forbidden',
  'do not use': 'forbidden',
  "don't use": 'forbidden',
  prohibited: 'forbidden',
};

/** A status cell as a TermStatus; empty means proposed; anything unknown is null. */
export function parseStatus(cell: string): TermStatus | null {
  const word = cell.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (word === '') return 'proposed';
  return Object.hasOwn(STATUS_WORDS, word) ? (STATUS_WORDS[word] ?? null) : null;
}
