/**
 * Reads TBX into glossary rows: TBX v3 (ISO 30042:2019, root <tbx>) in both styles, DCA
 * (<termNote type="partOfSpeech">) and DCT (<min:partOfSpeech>), and TBX v2 (ISO 30042:2008,
 * root <martif>, termEntry/langSet/tig|ntig). Dialects (TBX-Basic, TBX-Core, TBX-Min, …) are
 * not told apart: every data category Glossa has a field for is read wherever it sits, and
 * the rest is ignored.
 *
 * One concept entry becomes one row, in the language pair asked for (else the file's own:
 * the root's xml:lang when some entry uses it, else the first language met; the target is
 * the first other language). Entries without a term in either language are skipped, with
 * their 1-based position. The mapping mirrors the writers' (tbx-write.ts), so what Glossa
 * writes comes back as it was; for other tools' files:
 *
 * - source: the first source-language term; status: that term's administrative status
 *   (preferred → approved, deprecated or superseded → forbidden, otherwise proposed).
 * - preferred: the first target term marked preferred, else the first one marked neither
 *   deprecated/superseded nor as machine translation; forbidden: every deprecated or
 *   superseded target term.
 * - target (the MT rendering): the term whose <admin type="source"> is "machine
 *   translation"; none when the target language section says its source is "translator";
 *   otherwise the preferred term.
 * - partOfSpeech: the source term's (else its language section's, else the preferred
 *   term's); domain: the entry's subjectField(s); definition: the entry's, else the source
 *   language's, else the target language's; context: the source term's, else the target
 *   terms'; note: every <note> of the entry, of the two language sections and of the terms
 *   used, in document order, one per line.
 * - author, createdAt, updatedAt: from transaction groups (origination → creator and the
 *   earliest date, modification → the latest date), of the entry first.
 *
 * Whitespace: text is read as tbx-xml's textOf gives it (literal whitespace collapsed and
 * trimmed, whitespace written as character references kept).
 *
 * Safety: a DTD internal subset or an entity declaration is refused before anything is
 * parsed; a bare `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`, which most TBX v2 files
 * carry, is accepted and never loaded. Only the five predefined entities and character
 * references are expanded.
 */
import { childElements, firstChild, localName, parseXml, textOf, XmlSyntaxError } from '../xml';
import type { XmlElement } from '../xml';
import { GlossaryFormatError } from './types';
import type { GlossaryMeta, GlossaryReadResult, GlossaryRow, SkippedRow } from './types';

export interface TbxLanguages {
  sourceLang?: string;
  targetLang?: string;
}

/** The admin source value that marks the machine translation among a concept's target terms. */
export const TBX_MACHINE_TRANSLATION_SOURCE = 'machine translation';
/** The admin source value of a target language section whose terms are all the translator's: there is no MT rendering. */
export const TBX_TRANSLATOR_SOURCE = 'translator';

/** Reason given when something unforeseen goes wrong; nothing else but GlossaryFormatError leaves readTbx. */
export const TBX_UNREADABLE_REASON = 'it could not be read as TBX.';

const ENTRY = new Set(['conceptEntry', 'termEntry']);
const LANGUAGE = new Set(['langSec', 'langSet']);
const TERM = new Set(['termSec', 'tig', 'ntig']);
/** Elements whose @type names the data category (DCA style and TBX v2). */
const TYPED = new Set(['termNote', 'descrip', 'admin', 'transac', 'transacNote', 'adminNote', 'descripNote', 'ref', 'xref']);
/** Core elements that are structure, never a DCT data category, whatever their prefix. */
const CORE = new Set([
  ...ENTRY,
  ...LANGUAGE,
  ...TERM,
  ...TYPED,
  'tbx',
  'martif',
  'term',
  'termGrp',
  'note',
  'date',
  'descripGrp',
  'adminGrp',
  'termNoteGrp',
  'transacGrp',
  'termCompList',
  'termComp',
  'hi',
  'foreign',
  'ph',
  'sc',
  'ec',
  'bpt',
  'ept',
]);
const GROUP = new Set(['descripGrp', 'adminGrp', 'termNoteGrp']);

interface Transaction {
  type: string;
  date?: number;
  responsible?: string;
}

/**
 * What one level (entry, language section or term) says that Glossa has a field for: only
 * that, and the first value of each, so that a 100,000-entry file keeps little in memory.
 */
interface Facts {
  partOfSpeech?: string;
  standing?: Standing;
  /** Its <admin type="source"> says "machine translation". */
  machine?: boolean;
  /** Its <admin type="source"> says "translator". */
  translator?: boolean;
  subjectFields?: string[];
  definition?: string;
  context?: string;
  notes?: string[];
  transactions?: Transaction[];
}

interface TermFacts extends Facts {
  term: string;
}

