import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, existsSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { createKaonaKysely } from './dialect';
import { DatabaseOpenError } from './errors';
import type { DatabaseSchema } from './schema';

export const DB_KEY_BYTES = 32;

/** 64 MiB page cache; negative `cache_size` is in KiB. */
const CACHE_SIZE_KIB = 64 * 1024;

export type SqliteDatabase = Database.Database;

export interface OpenOptions {
  /** Create the file when it does not exist (first-run setup). Default: it must exist. */
  create?: boolean;
}

/**
 * Opens an encrypted Kaona database with a raw 32-byte key.
 *
 * The SQLCipher scheme is chosen before the key (so the file is readable by stock SQLCipher
 * tools), and the key is raw (`x'…'`), so opening costs no KDF: the slow Argon2id step happens
 * once, when a password unwraps the key. Reading the schema right after keying is what proves the
 * key: SQLite only decrypts page 1 on first access.
 */
export function openEncryptedDatabase(
  file: string,
  key: Uint8Array,
  options: OpenOptions = {},
): SqliteDatabase {
  if (key.length !== DB_KEY_BYTES)
    throw new RangeError(`database key must be ${DB_KEY_BYTES} bytes`);
  if (!options.create && !existsSync(file)) throw new DatabaseOpenError('missing');

  const creating = options.create === true && !existsSync(file);
  const db = new Database(file, { fileMustExist: !options.create });
  // Owner-only, like every other file in the data folder (SQLite gives its -wal and -shm files
  // the database file's mode). Windows has no modes; the per-user profile folder protects it.
  if (creating && process.platform !== 'win32') chmodSync(file, 0o600);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    proveKey(db);
    applyPragmas(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function proveKey(db: SqliteDatabase): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB')
      throw new DatabaseOpenError('not-kaona-or-wrong-key', { cause: error });
    if (code === 'SQLITE_CORRUPT') throw new DatabaseOpenError('damaged', { cause: error });
    throw error;
  }
}

function applyPragmas(db: SqliteDatabase): void {
  // In-memory temp storage: SQLite's temp files (sorts, big joins) are not encrypted.
  db.pragma('temp_store=MEMORY');
  db.pragma('journal_mode=WAL');
  // FULL: a committed transaction survives a power cut, not only a process crash.
  db.pragma('synchronous=FULL');
  db.pragma('foreign_keys=ON');
  // Deleted personal data is overwritten, not left in free pages.
  db.pragma('secure_delete=ON');
  db.pragma(`cache_size=-${CACHE_SIZE_KIB}`);
}

/**
 * Kysely over the connection, with prepared statements kept by SQL text (statement-cache.ts):
 * preparing costs more than a point read itself. `db.destroy()` closes the connection.
 */
export function createKysely(db: SqliteDatabase): Kysely<DatabaseSchema> {
  return createKaonaKysely(db);
}
