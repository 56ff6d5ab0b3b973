import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';

const AT = '2026-11-26T03:00:00.000Z';
const SHA = 'a'.repeat(64);

describe('migration 0010-imports', () => {
  let dir: string;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaona-test-'));
    const sqlite = openEncryptedDatabase(join(dir, 'kaona.db'), randomKey(), { create: true });
    db = createKysely(sqlite) as unknown as Kysely<unknown>;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    });
    expect((await migrator.migrateTo('0009-documents-frozen')).error).toBeUndefined();
    await sql`INSERT INTO users (id, user_name, full_name, role, created_at, updated_at)
      VALUES (1, 'officer.a', 'อนันต์ ทองดี', 'officer', ${AT}, ${AT})`.execute(db);
    expect((await migrator.migrateTo('0010-imports')).error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const batch = (overrides: Record<string, unknown> = {}) => {
    const row = {
      file_name: 'ทะเบียน.xlsx',
      sha256: SHA,
      imported_at: AT,
      imported_by: 1,
      total_rows: 10,
      imported_rows: 8,
      warning_rows: 1,
      error_rows: 1,
      duplicate_rows: 1,
      consent_basis: 'paper_declaration',
      settings: '{}',
      ...overrides,
    };
    return sql`INSERT INTO import_batches (file_name, sha256, imported_at, imported_by, total_rows,
      imported_rows, warning_rows, error_rows, duplicate_rows, consent_basis, settings)
      VALUES (${row.file_name}, ${row.sha256}, ${row.imported_at}, ${row.imported_by},
      ${row.total_rows}, ${row.imported_rows}, ${row.warning_rows}, ${row.error_rows},
      ${row.duplicate_rows}, ${row.consent_basis}, ${row.settings})`.execute(db);
  };

  it('records an import batch and refuses a bad hash, basis, count or settings', async () => {
    await batch();
    await expect(batch({ sha256: 'abc' })).rejects.toThrow(/CHECK/);
    await expect(batch({ consent_basis: 'none' })).rejects.toThrow(/CHECK/);
    await expect(batch({ imported_rows: -1 })).rejects.toThrow(/CHECK/);
    await expect(batch({ settings: 'not json' })).rejects.toThrow(/CHECK/);
    await expect(batch({ imported_by: 99 })).rejects.toThrow(/FOREIGN KEY/);
  });

  it('keeps one mapping per name', async () => {
    const insert = (name: string) =>
      sql`INSERT INTO import_mappings (name, settings, created_by, updated_at)
        VALUES (${name}, '{}', 1, ${AT})`.execute(db);
    await insert('ทะเบียน อบต.');
    await expect(insert('ทะเบียน อบต.')).rejects.toThrow(/UNIQUE/);
  });
});
