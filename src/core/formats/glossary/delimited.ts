/**
 * Glossaries as delimited text: CSV or TSV with a header row (Glossa's own export, or a
 * spreadsheet someone made), OmegaT's headerless tab-separated glossaries, and memoQ's CSV
 * term base export.
 *
 * Import is two steps so that a person can check the columns before anything is stored:
 * parseDelimited (or readXlsxTable) gives a GlossaryTable, suggestMapping guesses what each
 * column holds, the UI shows that guess, and rowsFromTable turns the table into rows with the
 * mapping the person accepted. OmegaT and memoQ files have a fixed layout and skip the preview.
 */
import Papa from 'papaparse';
import { normaliseLineBreaks } from '../documents/decode-text';
import { dropProtectiveApostrophe, spreadsheetSafeCell } from '../../text/spreadsheet-cell';
import type { TermStatus } from '../../model';
import { emptyRow, GlossaryFormatError } from './types';
import type { GlossaryReadResult, GlossaryRow, SkippedRow } from './types';

// ---------------------------------------------------------------------------------------------
// Tables and columns
// ---------------------------------------------------------------------------------------------

export type ColumnField =
  | 'source'
  | 'target'
  | 'preferred'
  | 'forbidden'
  | 'status'
  | 'partOfSpeech'
  | 'domain'
  | 'definition'
  | 'context'
  | 'note'
  | 'author'
  | 'createdAt'
  | 'updatedAt'
  | 'ignore';

/** A delimited file or a spreadsheet's first sheet, cells as text, before columns mean anything. */
export interface GlossaryTable {
  fileName: string;
  /** The delimiter that was used (given or detected); empty for a spreadsheet. */
  delimiter: string;
  header: string[];
  rows: string[][];
  /** 1-based line/row number of rows[0] in the file */
  firstRow: number;
  /**
   * The 1-based line (or spreadsheet row) of each row, when rows are not simply consecutive
   * from firstRow: a quoted cell can span lines, and blank lines are left out of `rows`.
   * Skipped rows are reported by these numbers, so a person can find them in the file.
   */
  lines?: number[];
}

/** The languages of the glossary being imported into, to recognise columns named by language. */
export interface LanguageHint {
  /** BCP 47, e.g. "zh" or "zh-CN". Default "zh". */
  sourceLang?: string;
  /** BCP 47, e.g. "en" or "en-GB". Default "en". */
  targetLang?: string;
}

/** Glossa's own export headers, in the order Glossa writes them. suggestMapping knows them exactly. */
export const GLOSSARY_COLUMNS = [
  { field: 'source', header: 'Source' },
  { field: 'target', header: 'Target (MT)' },
  { field: 'preferred', header: 'Preferred' },
  { field: 'forbidden', header: 'Forbidden' },
  { field: 'status', header: 'Status' },
  { field: 'partOfSpeech', header: 'Part of speech' },
  { field: 'domain', header: 'Domain' },
  { field: 'definition', header: 'Definition' },
  { field: 'context', header: 'Context' },
  { field: 'note', header: 'Note' },
  { field: 'author', header: 'Author' },
  { field: 'createdAt', header: 'Created' },
  { field: 'updatedAt', header: 'Updated' },
] as const satisfies readonly { field: ColumnField; header: string }[];

/** The separator Glossa writes between forbidden renderings; readers split on "|" and ";". */
export const FORBIDDEN_SEPARATOR = ' | ';

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

export { escapeLeadingApostrophe, spreadsheetSafeCell } from '../../text/spreadsheet-cell';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** memoQ writes dates as M/d/yyyy h:mm:ss tt in UTC (en-US culture). */
const MEMOQ_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

