import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { createKysely, openEncryptedDatabase, type SqliteDatabase } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { COMPARTMENT_MIGRATIONS } from './compartment-migrations';
import type { CompartmentSchema, ProfileTable } from './compartment-schema';

export const COMPARTMENTS_FOLDER = 'mentors';

/** One file per mentor account; the name says whose, the content is encrypted with its own key. */
export function compartmentPath(dataDir: string, userId: number): string {
  return join(dataDir, COMPARTMENTS_FOLDER, `mentor-${userId}.kaona`);
}

export interface OpenCompartment {
  userId: number;
  sqlite: SqliteDatabase;
  db: Kysely<CompartmentSchema>;
}

/**
 * Creates a mentor's compartment under a temporary name and renames it into place once it is
 * complete, so a crash never leaves a half-made compartment under the real name.
 */
export async function createCompartmentFile(
  dataDir: string,
  userId: number,
  key: Uint8Array,
  profile: Omit<ProfileTable, 'id'>,
): Promise<void> {
  const folder = join(dataDir, COMPARTMENTS_FOLDER);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const target = compartmentPath(dataDir, userId);
  const temp = `${target}.creating`;
  rmSync(temp, { force: true });
  const compartment = await openAt(temp, userId, key, true);
  try {
    await compartment.db
      .insertInto('profile')
      .values({ id: 1, ...profile })
      .execute();
    compartment.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await compartment.db.destroy();
  }
  renameSync(temp, target);
}

/** Opens a compartment with its key; throws DatabaseOpenError like the office database. */
export function openCompartment(
  dataDir: string,
  userId: number,
  key: Uint8Array,
): Promise<OpenCompartment> {
  return openAt(compartmentPath(dataDir, userId), userId, key, false);
}

/** Opens a compartment file kept elsewhere (a carried file, a copy being imported). */
export function openCompartmentAt(
  path: string,
  userId: number,
  key: Uint8Array,
): Promise<OpenCompartment> {
  return openAt(path, userId, key, false);
}

export function compartmentExists(dataDir: string, userId: number): boolean {
  return existsSync(compartmentPath(dataDir, userId));
}

/**
 * Removes a compartment whose account is gone. Its key is deleted from the office database in
 * the same change, so even a copy of the file kept elsewhere can no longer be read.
 */
export function removeCompartmentFile(dataDir: string, userId: number): void {
  const path = compartmentPath(dataDir, userId);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

async function openAt(
  path: string,
  userId: number,
  key: Uint8Array,
  create: boolean,
): Promise<OpenCompartment> {
  const sqlite = openEncryptedDatabase(path, key, { create });
  const db = createKysely(sqlite) as unknown as Kysely<CompartmentSchema>;
  try {
    await migrateToLatest(db, COMPARTMENT_MIGRATIONS);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { userId, sqlite, db };
}
