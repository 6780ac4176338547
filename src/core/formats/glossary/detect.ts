/**
 * Which reader a glossary file goes to, from its name and its first few kilobytes. The
 * extension decides where it can (people pick files by it); the content breaks the ties an
 * extension leaves: .txt is OmegaT or a spreadsheet's "Unicode text", .csv may be a memoQ
 * export, .tbx and .xml may be TBX v3 or the older TBX v2 ("martif").
 */
import { fileExtension } from '../documents/document-format';
import { suggestMapping } from './delimited';
import type { LanguageHint } from './delimited';
import type { GlossaryFormat } from './types';

/** Value for `<input type="file" accept>` and the open dialog: every extension detectGlossaryFormat knows. */
export const GLOSSARY_ACCEPT = '.csv,.tsv,.tab,.txt,.utf8,.tbx,.xml,.xlsx,.json';

/** The formats in words, for "Glossa can import …" and error messages. */
export const GLOSSARY_FORMATS_SUMMARY =
  'CSV or TSV with a header row, Excel (.xlsx), TBX (.tbx, .xml), OmegaT glossaries (.txt, .tab, .utf8), memoQ term base CSV exports and Glossa JSON';

/** A short name per format, for menus and messages. */
export const GLOSSARY_FORMAT_LABELS: Readonly<Record<GlossaryFormat, string>> = {
  csv: 'CSV',
  tsv: 'TSV (tab-separated)',
  omegat: 'OmegaT glossary',
  memoq: 'memoQ CSV export',
  tbx: 'TBX',
  'tbx-v2': 'TBX v2 (martif)',
  xlsx: 'Excel workbook',
  json: 'Glossa JSON',
};

function firstLine(head: string): string {
  const text = head.replace(/^\uFEFF+/, '');
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * memoQ's CSV export starts with its entry-level columns, Entry_ID first. memoQ writes ";"
 * through its API and lets people choose comma, semicolon or tab in its export dialog.
 */
function isMemoQHeader(line: string): boolean {
  return /^"?Entry_[A-Za-z]+"?\s*[;,\t]/.test(line);
}

function count(line: string, char: string): number {
  return line.split(char).length - 1;
}

/** At least two cells (or every cell of a shorter line) are column names suggestMapping knows. */
function looksLikeHeader(line: string, delimiter: string, langs: LanguageHint | undefined): boolean {
  const cells = line.split(delimiter).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
  const known = suggestMapping(cells, langs).filter((field) => field !== 'ignore').length;
  return known >= 2 || (known >= 1 && known === cells.length);
}

/** The root element's local name, lower case, past the XML declaration, comments and a DOCTYPE. */
export function xmlRootName(head: string): string | null {
  let rest = head.replace(/^\uFEFF+/, '');
  for (;;) {
    rest = rest.trimStart();
    let end: number;
    if (rest.startsWith('<?')) end = rest.indexOf('?>') + 2;
    else if (rest.startsWith('<!--')) end = rest.indexOf('-->') + 3;
    else if (rest.startsWith('<!')) {
      // A DOCTYPE, possibly with an internal subset in brackets that holds ">" itself.
      const bracket = rest.indexOf('[');
      const close = rest.indexOf('>');
      end = bracket !== -1 && bracket < close ? rest.indexOf('>', rest.indexOf(']', bracket)) + 1 : close + 1;
    } else {
      const match = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
      return match?.[1]?.toLowerCase() ?? null;
    }
    // An unterminated declaration or comment within the head: the root is beyond what we have.
    if (end <= 1) return null;
    rest = rest.slice(end);
  }
}

function xmlFormat(head: string): GlossaryFormat | null {
  const root = xmlRootName(head);
  if (root === 'martif') return 'tbx-v2';
  if (root === 'tbx') return 'tbx';
  return null;
}

/**
 * Whether a file handed to Glossa as a whole (from the file manager, dropped on the window) is a
 * termbase rather than a document: by its content, a <tbx> or <martif> root, whatever its name.
 */
export function looksLikeTermbase(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return xmlFormat(head) !== null;
}

/**
 * The format of a glossary file, or null when Glossa does not read it.
 *
 * - .xlsx → xlsx; .json → json.
 * - .tbx → tbx-v2 when the root element is <martif>, tbx otherwise (the TBX reader explains
 *   what is wrong with anything else); .xml → the same, but null without a TBX root.
 * - .csv → memoq when the first line starts with memoQ's Entry_ columns, csv otherwise.
 * - .tsv, .tab → memoq as above; tsv when the first line is a header of known column names;
 *   otherwise omegat (OmegaT's own .tab glossaries have no header) — but tsv for a .tsv whose
 *   first line is not known (`head` empty).
 * - .txt, .utf8 → memoq as above; tsv (or csv, when it has no tabs but commas or semicolons)
 *   when the first line is a header of known column names, as Excel's "Unicode text" writes
 *   it; omegat otherwise.
 * - No or another extension: a TBX root element, or a JSON object naming Glossa's format.
 *
 * `head` is the start of the decoded text (a few kilobytes is plenty); `langs` helps recognise
 * headers that name columns by language ("Chinese", "English").
 */
export function detectGlossaryFormat(fileName: string, head: string, langs?: LanguageHint): GlossaryFormat | null {
  const extension = fileExtension(fileName);
  const line = firstLine(head);
  switch (extension) {
    case 'xlsx':
      return 'xlsx';
    case 'json':
      return 'json';
    case 'tbx':
      return xmlFormat(head) ?? 'tbx';
    case 'xml':
      return xmlFormat(head);
    case 'csv':
      return isMemoQHeader(line) ? 'memoq' : 'csv';
    case 'tsv':
    case 'tab':
      if (isMemoQHeader(line)) return 'memoq';
      if (line.trim() === '') return extension === 'tsv' ? 'tsv' : 'omegat';
      return looksLikeHeader(line, '\t', langs) ? 'tsv' : 'omegat';
    case 'txt':
    case 'utf8':
      if (isMemoQHeader(line)) return 'memoq';
      if (count(line, '\t') > 0) return looksLikeHeader(line, '\t', langs) ? 'tsv' : 'omegat';
      for (const delimiter of [';', ','].sort((a, b) => count(line, b) - count(line, a))) {
        if (count(line, delimiter) > 0 && looksLikeHeader(line, delimiter, langs)) return 'csv';
      }
      return 'omegat';
    default: {
      const start = head.replace(/^\uFEFF+/, '').trimStart();
      if (start.startsWith('<')) return xmlFormat(start);
      if (start.startsWith('{') && /"format"\s*:\s*"glossa-glossary"/.test(start)) return 'json';
      return null;
    }
  }
}