function utcTime(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  // 31 February rolls over into March: refuse it rather than store another day.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/**
 * A date cell in milliseconds since the epoch: ISO 8601 (what Glossa writes; a time without an
 * offset is read as UTC so the result does not depend on the computer's time zone), or memoQ's
 * "M/d/yyyy h:mm:ss AM" in UTC. undefined for an empty cell, null for anything else.
 */
export function parseDate(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = iso;
    const time = utcTime(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), Number(fraction.slice(0, 3).padEnd(3, '0')));
    if (time === null) return null;
    const offset = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!offset) return time;
    const [, sign, hours = '0', minutes = '0'] = offset;
    if (Number(hours) > 23 || Number(minutes) > 59) return null;
    return time - (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000;
  }
  const memoQ = MEMOQ_DATE.exec(text);
  if (memoQ) {
    const [, month, day, year, hour = '0', minute = '0', second = '0', meridiem] = memoQ;
    let hours = Number(hour);
    if (meridiem !== undefined) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
    }
    return utcTime(Number(year), Number(month), Number(day), hours, Number(minute), Number(second), 0);
  }
  return null;
}

/** ISO 8601 in UTC, or "" when there is no (valid) date. */
export function isoDate(time: number | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

const DELIMITERS_TO_GUESS = [',', '\t', ';'];

interface ParsedLines {
  delimiter: string;
  rows: string[][];
  lines: number[];
}

/** A quote error: papaparse's own words are about characters, ours say where to look. */
class QuoteError extends Error {
  readonly line: number;
  /** The delimiter in use when it happened, given or detected. */
  readonly delimiter: string;

  constructor(line: number, delimiter: string) {
    super(`quotes are malformed on line ${line}`);
    this.line = line;
    this.delimiter = delimiter;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === 10) count += 1;
  return count;
}

/**
 * Every non-blank row with the line it starts on. Papaparse reports, per row, where it stopped
 * (cursor); the row itself starts after the blank lines it skipped.
 */
function parseLines(text: string, delimiter: string | undefined, quoteChar: string): ParsedLines {
  const rows: string[][] = [];
  const lines: number[] = [];
  let cursor = 0;
  let line = 1;
  let usedDelimiter = delimiter ?? ',';
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS_TO_GUESS,
    newline: '\n',
    quoteChar,
    skipEmptyLines: 'greedy',
    step: (result) => {
      let start = cursor;
      // Only blank lines and the row's own leading spaces lie between: unquoted cells hold no line breaks.
      while (start < text.length && /\s/.test(text.charAt(start))) start += 1;
      line += countLineBreaks(text, cursor, start);
      if (result.errors.some((error) => error.type === 'Quotes')) throw new QuoteError(line, result.meta.delimiter);
      rows.push(result.data.map((cell) => String(cell)));
      lines.push(line);
      usedDelimiter = result.meta.delimiter;
      const end = result.meta.cursor;
      line += countLineBreaks(text, start, end);
      cursor = end;
    },
  });
  return { delimiter: usedDelimiter, rows, lines };
}

/**
 * A delimited file as a table. The delimiter is detected among comma, tab and semicolon unless
 * given. Line breaks are normalised to "\n" first (decodeGlossaryText already does), so a line
 * break inside a cell comes back as "\n". Blank lines are left out. Without a header row
 * (header: false) the columns are called "Column 1", "Column 2"… and every row is padded to the
 * widest one.
 *
 * Many tools write tab-separated files without RFC 4180 quoting, so a cell may start with a
 * quotation mark that never closes; when quoting is malformed in a tab-separated file it is read
 * again with quotation marks as plain characters. In a comma- or semicolon-separated file
 * malformed quoting would shift every later cell, so the file is refused instead.
 */
