import type { Kysely, Transaction } from 'kysely';
import { sealedBoxSchema } from '../crypto/aead';
import { kdfParamsSchema } from '../crypto/kdf';
import type { DatabaseSchema, KeySlotRow } from '../../db/schema';
import type { Slot, UnsignedSlot } from './slot-file';
import { slotMacKey } from './slot-mac';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** A slot without the keys sealed to it: what the registry keeps. */
export type RegisteredSlot = Omit<UnsignedSlot, 'dbKeys'>;

/**
 * The registry of key slots (table `key_slots`). The database, which nobody can edit without
 * the key, is the authority on which slots exist and whose they are; the slot file beside it is
 * a copy for finding a slot before anything is unlocked.
 */
export async function registeredSlots(db: Db): Promise<Map<string, KeySlotRow>> {
  const rows = await db.selectFrom('key_slots').selectAll().execute();
  return new Map(rows.map((row) => [row.slot_id, row]));
}

export async function registerSlot(trx: Db, slot: UnsignedSlot, now: Date): Promise<void> {
  await trx
    .insertInto('key_slots')
    .values({ ...registryFields(slot), created_at: now.toISOString() })
    .execute();
}

export async function unregisterSlot(trx: Db, slotId: string): Promise<void> {
  await trx.deleteFrom('key_slots').where('slot_id', '=', slotId).execute();
}

/** Removes every slot of an account (it was removed, disabled, or moved to another key). */
export async function unregisterSlotsOf(trx: Db, userId: number): Promise<number> {
  const result = await trx.deleteFrom('key_slots').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** True when the file's slot is exactly what the registry holds under its id. */
export function matchesRegistry(slot: Slot, row: KeySlotRow | undefined): row is KeySlotRow {
  if (!row) return false;
  const fields = registryFields(slot);
  return (Object.keys(fields) as (keyof typeof fields)[]).every((key) => fields[key] === row[key]);
}

/** The slot as the registry holds it, to be sealed to a key again and signed. */
export function slotFromRow(row: KeySlotRow): RegisteredSlot {
  return {
    id: row.slot_id,
    kind: row.kind,
    opens: row.opens,
    userId: row.user_id,
    userName: row.user_name,
    aad: row.aad,
    kdf: kdfParamsSchema.parse(JSON.parse(row.kdf)),
    publicKey: row.public_key,
    privateKey: sealedBoxSchema.parse(JSON.parse(row.private_key)),
  };
}

/**
 * Accounts that may hold the office key: active and not mentors. A registry row of anyone else
 * never gets the office key sealed to it, whatever the row says it opens.
 */
export async function officeKeyHolders(db: Db): Promise<Set<number>> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('status', '=', 'active')
    .where('role', '!=', 'mentor')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Whether a registered slot may hold the office key: the recovery slot, or an office account's. */
export function mayHoldOfficeKey(row: KeySlotRow, holders: Set<number>): boolean {
  if (row.opens !== 'office') return false;
  return row.kind === 'recovery' || (row.user_id !== null && holders.has(row.user_id));
}

/** The MAC key of the slot file, from the vault secret inside the database. */
export async function vaultMacKey(db: Db): Promise<Buffer> {
  const row = await db
    .selectFrom('vault_secret')
    .select('mac_key')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return slotMacKey(row.mac_key);
}

/** The registry's columns for a slot (also how a mentor's compartment records their slot). */
export function registryFields(slot: UnsignedSlot | Slot) {
  return {
    slot_id: slot.id,
    kind: slot.kind,
    opens: slot.opens,
    user_id: slot.userId,
    user_name: slot.userName,
    aad: slot.aad,
    public_key: slot.publicKey,
    kdf: JSON.stringify(kdfParamsSchema.parse(slot.kdf)),
    private_key: JSON.stringify(sealedBoxSchema.parse(slot.privateKey)),
  };
}