interface LanguageFacts extends Facts {
  lang: string;
  /** `lang` in lower case, for matching. */
  key: string;
  terms: TermFacts[];
}

interface EntryFacts extends Facts {
  position: number;
  languages: LanguageFacts[];
}

type Standing = 'preferred' | 'admitted' | 'forbidden' | 'other';

export function readTbx(text: string, fileName: string, langs: TbxLanguages = {}): GlossaryReadResult {
  try {
    return read(text, fileName, langs);
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw error;
    throw new GlossaryFormatError(fileName, TBX_UNREADABLE_REASON, { cause: error });
  }
}

function read(text: string, fileName: string, langs: TbxLanguages): GlossaryReadResult {
  const refuse = (reason: string, cause?: unknown): never => {
    throw new GlossaryFormatError(fileName, reason, cause === undefined ? undefined : { cause });
  };
  if (!/[^\s\uFEFF]/.test(text)) refuse('it is empty.');
  if (declaresDtdOrEntities(text)) refuse('it declares a DTD or entities, which Glossa never loads.');

  // With both languages given, each entry becomes a row as soon as it is read; otherwise the
  // pair is known only at the end (the target is the first language other than the source).
  const given = langs.sourceLang && langs.targetLang ? { sourceLang: langs.sourceLang, targetLang: langs.targetLang } : undefined;
  const pending: EntryFacts[] = [];
  const rows: GlossaryRow[] = [];
  const skipped: SkippedRow[] = [];
  const convert = (entry: EntryFacts, sourceLang: string, targetLang: string): void => {
    const row = toRow(entry, sourceLang, targetLang);
    if (row) rows.push(row);
    else skipped.push({ row: entry.position, reason: skipReason(entry, sourceLang, targetLang) });
  };
  let count = 0;
  let root: XmlElement;
  try {
    root = parseXml(text, {
      // Namespace errors are not refused: TBX files in the wild use prefixes they never declare.
      namespaces: 'lenient',
      onRoot(element) {
        const name = localName(element.name);
        if (name !== 'tbx' && name !== 'martif') refuse(`it is not a TBX file (the root element is <${element.name}>).`);
      },
      onClose(element) {
        if (!ENTRY.has(localName(element.name))) return false;
        count += 1;
        const entry = readEntry(element, count);
        if (given) convert(entry, given.sourceLang, given.targetLang);
        else pending.push(entry);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof XmlSyntaxError) return refuse(`it is not well-formed XML (line ${error.line}: ${error.detail}).`, error);
    throw error;
  }
  if (count === 0) refuse('it holds no term entries.');

  const { sourceLang, targetLang } = given ?? chooseLanguages(pending, languageOf(root), langs);
  for (const entry of pending) convert(entry, sourceLang, targetLang);
  return { meta: { ...headerMeta(root), ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) }, rows, skipped };
}

/** An internal DTD subset or any entity declaration; a bare external DOCTYPE is not loaded, so it is let through. */
function declaresDtdOrEntities(text: string): boolean {
  for (let at = text.indexOf('<!'); at >= 0; at = text.indexOf('<!', at + 2)) {
    // Upper case is the only well-formed spelling; lower case is refused as firmly.
    const keyword = text.slice(at + 2, at + 9).toUpperCase();
    if (keyword.startsWith('ENTITY')) return true;
    if (keyword === 'DOCTYPE') {
      const subset = text.indexOf('[', at);
      if (subset >= 0 && subset < text.indexOf('>', at)) return true;
    }
  }
  return false;
}

function languageOf(element: XmlElement): string {
  return (element.attrs['xml:lang'] ?? element.attrs.lang ?? '').trim();
}

// ---------------------------------------------------------------------------------------------
// Gathering: one entry's elements → Facts, as soon as the entry is read.

function readEntry(element: XmlElement, position: number): EntryFacts {
  const entry: EntryFacts = { position, languages: [] };
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (LANGUAGE.has(localName(child.name))) entry.languages.push(readLanguage(child));
    else gather(child, entry);
  }
  return entry;
}

function readLanguage(element: XmlElement): LanguageFacts {
  const lang = languageOf(element);
  const language: LanguageFacts = { lang, key: lang.toLowerCase(), terms: [] };
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (TERM.has(localName(child.name))) {
      const term: TermFacts = { term: '' };
      if (readTerm(child, term)) language.terms.push(term);
    } else {
      gather(child, language);
    }
  }
  return language;
}

/** Fills `facts` from a termSec, tig or ntig (whose term and termNotes sit in a termGrp); false without a <term>. */
function readTerm(element: XmlElement, facts: TermFacts): boolean {
  let found = false;
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const name = localName(child.name);
    if (name === 'term') {
      if (!found) facts.term = textOf(child);
      found = true;
    } else if (name === 'termGrp' && !found) {
      found = readTerm(child, facts);
    } else {
      gather(child, facts);
    }
  }
  return found;
}