export function parseDelimited(text: string, fileName: string, options: { delimiter?: string; header?: boolean } = {}): GlossaryTable {
  const normalised = normaliseLineBreaks(text.replace(/^\uFEFF+/, ''));
  let parsed: ParsedLines;
  try {
    parsed = parseLines(normalised, options.delimiter, '"');
  } catch (error) {
    if (!(error instanceof QuoteError)) throw new GlossaryFormatError(fileName, 'it could not be read as a table.', { cause: error });
    // Papaparse's guess can itself be thrown off by the stray quote, so the first line has a say.
    const tabs = error.delimiter === '\t' || (options.delimiter === undefined && isTabSeparated(normalised));
    if (!tabs || normalised.includes('\0')) {
      throw new GlossaryFormatError(fileName, `its quotation marks do not pair up (line ${error.line}). Check that every quoted cell ends with a quotation mark.`, { cause: error });
    }
    parsed = parseLines(normalised, '\t', '\0');
  }
  const { delimiter, rows, lines } = parsed;
  if (rows.length === 0) throw new GlossaryFormatError(fileName, 'it has no rows.');
  if (options.header === false) {
    const width = Math.max(...rows.map((row) => row.length));
    const header = Array.from({ length: width }, (_, index) => `Column ${index + 1}`);
    const padded = rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row));
    return { fileName, delimiter, header, rows: padded, firstRow: lines[0] ?? 1, lines };
  }
  const [header = [], ...body] = rows;
  if (body.length === 0) throw new GlossaryFormatError(fileName, 'it has a header row but no terms.');
  return { fileName, delimiter, header: header.map((cell) => cell.trim()), rows: body, firstRow: lines[1] ?? 2, lines: lines.slice(1) };
}

/** The first line has tabs, and no fewer than commas or semicolons. */
function isTabSeparated(text: string): boolean {
  const newline = text.indexOf('\n');
  const first = newline === -1 ? text : text.slice(0, newline);
  const count = (char: string) => first.split(char).length - 1;
  return count('\t') > 0 && count('\t') >= count(',') && count('\t') >= count(';');
}

// ---------------------------------------------------------------------------------------------
// Languages and header names
// ---------------------------------------------------------------------------------------------

/**
 * Names a column header may use for a language: ISO 639-1, 639-2/T and /B codes (memoQ writes
 * three-letter codes such as "zho-CN" and "ger-DE"), English names and own names.
 */
const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  zh: ['zh', 'zho', 'chi', 'chinese', 'mandarin', '中文', '汉语', '漢語', '华语', '简体中文', '繁體中文', '繁体中文'],
  en: ['en', 'eng', 'english', '英文', '英语', '英語'],
  de: ['de', 'deu', 'ger', 'german', 'deutsch', '德语', '德文'],
  fr: ['fr', 'fra', 'fre', 'french', 'français', 'francais', '法语', '法文'],
  es: ['es', 'spa', 'spanish', 'español', 'espanol', '西班牙语'],
  it: ['it', 'ita', 'italian', 'italiano', '意大利语'],
  pt: ['pt', 'por', 'portuguese', 'português', 'portugues', '葡萄牙语'],
  ru: ['ru', 'rus', 'russian', 'русский', '俄语', '俄文'],
  ja: ['ja', 'jpn', 'japanese', '日本語', '日语', '日文'],
  ko: ['ko', 'kor', 'korean', '한국어', '韩语', '韩文'],
  ar: ['ar', 'ara', 'arabic', 'العربية', '阿拉伯语'],
  nl: ['nl', 'nld', 'dut', 'dutch', 'nederlands', '荷兰语'],
  pl: ['pl', 'pol', 'polish', 'polski', '波兰语'],
  tr: ['tr', 'tur', 'turkish', 'türkçe', '土耳其语'],
  uk: ['uk', 'ukr', 'ukrainian', 'українська', '乌克兰语'],
  vi: ['vi', 'vie', 'vietnamese', 'tiếng việt', '越南语'],
  th: ['th', 'tha', 'thai', 'ไทย', '泰语'],
  id: ['id', 'ind', 'indonesian', 'bahasa indonesia', '印尼语'],
  hu: ['hu', 'hun', 'hungarian', 'magyar', '匈牙利语'],
  cs: ['cs', 'ces', 'cze', 'czech', 'čeština', '捷克语'],
  sv: ['sv', 'swe', 'swedish', 'svenska', '瑞典语'],
};

const LANGUAGE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);

