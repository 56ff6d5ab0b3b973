import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Who the compartment belongs to, what the sign-in screen and the header need, and the slot
  // that opens it (everything but the key sealed to it): the authority for the mentor's slot,
  // since the mentor can change their password without the office database.
  await sql`
    CREATE TABLE profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      user_id INTEGER NOT NULL,
      user_name TEXT NOT NULL,
      full_name TEXT NOT NULL,
      position TEXT NOT NULL,
      must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
      agency_name TEXT NOT NULL,
      idle_lock_minutes INTEGER NOT NULL,
      slot TEXT,
      updated_at TEXT NOT NULL
    )
  `.execute(db);
  // The MAC key of the mentor's slot in the slot file (the office's vault secret is not theirs).
  await sql`
    CREATE TABLE compartment_secret (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mac_key BLOB NOT NULL CHECK (length(mac_key) = 32)
    )
  `.execute(db);
  await sql`INSERT INTO compartment_secret (id, mac_key) VALUES (1, randomblob(32))`.execute(db);
  // What happened in the mentor's sessions (sign-in, lock, password change…), waiting to be
  // merged into the office's audit log at the next office sign-in.
  await sql`
    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor_user_name TEXT,
      action TEXT NOT NULL,
      outcome TEXT NOT NULL,
      details TEXT
    )
  `.execute(db);
}
