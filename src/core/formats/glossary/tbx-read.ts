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
 * Whitespace: text is read as the XML layer's textOf gives it (literal whitespace collapsed and
 * trimmed, whitespace written as character references kept).
 *
 * Safety: a DTD internal subset or an entity declaration is refused before anything is
 * parsed; a bare `<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">`, which most TBX v2 files
 * carry, is accepted and never loaded. Only the five predefined entities and character
 * references are expanded.
 */
import { childElements, dtdDeclarationAt, firstChild, localName, parseXml, textOf, XmlSyntaxError } from '../xml';
import type { XmlElement } from '../xml';
import { sameLanguage } from './languages';
import { ENTRY, factsOf, languageOf, readEntry } from './tbx-facts';
import { serialise } from './tbx-concept';
import type { ConceptEntry } from '../../terms/concept';
import type { EntryFacts, Facts, LanguageFacts, Transaction } from './tbx-facts';
import { GlossaryFormatError } from './types';
import type { FileLanguage, GlossaryMeta, GlossaryReadResult, GlossaryRow, SkippedRow } from './types';

export { TBX_MACHINE_TRANSLATION_SOURCE, TBX_TRANSLATOR_SOURCE } from './tbx-facts';

interface TbxLanguages {
  sourceLang?: string;
  targetLang?: string;
  /**
   * Skip entries with no term in the source language (the file's languages are not the
   * glossary's, and the translator chose which to read): such a row would be a term with
   * no source. Without it, Glossa's own target-only terms come back as they went out.
   */
  requireSource?: boolean;
}

/** Added to the reason an entry with terms in other languages is not a row: it is not lost. */
export const KEPT_REASON = 'It is kept whole with the glossary and written back in its TBX exports.';

/** Reason given when something unforeseen goes wrong; nothing else but GlossaryFormatError leaves readTbx. */
export const TBX_UNREADABLE_REASON = 'it could not be read as TBX.';

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
  if (dtdDeclarationAt(text) !== undefined) refuse('it declares a DTD or entities, which Glossa never loads.');

  // With both languages given, each entry becomes a row as soon as it is read; otherwise the
  // pair is known only at the end (the target is the first language other than the source).
  const given = langs.sourceLang && langs.targetLang ? { sourceLang: langs.sourceLang, targetLang: langs.targetLang } : undefined;
  const pending: EntryFacts[] = [];
  const rows: GlossaryRow[] = [];
  const skipped: SkippedRow[] = [];
  // Each language the file has terms in, in the order first met: how many entries and terms.
  const tally = new Map<string, FileLanguage>();
  const tallyLanguages = (entry: EntryFacts): void => {
    for (const language of entry.languages) {
      const terms = language.terms.filter((term) => term.term !== '').length;
      if (!language.lang || terms === 0) continue;
      const known = tally.get(language.key) ?? { lang: language.lang, entries: 0, terms: 0 };
      known.entries += 1;
      known.terms += terms;
      tally.set(language.key, known);
    }
  };
  // Entries with terms, but none Glossa can show in this pair: kept whole, to be written back.
  const kept: ConceptEntry[] = [];
  const keep = (entry: EntryFacts, reason: string): void => {
    const hasTerms = entry.concept.languages.some((language) => language.terms.some((term) => term.term !== ''));
    if (hasTerms) kept.push(entry.concept);
    skipped.push({ row: entry.position, reason: hasTerms ? `${reason} ${KEPT_REASON}` : reason });
  };
  const convert = (entry: EntryFacts, sourceLang: string, targetLang: string): void => {
    const row = toRow(entry, sourceLang, targetLang);
    if (row && langs.requireSource && row.source === '') keep(entry, `it has no term in “${sourceLang}”, the source language.`);
    else if (row) rows.push(row);
    else keep(entry, skipReason(entry, sourceLang, targetLang));
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
        tallyLanguages(entry);
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

  const languages = [...tally.values()];
  const own = filePair(languages, languageOf(root));
  const { sourceLang, targetLang } = given ?? chooseLanguages(pending, languageOf(root), langs);
  for (const entry of pending) convert(entry, sourceLang, targetLang);
  return {
    meta: { ...headerMeta(root), ...(sourceLang ? { sourceLang } : {}), ...(targetLang ? { targetLang } : {}) },
    rows,
    skipped,
    ...(kept.length > 0 ? { keptConcepts: kept } : {}),
    languages,
    ...(own ? { filePair: own } : {}),
  };
}

/**
 * The pair the file itself suggests, as chooseLanguages picks it when nothing is asked: the
 * root's xml:lang when terms use it, else the first language met; the target is the first
 * other one. None when the file has terms in fewer than two languages.
 */
function filePair(languages: readonly FileLanguage[], rootLang: string): { sourceLang: string; targetLang: string } | undefined {
  const source = (rootLang && languages.find((language) => sameLanguage(language.lang, rootLang))) || languages[0];
  const target = source && languages.find((language) => !sameLanguage(language.lang, source.lang));
  return source && target ? { sourceLang: source.lang, targetLang: target.lang } : undefined;
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

/** Glossa's view of a concept for a language pair, as readTbx gives it; undefined when the concept has no term in either language. */
export function viewOfConcept(concept: ConceptEntry, sourceLang: string, targetLang: string): GlossaryRow | undefined {
  return toRow(factsOf(concept, 0), sourceLang, targetLang);
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
    concept: entry.concept,
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
  const text = firstChild(root, 'text');
  const back = text && firstChild(text, 'back');
  const meta = fileMeta(root);
  if (back) meta.tbxBack = serialise(back, true);
  return meta;
}

function fileMeta(root: XmlElement): GlossaryMeta {
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
