import { type Kysely, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';
import { DatabaseOpenError } from './errors';
import { MIGRATIONS } from './migrations';

const MIGRATION_TABLE = 'kysely_migration';

/**
 * Brings the database to the newest schema, each migration in its own transaction.
 * A database that has migrations this build does not know was written by a newer Kaona: it is
 * refused before anything is written, because an older build could corrupt it.
 */
export async function migrateToLatest<DB>(
  database: Kysely<DB>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<void> {
  const db = database as unknown as Kysely<unknown>;
  await assertNotNewer(db, migrations);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
    migrationTableName: MIGRATION_TABLE,
  });
  // One step at a time: each `migrateUp` runs a single migration in its own transaction, so a
  // failure keeps every earlier migration and rolls back only the one that failed.
  for (;;) {
    const { error, results } = await migrator.migrateUp();
    if (error) throw error;
    if (!results || results.length === 0) return;
  }
}

/** The names of the migrations already applied, oldest first. */
export async function appliedMigrations<DB>(database: Kysely<DB>): Promise<string[]> {
  const db = database as unknown as Kysely<unknown>;
  const table = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name = ${MIGRATION_TABLE}
  `.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await sql<{ name: string }>`
    SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name
  `.execute(db);
  return rows.rows.map((row) => row.name);
}

async function assertNotNewer(
  db: Kysely<unknown>,
  migrations: Readonly<Record<string, Migration>>,
): Promise<void> {
  const unknown = (await appliedMigrations(db)).filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) throw new DatabaseOpenError('newer-version');
}
