import { sql, type Kysely } from 'kysely';

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
//
// Import from spreadsheets (issue 11). `import_mappings`: column mappings saved by name for the
// next file of the same shape (JSON: column per field, date era and order, consent basis).
// `import_batches`: one row per import that was written — who, when, the file's name and SHA-256,
// the row counts and the mapping used — so that every imported case can be traced to its file
// (`case_events.detail` of the intake line names the batch). The file itself is never stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_mappings (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      settings TEXT NOT NULL CHECK (json_valid(settings)),
      created_by INTEGER NOT NULL REFERENCES users(id),
      updated_at TEXT NOT NULL
    ) STRICT
  `.execute(db);
  await sql`
    CREATE TABLE import_batches (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      imported_at TEXT NOT NULL,
      imported_by INTEGER NOT NULL REFERENCES users(id),
      total_rows INTEGER NOT NULL CHECK (total_rows >= 0),
      imported_rows INTEGER NOT NULL CHECK (imported_rows >= 0),
      warning_rows INTEGER NOT NULL CHECK (warning_rows >= 0),
      error_rows INTEGER NOT NULL CHECK (error_rows >= 0),
      duplicate_rows INTEGER NOT NULL CHECK (duplicate_rows >= 0),
      consent_basis TEXT NOT NULL CHECK (consent_basis IN ('column', 'paper_declaration')),
      settings TEXT NOT NULL CHECK (json_valid(settings))
    ) STRICT
  `.execute(db);
  await sql`CREATE INDEX import_batches_sha256 ON import_batches (sha256)`.execute(db);
}
