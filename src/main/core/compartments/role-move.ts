import type { Transaction } from 'kysely';
import { loadSlotFile, writeSlotFile } from '../auth/vault/slot-file';
import { signerFor } from '../auth/vault/slot-mac';
import { slotFromRow, vaultMacKey } from '../auth/vault/slot-registry';
import { withOnlyKey } from '../auth/vault/slots';
import { raiseNotice } from '../auth/vault/vault-notices';
import type { VaultScope } from '../auth/vault/vault-scope';
import type { DatabaseSchema, UserRow } from '../db/schema';
import { openCompartment } from './compartment-file';
import { compartmentMacKey, updateProfile } from './compartment-repository';
import { createEmptyCompartment, removeMentorCompartment } from './compartment-service';
import { profileSlotJson } from './compartment-slot';

/**
 * Inside the role change's transaction: the registry says at once what the account's slot opens
 * now, so that a crash before the slot file follows can never leave a mentor with the office key
 * (the rotation at the next sign-in keeps only slots registered as office slots).
 */
export async function flipSlotIn(
  trx: Transaction<DatabaseSchema>,
  userId: number,
  opens: 'office' | 'compartment',
  now: Date,
): Promise<void> {
  await trx.updateTable('key_slots').set({ opens }).where('user_id', '=', userId).execute();
  if (opens === 'compartment') await raiseNotice(trx, 'key_rotation_due', now);
}

/**
 * An office role becomes a mentor: the account keeps its key pair and slot id (so its password
 * still works) but the slot now seals a new compartment's key instead of the office key; the
 * office key then rotates away from it (the caller runs `rotateIfDue`).
 */
export async function moveToCompartment(scope: VaultScope, user: UserRow): Promise<void> {
  const key = await createEmptyCompartment(scope, user);
  try {
    const row = await scope.unlocked.db
      .selectFrom('key_slots')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (!row) return; // no slot (never finished a sign-in): an admin sets a password
    const compartment = await openCompartment(scope.dataDir, user.id, key);
    try {
      const sign = signerFor(await compartmentMacKey(compartment.db));
      const slot = sign(
        withOnlyKey({ ...slotFromRow(row), opens: 'compartment', dbKeys: [] }, key, 1),
      );
      await updateProfile(compartment.db, {
        slot: profileSlotJson(slot),
        must_change_password: user.must_change_password,
      });
      const { slots } = loadSlotFile(scope.dataDir);
      writeSlotFile(
        scope.dataDir,
        [...slots.filter((other) => other.id !== slot.id), slot],
        'same',
      );
    } finally {
      await compartment.db.destroy();
    }
  } finally {
    key.fill(0);
  }
}

/**
 * A mentor becomes an office role: the slot now seals the office key, and the compartment is
 * merged into the office log and removed.
 */
export async function moveToOffice(scope: VaultScope, user: UserRow): Promise<void> {
  const { unlocked } = scope;
  const row = await unlocked.db
    .selectFrom('key_slots')
    .selectAll()
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  await removeMentorCompartment(scope, user.id);
  if (!row) return;
  const sign = signerFor(await vaultMacKey(unlocked.db));
  const slot = sign(
    withOnlyKey(
      { ...slotFromRow(row), opens: 'office', dbKeys: [] },
      unlocked.key,
      unlocked.generation,
    ),
  );
  const { slots } = loadSlotFile(scope.dataDir);
  writeSlotFile(scope.dataDir, [...slots.filter((other) => other.id !== slot.id), slot], 'same');
}
