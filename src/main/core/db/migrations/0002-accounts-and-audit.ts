import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE users (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      user_name TEXT NOT NULL UNIQUE,
      full_name TEXT NOT NULL,
      position TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'officer', 'mentor')),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'removed')),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_sign_in_at TEXT
    )
  `.execute(db);

  // The audit log: append-only. seq is assigned by the app (previous + 1), so a deleted row
  // leaves a visible gap, and each row's MAC covers the previous row's MAC (a hash chain).
  await sql`
    CREATE TABLE audit_events (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor_user_id INTEGER,
      actor_user_name TEXT,
      actor_role TEXT,
      action TEXT NOT NULL,
      target_type TEXT,
      target_id TEXT,
      outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
      machine TEXT NOT NULL,
      app_version TEXT NOT NULL,
      details TEXT,
      mac TEXT NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX audit_events_at ON audit_events (at)`.execute(db);
  await sql`CREATE INDEX audit_events_actor ON audit_events (actor_user_id, seq)`.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END
  `.execute(db);

  // The audit MAC key lives inside the encrypted database so the chain survives key rotation.
  await sql`
    CREATE TABLE audit_secret (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mac_key BLOB NOT NULL CHECK (length(mac_key) = 32)
    )
  `.execute(db);
  await sql`INSERT INTO audit_secret (id, mac_key) VALUES (1, randomblob(32))`.execute(db);
  await sql`
    CREATE TRIGGER audit_secret_no_update BEFORE UPDATE ON audit_secret
    BEGIN SELECT RAISE(ABORT, 'audit_secret is immutable'); END
  `.execute(db);
  await sql`
    CREATE TRIGGER audit_secret_no_delete BEFORE DELETE ON audit_secret
    BEGIN SELECT RAISE(ABORT, 'audit_secret is immutable'); END
  `.execute(db);
}
