import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import type { SqliteDatabase } from '../../src/main/core/db/connection';

/** Opens a file with the office's scheme (SQLCipher v4, raw key), read-only, or throws. */
export function openWithKey(
  file: string,
  key: Uint8Array,
  scheme: 'sqlcipher' | 'default' = 'sqlcipher',
): SqliteDatabase {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (scheme === 'sqlcipher') {
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
    }
    db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Every table's row count and a SHA-256 of its rows (order-independent), by name. */
export function tableDigests(db: SqliteDatabase): Record<string, { rows: number; sha256: string }> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  const digests: Record<string, { rows: number; sha256: string }> = {};
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .all()
      .map((row) =>
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? `blob:${value.toString('hex')}` : value,
        ),
      )
      .sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row).update('\n');
    digests[table] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return digests;
}
