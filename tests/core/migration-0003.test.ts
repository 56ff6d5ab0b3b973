import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

describe('migration 0003-key-slot-registry', () => {
  it('adds the registry, the vault secret, notices and compartments to an office at 0002', async () => {
    const sqlite = openEncryptedDatabase(join(tempDir(), 'kaona.db'), randomKey(), {
      create: true,
    });
    const db = createKysely(sqlite) as unknown as Kysely<unknown>;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...MIGRATIONS }) },
    });
    await migrator.migrateTo('0002-accounts-and-audit');
    await sql`
      INSERT INTO users (user_name, full_name, role, created_at, updated_at)
      VALUES ('admin.kk', 'สมศรี ใจดี', 'admin', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
             ('mentor.lz', 'Mali', 'mentor', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')
    `.execute(db);

    await migrator.migrateTo('0003-key-slot-registry');

    // The accounts are untouched; the registry starts empty (the first sign-in adopts the file).
    const users = await sql<{ user_name: string }>`SELECT user_name FROM users ORDER BY id`.execute(
      db,
    );
    expect(users.rows.map((row) => row.user_name)).toEqual(['admin.kk', 'mentor.lz']);
    expect((await sql`SELECT * FROM key_slots`.execute(db)).rows).toEqual([]);
    const secret = await sql<{ n: number }>`SELECT length(mac_key) AS n FROM vault_secret`.execute(
      db,
    );
    expect(secret.rows).toEqual([{ n: 32 }]);
    await expect(sql`UPDATE vault_secret SET mac_key = zeroblob(32)`.execute(db)).rejects.toThrow(
      /immutable/,
    );

    const slot = (id: string, kind: string, userId: number | null) => sql`
      INSERT INTO key_slots (slot_id, kind, opens, user_id, user_name, aad, public_key, kdf, private_key, created_at)
      VALUES (${id}, ${kind}, 'office', ${userId}, NULL, 'v2', 'pk', '{}', '{}', '2026-12-01T00:00:00Z')
    `;
    await slot('r1', 'recovery', null).execute(db);
    // One recovery slot at most, one slot per account, and a recovery slot belongs to nobody.
    await expect(slot('r2', 'recovery', null).execute(db)).rejects.toThrow(/UNIQUE/);
    await slot('u1', 'user', 1).execute(db);
    await expect(slot('u2', 'user', 1).execute(db)).rejects.toThrow(/UNIQUE/);
    await expect(slot('u3', 'recovery', 2).execute(db)).rejects.toThrow(/CHECK/);
    await expect(
      sql`INSERT INTO vault_notices (notice, raised_at) VALUES ('anything', 'x')`.execute(db),
    ).rejects.toThrow(/CHECK/);
    await db.destroy();
  });
});
