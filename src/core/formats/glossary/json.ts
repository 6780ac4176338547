/**
 * Glossa's own JSON glossary: everything a GlossaryRow holds, for backups and for moving a
 * glossary between Glossa installations without the losses of CSV (a "|" inside a forbidden
 * rendering) or TBX (fields TBX has no place for).
 *
 *   { "format": "glossa-glossary", "version": 1, "glossary": { name, … }, "terms": [ … ] }
 *
 * Problems with the file as a whole (not JSON, another format, a newer version) throw; a bad
 * entry is skipped with its position and the reason, and the rest imports.
 */
import { z } from 'zod';
import { parseDate } from './delimited';
import { emptyRow, GlossaryFormatError } from './types';
import type { GlossaryMeta, GlossaryReadResult, GlossaryRow, SkippedRow } from './types';

export const GLOSSARY_JSON_FORMAT = 'glossa-glossary';
/** Raised when the shape changes in a way older readers would misread; readers refuse newer versions. */
export const GLOSSARY_JSON_VERSION = 1;

/** Rows and the glossary's details as pretty-printed JSON (two-space indent, final newline). */
export function writeJson(rows: readonly GlossaryRow[], meta: GlossaryMeta): string {
  return `${JSON.stringify({ format: GLOSSARY_JSON_FORMAT, version: GLOSSARY_JSON_VERSION, glossary: meta, terms: rows }, null, 2)}\n`;
}

const text = (field: string) => z.string({ error: `“${field}” must be text` });

/** Milliseconds since the epoch as Glossa writes them; ISO 8601 text is accepted from hand-made files. */
const time = (field: string) =>
  z.union([z.number(), z.string()], { error: `“${field}” must be a date` }).transform((value, context): number | undefined => {
    const parsed = typeof value === 'number' ? (Number.isFinite(value) && !Number.isNaN(new Date(value).getTime()) ? value : null) : parseDate(value);
    if (parsed === null) {
      context.addIssue({ code: 'custom', message: `“${field}” is not a date: ${JSON.stringify(value)}` });
      return z.NEVER;
    }
    return parsed;
  });

/** Absent or null: JSON writers differ on how they say “nothing”. */
const optionalText = (field: string) => text(field).nullish();

const termSchema = z.object(
  {
    source: text('source').default(''),
    target: text('target').default(''),
    preferred: text('preferred').default(''),
    forbidden: z.array(text('forbidden'), { error: '“forbidden” must be a list of text' }).default([]),
    status: z.enum(['proposed', 'approved', 'forbidden'], { error: '“status” must be proposed, approved or forbidden' }).default('proposed'),
    partOfSpeech: optionalText('partOfSpeech'),
    domain: optionalText('domain'),
    definition: optionalText('definition'),
    context: optionalText('context'),
    note: optionalText('note'),
    author: optionalText('author'),
    createdAt: time('createdAt').nullish(),
    updatedAt: time('updatedAt').nullish(),
  },
  { error: 'it is not an object' },
);

function termRow(value: unknown): GlossaryRow | string {
  const parsed = termSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'it is not a term';
  const term = parsed.data;
  const row: GlossaryRow = {
    ...emptyRow(),
    source: term.source.trim(),
    target: term.target.trim(),
    preferred: term.preferred.trim(),
    forbidden: term.forbidden.map((rendering) => rendering.trim()).filter((rendering) => rendering !== ''),
    status: term.status,
  };
  if (row.source === '' && row.target === '' && row.preferred === '') return 'no source or target term';
  for (const field of ['partOfSpeech', 'domain', 'definition', 'context', 'note', 'author'] as const) {
    const content = term[field]?.trim();
    if (content) row[field] = content;
  }
  if (typeof term.createdAt === 'number') row.createdAt = term.createdAt;
  if (typeof term.updatedAt === 'number') row.updatedAt = term.updatedAt;
  return row;
}

function metaOf(value: unknown): GlossaryMeta {
  const meta: GlossaryMeta = {};
  if (typeof value !== 'object' || value === null) return meta;
  for (const field of ['name', 'description', 'sourceLang', 'targetLang'] as const) {
    const content: unknown = (value as Record<string, unknown>)[field];
    if (typeof content === 'string' && content.trim() !== '') meta[field] = content.trim();
  }
  return meta;
}

/**
 * A file writeJson wrote (or one shaped like it). Missing term fields take their defaults;
 * unknown properties are ignored; the glossary's details are taken where they are text.
 */
export function readJson(text: string, fileName: string): GlossaryReadResult {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF+/, ''));
  } catch (error) {
    throw new GlossaryFormatError(fileName, 'it is not valid JSON.', { cause: error });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document) || (document as Record<string, unknown>).format !== GLOSSARY_JSON_FORMAT) {
    throw new GlossaryFormatError(fileName, 'it is not a Glossa glossary (JSON files exported from Glossa start with "format": "glossa-glossary").');
  }
  const { version, glossary, terms } = document as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new GlossaryFormatError(fileName, 'it has no valid format version.');
  }
  if (version > GLOSSARY_JSON_VERSION) {
    throw new GlossaryFormatError(fileName, `it was written by a newer version of Glossa (format version ${version}). Update Glossa to import it.`);
  }
  if (!Array.isArray(terms)) throw new GlossaryFormatError(fileName, 'it has no list of terms.');

  const rows: GlossaryRow[] = [];
  const skipped: SkippedRow[] = [];
  terms.forEach((term: unknown, index) => {
    const result = termRow(term);
    if (typeof result === 'string') skipped.push({ row: index + 1, reason: result });
    else rows.push(result);
  });
  return { meta: metaOf(glossary), rows, skipped };
}
