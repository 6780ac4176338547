/**
 * memoQ term bases exported as CSV: one entry per row, read through the header's layout
 * (memoq-layout.ts) into GlossaryRows; the documented layout and what is read is below.
 */
import { emptyRow, GlossaryFormatError } from '../types';
import type { GlossaryReadResult, GlossaryRow, SkippedRow } from '../types';
import { cleanCell } from './cells';
import type { LanguageHint } from './columns';
import { parseDate } from './dates';
import { memoQLanguages, memoQLayout } from './memoq-layout';
import type { MemoQLanguage, MemoQLayout } from './memoq-layout';
import { parseDelimited } from './parse';
import { cellCountReason } from './rows';

const FORBIDDEN_FLAG = /(^|[^a-z])(forbidden|prohibited|deprecated)([^a-z]|$)/i;
const TRUE_FLAG = /^(1|true|yes|y|x|forbidden)$/i;

interface ReadTerm {
  text: string;
  forbidden: boolean;
  example: string;
  notes: string[];
}

function readTerms(language: MemoQLanguage, cell: (column: number | undefined) => string): ReadTerm[] {
  return language.terms
    .map((term) => ({
      text: cell(term.column),
      forbidden: FORBIDDEN_FLAG.test(cell(term.info)) || TRUE_FLAG.test(cell(term.forbidden)),
      example: cell(term.example),
      notes: term.notes.map(cell).filter((note) => note !== ''),
    }))
    .filter((term) => term.text !== '');
}

/**
 * A memoQ term base exported as CSV (or tab-separated text). The layout, as memoQ documents it
 * for its CSV export ("Term base in CSV format", memoQ WS API documentation): a header row of
 * field names, one entry per row, UTF-8, ";" as delimiter by default (memoQ lets people pick
 * comma or tab too, so the delimiter is detected), then
 *
 * - entry-level columns Entry_ID, Entry_Subject, Entry_Domain, Entry_ClientID, Entry_ProjectID,
 *   Entry_Created, Entry_Creator, Entry_LastModified, Entry_Modifier, Entry_Note; dates are
 *   "M/d/yyyy h:mm:ss AM" in UTC;
 * - per language, a language-level "<Language>_Def" definition column and a term column named
 *   by the language ("English", "Chinese_PRC", or a code such as "eng-US"), each term followed
 *   by its term-level "Term_*" columns; a language with several terms repeats the term columns.
 *
 * Read here: Entry_Domain → domain (Entry_Subject when there is no domain), Entry_Note → note,
 * Entry_Creator → author, Entry_Created / Entry_LastModified → createdAt / updatedAt, the
 * definitions of both languages → definition, Term_Example → context, Term_Note / Term_Usage →
 * note. The first source-language term is the source; the first target-language term that is
 * not forbidden is the target; forbidden target terms go to forbidden. A term counts as
 * forbidden when its Term_Info cell contains the word "forbidden" (or "deprecated",
 * "prohibited") or a Term_Forbidden column says yes/true/1: memoQ's own encoding of Term_Info
 * is not documented where we could read it, so other codes in it are not interpreted. Further
 * terms of either language are kept in the note ("Other English terms: …") rather than lost.
 * Entry_ID, client, project and modifier are not part of a Glossa term and are ignored.
 *
 * The source and target languages are the columns that name the glossary's languages (`langs`,
 * default zh → en) by name or code. In a two-language export, a language whose name Glossa does
 * not know stands in for a missing one; a file without the glossary's languages is refused.
 */
export function readMemoQ(text: string, fileName: string, langs: LanguageHint = {}): GlossaryReadResult {
  const table = parseDelimited(text, fileName);
  if (!table.header.some((name) => /^Entry_/i.test(name))) {
    throw new GlossaryFormatError(fileName, 'it is not a memoQ term base export (it has no Entry_ columns).');
  }
  const layout = memoQLayout(table.header);
  const [sourceLanguage, targetLanguage] = memoQLanguages(layout, fileName, langs);
  const width = table.header.length;
  const rows: GlossaryRow[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((cells, index) => {
    const line = table.lines?.[index] ?? table.firstRow + index;
    const result = memoQRow(cells, width, layout, sourceLanguage, targetLanguage);
    if (typeof result === 'string') skipped.push({ row: line, reason: result });
    else rows.push(result);
  });
  return { meta: {}, rows, skipped };
}

function memoQRow(cells: readonly string[], width: number, layout: MemoQLayout, sourceLanguage: MemoQLanguage, targetLanguage: MemoQLanguage): GlossaryRow | string {
  if (cells.length < width) return cellCountReason(cells.length, width);
  const cell = (column: number | undefined) => (column === undefined ? '' : cleanCell(cells[column]));
  const sources = readTerms(sourceLanguage, cell);
  const targets = readTerms(targetLanguage, cell);
  const source = sources.find((term) => !term.forbidden) ?? sources[0];
  const allowed = targets.filter((term) => !term.forbidden);
  const target = allowed[0];
  if (source === undefined && target === undefined) return 'no source or target term';

  const row = emptyRow();
  row.source = source?.text ?? '';
  row.target = target?.text ?? '';
  row.forbidden = targets.filter((term) => term.forbidden).map((term) => term.text);

  const dates: Partial<Record<'createdAt' | 'updatedAt', number>> = {};
  for (const [field, column, name] of [
    ['createdAt', layout.entry.created, 'Entry_Created'],
    ['updatedAt', layout.entry.modified, 'Entry_LastModified'],
  ] as const) {
    const value = cell(column);
    const time = parseDate(value);
    if (time === null) return `the ${name} date “${value}” is not a date`;
    if (time !== undefined) dates[field] = time;
  }
  Object.assign(row, dates);

  const domain = cell(layout.entry.domain) || cell(layout.entry.subject);
  if (domain !== '') row.domain = domain;
  const author = cell(layout.entry.creator);
  if (author !== '') row.author = author;
  const definitions = [...new Set([cell(sourceLanguage.definition), cell(targetLanguage.definition)].filter((value) => value !== ''))];
  if (definitions.length > 0) row.definition = definitions.join('\n');
  const context = target?.example || source?.example || '';
  if (context !== '') row.context = context;

  const others = (language: MemoQLanguage, terms: readonly ReadTerm[]) =>
    terms.length > 0 ? [`Other ${language.label} terms: ${terms.map((term) => term.text).join('; ')}`] : [];
  const notes = [
    cell(layout.entry.note),
    ...(target?.notes ?? []),
    ...(source?.notes ?? []),
    ...others(sourceLanguage, sources.filter((term) => term !== source)),
    ...others(targetLanguage, allowed.slice(1)),
  ].filter((note) => note !== '');
  if (notes.length > 0) row.note = notes.join('\n');
  return row;
}
