import type { Kysely, Transaction } from 'kysely';
import type { AuditEntry } from '../audit/audit-log';
import { slotMacKey } from '../auth/vault/slot-mac';
import type { CompartmentSchema, ProfileRow, ProfileTable } from './compartment-schema';

type Db = Kysely<CompartmentSchema>;

export function readProfile(db: Db): Promise<ProfileRow> {
  return db.selectFrom('profile').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
}

export async function updateProfile(
  db: Db,
  changes: Partial<Omit<ProfileTable, 'id'>>,
): Promise<void> {
  await db.updateTable('profile').set(changes).where('id', '=', 1).execute();
}

/** The MAC key of the mentor's slot in the slot file. */
export async function compartmentMacKey(db: Db): Promise<Buffer> {
  const row = await db
    .selectFrom('compartment_secret')
    .select('mac_key')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return slotMacKey(row.mac_key);
}

/** An event of the mentor's session, kept until the office merges it into its audit log. */
export async function appendEvent(
  db: Db | Transaction<CompartmentSchema>,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await db
    .insertInto('events')
    .values({
      at: (entry.at ?? now).toISOString(),
      actor_user_name: entry.actor.userName,
      action: entry.action,
      outcome: entry.outcome,
      details: entry.details ? JSON.stringify(entry.details) : null,
      target_type: entry.target?.type ?? null,
      target_id: entry.target ? String(entry.target.id) : null,
    })
    .execute();
}

export function eventsAfter(db: Db, seq: number) {
  return db.selectFrom('events').selectAll().where('seq', '>', seq).orderBy('seq').execute();
}

/** Drops events the office has merged (they are in its audit log now). */
export async function dropEventsThrough(db: Db, seq: number): Promise<void> {
  await db.deleteFrom('events').where('seq', '<=', seq).execute();
}
