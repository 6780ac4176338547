/**
 * Repository functions for glossary terms. Deletes are tombstones (undo, and later sync).
 * Imports are one strict transaction: every row lands, or none does, and the report says
 * which rows were added, which updated an existing term and which were skipped and why.
 */
import type { Glossary, Id, Term, TermStatus } from '@core/model';
import type { GlossaryRow, SkippedRow } from '@core/formats/glossary/types';
import { mergeTerms, normaliseTerm } from '@core/terms';
import { mergeConcepts } from '@core/terms/concept';
import type { ConceptEntry } from '@core/terms/concept';
import type { GlossaDatabase } from './database';
import { StorageError } from './errors';
import { createGlossary } from './glossaries';
import { newId } from './ids';
import { writeAll } from './transaction';
import { errorMessage } from '@core/errors';

const TERM_TABLES = ['glossaries', 'terms'] as const;

const STATUSES: readonly TermStatus[] = ['proposed', 'approved', 'forbidden'];
const MAX_TERM_LENGTH = 500;
const MAX_TERM_TEXT_LENGTH = 10_000;

/** What the translator can set on a term. */
type TermFields = Pick<Term, 'source' | 'target' | 'preferred' | 'forbidden' | 'status'> &
  Partial<Pick<Term, 'partOfSpeech' | 'domain' | 'definition' | 'context' | 'note' | 'concept'>>;

export type TermPatch = Partial<TermFields>;

const OPTIONAL_TEXT = ['partOfSpeech', 'domain', 'definition', 'context', 'note'] as const;

function clean(value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if ([...trimmed].length > max) throw new StorageError('invalid-title', `A term's ${field} can be at most ${max} characters.`);
  return trimmed;
}

/** The fields as stored: trimmed, forbidden variants deduplicated, and at least one term given. */
function validTermFields(fields: TermPatch, base?: Term): TermPatch {
  const out: TermPatch = {};
  if (fields.source !== undefined) out.source = clean(fields.source, 'source', MAX_TERM_LENGTH);
  if (fields.target !== undefined) out.target = clean(fields.target, 'target', MAX_TERM_LENGTH);
  if (fields.preferred !== undefined) out.preferred = clean(fields.preferred, 'preferred translation', MAX_TERM_LENGTH);
  if (fields.forbidden !== undefined) {
    const seen = new Set<string>();
    out.forbidden = [];
    for (const variant of fields.forbidden) {
      const text = clean(variant, 'forbidden variant', MAX_TERM_LENGTH);
      const key = normaliseTerm(text);
      if (text === '' || seen.has(key)) continue;
      seen.add(key);
      out.forbidden.push(text);
    }
  }
  if (fields.status !== undefined) {
    if (!STATUSES.includes(fields.status)) throw new StorageError('invalid-title', `A term's status is proposed, approved or forbidden, not “${String(fields.status)}”.`);
    out.status = fields.status;
  }
  for (const key of OPTIONAL_TEXT) {
    const value = fields[key];
    if (value !== undefined) out[key] = clean(value, key, MAX_TERM_TEXT_LENGTH);
  }
  const merged = { source: '', target: '', preferred: '', ...base, ...out };
  if (merged.source === '' && merged.target === '' && merged.preferred === '') {
    throw new StorageError('invalid-title', 'A term needs a source term, a target term or a preferred translation.');
  }
  return out;
}

async function requireGlossary(connection: GlossaDatabase, glossaryId: Id): Promise<void> {
  const glossary = await connection.glossaries.get(glossaryId);
  if (!glossary || glossary.deletedAt) throw new StorageError('not-found', 'That glossary no longer exists.');
}

export async function createTerm(db: GlossaDatabase, glossaryId: Id, fields: Partial<TermFields>, author: string): Promise<Term> {
  const valid = validTermFields({ source: '', target: '', preferred: '', forbidden: [], status: 'proposed', ...fields });
  return writeAll(db, TERM_TABLES, async (connection) => {
    await requireGlossary(connection, glossaryId);
    const now = connection.clock();
    const term: Term = {
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      glossaryId,
      source: '',
      target: '',
      preferred: '',
      forbidden: [],
      status: 'proposed',
      author: author.trim() || 'Translator',
      ...valid,
    };
    await connection.terms.add(term);
    return term;
  });
}

export async function getTerm(db: GlossaDatabase, id: Id): Promise<Term | undefined> {
  const term = await db.terms.get(id);
  return term && !term.deletedAt ? term : undefined;
}

