import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';

describe('migration 0011-backups', () => {
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
    // From the migration before it (whichever that is once the branches are merged).
    const names = Object.keys(MIGRATIONS);
    const previous = names[names.indexOf('0011-backups') - 1]!;
    expect((await migrator.migrateTo(previous)).error).toBeUndefined();
    expect((await migrator.migrateTo('0011-backups')).error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const done = sql`INSERT INTO backups (at, by_user_id, folder_name, outcome, total_bytes,
    database_bytes, database_sha256, manifest_sha256, anchor_seq, anchor_mac)
    VALUES ('2026-12-02T03:00:00Z', NULL, 'kaona-backup-20261202-100000', 'done', 10, 8,
      ${'a'.repeat(64)}, ${'b'.repeat(64)}, 5, 'ff')`;

  it('adds the history table; a finished backup needs its hashes and anchor', async () => {
    await done.execute(db);
    await expect(
      sql`INSERT INTO backups (at, folder_name, outcome) VALUES ('x', 'f', 'done')`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await sql`INSERT INTO backups (at, folder_name, outcome) VALUES ('x', 'f', 'cancelled')`.execute(
      db,
    );
    await expect(
      sql`INSERT INTO backups (at, folder_name, outcome) VALUES ('x', 'f', 'maybe')`.execute(db),
    ).rejects.toThrow(/CHECK/);
  });

  it('never rewrites history', async () => {
    await expect(sql`UPDATE backups SET outcome = 'failed'`.execute(db)).rejects.toThrow(
      /never rewritten/,
    );
  });
});
