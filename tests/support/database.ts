import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import {
  createKysely,
  openEncryptedDatabase,
  type SqliteDatabase,
} from '../../src/main/core/db/connection';
import { migrateToLatest } from '../../src/main/core/db/migrate';
import type { DatabaseSchema } from '../../src/main/core/db/schema';

export function randomKey(): Buffer {
  return randomBytes(32);
}

export interface TestDatabase {
  file: string;
  key: Buffer;
  sqlite: SqliteDatabase;
  db: Kysely<DatabaseSchema>;
  close: () => Promise<void>;
}

/** A real encrypted database in `dir`, migrated to the latest schema. */
export async function createTestDatabase(
  dir: string,
  key: Buffer = randomKey(),
): Promise<TestDatabase> {
  const file = join(dir, 'kaona.db');
  const sqlite = openEncryptedDatabase(file, key, { create: true });
  const db = createKysely(sqlite);
  await migrateToLatest(db);
  return { file, key, sqlite, db, close: () => db.destroy() };
}
