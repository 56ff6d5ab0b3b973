import type { Kysely, Transaction } from 'kysely';
import { importSettingsSchema, type SavedMapping } from '../../../shared/domain/imports';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

function toMapping(row: {
  id: number;
  name: string;
  settings: string;
  updated_at: string;
}): SavedMapping | null {
  // A mapping saved by an older version may no longer fit today's fields: it is left out.
  const settings = importSettingsSchema.safeParse(JSON.parse(row.settings));
  return settings.success
    ? { id: row.id, name: row.name, settings: settings.data, updatedAt: row.updated_at }
    : null;
}

export async function listMappings(db: Db): Promise<SavedMapping[]> {
  const rows = await db
    .selectFrom('import_mappings')
    .select(['id', 'name', 'settings', 'updated_at'])
    .orderBy('name')
    .execute();
  return rows.map(toMapping).filter((mapping) => mapping !== null);
}

/** Saves by name: the same name replaces the earlier mapping. */
export async function upsertMapping(
  db: Db,
  row: { name: string; settings: string; userId: number; at: string },
): Promise<SavedMapping> {
  const saved = await db
    .insertInto('import_mappings')
    .values({ name: row.name, settings: row.settings, created_by: row.userId, updated_at: row.at })
    .onConflict((conflict) =>
      conflict.column('name').doUpdateSet({ settings: row.settings, updated_at: row.at }),
    )
    .returning(['id', 'name', 'settings', 'updated_at'])
    .executeTakeFirstOrThrow();
  return toMapping(saved)!;
}
