/**
 * Whole-library backups: export every table to one JSON file, describe a file for a preview,
 * and restore one in a single strict transaction, all or nothing.
 *
 * The file is dexie-export-import's format with one addition, a `glossa` header placed before
 * `data` so the library's streaming reader and our preview both see it first:
 *
 *   { "formatName": "dexie", "formatVersion": 1, "glossa": { format, schemaVersion, exportedAt, … },
 *     "data": { databaseName, databaseVersion, tables: [...], data: [{ tableName, inbound, rows }] } }
 *
 * Restore does not use the library's importInto to write: it clears tables outside its
 * transaction and keeps one alive across blob reads with Dexie.waitFor, so a failure halfway
 * leaves a half-restored library. The library parses (and revives its typed values); Glossa
 * validates everything and then writes all tables in one strict `rw` transaction. See
 * docs/adr/0011-backups.md.
 */
import { exportDB, importInto } from 'dexie-export-import';
import { z } from 'zod';
import type { GlossaDatabase } from './database';
import { GlossaDatabase as Database } from './database';
import { LATEST_SCHEMA_VERSION, SCHEMA_STEPS, TABLE_NAMES, tablesAt, type TableName } from './schema';
import { writeAll } from './transaction';

const BACKUP_FORMAT = 'glossa-library-backup';
/** Raised when the header changes in a way older readers would misread. */
const BACKUP_FORMAT_VERSION = 1;
/** The largest backup read or written (core/host.ts MAX_BACKUP_BYTES, repeated so db stays free of host). */
const MAX_BACKUP_FILE_BYTES = 200 * 1024 * 1024;

export type BackupErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'not-json'
  | 'not-glossa'
  | 'unsupported-format'
  | 'newer-schema'
  | 'invalid-contents'
  | 'write-failed';

/** Why a backup was refused or could not be restored. The message names the file; the code is for the UI and tests. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly fileName: string;

  constructor(code: BackupErrorCode, fileName: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BackupError';
    this.code = code;
    this.fileName = fileName;
  }
}

export type TableCounts = Record<TableName, number>;

/** The `glossa` header of a backup file. */
interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Glossa schema version (Dexie version) the rows were written at. */
  schemaVersion: number;
  /** ISO 8601. */
  exportedAt: string;
  appVersion: string;
  reason: string;
  counts: TableCounts;
  /** Documents not in the Trash, for the preview. */
  documents: Array<{ id: string; title: string }>;
}

export interface BackupDescription {
  fileName: string;
  header: BackupHeader;
}

export interface ExportedLibrary {
  bytes: Uint8Array<ArrayBuffer>;
  header: BackupHeader;
}

const emptyCounts = (): TableCounts => Object.fromEntries(TABLE_NAMES.map((name) => [name, 0])) as TableCounts;

/**
 * The whole library as a backup file. One read transaction (dexie-export-import's), so the
 * file is a consistent snapshot; flush pending writes before calling it.
 */
export async function exportLibrary(db: GlossaDatabase, options: { reason: string; appVersion: string }): Promise<ExportedLibrary> {
  if (!db.isOpen()) await db.open();
  const counts = emptyCounts();
  const documents: BackupHeader['documents'] = [];
  const blob = await exportDB(db, {
    // Called for every row inside the export's transaction: the header's counts and titles are of the same snapshot.
    filter: (table, value: unknown) => {
      if (table in counts) counts[table as TableName] += 1;
      if (table === 'documents' && isRecord(value) && value['deletedAt'] == null) {
        documents.push({ id: String(value['id']), title: String(value['title']) });
      }
      return true;
    },
  });
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: new Date(db.clock()).toISOString(),
    appVersion: options.appVersion,
    reason: options.reason,
    counts,
    documents,
  };
  const head = await blob.slice(0, 200).text();
  const at = head.indexOf(',"data":');
  if (!head.startsWith('{"formatName":"dexie"') || at < 0) throw new Error('dexie-export-import wrote a file Glossa does not recognise.');
  const withHeader = new Blob([head.slice(0, at), ',"glossa":', JSON.stringify(header), blob.slice(at)]);
  return { bytes: new Uint8Array(await withHeader.arrayBuffer()), header };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A table added after the backup was written (bilingual, version 3) has no count in it: 0.
const countsSchema = z.object(Object.fromEntries(TABLE_NAMES.map((name) => [name, z.number().int().min(0).default(0)])) as Record<TableName, z.ZodDefault<z.ZodNumber>>);

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  appVersion: z.string().max(50),
  reason: z.string().max(40),
  counts: countsSchema,
  documents: z.array(z.object({ id: z.string(), title: z.string() })),
});

const fileSchema = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  glossa: z.unknown(),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int().min(0) })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.literal(true), rows: z.array(z.unknown()) })),
  }),
});

type BackupFile = z.infer<typeof fileSchema>;

