import { decodeTime, isValid as isUlid } from 'ulid';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME, db, GlossaDatabase, openGlossaDatabase } from './database';
import { newId } from './ids';
import { LATEST_SCHEMA_VERSION } from './schema';
import { uniqueDatabaseName } from './test-database';

const opened: GlossaDatabase[] = [];

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

describe('GlossaDatabase', () => {
  it('opens a named database at the latest schema version', async () => {
    const name = uniqueDatabaseName();
    const database = await openGlossaDatabase(name);
    opened.push(database);

    expect(database.name).toBe(name);
    expect(database.isOpen()).toBe(true);
    expect(database.verno).toBe(LATEST_SCHEMA_VERSION);
  });

  it('gives the app one lazily created instance named glossa', () => {
    const app = db();
    expect(app).toBe(db());
    expect(app.name).toBe(DEFAULT_DATABASE_NAME);
    expect(app.isOpen()).toBe(false);
  });

  it('has one strict twin that shares its name and clock, and closes with it', async () => {
    const clock = () => 42;
    const database = new GlossaDatabase({ name: uniqueDatabaseName(), clock });
    opened.push(database);
    const strict = database.strictConnection();

    expect(strict).toBe(database.strictConnection());
    expect(strict.strictConnection()).toBe(strict);
    expect([strict.name, strict.clock, strict.durability]).toEqual([database.name, clock, 'strict']);
    expect(database.owns(strict)).toBe(true);

    await strict.open();
    database.close();
    expect(strict.isOpen()).toBe(false);
  });
});

describe('newId', () => {
  it('makes ULIDs that sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 50 }, () => newId(1_700_000_000_000));

    expect(ids.every((id) => isUlid(id))).toBe(true);
    expect(decodeTime(ids[0]!)).toBe(1_700_000_000_000);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