/** Live terms of one glossary, in the order they were added. */
export async function listTerms(db: GlossaDatabase, glossaryId: Id): Promise<Term[]> {
  const terms = await db.terms.where('glossaryId').equals(glossaryId).toArray();
  return terms.filter((term) => !term.deletedAt).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Live terms of several glossaries (a document's), glossary by glossary. */
export async function listTermsOf(db: GlossaDatabase, glossaryIds: readonly Id[]): Promise<Term[]> {
  const lists = await Promise.all(glossaryIds.map((id) => listTerms(db, id)));
  return lists.flat();
}

export async function updateTerm(db: GlossaDatabase, id: Id, patch: TermPatch): Promise<Term> {
  return writeAll(db, TERM_TABLES, async (connection) => {
    const term = await getTerm(connection, id);
    if (!term) throw new StorageError('not-found', 'That term no longer exists.');
    const updated: Term = { ...term, ...validTermFields(patch, term), updatedAt: connection.clock() };
    await connection.terms.put(updated);
    return updated;
  });
}

/** Moves terms to the Trash's tombstones; restoreTerms undoes it. */
export async function deleteTerms(db: GlossaDatabase, ids: readonly Id[]): Promise<void> {
  await writeAll(db, TERM_TABLES, async (connection) => {
    const now = connection.clock();
    const terms = (await connection.terms.bulkGet([...ids])).filter((term): term is Term => term !== undefined && !term.deletedAt);
    await connection.terms.bulkPut(terms.map((term) => ({ ...term, deletedAt: now, updatedAt: now })));
  });
}

export async function restoreTerms(db: GlossaDatabase, ids: readonly Id[]): Promise<void> {
  await writeAll(db, TERM_TABLES, async (connection) => {
    const now = connection.clock();
    const terms = (await connection.terms.bulkGet([...ids])).filter((term): term is Term => term !== undefined && Boolean(term.deletedAt));
    await connection.terms.bulkPut(terms.map((term) => ({ ...term, deletedAt: null, updatedAt: now })));
  });
}

export async function moveTerms(db: GlossaDatabase, ids: readonly Id[], glossaryId: Id): Promise<void> {
  await writeAll(db, TERM_TABLES, async (connection) => {
    await requireGlossary(connection, glossaryId);
    const now = connection.clock();
    const terms = (await connection.terms.bulkGet([...ids])).filter((term): term is Term => term !== undefined && !term.deletedAt);
    await connection.terms.bulkPut(terms.map((term) => ({ ...term, glossaryId, updatedAt: now })));
  });
}

/** Merges duplicates into `keepId`: its fields win, empty ones are filled from the others, which are deleted. */
export async function mergeDuplicateTerms(db: GlossaDatabase, keepId: Id, otherIds: readonly Id[]): Promise<Term> {
  return writeAll(db, TERM_TABLES, async (connection) => {
    const keep = await getTerm(connection, keepId);
    if (!keep) throw new StorageError('not-found', 'That term no longer exists.');
    const others = (await connection.terms.bulkGet(otherIds.filter((id) => id !== keepId))).filter(
      (term): term is Term => term !== undefined && !term.deletedAt,
    );
    const now = connection.clock();
    const merged = mergeTerms(keep, others, now);
    await connection.terms.put(merged);
    await connection.terms.bulkPut(others.map((term) => ({ ...term, deletedAt: now, updatedAt: now })));
    return merged;
  });
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Concepts with no term in the glossary's pair, kept whole with the glossary for its TBX exports. */
  kept: number;
  /** Rows the reader could not use and rows this import left alone, each with its reason. */
  skipped: SkippedRow[];
}

/** The key that says two rows are the same term: the source term, or the target side when a file has no source. */
function identity(row: Pick<GlossaryRow, 'source' | 'target' | 'preferred'>): string {
  const source = normaliseTerm(row.source);
  return source !== '' ? `s:${source}` : `t:${normaliseTerm(row.preferred || row.target)}`;
}

function fieldsOfRow(row: GlossaryRow): TermFields {
  const fields: TermFields = {
    source: row.source,
    target: row.target,
    preferred: row.preferred,
    forbidden: row.forbidden,
    status: row.status,
  };
  for (const key of OPTIONAL_TEXT) if (row[key] !== undefined && row[key] !== '') fields[key] = row[key];
  if (row.concept) fields.concept = row.concept;
  return fields;
}

/** The term with the row's non-empty fields laid over it, or null when nothing would change. */
function updatedBy(term: Term, row: GlossaryRow): TermPatch | null {
  const fields = fieldsOfRow(row);
  const patch: TermPatch = {};
  for (const key of ['source', 'target', 'preferred', ...OPTIONAL_TEXT] as const) {
    const value = fields[key];
    if (value !== undefined && value !== '' && value !== term[key]) patch[key] = value;
  }
  const known = new Set(term.forbidden.map(normaliseTerm));
  const added = fields.forbidden.filter((variant) => !known.has(normaliseTerm(variant)));
  if (added.length > 0) patch.forbidden = [...term.forbidden, ...added];
  // "proposed" is also what a file without statuses says, so it never downgrades a term.
  if (fields.status !== 'proposed' && fields.status !== term.status) patch.status = fields.status;
  // The file's concept (its synonyms, languages and data), with the languages only the term had kept.
  if (fields.concept) {
    const concept = term.concept ? mergeConcepts(term.concept, fields.concept) : fields.concept;
    if (JSON.stringify(concept) !== JSON.stringify(term.concept)) patch.concept = concept;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

export interface ImportOptions {
  author: string;
  rowNumbers?: readonly number[];
  skipped?: readonly SkippedRow[];
  /** Concepts of the file with no term in the pair (GlossaryReadResult.keptConcepts), to keep with the glossary. */
  keptConcepts?: readonly ConceptEntry[];
  /** The file's TBX back matter, kept when the glossary has none. */
  tbxBack?: string;
}

/**
 * Imports rows into a glossary, all or nothing, with strict durability. A row whose source
 * term (or, without one, its target) is already in the glossary updates that term with the
 * row's non-empty fields; a row that repeats an earlier row of the same file, or would change
 * nothing, is skipped with its reason. `rowNumbers[i]` is row i's number in the file.
 */
export async function importTerms(
  db: GlossaDatabase,
  glossaryId: Id,
  rows: readonly GlossaryRow[],
  options: ImportOptions,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, kept: 0, skipped: [...(options.skipped ?? [])] };
  const rowNumber = (index: number) => options.rowNumbers?.[index] ?? index + 1;
  // Validate before the transaction, so a bad row is reported, not half-written.
  const valid: Array<{ row: GlossaryRow; index: number; fields: TermFields }> = [];
  rows.forEach((row, index) => {
    try {
      valid.push({ row, index, fields: { ...fieldsOfRow(row), ...validTermFields(fieldsOfRow(row)) } as TermFields });
    } catch (error) {
      report.skipped.push({ row: rowNumber(index), reason: errorMessage(error) });
    }
  });
  await writeAll(
    db,
    TERM_TABLES,
    async (connection) => {
      await requireGlossary(connection, glossaryId);
      const now = connection.clock();
      const existing = new Map<string, Term>();
      for (const term of await listTerms(connection, glossaryId)) {
        const key = identity(term);
        if (!existing.has(key)) existing.set(key, term);
      }
      const seen = new Map<string, number>();
      const changed: Term[] = [];
      for (const { row, index, fields } of valid) {
        const key = identity(fields);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          report.skipped.push({ row: rowNumber(index), reason: `it repeats row ${earlier} (the same term).` });
          continue;
        }
        seen.set(key, rowNumber(index));
        const term = existing.get(key);
        if (term) {
          const patch = updatedBy(term, { ...row, ...fields });
          if (!patch) {
            report.skipped.push({ row: rowNumber(index), reason: 'the glossary already has this term, unchanged.' });
            continue;
          }
          changed.push({ ...term, ...patch, updatedAt: now });
          report.updated += 1;
        } else {
          const created = row.createdAt ?? now;
          changed.push({
            id: newId(now),
            createdAt: created,
            updatedAt: row.updatedAt ?? now,
            deletedAt: null,
            glossaryId,
            author: row.author?.trim() || options.author,
            ...fields,
          });
          report.added += 1;
        }
      }
      await connection.terms.bulkPut(changed);
      report.kept = await keepConcepts(connection, glossaryId, options);
    },
    { durability: 'strict' },
  );
  report.skipped.sort((a, b) => a.row - b.row);
  return report;
}

/**
 * A new glossary of the file's own languages, with the file's rows in it, in one transaction:
 * when the import fails, there is no new, empty glossary either.
 */
export async function importIntoNewGlossary(
  db: GlossaDatabase,
  input: { name: string; sourceLang: string; targetLang: string },
  rows: readonly GlossaryRow[],
  options: ImportOptions,
): Promise<{ glossary: Glossary; report: ImportReport }> {
  return writeAll(
    db,
    TERM_TABLES,
    async () => {
      const glossary = await createGlossary(db, input);
      return { glossary, report: await importTerms(db, glossary.id, rows, options) };
    },
    { durability: 'strict' },
  );
}

/** Adds the file's concepts in other languages (and its back matter) to the glossary record; how many were new. */
async function keepConcepts(connection: GlossaDatabase, glossaryId: Id, options: ImportOptions): Promise<number> {
  const incoming = options.keptConcepts ?? [];
  if (incoming.length === 0 && !options.tbxBack) return 0;
  const glossary = await connection.glossaries.get(glossaryId);
  if (!glossary) return 0;
  const kept = [...(glossary.keptConcepts ?? [])];
  const known = new Set(kept.map((concept) => JSON.stringify(concept)));
  let added = 0;
  for (const concept of incoming) {
    const key = JSON.stringify(concept);
    if (known.has(key)) continue;
    known.add(key);
    kept.push(concept);
    added += 1;
  }
  const tbxBack = glossary.tbxBack ?? options.tbxBack;
  if (added > 0 || tbxBack !== glossary.tbxBack) {
    await connection.glossaries.put({ ...glossary, keptConcepts: kept, ...(tbxBack ? { tbxBack } : {}), updatedAt: connection.clock() });
  }
  return added;
}
