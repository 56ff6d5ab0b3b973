import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { DatabaseOpenError } from '../../src/main/core/db/errors';
import { appliedMigrations, migrateToLatest } from '../../src/main/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function tableNames(db: Kysely<unknown>): Promise<string[]> {
  const result = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE 'sqlite_%' ORDER BY name
  `.execute(db);
  return result.rows.map((row) => row.name);
}

describe('migrations', () => {
  const tempDir = useTempDirs();

  function openNew() {
    const file = join(tempDir(), 'kaona.db');
    const key = randomKey();
    const sqlite = openEncryptedDatabase(file, key, { create: true });
    return { file, key, sqlite, db: createKysely(sqlite) as Kysely<unknown> };
  }

  it('names sort in the order of the index, so the version is the position', () => {
    const names = Object.keys(MIGRATIONS);
    expect(names).toEqual([...names].sort());
    expect(LATEST_SCHEMA_VERSION).toBe(names.length);
  });

  it('brings a new database to the latest version, and a second run changes nothing', async () => {
    const { db } = openNew();
    await migrateToLatest(db);
    expect(await appliedMigrations(db)).toEqual(Object.keys(MIGRATIONS));
    await migrateToLatest(db);
    expect(await appliedMigrations(db)).toEqual(Object.keys(MIGRATIONS));
    await db.destroy();
  });

  it('0001-settings: creates the settings table with a timestamp default', async () => {
    const { db } = openNew();
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    });
    await migrator.migrateTo('0001-settings');
    expect(await tableNames(db)).toEqual(['settings']);
    await sql`INSERT INTO settings (key, value) VALUES ('agency_name', '"สำนักงาน พม. จังหวัดขอนแก่น"')`.execute(
      db,
    );
    const row = await sql<{
      value: string;
      updated_at: string;
    }>`SELECT value, updated_at FROM settings`.execute(db);
    expect(JSON.parse(row.rows[0]!.value)).toBe('สำนักงาน พม. จังหวัดขอนแก่น');
    expect(row.rows[0]!.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await expect(sql`INSERT INTO settings (key) VALUES ('no_value')`.execute(db)).rejects.toThrow(
      /NOT NULL/,
    );
    await db.destroy();
  });

  it('refuses a database written by a newer Kaona and does not write to it', async () => {
    const { file, key, db } = openNew();
    const newer: Record<string, Migration> = {
      ...MIGRATIONS,
      '9999-from-the-future': {
        up: async (d) =>
          void (await d.schema.createTable('future').addColumn('id', 'integer').execute()),
      },
    };
    await migrateToLatest(db, newer);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    await db.destroy();
    const before = sha256(file);

    const older = createKysely(openEncryptedDatabase(file, key)) as Kysely<unknown>;
    await expect(migrateToLatest(older)).rejects.toSatisfy(
      (error) => error instanceof DatabaseOpenError && error.failure === 'newer-version',
    );
    await older.destroy();
    expect(sha256(file)).toBe(before);
  });

  it('runs each migration in a transaction: a failing one leaves nothing behind', async () => {
    const { db } = openNew();
    const failing: Record<string, Migration> = {
      ...MIGRATIONS,
      '9998-broken': {
        up: async (d) => {
          await d.schema.createTable('half_done').addColumn('id', 'integer').execute();
          throw new Error('boom');
        },
      },
    };
    await expect(migrateToLatest(db, failing)).rejects.toThrow('boom');
    expect(await tableNames(db)).not.toContain('half_done');
    expect(await tableNames(db)).toContain('settings');
    expect(await appliedMigrations(db)).toEqual(Object.keys(MIGRATIONS));
    await db.destroy();
  });
});
