/**
 * The concept-oriented terminology model, as TBX (ISO 30042) has it: an entry is a concept,
 * with data at concept level, one section per language (with its own data) and any number
 * of terms per language, each with its own data.
 *
 * Every level keeps its data categories as TBX wrote them, in document order, as DataItems:
 * the data category's name (definition, subjectField, partOfSpeech, administrativeStatus,
 * termType, grammaticalGender, context, source, xGraphic, crossReference, customerSubset,
 * transactions, notes, and any category Glossa has no use for), its value and what groups
 * with it (a definition's source, a transaction's date and responsible person). Nothing a
 * file says at entry, language or term level is dropped, so a concept read from one TBX file
 * is written back with every language, term and data category it came with
 * (formats/glossary/tbx-concept.ts reads and writes it; ADR 0025 says why this shape).
 *
 * Glossa's own view of a term (source, MT rendering, preferred, forbidden, status, …, the
 * Term record's fields) is derived from the concept for one language pair
 * (formats/glossary/tbx-read.ts), and edits to that view are laid back onto the concept when
 * it is written (formats/glossary/tbx-view.ts).
 */

/** The TBX element that carries a data category in DCA style and in TBX v2. */
export type DataElement =
  | 'descrip'
  | 'admin'
  | 'termNote'
  | 'ref'
  | 'xref'
  | 'note'
  | 'transac'
  | 'transacNote'
  | 'adminNote'
  | 'descripNote'
  | 'date'
  | 'transacGrp'
  | 'verbatim';

/** One data category, or one member of a group. */
export interface DataValue {
  element: DataElement;
  /** The data category (DCA @type, or the DCT element's local name); '' for note, date, transacGrp and verbatim. */
  type: string;
  /** Its text, literal whitespace collapsed (TBX text is laid out by hand). */
  value: string;
  /** Its content as written, when it holds elements (inline markup), written back instead of value. */
  markup?: string;
  /** Attributes other than type (target, id, datatype, xml:lang, …), as written. */
  attrs?: Record<string, string>;
  /** An element Glossa cannot place in this model (or a group inside a group), serialised exactly as it was read. */
  xml?: string;
}

export interface DataItem extends DataValue {
  /**
   * What is grouped with it: for a descripGrp, adminGrp or termNoteGrp the members after the
   * first (its source, its notes); for a transacGrp every member (transac, date, transacNote, …).
   * Groups do not nest in TBX; one that does is kept verbatim.
   */
  group?: DataValue[];
  /** The group element it sat in (descripGrp, adminGrp, termNoteGrp), when it sat in one. */
  grouped?: 'descripGrp' | 'adminGrp' | 'termNoteGrp';
}

export interface ConceptTerm {
  term: string;
  /** The <term>'s content as written, when it holds inline markup. */
  markup?: string;
  /** Attributes of the termSec/tig (id, …). */
  attrs?: Record<string, string>;
  data: DataItem[];
}

export interface LanguageSection {
  /** The xml:lang as written. */
  lang: string;
  data: DataItem[];
  terms: ConceptTerm[];
}

export interface ConceptEntry {
  /** The entry's id in its file. */
  id?: string;
  data: DataItem[];
  languages: LanguageSection[];
}

/** A term's standing, as TBX-Basic's administrativeStatus values say it. Glossa's "forbidden" is deprecated. */
export type TermStanding = 'preferred' | 'admitted' | 'deprecated' | 'superseded';

const STANDING_VALUES: Record<TermStanding, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
};

/** The administrativeStatus value TBX-Basic writes for a standing. */
export function standingValue(standing: TermStanding): string {
  return STANDING_VALUES[standing];
}

/** Every data item of a concept, groups' members included, with the level it sits at. */
export function* allItems(entry: ConceptEntry): Generator<{ item: DataValue; level: 'entry' | 'language' | 'term' }> {
  const walk = function* (items: readonly DataItem[], level: 'entry' | 'language' | 'term'): Generator<{ item: DataValue; level: 'entry' | 'language' | 'term' }> {
    for (const item of items) {
      yield { item, level };
      for (const member of item.group ?? []) yield { item: member, level };
    }
  };
  yield* walk(entry.data, 'entry');
  for (const language of entry.languages) {
    yield* walk(language.data, 'language');
    for (const term of language.terms) yield* walk(term.data, 'term');
  }
}

/**
 * How many of each data category the concepts hold, by name ("definition", "context",
 * "note", "transacGrp", "xGraphic", …), with "term" and "langSec" counting terms and
 * language sections. Import reports and the round-trip tests count with it.
 */
export function countDataCategories(entries: Iterable<ConceptEntry>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const entry of entries) {
    add('conceptEntry');
    for (const language of entry.languages) {
      add('langSec');
      for (let i = 0; i < language.terms.length; i += 1) add('term');
    }
    for (const { item } of allItems(entry)) add(item.element === 'verbatim' ? `verbatim` : item.type || item.element);
  }
  return counts;
}

/**
 * One concept from two imports of it: the incoming one, with the language sections only the
 * existing one has (another language pair's terms) kept after its own. Nothing of either is lost
 * but what the incoming file changed.
 */
export function mergeConcepts(existing: ConceptEntry, incoming: ConceptEntry): ConceptEntry {
  const langs = new Set(incoming.languages.map((language) => language.lang.toLowerCase()));
  const extra = existing.languages.filter((language) => !langs.has(language.lang.toLowerCase()));
  return extra.length === 0 ? incoming : { ...incoming, languages: [...incoming.languages, ...extra] };
}