interface ParsedBackup {
  header: BackupHeader;
  file: BackupFile;
}

const problem = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return issue ? `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}` : 'it is malformed';
};

/** Checks everything about the file but its rows: size, text, JSON, Glossa header, versions. */
function parseBackup(bytes: Uint8Array, fileName: string): ParsedBackup {
  if (bytes.byteLength === 0) throw new BackupError('empty', fileName, `${fileName} is empty: it is not a Glossa backup.`);
  if (bytes.byteLength > MAX_BACKUP_FILE_BYTES) {
    throw new BackupError('too-large', fileName, `${fileName} is larger than ${MAX_BACKUP_FILE_BYTES / (1024 * 1024)} MB, the most Glossa restores.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BackupError('not-text', fileName, `${fileName} is not a Glossa backup: it is not UTF-8 text.`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError('not-json', fileName, `${fileName} is not a Glossa backup: it is not valid JSON (it may be cut short or damaged).`, { cause: error });
  }
  const glossa = isRecord(json) ? json['glossa'] : undefined;
  if (!isRecord(glossa) || glossa['format'] !== BACKUP_FORMAT) {
    throw new BackupError('not-glossa', fileName, `${fileName} is not a Glossa backup: it has no Glossa library header.`);
  }
  if (typeof glossa['formatVersion'] === 'number' && glossa['formatVersion'] > BACKUP_FORMAT_VERSION) {
    throw new BackupError('unsupported-format', fileName, `${fileName} was written by a newer Glossa in a backup format this version cannot read. Update Glossa to restore it.`);
  }
  const schemaVersion = glossa['schemaVersion'];
  if (typeof schemaVersion === 'number' && schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BackupError(
      'newer-schema',
      fileName,
      `${fileName} is from a newer Glossa (library schema version ${schemaVersion}); this Glossa reads up to version ${LATEST_SCHEMA_VERSION}. Update Glossa to restore it.`,
    );
  }
  const header = headerSchema.safeParse(glossa);
  if (!header.success) throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: its header is not valid (${problem(header.error)}).`);
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: ${problem(file.error)}.`);
  if (!SCHEMA_STEPS.some((step) => step.version === header.data.schemaVersion) || file.data.data.databaseVersion !== header.data.schemaVersion) {
    throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: its schema version does not match its data.`);
  }
  return { header: header.data as BackupHeader, file: file.data };
}

/** What a backup file holds, for a preview; nothing is written. Throws BackupError for a file that cannot be restored. */
export function describeBackup(bytes: Uint8Array, fileName: string): BackupDescription {
  return { fileName, header: parseBackup(bytes, fileName).header };
}

// The fields every part of the app relies on; anything else on a row is kept as it is.
const id = z.string().min(1).max(200);
const time = z.number().finite();
const ROW_SCHEMAS: Record<TableName, z.ZodType> = {
  documents: z.looseObject({ id, title: z.string(), sourceLang: z.string(), targetLang: z.string(), createdAt: time, updatedAt: time, wordCount: z.number(), glossaryIds: z.array(z.string()), origin: z.looseObject({ kind: z.string() }) }),
  documentTexts: z.looseObject({ id, editorState: z.string(), plainText: z.string(), updatedAt: time }),
  bilingual: z.looseObject({ id, origin: z.string(), fileName: z.string(), original: z.string(), files: z.array(z.unknown()), segments: z.array(z.looseObject({ id: z.string(), source: z.array(z.unknown()), mtTarget: z.array(z.unknown()) })), updatedAt: time }),
  baselines: z.looseObject({ id, text: z.string(), updatedAt: time }),
  annotations: z.looseObject({
    id,
    docId: id,
    kind: z.enum(['term', 'flag', 'note', 'query']),
    quote: z.string(),
    selectors: z.looseObject({ quote: z.looseObject({ exact: z.string() }), position: z.looseObject({ start: z.number(), end: z.number() }) }),
    body: z.string(),
    status: z.string(),
    replies: z.array(z.unknown()),
    createdAt: time,
    updatedAt: time,
  }),
  glossaries: z.looseObject({ id, name: z.string(), sourceLang: z.string(), targetLang: z.string(), createdAt: time, updatedAt: time }),
  terms: z.looseObject({ id, glossaryId: id, source: z.string(), target: z.string(), preferred: z.string(), forbidden: z.array(z.string()), status: z.string(), createdAt: time, updatedAt: time }),
  findings: z.looseObject({ id, docId: id, key: z.string(), createdAt: time, updatedAt: time }),
  settings: z.looseObject({ key: z.string().min(1).max(200) }),
};

type Rows = Record<TableName, unknown[]>;

const emptyRows = (): Rows => Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as unknown[]])) as Record<string, unknown[]> as Rows;