/** Adds one child of an entry, language section or term to what that level says. */
function gather(element: XmlElement, facts: Facts): void {
  const name = localName(element.name);
  if (name === 'note') {
    const note = textOf(element);
    if (note) (facts.notes ??= []).push(note);
  } else if (name === 'transacGrp') {
    (facts.transactions ??= []).push(readTransaction(element));
  } else if (GROUP.has(name)) {
    // A group: its first data category, with the notes about it.
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const category = categoryOf(child);
      if (category === undefined) continue;
      const notes = childElements(element).filter((other) => localName(other.name) === 'note');
      record(facts, category, textOf(child), notes.map(textOf));
      break;
    }
  } else {
    const category = categoryOf(element);
    if (category !== undefined) record(facts, category, textOf(element));
  }
}

/** Keeps a data category Glossa has a field for; the first of each kind wins. */
function record(facts: Facts, category: string, value: string, notes?: readonly string[]): void {
  if (value === '') return;
  switch (category) {
    case 'partOfSpeech':
      facts.partOfSpeech ??= partOfSpeechValue(value, notes);
      break;
    case 'administrativeStatus':
    case 'normativeAuthorization':
      facts.standing ??= standingOf(value);
      break;
    case 'source': {
      const source = value.toLowerCase();
      if (source === TBX_MACHINE_TRANSLATION_SOURCE) facts.machine = true;
      if (source === TBX_TRANSLATOR_SOURCE) facts.translator = true;
      break;
    }
    case 'subjectField':
      (facts.subjectFields ??= []).push(value);
      break;
    case 'definition':
      facts.definition ??= value;
      break;
    case 'context':
      facts.context ??= value;
      break;
  }
}

/**
 * TBX-Basic allows only five parts of speech; the writer keeps any other value (or another
 * spelling of one of the five) as a note in the termNoteGrp, written with "other" or with the
 * allowed spelling.
 */
function partOfSpeechValue(value: string, notes: readonly string[] = []): string {
  const note = notes.find((candidate) => candidate !== '');
  if (note !== undefined && (value === 'other' || note.toLowerCase() === value.toLowerCase())) return note;
  return value;
}

function standingOf(status: string): Standing {
  const value = status.toLowerCase();
  if (/^(preferred|standardized|legal|regulated)/.test(value)) return 'preferred';
  if (/^(deprecated|superseded|notrecommended|obsolete|forbidden)/.test(value)) return 'forbidden';
  if (value.startsWith('admitted')) return 'admitted';
  return 'other';
}

/** The data category an element carries: @type in DCA style and TBX v2, the element's own name in DCT style. */
function categoryOf(element: XmlElement): string | undefined {
  const name = localName(element.name);
  if (TYPED.has(name)) return element.attrs.type || undefined;
  return name !== element.name && !CORE.has(name) ? name : undefined;
}

function readTransaction(group: XmlElement): Transaction {
  const transaction: Transaction = { type: '' };
  for (const child of childElements(group)) {
    const category = categoryOf(child);
    if (category === 'transactionType') transaction.type = textOf(child);
    else if (category === 'responsibility') transaction.responsible ??= textOf(child) || undefined;
    else if (localName(child.name) === 'date') transaction.date ??= parseTbxDate(textOf(child));
  }
  return transaction;
}

