/**
 * TBX entries into Facts: what one concept entry, language section or term says that Glossa
 * has a field for, gathered as soon as the entry is read (so a 100,000-entry file keeps little
 * in memory). Any dialect, either style (DCA @type or DCT element names), TBX v3 or v2: every
 * data category Glossa has a field for is read wherever it sits. tbx-read.ts maps Facts to rows.
 */
import { childElements, localName, textOf } from '../xml';
import type { XmlElement } from '../xml';

/** The admin source value that marks the machine translation among a concept's target terms. */
export const TBX_MACHINE_TRANSLATION_SOURCE = 'machine translation';
/** The admin source value of a target language section whose terms are all the translator's: there is no MT rendering. */
export const TBX_TRANSLATOR_SOURCE = 'translator';

export const ENTRY = new Set(['conceptEntry', 'termEntry']);
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

export interface Transaction {
  type: string;
  date?: number;
  responsible?: string;
}

/**
 * What one level (entry, language section or term) says that Glossa has a field for: only
 * that, and the first value of each, so that a 100,000-entry file keeps little in memory.
 */
export interface Facts {
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

export interface LanguageFacts extends Facts {
  lang: string;
  /** `lang` in lower case, for matching. */
  key: string;
  terms: TermFacts[];
}

export interface EntryFacts extends Facts {
  position: number;
  languages: LanguageFacts[];
}

type Standing = 'preferred' | 'admitted' | 'forbidden' | 'other';

export function languageOf(element: XmlElement): string {
  return (element.attrs['xml:lang'] ?? element.attrs.lang ?? '').trim();
}

export function readEntry(element: XmlElement, position: number): EntryFacts {
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