/** The rows of every table, revived by dexie-export-import (which writes nothing: its filter refuses every row). */
async function readRows(db: GlossaDatabase, bytes: Uint8Array<ArrayBuffer>, parsed: ParsedBackup, fileName: string): Promise<Rows> {
  const { file, header } = parsed;
  const tables = new Set(file.data.tables.map((table) => table.name));
  const unknown = [...tables].find((name) => !(TABLE_NAMES as readonly string[]).includes(name));
  if (unknown !== undefined) throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: it has a table Glossa does not know (“${unknown}”).`);
  const missing = tablesAt(header.schemaVersion).find((name) => !tables.has(name));
  if (missing !== undefined) throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: it has no “${missing}” table.`);

  const rows = emptyRows();
  try {
    await importInto(db, new Blob([bytes]), {
      noTransaction: true,
      acceptNameDiff: true,
      acceptVersionDiff: true,
      filter: (table, value: unknown) => {
        rows[table as TableName].push(value);
        return false;
      },
    });
  } catch (error) {
    throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: its rows could not be read.`, { cause: error });
  }

  for (const { name, rowCount } of file.data.tables) {
    const table = name as TableName;
    const list = rows[table];
    if (list.length !== rowCount || list.length !== header.counts[table]) {
      throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: the ${table} table should have ${rowCount} rows and has ${list.length}.`);
    }
    const keys = new Set<string>();
    for (const [index, row] of list.entries()) {
      const checked = ROW_SCHEMAS[table].safeParse(row);
      if (!checked.success) {
        throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: row ${index + 1} of ${table} is not valid (${problem(checked.error)}).`);
      }
      const key = String((row as Record<string, unknown>)[table === 'settings' ? 'key' : 'id']);
      if (keys.has(key)) throw new BackupError('invalid-contents', fileName, `${fileName} is damaged: ${table} has two rows with the key “${key}”.`);
      keys.add(key);
    }
  }
  return rows;
}

/**
 * Rows written at an older schema version, brought up to this one by the app's own upgrade
 * steps: written into a scratch database at that version, which Dexie then upgrades.
 */
async function upgradeRows(db: GlossaDatabase, rows: Rows, fromVersion: number): Promise<Rows> {
  const name = `${db.name}-restore-${Math.random().toString(36).slice(2)}`;
  const old = new Database({ name, schemaVersion: fromVersion, clock: db.clock });
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkPut(rows[table.name as TableName] ?? []);
    });
    old.close();
    const upgraded = new Database({ name, clock: db.clock });
    try {
      const result = emptyRows();
      for (const table of TABLE_NAMES) result[table] = await upgraded.table(table).toArray();
      return result;
    } finally {
      upgraded.close();
    }
  } finally {
    await Database.delete(name);
  }
}

export interface RestoreReport {
  fileName: string;
  header: BackupHeader;
  counts: TableCounts;
}

/**
 * Replaces the whole library with the backup's, in one strict transaction: either every table
 * holds the backup's rows afterwards, or nothing changed. Refuses (BackupError, naming the file)
 * a file that is not a Glossa backup, is damaged, or is from a newer schema.
 */
export async function restoreBackup(db: GlossaDatabase, bytes: Uint8Array, fileName: string): Promise<RestoreReport> {
  const parsed = parseBackup(bytes, fileName);
  if (!db.isOpen()) await db.open();
  const copy = new Uint8Array(bytes);
  let rows = await readRows(db, copy, parsed, fileName);
  if (parsed.header.schemaVersion < db.verno) {
    try {
      rows = await upgradeRows(db, rows, parsed.header.schemaVersion);
    } catch (error) {
      throw new BackupError('invalid-contents', fileName, `${fileName} could not be brought up to this Glossa's library version; nothing was changed.`, { cause: error });
    }
  }
  try {
    await writeAll(
      db,
      TABLE_NAMES,
      async (connection) => {
        for (const table of TABLE_NAMES) {
          await connection.table(table).clear();
          if (rows[table].length > 0) await connection.table(table).bulkPut(rows[table]);
        }
      },
      { durability: 'strict' },
    );
  } catch (error) {
    const why = error instanceof Error && error.name === 'QuotaExceededError' ? 'there is not enough storage space' : 'the database refused the write';
    throw new BackupError('write-failed', fileName, `${fileName} could not be restored: ${why}. Your library was left as it was.`, { cause: error });
  }
  const counts = emptyCounts();
  for (const table of TABLE_NAMES) counts[table] = rows[table].length;
  return { fileName, header: parsed.header, counts };
}

/** How many rows each table holds now, for "what will be replaced". */
export async function libraryCounts(db: GlossaDatabase): Promise<TableCounts> {
  const counts = emptyCounts();
  // A database still at an older version (the backup taken before an upgrade) lacks later tables.
  for (const table of tablesAt(db.verno)) counts[table] = await db.table(table).count();
  return counts;
}