/** xs:date or xs:dateTime with a four-digit year; a time without a zone is taken as UTC, a date alone as its UTC midnight. */
function parseTbxDate(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone = 'Z'] = match;
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${fraction.padEnd(3, '0').slice(0, 3)}${zone}`);
  return Number.isFinite(time) ? time : undefined;
}

// ---------------------------------------------------------------------------------------------
// Mapping: Facts → a row, once the language pair is known.

function chooseLanguages(entries: readonly EntryFacts[], rootLang: string, langs: TbxLanguages): { sourceLang: string; targetLang: string } {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const language of entry.languages) if (language.lang && !seen.has(language.key)) seen.set(language.key, language.lang);
  }
  const found = [...seen.values()];
  const sourceLang = langs.sourceLang || (rootLang && found.some((lang) => sameLanguage(lang, rootLang)) ? rootLang : (found[0] ?? rootLang));
  const targetLang = langs.targetLang || (found.find((lang) => !sameLanguage(lang, sourceLang)) ?? sourceLang);
  return { sourceLang, targetLang };
}

/** "en" matches "en", "EN" and "en-GB"; "en-GB" matches "en" too, but not "en-US". */
function sameLanguage(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

/** The language section for `lang` (lower case): an exact match first, else a related tag; never `except`. */
function languageFor(entry: EntryFacts, lang: string, except?: LanguageFacts): LanguageFacts | undefined {
  for (const language of entry.languages) if (language !== except && language.key === lang) return language;
  for (const language of entry.languages) if (language !== except && sameLanguage(language.key, lang)) return language;
  return undefined;
}

/** The first value of a field, looking at the levels in order. */
function first<K extends 'partOfSpeech' | 'definition' | 'context'>(key: K, ...levels: (Facts | undefined)[]): string | undefined {
  for (const level of levels) {
    const value = level?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

function toRow(entry: EntryFacts, sourceLang: string, targetLang: string): GlossaryRow | undefined {
  const sourceLanguage = languageFor(entry, sourceLang.toLowerCase());
  const targetLanguage = languageFor(entry, targetLang.toLowerCase(), sourceLanguage);
  const sourceTerm = sourceLanguage?.terms.find((term) => term.term !== '') ?? sourceLanguage?.terms[0];
  const targetTerms = targetLanguage?.terms.filter((term) => term.term !== '') ?? [];

  const forbiddenTerms = targetTerms.filter((term) => term.standing === 'forbidden');
  const machineTerm = targetTerms.find((term) => term.machine);
  const preferredTerm = targetTerms.find((term) => term.standing === 'preferred') ?? targetTerms.find((term) => term.standing !== 'forbidden' && !term.machine);

  const source = sourceTerm?.term ?? '';
  const preferred = preferredTerm?.term ?? '';
  const forbidden = forbiddenTerms.map((term) => term.term);
  const target = machineTerm ? machineTerm.term : targetLanguage?.translator ? '' : preferred;
  if (source === '' && preferred === '' && target === '' && forbidden.length === 0) return undefined;

  const row: GlossaryRow = {
    source,
    target,
    preferred,
    forbidden,
    status: sourceTerm?.standing === 'preferred' ? 'approved' : sourceTerm?.standing === 'forbidden' ? 'forbidden' : 'proposed',
  };

  const partOfSpeech = first('partOfSpeech', sourceTerm, sourceLanguage, preferredTerm);
  if (partOfSpeech !== undefined) row.partOfSpeech = partOfSpeech;
  if (entry.subjectFields) row.domain = [...new Set(entry.subjectFields)].join('; ');
  const definition = first('definition', entry, sourceLanguage, targetLanguage);
  if (definition !== undefined) row.definition = definition;
  const context = first('context', sourceTerm, preferredTerm, machineTerm, ...targetTerms);
  if (context !== undefined) row.context = context;

  const levels: Facts[] = [entry];
  if (sourceLanguage) levels.push(sourceLanguage, ...sourceLanguage.terms.filter((term) => term === sourceTerm));
  if (targetLanguage) levels.push(targetLanguage, ...targetTerms.filter((term) => term === preferredTerm || term === machineTerm || term.standing === 'forbidden'));
  const notes = levels.flatMap((level) => level.notes ?? []);
  if (notes.length > 0) row.note = notes.join('\n');

  const transactions = levels.flatMap((level) => level.transactions ?? []);
  const origination = transactions.filter((transaction) => transaction.type === 'origination');
  const author = origination.find((transaction) => transaction.responsible)?.responsible ?? transactions.find((transaction) => transaction.responsible)?.responsible;
  if (author) row.author = author;
  const created = datesOf(origination);
  if (created.length > 0) row.createdAt = Math.min(...created);
  const updated = datesOf(transactions.filter((transaction) => transaction.type === 'modification'));
  if (updated.length > 0) row.updatedAt = Math.max(...updated);
  return row;
}

function datesOf(transactions: readonly Transaction[]): number[] {
  return transactions.flatMap((transaction) => (transaction.date === undefined ? [] : [transaction.date]));
}

function skipReason(entry: EntryFacts, sourceLang: string, targetLang: string): string {
  const hasTermElements = entry.languages.some((language) => language.terms.length > 0);
  const pair = sourceLang === targetLang ? `“${sourceLang}”` : `“${sourceLang}” or “${targetLang}”`;
  return hasTermElements ? `it has no term in ${pair}.` : 'it has no <term>.';
}

function headerMeta(root: XmlElement): GlossaryMeta {
  const header = firstChild(root, 'tbxHeader') ?? firstChild(root, 'martifHeader');
  const fileDesc = header && firstChild(header, 'fileDesc');
  if (!fileDesc) return {};
  const meta: GlossaryMeta = {};
  const titleStmt = firstChild(fileDesc, 'titleStmt');
  const title = titleStmt && firstChild(titleStmt, 'title');
  const name = title && textOf(title);
  if (name) meta.name = name;
  const paragraphs = childElements(fileDesc)
    .filter((child) => localName(child.name) === 'sourceDesc')
    .flatMap((sourceDesc) => childElements(sourceDesc).filter((child) => localName(child.name) === 'p'))
    .map(textOf)
    .filter((paragraph) => paragraph !== '');
  if (paragraphs.length > 0) meta.description = paragraphs.join('\n');
  return meta;
}
