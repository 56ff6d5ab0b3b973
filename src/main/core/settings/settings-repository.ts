import type { Kysely, Transaction } from 'kysely';
import { precompileQuery } from '../db/precompiled-query';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

// The hottest read (every screen asks for settings): compiled once, see precompiled-query.ts.
const selectSettingValue = precompileQuery((db, params: { key: string }) =>
  db.selectFrom('settings').select('value').where('key', '=', params.key),
);

export async function getSettingValue(db: Db, key: string): Promise<string | undefined> {
  const row = await selectSettingValue.takeFirst(db, { key });
  return row?.value;
}

export async function putSettingValue(
  db: Db,
  key: string,
  value: string,
  now: Date,
): Promise<void> {
  const updated_at = now.toISOString();
  await db
    .insertInto('settings')
    .values({ key, value, updated_at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at }))
    .execute();
}
