import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema';
import type { Slot } from './slot-file';
import { matchesRegistry, registeredSlots } from './slot-registry';

export type ExpectedOwner = { kind: 'user'; userId: number } | { kind: 'recovery' };

/**
 * Whether the slot that just opened the database may sign this person in: it must be registered,
 * unchanged, for the account whose name was typed (or be the one recovery slot). Opening the
 * database proves only that the slot holds a key; the registry says whose slot it is — so a slot
 * renamed in the file, or one planted there, signs nobody in.
 */
export async function slotAccepted(
  db: Kysely<DatabaseSchema>,
  slot: Slot,
  owner: ExpectedOwner,
  legacyFile: boolean,
): Promise<boolean> {
  const registry = await registeredSlots(db);
  // A file from before the registry, on a database that has never had one: it is adopted at this
  // sign-in (see vault-reconcile.ts).
  if (registry.size === 0) return legacyFile;
  const row = registry.get(slot.id);
  if (!matchesRegistry(slot, row) || row.opens !== 'office') return false;
  return owner.kind === 'recovery'
    ? row.kind === 'recovery'
    : row.kind === 'user' && row.user_id === owner.userId;
}
