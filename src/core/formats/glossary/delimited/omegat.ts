/**
 * OmegaT glossaries: headerless, unquoted, tab-separated "source<TAB>target<TAB>comment" lines,
 * read and written. OmegaT's target is the translation to use, Glossa's preferred rendering.
 */
import { normaliseLineBreaks } from '../../documents/decode-text';
import { emptyRow, GlossaryFormatError } from '../types';
import type { GlossaryReadResult, GlossaryRow, SkippedRow } from '../types';

/** OmegaT cells are plain text: tabs and line breaks would start a new cell or entry. */
function omegatCell(cell: string): string {
  return cell.replace(/[\t\n\r\u2028\u2029]+/g, ' ').trim();
}

/**
 * An OmegaT glossary (.txt, .tab, .utf8): one entry per line, tab-separated, no header: source,
 * target, comment (→ note); further columns are ignored. Lines starting with "#" are comments
 * and blank lines are skipped. OmegaT does not quote cells, so quotation marks and a leading
 * apostrophe are kept as typed. A line with no source and no target is reported.
 */
export function readOmegaT(text: string, fileName: string): GlossaryReadResult {
  const rows: GlossaryRow[] = [];
  const rowNumbers: number[] = [];
  const skipped: SkippedRow[] = [];
  normaliseLineBreaks(text.replace(/^\uFEFF+/, ''))
    .split('\n')
    .forEach((line, index) => {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#')) return;
      const [source = '', target = '', comment = ''] = line.split('\t').map((cell) => cell.trim());
      if (source === '' && target === '') {
        skipped.push({ row: index + 1, reason: 'it has no source or target term.' });
        return;
      }
      // OmegaT's second column is the translation to use: Glossa's preferred rendering.
      const row: GlossaryRow = { ...emptyRow(), source, preferred: target };
      if (comment !== '') row.note = comment;
      rows.push(row);
      rowNumbers.push(index + 1);
    });
  if (rows.length === 0 && skipped.length === 0) throw new GlossaryFormatError(fileName, 'it has no terms (only comments or blank lines).');
  return { meta: {}, rows, skipped, rowNumbers };
}

/**
 * Rows as an OmegaT glossary: "source<TAB>target<TAB>comment" per line, no header, where target
 * is the preferred rendering when there is one (what OmegaT should suggest) and the MT rendering
 * otherwise, and the comment is the note. Tabs and line breaks inside cells become spaces. Rows
 * without a source are left out (OmegaT matches on it). A source starting with "#" would read
 * back as a comment; OmegaT has no escape for it.
 */
export function writeOmegaT(rows: readonly GlossaryRow[]): string {
  return rows
    .filter((row) => omegatCell(row.source) !== '')
    .map((row) => {
      const cells = [omegatCell(row.source), omegatCell(row.preferred || row.target), omegatCell(row.note ?? '')];
      if (cells[2] === '') cells.pop();
      return `${cells.join('\t')}\n`;
    })
    .join('');
}
