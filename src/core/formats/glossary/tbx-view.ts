/**
 * Lays Glossa's view of a term (a GlossaryRow: source, MT rendering, preferred, forbidden,
 * status, part of speech, domain, definition, context, note) back onto the concept it was
 * read from, for one language pair, so that what the translator changed in Glossa is what
 * changes in the file, and nothing else does.
 *
 * The rule: the concept is changed only where the row differs from the view readTbx derives
 * from it (tbx-read.ts). An unchanged row gives the concept back as it was, every language,
 * synonym and data category in place. A changed field is written where the reader found it:
 * a new source term renames the source term; a new preferred rendering marks the synonym that
 * says it preferred (or renames the old preferred term, or adds a term); a forbidden
 * rendering becomes a deprecated term (an existing synonym's status changes, else a term is
 * added), one taken off the list becomes admitted; the MT rendering moves its
 * `<admin type="source">machine translation</admin>` mark. Languages outside the pair are
 * never touched.
 */
import type { ConceptEntry, ConceptTerm, DataItem, LanguageSection } from '../../terms/concept';
import { standingValue } from '../../terms/concept';
import { sameLanguage } from './languages';
import { standingOf, TBX_BASIC_PARTS_OF_SPEECH, TBX_MACHINE_TRANSLATION_SOURCE, TBX_TRANSLATOR_SOURCE } from './tbx-facts';
import type { Standing } from './tbx-facts';
import { viewOfConcept } from './tbx-read';
import type { GlossaryRow } from './types';

const STATUS_TYPES = new Set(['administrativeStatus', 'normativeAuthorization']);

