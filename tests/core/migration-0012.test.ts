import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKysely, openEncryptedDatabase } from '../../src/main/core/db/connection';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { randomKey } from '../support/database';

const MARKER = '{"redacted":"pdpa_erasure"}';
const HASH = 'c'.repeat(64);

describe('migration 0012-pdpa', () => {
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
    // N-1: whichever migration comes before this one in the index.
    const names = Object.keys(MIGRATIONS);
    await migrator.migrateTo(names[names.indexOf('0012-pdpa') - 1]!);
    // A document issued before the upgrade (foreign keys off: the fixture needs no case).
    await sql`PRAGMA foreign_keys = OFF`.execute(db);
    await sql`
      INSERT INTO documents (id, kind, number, year, seq, case_id, achievement, issued_on,
        issued_at, issued_by, snapshot, sha256)
      VALUES (1, 'certificate', '1/2569', 2026, 1, 1, 'shop_opened', '2026-11-01',
        '2026-11-01T03:00:00.000Z', 1, '{"holderName":"นางสาวสมหญิง ทดสอบ"}', ${HASH})
    `.execute(db);
    const result = await migrator.migrateTo('0012-pdpa');
    expect(result.error).toBeUndefined();
  });

  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the register frozen for anything but a recorded redaction', async () => {
    await expect(
      sql`UPDATE documents SET snapshot = ${MARKER} WHERE id = 1`.execute(db),
    ).rejects.toThrow(/never changes/);
    await expect(
      sql`UPDATE documents SET snapshot = '{}' WHERE id = 1`.execute(db),
    ).rejects.toThrow(/never changes/);
  });

  it('lets a recorded redaction replace the content with the marker once, and keeps the record', async () => {
    await sql`
      INSERT INTO pdpa_requests (id, beneficiary_id, kind, received_on, due_on, requester, channel,
        status, reason, recorded_at, recorded_by, handled_at, handled_by)
      VALUES (1, 1, 'erasure', '2026-11-01', '2026-12-01', 'self', 'letter', 'open', '',
        '2026-11-01T03:00:00.000Z', 1, NULL, NULL)
    `.execute(db);
    await sql`
      INSERT INTO document_redactions VALUES (1, 1, ${HASH}, '2026-11-02T03:00:00.000Z', 1)
    `.execute(db);
    // Only the marker, never other content.
    await expect(
      sql`UPDATE documents SET snapshot = '{"holderName":"someone else"}' WHERE id = 1`.execute(db),
    ).rejects.toThrow(/never changes/);
    await sql`UPDATE documents SET snapshot = ${MARKER}, sha256 = ${'d'.repeat(64)} WHERE id = 1`.execute(
      db,
    );
    // Never back.
    await expect(
      sql`UPDATE documents SET snapshot = '{}' WHERE id = 1`.execute(db),
    ).rejects.toThrow(/never changes/);
    await expect(sql`DELETE FROM document_redactions`.execute(db)).rejects.toThrow(/for good/);
    await expect(sql`UPDATE document_redactions SET request_id = 2`.execute(db)).rejects.toThrow(
      /for good/,
    );
  });

  it('requires a reason for a refused request and a handler time once closed', async () => {
    await expect(
      sql`UPDATE pdpa_requests SET status = 'refused', handled_at = 'x', handled_by = 1`.execute(
        db,
      ),
    ).rejects.toThrow(/CHECK/);
    await expect(sql`UPDATE pdpa_requests SET status = 'done'`.execute(db)).rejects.toThrow(
      /CHECK/,
    );
  });

  it('adds the erased mark to people, empty for everyone', async () => {
    const { rows } = await sql<{ name: string }>`
      SELECT name FROM pragma_table_info('beneficiaries') WHERE name = 'erased_at'
    `.execute(db);
    expect(rows).toHaveLength(1);
  });
});
