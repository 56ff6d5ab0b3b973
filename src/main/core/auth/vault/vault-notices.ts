import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema, VaultNotice } from '../../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Raises a notice (idempotent): it stays until the work it asks for is done. */
export async function raiseNotice(db: Db, notice: VaultNotice, now: Date): Promise<void> {
  await db
    .insertInto('vault_notices')
    .values({ notice, raised_at: now.toISOString() })
    .onConflict((oc) => oc.column('notice').doNothing())
    .execute();
}

export async function clearNotice(db: Db, notice: VaultNotice): Promise<void> {
  await db.deleteFrom('vault_notices').where('notice', '=', notice).execute();
}

export async function openNotices(db: Db): Promise<VaultNotice[]> {
  const rows = await db.selectFrom('vault_notices').select('notice').orderBy('notice').execute();
  return rows.map((row) => row.notice);
}