/** The concept with the row's edits laid on it, for the pair; the concept itself is not changed. */
export function conceptWithView(concept: ConceptEntry, row: GlossaryRow, sourceLang: string, targetLang: string): ConceptEntry {
  const before = viewOfConcept(concept, sourceLang, targetLang);
  if (before && sameView(before, row)) return concept;
  const entry = structuredClone(concept);
  const view = (): GlossaryRow => viewOfConcept(entry, sourceLang, targetLang) ?? { source: '', target: '', preferred: '', forbidden: [], status: 'proposed' };
  let now = view();

  if (row.source !== now.source || row.status !== now.status) {
    const section = sectionFor(entry, sourceLang) ?? addSection(entry, sourceLang, 0);
    let term = sourceTermOf(section);
    if (!term && row.source !== '') term = addTerm(section, row.source);
    if (term && row.source !== now.source) renameTerm(term, row.source);
    if (term && row.status !== now.status) setStanding(term, row.status === 'approved' ? 'preferred' : row.status === 'forbidden' ? 'deprecated' : undefined);
  }

  const target = (): LanguageSection => sectionFor(entry, targetLang, sectionFor(entry, sourceLang)) ?? addSection(entry, targetLang);
  now = view();
  if (row.preferred !== now.preferred) {
    const section = target();
    const old = preferredTermOf(section);
    const named = row.preferred === '' ? undefined : section.terms.find((term) => term.term === row.preferred);
    if (named) {
      for (const term of section.terms) if (term !== named && standingOfTerm(term) === 'preferred') setStanding(term, 'admitted');
      setStanding(named, 'preferred');
    } else if (row.preferred !== '' && old) {
      renameTerm(old, row.preferred);
      setStanding(old, 'preferred');
    } else if (row.preferred !== '') {
      setStanding(addTerm(section, row.preferred), 'preferred');
    } else if (old) {
      setStanding(old, 'admitted');
    }
  }

  now = view();
  const wanted = new Set(row.forbidden);
  const had = new Set(now.forbidden);
  if (row.forbidden.some((term) => !had.has(term)) || now.forbidden.some((term) => !wanted.has(term))) {
    const section = target();
    for (const text of row.forbidden) {
      if (had.has(text)) continue;
      const term = section.terms.find((candidate) => candidate.term === text) ?? addTerm(section, text);
      setStanding(term, 'deprecated');
    }
    for (const term of section.terms) if (had.has(term.term) && !wanted.has(term.term) && standingOfTerm(term) === 'forbidden') setStanding(term, 'admitted');
  }

  now = view();
  if (row.target !== now.target) {
    const section = target();
    for (const term of section.terms) term.data = term.data.filter((item) => !isSource(item, TBX_MACHINE_TRANSLATION_SOURCE));
    section.data = section.data.filter((item) => !isSource(item, TBX_TRANSLATOR_SOURCE));
    if (row.target !== '') {
      const term = section.terms.find((candidate) => candidate.term === row.target) ?? addTerm(section, row.target, 'admitted');
      term.data.push({ element: 'admin', type: 'source', value: TBX_MACHINE_TRANSLATION_SOURCE });
    } else if (row.preferred !== '') {
      section.data.push({ element: 'admin', type: 'source', value: TBX_TRANSLATOR_SOURCE });
    }
  }

  now = view();
  if ((row.domain ?? '') !== (now.domain ?? '')) {
    entry.data = entry.data.filter((item) => item.type !== 'subjectField');
    const fields = (row.domain ?? '').split(/;\s*/).filter((field) => field !== '');
    entry.data.unshift(...fields.map((value): DataItem => ({ element: 'descrip', type: 'subjectField', value })));
  }
  if ((row.definition ?? '') !== (now.definition ?? '')) {
    const levels = [entry.data, sectionFor(entry, sourceLang)?.data, sectionFor(entry, targetLang, sectionFor(entry, sourceLang))?.data];
    setFirst(levels, 'definition', row.definition, entry.data, 'descrip');
  }
  if ((row.partOfSpeech ?? '') !== (now.partOfSpeech ?? '')) {
    const source = sectionFor(entry, sourceLang);
    const term = (source && sourceTermOf(source)) ?? preferredTermOf(target());
    const levels = [term?.data, source?.data];
    const home = term?.data ?? entry.data;
    removeFirst(levels, 'partOfSpeech');
    if (row.partOfSpeech) home.push(partOfSpeechItem(row.partOfSpeech));
  }
  if ((row.context ?? '') !== (now.context ?? '')) {
    const source = sectionFor(entry, sourceLang);
    const term = (source && sourceTermOf(source)) ?? preferredTermOf(target());
    const targets = sectionFor(entry, targetLang, source)?.terms ?? [];
    setFirst([term?.data, ...targets.map((candidate) => candidate.data)], 'context', row.context, term?.data ?? entry.data, 'descrip');
  }
  if ((row.note ?? '') !== (now.note ?? '')) {
    // The view joins the notes of every level it reads; a changed note replaces them with one, on the entry.
    const source = sectionFor(entry, sourceLang);
    const targetSection = sectionFor(entry, targetLang, source);
    const levels = [entry, source, ...(source?.terms ?? []), targetSection, ...(targetSection?.terms ?? [])];
    for (const level of levels) if (level) level.data = level.data.filter((item) => item.element !== 'note');
    if (row.note) entry.data.push({ element: 'note', type: '', value: row.note });
  }
  // The concept changed in Glossa: a modification, dated when the term was last saved.
  if (row.updatedAt !== undefined && Number.isFinite(row.updatedAt) && (now.updatedAt === undefined || row.updatedAt > now.updatedAt)) {
    entry.data.push({
      element: 'transacGrp',
      type: '',
      value: '',
      group: [
        { element: 'transac', type: 'transactionType', value: 'modification' },
        { element: 'date', type: '', value: new Date(row.updatedAt).toISOString() },
      ],
    });
  }
  return entry;
}

function sameView(a: GlossaryRow, b: GlossaryRow): boolean {
  const keys = ['source', 'target', 'preferred', 'status', 'partOfSpeech', 'domain', 'definition', 'context', 'note'] as const;
  if (keys.some((key) => (a[key] ?? '') !== (b[key] ?? ''))) return false;
  return a.forbidden.length === b.forbidden.length && a.forbidden.every((term, index) => term === b.forbidden[index]);
}

