import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The registry of key slots: the database, not the slot file beside it, says which slots
  // exist. A slot is accepted at sign-in only if it is registered here for the account typed.
  // Everything of a slot except the database keys sealed to it is kept, so a slot file that was
  // edited or cut down can be rewritten from here (the keys are sealed again to `public_key`).
  await sql`
    CREATE TABLE key_slots (
      slot_id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('user', 'recovery')),
      opens TEXT NOT NULL CHECK (opens IN ('office', 'compartment')),
      user_id INTEGER REFERENCES users (id),
      user_name TEXT,
      aad TEXT NOT NULL CHECK (aad IN ('v1', 'v2')),
      public_key TEXT NOT NULL,
      kdf TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK ((kind = 'recovery') = (user_id IS NULL))
    )
  `.execute(db);
  // One recovery slot at most: a second one could only have been planted.
  await sql`CREATE UNIQUE INDEX key_slots_one_recovery ON key_slots (kind) WHERE kind = 'recovery'`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX key_slots_one_per_user ON key_slots (user_id) WHERE user_id IS NOT NULL`.execute(
    db,
  );

  // The MAC key of the slot file: random, inside the encrypted database, and unchanged by key
  // rotation, like the audit log's key.
  await sql`
    CREATE TABLE vault_secret (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      mac_key BLOB NOT NULL CHECK (length(mac_key) = 32)
    )
  `.execute(db);
  await sql`INSERT INTO vault_secret (id, mac_key) VALUES (1, randomblob(32))`.execute(db);
  await sql`
    CREATE TRIGGER vault_secret_no_update BEFORE UPDATE ON vault_secret
    BEGIN SELECT RAISE(ABORT, 'vault_secret is immutable'); END
  `.execute(db);

  // What the office still has to do about its keys: a new recovery code (after an admin left or
  // the code was used), a slot file found edited (shown to admins until seen), or a key rotation
  // that a change committed but a crash kept from running (done at the next sign-in).
  await sql`
    CREATE TABLE vault_notices (
      notice TEXT PRIMARY KEY
        CHECK (notice IN ('recovery_code_renewal', 'slot_file_tampered', 'key_rotation_due')),
      raised_at TEXT NOT NULL
    )
  `.execute(db);

  // Each mentor's compartment: its own encrypted file under mentors/, opened by this key. Office
  // roles hold it here so they can write into the compartment; the mentor's slot seals only it.
  await sql`
    CREATE TABLE mentor_compartments (
      user_id INTEGER PRIMARY KEY REFERENCES users (id),
      file_name TEXT NOT NULL UNIQUE,
      compartment_key BLOB NOT NULL CHECK (length(compartment_key) = 32),
      merged_through_seq INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL
    )
  `.execute(db);
}