/** Lower case, underscores, hyphens and brackets as spaces: "Part-of-speech", "zho_CN (PRC)". */
function headerWords(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[_\-()[\]{}/,.:*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The primary language subtag of a BCP 47 tag or a language name, or null. */
function languageOf(nameOrTag: string): string | null {
  const words = headerWords(nameOrTag);
  if (words === '') return null;
  const whole = LANGUAGE_BY_NAME.get(words);
  if (whole !== undefined) return whole;
  const tokens = words.split(' ');
  // "Chinese (PRC)", "zh-CN", "eng-US"; "Simplified Chinese", "British English".
  const first = LANGUAGE_BY_NAME.get(tokens[0] ?? '');
  if (first !== undefined) return first;
  const last = tokens.length > 1 ? LANGUAGE_BY_NAME.get(tokens[tokens.length - 1] ?? '') : undefined;
  return last ?? null;
}

/** The language code a hint stands for: "zh-Hant-TW" → "zh"; a code the table lacks stays as given. */
function hintLanguage(tag: string | undefined, fallback: string): string {
  const value = tag?.trim() ?? '';
  if (value === '') return fallback;
  return languageOf(value) ?? value.toLowerCase().split(/[-_]/)[0] ?? fallback;
}

/** Words that may stand next to a language name in a header: regions, scripts, varieties. */
const LANGUAGE_QUALIFIERS: ReadonlySet<string> = new Set([
  'simplified', 'traditional', 'prc', 'china', 'mainland', 'taiwan', 'hong', 'kong', 'macau', 'macao', 'singapore',
  'united', 'states', 'kingdom', 'america', 'american', 'british', 'britain', 'great', 'australia', 'australian',
  'canada', 'canadian', 'ireland', 'india', 'international', 'brazil', 'brazilian', 'portugal', 'european', 'spain',
  'mexico', 'latin', 'france', 'germany', 'austria', 'switzerland', 'swiss', 'belgium', 'netherlands', 'hans', 'hant',
  'latn', 'cyrl',
]);

function isLanguageQualifier(token: string): boolean {
  // Two-letter regions ("CN", "US") and UN M.49 areas ("419") as in zh-CN, es-419.
  return LANGUAGE_QUALIFIERS.has(token) || /^[a-z]{2}$/.test(token) || /^\d{3}$/.test(token);
}

/**
 * The language a column header names, when that is all it names: "Chinese", "zh-CN", "eng-US",
 * "English (United States)", "Simplified Chinese"; not "Chinese note" or "English_Def".
 */
function columnLanguage(header: string): string | null {
  const words = headerWords(header);
  const whole = LANGUAGE_BY_NAME.get(words);
  if (whole !== undefined) return whole;
  const tokens = words.split(' ');
  const first = LANGUAGE_BY_NAME.get(tokens[0] ?? '');
  if (first !== undefined && tokens.slice(1).every(isLanguageQualifier)) return first;
  const last = LANGUAGE_BY_NAME.get(tokens[tokens.length - 1] ?? '');
  if (last !== undefined && tokens.length > 1 && tokens.slice(0, -1).every(isLanguageQualifier)) return last;
  return null;
}

/** A Map, not an object: a header called "constructor" must not find Object.prototype's. */
function synonyms(table: Record<string, Exclude<ColumnField, 'ignore'>>): ReadonlyMap<string, Exclude<ColumnField, 'ignore'>> {
  return new Map(Object.entries(table));
}

/**
 * Header synonyms, compared after headerWords. Strong ones say what the column is; weak ones
 * only apply when nothing better claims the field (a "Term" column is the source unless a
 * "Source" column exists).
 */
const STRONG_SYNONYMS: ReadonlyMap<string, Exclude<ColumnField, 'ignore'>> = synonyms({
  source: 'source',
  'source term': 'source',
  'source text': 'source',
  'source terms': 'source',
  original: 'source',
  'original term': 'source',
  src: 'source',
  原文: 'source',
  源语: 'source',
  源术语: 'source',
  target: 'target',
  'target mt': 'target',
  'target term': 'target',
  'target text': 'target',
  'target terms': 'target',
  'machine translation': 'target',
  'mt output': 'target',
  'mt rendering': 'target',
  tgt: 'target',
  译文: 'target',
  机器翻译: 'target',
  preferred: 'preferred',
  'preferred translation': 'preferred',
  'preferred term': 'preferred',
  'preferred rendering': 'preferred',
  approved: 'preferred',
  'approved translation': 'preferred',
  'approved term': 'preferred',
  recommended: 'preferred',
  'recommended translation': 'preferred',
  推荐译文: 'preferred',
  推荐译法: 'preferred',
  forbidden: 'forbidden',
  'forbidden terms': 'forbidden',
  'forbidden translations': 'forbidden',
  'do not use': 'forbidden',
  "don't use": 'forbidden',
  deprecated: 'forbidden',
  'deprecated terms': 'forbidden',
  avoid: 'forbidden',
  禁用: 'forbidden',
  禁用译法: 'forbidden',
  status: 'status',
  'term status': 'status',
  状态: 'status',
  pos: 'partOfSpeech',
  'part of speech': 'partOfSpeech',
  'word class': 'partOfSpeech',
  词性: 'partOfSpeech',
  domain: 'domain',
  subject: 'domain',
  'subject field': 'domain',
  'subject area': 'domain',
  'entry domain': 'domain',
  领域: 'domain',
  definition: 'definition',
  def: 'definition',
  定义: 'definition',
  context: 'context',
  example: 'context',
  'example sentence': 'context',
  usage: 'context',
  'term example': 'context',
  语境: 'context',
  例句: 'context',
  note: 'note',
  notes: 'note',
  comment: 'note',
  comments: 'note',
  remark: 'note',
  remarks: 'note',
  'entry note': 'note',
  备注: 'note',
  注释: 'note',
  author: 'author',
  creator: 'author',
  'created by': 'author',
  'entry creator': 'author',
  作者: 'author',
  created: 'createdAt',
  'created at': 'createdAt',
  'created on': 'createdAt',
  'creation date': 'createdAt',
  'date created': 'createdAt',
  'entry created': 'createdAt',
  updated: 'updatedAt',
  'updated at': 'updatedAt',
  modified: 'updatedAt',
  'modified at': 'updatedAt',
  'modified on': 'updatedAt',
  'last modified': 'updatedAt',
  'date modified': 'updatedAt',
  'entry lastmodified': 'updatedAt',
  'entry last modified': 'updatedAt',
});

const WEAK_SYNONYMS: ReadonlyMap<string, Exclude<ColumnField, 'ignore'>> = synonyms({
  term: 'source',
  terms: 'source',
  word: 'source',
  术语: 'source',
  translation: 'target',
  translations: 'target',
  mt: 'target',
  rendering: 'target',
  翻译: 'target',
  'entry subject': 'domain',
});

const EXACT_HEADERS: ReadonlyMap<string, ColumnField> = new Map(GLOSSARY_COLUMNS.map(({ field, header }) => [header, field]));

interface Candidate {
  column: number;
  field: Exclude<ColumnField, 'ignore'>;
  score: number;
}

function candidatesFor(header: string, column: number, sourceLang: string, targetLang: string): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (field: Exclude<ColumnField, 'ignore'> | undefined, score: number) => {
    if (field !== undefined) candidates.push({ column, field, score });
  };
  const exact = EXACT_HEADERS.get(header.trim());
  if (exact !== undefined && exact !== 'ignore') add(exact, 5);
  const words = headerWords(header);
  add(STRONG_SYNONYMS.get(words), 4);
  // "Source term (zh-CN)", "Note [internal]": the words before the bracket.
  const beforeBracket = headerWords(header.split(/[([{]/)[0] ?? '');
  if (beforeBracket !== words) add(STRONG_SYNONYMS.get(beforeBracket), 3.5);
  // memoQ's language-level "English_Def".
  const definition = /^(.+?) def(?:inition)?$/.exec(words);
  if (definition?.[1] !== undefined && columnLanguage(definition[1]) !== null) add('definition', 2);
  const language = columnLanguage(header);
  if (language !== null) {
    if (language === sourceLang) add('source', 3);
    if (language === targetLang) add('target', 3);
  }
  add(WEAK_SYNONYMS.get(words), 1);
  if (beforeBracket !== words) add(WEAK_SYNONYMS.get(beforeBracket), 1);
  return candidates;
}

/**
 * A field for each column of the header, best guess first: Glossa's own headers exactly, then
 * common names in English and Chinese case-insensitively, then language names and codes
 * ("Chinese", "zh-CN", "English", "eng-US") against the glossary's languages (default zh → en),
 * then loose names ("Term", "Translation"). Each field except 'ignore' is given to one column
 * at most: the strongest claim wins, and the leftmost column on a tie.
 */
export function suggestMapping(header: readonly string[], langs: LanguageHint = {}): ColumnField[] {
  const sourceLang = hintLanguage(langs.sourceLang, 'zh');
  const targetLang = hintLanguage(langs.targetLang, 'en');
  const candidates = header.flatMap((name, column) => candidatesFor(name, column, sourceLang, targetLang));
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnField[] = header.map(() => 'ignore');
  const used = new Set<ColumnField>();
  const assigned = new Set<number>();
  for (const { column, field } of candidates) {
    if (assigned.has(column) || used.has(field)) continue;
    mapping[column] = field;
    assigned.add(column);
    used.add(field);
  }
  return mapping;
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

const TERM_FIELDS: ReadonlySet<ColumnField> = new Set(['source', 'target', 'preferred']);

const DATE_COLUMN_NAMES: Readonly<Record<'createdAt' | 'updatedAt', string>> = { createdAt: 'Created', updatedAt: 'Updated' };

type TextField = 'source' | 'target' | 'preferred' | 'partOfSpeech' | 'domain' | 'definition' | 'context' | 'note' | 'author';

function cellCountReason(cells: number, columns: number): string {
  return `has ${cells} ${cells === 1 ? 'cell' : 'cells'}; the header has ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

/** One row of cells as a GlossaryRow, or the reason it cannot be one. */
function rowFromCells(cells: readonly string[], mapping: readonly ColumnField[], width: number): GlossaryRow | string {
  // A short row is fine when only ignored columns are missing; a long one when the extra cells are empty.
  for (let column = cells.length; column < width; column += 1) {
    if ((mapping[column] ?? 'ignore') !== 'ignore') return cellCountReason(cells.length, width);
  }
  for (let column = width; column < cells.length; column += 1) {
    if (cleanCell(cells[column]) !== '') return cellCountReason(cells.length, width);
  }
  const row = emptyRow();
  const text: Partial<Record<TextField, string>> = {};
  for (let column = 0; column < Math.min(width, cells.length); column += 1) {
    const field = mapping[column] ?? 'ignore';
    const value = cleanCell(cells[column]);
    if (field === 'ignore') continue;
    if (field === 'forbidden') {
      row.forbidden.push(...splitForbidden(value));
    } else if (field === 'status') {
      if (value === '') continue;
      const status = parseStatus(value);
      if (status === null) return `unknown status “${value}” (use proposed, approved or forbidden)`;
      row.status = status;
    } else if (field === 'createdAt' || field === 'updatedAt') {
      const time = parseDate(value);
      if (time === null) return `the ${DATE_COLUMN_NAMES[field]} date “${value}” is not a date (use ISO 8601, e.g. 2025-01-31T09:30:00Z)`;
      if (time !== undefined && row[field] === undefined) row[field] = time;
    } else if (value !== '' && text[field] === undefined) {
      text[field] = value;
    }
  }
  if (!text.source && !text.target && !text.preferred) return 'no source or target term';
  row.source = text.source ?? '';
  row.target = text.target ?? '';
  row.preferred = text.preferred ?? '';
  for (const field of ['partOfSpeech', 'domain', 'definition', 'context', 'note', 'author'] as const) {
    const value = text[field];
    if (value !== undefined) row[field] = value;
  }
  return row;
}

/**
 * The table's rows with the mapping the person accepted (one field per header column; a
 * missing entry means 'ignore'). Every cell is trimmed and loses a protective apostrophe (see
 * cleanCell). A row is skipped, with its line and the reason, when it has no source, target or
 * preferred term, when cells are missing under mapped columns (or extra cells hold text), when
 * its status is not proposed/approved/forbidden or a synonym (preferred → approved; deprecated,
 * do not use → forbidden; new, draft → proposed), or when a date is not ISO 8601 (or memoQ's
 * M/d/yyyy h:mm:ss AM). An empty status is proposed. Duplicates are kept: merging is the
 * importer's decision. A mapping without a source, target or preferred column throws.
 */
export function rowsFromTable(table: GlossaryTable, mapping: readonly ColumnField[]): GlossaryReadResult {
  if (!mapping.some((field) => TERM_FIELDS.has(field))) {
    throw new GlossaryFormatError(table.fileName, 'no column holds the source, target or preferred term. Choose which columns hold the terms.');
  }
  const rows: GlossaryRow[] = [];
  const rowNumbers: number[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((cells, index) => {
    const result = rowFromCells(cells, mapping, table.header.length);
    const line = table.lines?.[index] ?? table.firstRow + index;
    if (typeof result === 'string') skipped.push({ row: line, reason: result });
    else {
      rows.push(result);
      rowNumbers.push(line);
    }
  });
  return { meta: {}, rows, skipped, rowNumbers };
}

// ---------------------------------------------------------------------------------------------
// OmegaT
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// CSV and TSV export
// ---------------------------------------------------------------------------------------------

export interface DelimitedWriteOptions {
  /**
   * Start with a UTF-8 byte order mark (default true): without one, Excel reads the file in the
   * system's legacy code page and garbles CJK text. Other tools, and parseDelimited, skip it.
   */
  byteOrderMark?: boolean;
}

/** A row's cells in GLOSSARY_COLUMNS order, before any escaping. */
export function glossaryCells(row: GlossaryRow): string[] {
  return GLOSSARY_COLUMNS.map(({ field }) => {
    switch (field) {
      case 'forbidden':
        return row.forbidden.join(FORBIDDEN_SEPARATOR);
      case 'createdAt':
      case 'updatedAt':
        return isoDate(row[field]);
      default:
        return row[field] ?? '';
    }
  });
}

function withBom(text: string, options: DelimitedWriteOptions): string {
  return `${options.byteOrderMark === false ? '' : '\uFEFF'}${text}`;
}

/**
 * Rows as CSV: UTF-8, a GLOSSARY_COLUMNS header, CRLF line endings and RFC 4180 quoting
 * (papaparse), every text cell through spreadsheetSafeCell, forbidden renderings joined with
 * " | ", dates as ISO 8601 in UTC.
 */
export function writeCsv(rows: readonly GlossaryRow[], options: DelimitedWriteOptions = {}): string {
  const data = rows.map((row) => glossaryCells(row).map(spreadsheetSafeCell));
  const csv = Papa.unparse({ fields: GLOSSARY_COLUMNS.map((column) => column.header), data }, { newline: '\r\n', header: true });
  return withBom(csv.endsWith('\r\n') ? csv : `${csv}\r\n`, options);
}

/**
 * Rows as TSV with the CSV's columns. Tab-separated files are read line by line by many tools,
 * so tabs and line breaks inside cells become spaces rather than being quoted; only a cell that
 * starts with a quotation mark is quoted (RFC 4180 style), or a reader that honours quotes
 * would take the mark away. Cells go through spreadsheetSafeCell, as in CSV.
 */
export function writeTsv(rows: readonly GlossaryRow[], options: DelimitedWriteOptions = {}): string {
  const line = (cells: readonly string[]) =>
    cells
      .map((cell) => spreadsheetSafeCell(cell.replace(/[\t\n\r\u2028\u2029]/g, ' ')))
      .map((cell) => (cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell))
      .join('\t');
  const lines = [GLOSSARY_COLUMNS.map((column) => column.header), ...rows.map(glossaryCells)].map((cells) => `${line(cells)}\r\n`);
  return withBom(lines.join(''), options);
}

// ---------------------------------------------------------------------------------------------
// memoQ
// ---------------------------------------------------------------------------------------------

interface MemoQTerm {
  column: number;
  /** Term_Info: matching, case and other flags; read here only for a forbidden marker. */
  info?: number;
  /** Term_Example → context. */
  example?: number;
  /** Term_Note, Term_Usage → note. */
  notes: number[];
  /** Term_Forbidden (not written by memoQ itself; accepted from hand-made files). */
  forbidden?: number;
}

interface MemoQLanguage {
  code: string;
  /** The header as written, for notes ("Other English terms: …"). */
  label: string;
  definition?: number;
  terms: MemoQTerm[];
}

interface MemoQLayout {
  entry: Partial<Record<'subject' | 'domain' | 'created' | 'creator' | 'modified' | 'note', number>>;
  languages: MemoQLanguage[];
}

const MEMOQ_ENTRY_FIELDS: ReadonlyMap<string, keyof MemoQLayout['entry']> = new Map([
  ['subject', 'subject'],
  ['domain', 'domain'],
  ['created', 'created'],
  ['creator', 'creator'],
  ['lastmodified', 'modified'],
  ['note', 'note'],
]);

function memoQLayout(header: readonly string[]): MemoQLayout {
  const layout: MemoQLayout = { entry: {}, languages: [] };
  const language = (name: string): MemoQLanguage => {
    const code = languageOf(name) ?? headerWords(name);
    let found = layout.languages.find((candidate) => candidate.code === code);
    if (found === undefined) {
      found = { code, label: name.replace(/_/g, ' ').trim(), terms: [] };
      layout.languages.push(found);
    }
    return found;
  };
  let lastTerm: MemoQTerm | undefined;
  header.forEach((name, column) => {
    const entry = /^Entry_(\w+)$/i.exec(name);
    if (entry) {
      const field = MEMOQ_ENTRY_FIELDS.get((entry[1] ?? '').toLowerCase());
      if (field !== undefined) layout.entry[field] = column;
      return;
    }
    const term = /^Term_(\w+)$/i.exec(name);
    if (term) {
      const kind = (term[1] ?? '').toLowerCase();
      if (lastTerm === undefined) return;
      if (kind === 'info') lastTerm.info = column;
      else if (kind === 'example') lastTerm.example = column;
      else if (kind === 'note' || kind === 'usage') lastTerm.notes.push(column);
      else if (kind === 'forbidden') lastTerm.forbidden = column;
      return;
    }
    const definition = /^(.+)_Def$/i.exec(name);
    if (definition) {
      language(definition[1] ?? '').definition = column;
      return;
    }
    if (name.trim() === '') return;
    lastTerm = { column, notes: [] };
    language(name).terms.push(lastTerm);
  });
  return layout;
}

/** Pick the glossary's two languages among the file's; with exactly two, an unmatched one is the other. */
function memoQLanguages(layout: MemoQLayout, fileName: string, langs: LanguageHint): [MemoQLanguage, MemoQLanguage] {
  const sourceCode = hintLanguage(langs.sourceLang, 'zh');
  const targetCode = hintLanguage(langs.targetLang, 'en');
  const all = layout.languages;
  let source = all.find((language) => language.code === sourceCode);
  let target = all.find((language) => language.code === targetCode && language !== source);
  // A column whose name Glossa does not know as a language ("Chinese_Mainland_Hakka"?) may
  // still be the other language of a two-language export; a known other language is not.
  const unknown = (language: MemoQLanguage) => !Object.hasOwn(LANGUAGE_NAMES, language.code);
  if (all.length === 2) {
    source ??= all.find((language) => language !== target && unknown(language));
    target ??= all.find((language) => language !== source && unknown(language));
  }
  if (source === undefined || target === undefined) {
    const names = all.map((language) => language.label).join(', ') || 'none';
    throw new GlossaryFormatError(fileName, `it has no term columns for the glossary's languages (${sourceCode} → ${targetCode}); its languages are: ${names}.`);
  }
  return [source, target];
}

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