/** The section the reader takes for `lang`: an exact match first, else a related tag; never `except`. */
function sectionFor(entry: ConceptEntry, lang: string, except?: LanguageSection): LanguageSection | undefined {
  const key = lang.toLowerCase();
  return (
    entry.languages.find((section) => section !== except && section.lang.toLowerCase() === key) ??
    entry.languages.find((section) => section !== except && sameLanguage(section.lang.toLowerCase(), key))
  );
}

function addSection(entry: ConceptEntry, lang: string, at = entry.languages.length): LanguageSection {
  const section: LanguageSection = { lang, data: [], terms: [] };
  entry.languages.splice(at, 0, section);
  return section;
}

function addTerm(section: LanguageSection, text: string, standing?: 'admitted'): ConceptTerm {
  const term: ConceptTerm = { term: text, data: [] };
  section.terms.push(term);
  if (standing) setStanding(term, standing);
  return term;
}

function renameTerm(term: ConceptTerm, text: string): void {
  term.term = text;
  delete term.markup;
}

function sourceTermOf(section: LanguageSection): ConceptTerm | undefined {
  return section.terms.find((term) => term.term !== '') ?? section.terms[0];
}

/** As the reader sees them: preferred, forbidden (deprecated, superseded, …), admitted or other. */
function standingOfTerm(term: ConceptTerm): Standing | undefined {
  const status = term.data.find((item) => STATUS_TYPES.has(item.type) && item.value !== '');
  return status && standingOf(status.value);
}

function preferredTermOf(section: LanguageSection): ConceptTerm | undefined {
  const terms = section.terms.filter((term) => term.term !== '');
  const machine = (term: ConceptTerm) => term.data.some((item) => isSource(item, TBX_MACHINE_TRANSLATION_SOURCE));
  return terms.find((term) => standingOfTerm(term) === 'preferred') ?? terms.find((term) => standingOfTerm(term) !== 'forbidden' && !machine(term));
}

/** Sets (or, with undefined, removes) a term's administrativeStatus, where it was. */
function setStanding(term: ConceptTerm, standing: 'preferred' | 'admitted' | 'deprecated' | undefined): void {
  const index = term.data.findIndex((item) => STATUS_TYPES.has(item.type));
  term.data = term.data.filter((item, at) => at === index || !STATUS_TYPES.has(item.type));
  if (standing === undefined) {
    if (index >= 0) term.data.splice(index, 1);
    return;
  }
  const item: DataItem = { element: 'termNote', type: 'administrativeStatus', value: standingValue(standing) };
  if (index >= 0) term.data[index] = { ...term.data[index], ...item, type: 'administrativeStatus' };
  else term.data.push(item);
}

function isSource(item: DataItem, value: string): boolean {
  return item.type === 'source' && item.element === 'admin' && item.value.toLowerCase() === value;
}

/** Sets the first item of `type` found in `levels` (in order) to `value`, or removes it; adds one to `home` when none is found. */
function setFirst(levels: (DataItem[] | undefined)[], type: string, value: string | undefined, home: DataItem[], element: DataItem['element']): void {
  for (const level of levels) {
    const item = level?.find((candidate) => candidate.type === type);
    if (!level || !item) continue;
    if (value) {
      item.value = value;
      delete item.markup;
    } else {
      level.splice(level.indexOf(item), 1);
    }
    return;
  }
  if (value) home.push({ element, type, value });
}

function removeFirst(levels: (DataItem[] | undefined)[], type: string): void {
  for (const level of levels) {
    const index = level?.findIndex((item) => item.type === type) ?? -1;
    if (level && index >= 0) {
      level.splice(index, 1);
      return;
    }
  }
}

function partOfSpeechItem(value: string): DataItem {
  const allowed = TBX_BASIC_PARTS_OF_SPEECH.includes(value.toLowerCase()) ? value.toLowerCase() : 'other';
  if (allowed === value) return { element: 'termNote', type: 'partOfSpeech', value };
  return { element: 'termNote', type: 'partOfSpeech', value: allowed, grouped: 'termNoteGrp', group: [{ element: 'note', type: '', value }] };
}
