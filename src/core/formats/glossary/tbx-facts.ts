/**
 * TBX entries into Facts: what one concept entry, language section or term says that Glossa
 * has a field for, gathered as soon as the entry is read (so a 100,000-entry file keeps little
 * in memory). Any dialect, either style (DCA @type or DCT element names), TBX v3 or v2: every
 * data category Glossa has a field for is read wherever it sits. tbx-read.ts maps Facts to rows.
 */
import type { ConceptEntry, DataItem, DataValue } from '../../terms/concept';
import type { XmlElement } from '../xml';
import { readConcept } from './tbx-concept';

export { ENTRY, languageOf } from './tbx-concept';

/** The admin source value that marks the machine translation among a concept's target terms. */
export const TBX_MACHINE_TRANSLATION_SOURCE = 'machine translation';
/** The admin source value of a target language section whose terms are all the translator's: there is no MT rendering. */
export const TBX_TRANSLATOR_SOURCE = 'translator';

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
  /** The whole entry, every data category of it, as the concept model holds it. */
  concept: ConceptEntry;
}

export type Standing = 'preferred' | 'admitted' | 'forbidden' | 'other';

/** The part-of-speech values TBX-Basic_DCA.sch allows. */
export const TBX_BASIC_PARTS_OF_SPEECH: readonly string[] = ['adjective', 'adverb', 'noun', 'other', 'verb'];

/** The entry read as a concept, with the facts Glossa's view of it is made from. */
export function readEntry(element: XmlElement, position: number): EntryFacts {
  return factsOf(readConcept(element), position);
}

/** What a concept says that Glossa has a field for, level by level. */
export function factsOf(concept: ConceptEntry, position: number): EntryFacts {
  const entry: EntryFacts = { position, languages: [], concept };
  gatherAll(concept.data, entry);
  for (const section of concept.languages) {
    const language: LanguageFacts = { lang: section.lang, key: section.lang.toLowerCase(), terms: [] };
    gatherAll(section.data, language);
    for (const term of section.terms) {
      const facts: TermFacts = { term: term.term };
      gatherAll(term.data, facts);
      language.terms.push(facts);
    }
    entry.languages.push(language);
  }
  return entry;
}

function gatherAll(items: readonly DataItem[], facts: Facts): void {
  for (const item of items) gather(item, facts);
}

/** Adds one data item of an entry, language section or term to what that level says. */
function gather(item: DataItem, facts: Facts): void {
  if (item.element === 'verbatim') return;
  if (item.element === 'note') {
    if (item.value) (facts.notes ??= []).push(item.value);
  } else if (item.element === 'transacGrp') {
    (facts.transactions ??= []).push(readTransaction(item.group ?? []));
  } else if (item.type !== '') {
    // A group's data category comes with the notes about it.
    const notes = item.grouped ? (item.group ?? []).filter((member) => member.element === 'note').map((member) => member.value) : undefined;
    record(facts, item.type, item.value, notes);
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

/** How Glossa reads an administrativeStatus or normativeAuthorization value, in any dialect's spelling. */
export function standingOf(status: string): Standing {
  const value = status.toLowerCase();
  if (/^(preferred|standardized|legal|regulated)/.test(value)) return 'preferred';
  if (/^(deprecated|superseded|notrecommended|obsolete|forbidden)/.test(value)) return 'forbidden';
  if (value.startsWith('admitted')) return 'admitted';
  return 'other';
}

function readTransaction(members: readonly DataValue[]): Transaction {
  const transaction: Transaction = { type: '' };
  for (const member of members) {
    if (member.type === 'transactionType') transaction.type = member.value;
    else if (member.type === 'responsibility') transaction.responsible ??= member.value || undefined;
    else if (member.element === 'date') transaction.date ??= parseTbxDate(member.value);
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
