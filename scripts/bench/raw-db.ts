import Database from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase } from '../../src/main/core/db/connection';

/**
 * The raw side of every comparison: better-sqlite3-multiple-ciphers driven directly, with the
 * pragmas of docs/architecture.md §4 (the same list `openEncryptedDatabase` applies;
 * `assertSamePragmas` checks they have not drifted apart).
 */
export const SAME_PRAGMAS = [
  'temp_store=MEMORY',
  'journal_mode=WAL',
  'synchronous=FULL',
  'foreign_keys=ON',
  'secure_delete=ON',
  'cache_size=-65536',
] as const;

const CHECKED_PRAGMAS = [
  'temp_store',
  'journal_mode',
  'synchronous',
  'foreign_keys',
  'secure_delete',
  'cache_size',
];

/** Only the key: SQLCipher scheme, raw key, and the first query that makes SQLite decrypt page 1. */
export function openRawKeyed(file: string, key: Uint8Array): SqliteDatabase {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return db;
}

export function openRawEncrypted(file: string, key: Uint8Array): SqliteDatabase {
  const db = openRawKeyed(file, key);
  for (const pragma of SAME_PRAGMAS) db.pragma(pragma);
  return db;
}

/** The same engine and pragmas without encryption: the baseline that shows the cipher's cost. */
export function openRawPlain(file: string): SqliteDatabase {
  const db = new Database(file);
  for (const pragma of SAME_PRAGMAS) db.pragma(pragma);
  return db;
}

/** The settings table as migration 0001 creates it. */
export function createSettingsTable(db: SqliteDatabase): void {
  db.exec(`CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  )`);
}

/** The upsert `putSettingValue` emits, as one cached prepared statement. */
export function prepareUpsert(db: SqliteDatabase) {
  return db.prepare<[string, string, string]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
}

export function prepareRead(db: SqliteDatabase) {
  return db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
}

/** A comparison is only fair if both sides run under the same settings. */
export function assertSamePragmas(core: SqliteDatabase, raw: SqliteDatabase): void {
  for (const name of CHECKED_PRAGMAS) {
    const expected = core.pragma(name, { simple: true });
    const actual = raw.pragma(name, { simple: true });
    if (expected !== actual)
      throw new Error(`bench: pragma ${name} differs (core ${expected}, raw ${actual})`);
  }
}
