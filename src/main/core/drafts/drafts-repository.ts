import type { Kysely, Transaction } from 'kysely';
import type { DraftKind } from '../../../shared/domain/cases/drafts';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Every query is keyed by the signed-in user's id: nobody else's draft is reachable. */
export function findDraft(db: Db, userId: number, kind: DraftKind) {
  return db
    .selectFrom('drafts')
    .select(['kind', 'step', 'json', 'saved_at'])
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}

export async function upsertDraft(
  db: Db,
  row: { user_id: number; kind: DraftKind; step: number; json: string; saved_at: string },
): Promise<void> {
  await db
    .insertInto('drafts')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['user_id', 'kind'])
        .doUpdateSet({ step: row.step, json: row.json, saved_at: row.saved_at }),
    )
    .execute();
}

export async function deleteDraft(db: Db, userId: number, kind: DraftKind): Promise<void> {
  await db.deleteFrom('drafts').where('user_id', '=', userId).where('kind', '=', kind).execute();
}

/**
 * Every draft of one account: when it is removed or becomes a mentor's, its unsaved form work
 * (names, ID numbers as typed) has no one left to finish it and must not outlive the account.
 */
export async function deleteDraftsOf(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('drafts').where('user_id', '=', userId).execute();
}
