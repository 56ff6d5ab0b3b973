import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// The backup history: one row per backup made from this database (issue 11), for the reminder
// ("no backup for 9 days") and the history table. No personal data: the folder's name, sizes,
// the SHA-256 of the copied database and the audit anchor written into the manifest. A backup
// that failed or was cancelled is kept too (outcome), so the office sees that it was tried.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE backups (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      by_user_id INTEGER REFERENCES users (id),
      folder_name TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('done', 'failed', 'cancelled')),
      total_bytes INTEGER NOT NULL DEFAULT 0 CHECK (total_bytes >= 0),
      database_bytes INTEGER NOT NULL DEFAULT 0 CHECK (database_bytes >= 0),
      database_sha256 TEXT CHECK (database_sha256 IS NULL OR length(database_sha256) = 64),
      manifest_sha256 TEXT CHECK (manifest_sha256 IS NULL OR length(manifest_sha256) = 64),
      anchor_seq INTEGER,
      anchor_mac TEXT,
      CHECK (outcome != 'done' OR (database_sha256 IS NOT NULL AND manifest_sha256 IS NOT NULL
        AND anchor_seq IS NOT NULL AND anchor_mac IS NOT NULL))
    )
  `.execute(db);
  // The reminder asks for the newest finished backup on every signed-in screen.
  await sql`CREATE INDEX backups_done_at ON backups (outcome, at)`.execute(db);
  // History is evidence: rows are added, never rewritten.
  await sql`
    CREATE TRIGGER backups_frozen BEFORE UPDATE ON backups
    BEGIN SELECT RAISE(ABORT, 'the backup history is never rewritten'); END
  `.execute(db);
}
