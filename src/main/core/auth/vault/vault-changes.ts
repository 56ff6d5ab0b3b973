import type { Transaction } from 'kysely';
import type { AuditedEvent } from '../../call/call-context';
import type { DatabaseSchema } from '../../db/schema';
import { loadSlotFile, writeSlotFile, type Slot } from './slot-file';
import { signerFor } from './slot-mac';
import { registerSlot, unregisterSlotsOf, vaultMacKey } from './slot-registry';
import { createSlot } from './slots';
import { clearNotice, raiseNotice } from './vault-notices';
import { rotateIfDue } from './vault-rotation';
import type { VaultScope } from './vault-scope';

/**
 * Gives an account a new slot for `secret` — a fresh key pair under a fresh id — replacing any
 * slot it had: a password reset, re-enabling, recovery, and the person's own password change.
 * In three steps, so that a crash anywhere leaves a slot file the next sign-in can repair:
 *   1. the new slot is added to the file beside the old one;
 *   2. the registry swaps them, with the audit event, in one transaction;
 *   3. the file (and its backup copy) keep only the new one: no copy of the file still holds the
 *      old slot, so the old password opens nothing from now on.
 */
export async function replaceUserSlot(
  scope: VaultScope,
  user: { id: number; user_name: string },
  secret: string,
  event?: AuditedEvent,
): Promise<void> {
  const { unlocked } = scope;
  const sign = signerFor(await vaultMacKey(unlocked.db));
  const slot = sign(
    await createSlot({
      kind: 'user',
      opens: 'office',
      userId: user.id,
      userName: user.user_name,
      secret,
      dbKey: unlocked.key,
      generation: unlocked.generation,
    }),
  );
  await swapSlots(
    scope,
    (old) => old.kind === 'user' && old.userId === user.id,
    slot,
    async (trx) => {
      await unregisterSlotsOf(trx, user.id);
      await registerSlot(trx, slot, scope.clock.now());
      if (event) await unlocked.audit.recordIn(trx, { ...event, actor: scope.actor });
    },
  );
}

/**
 * A new recovery code: a new recovery slot replaces the old one, and the office key rotates so
 * that the old code, and any copy of the old file, opens nothing. Clears the renewal notice.
 */
export async function renewRecoverySlot(scope: VaultScope, code: string): Promise<void> {
  const { unlocked } = scope;
  const sign = signerFor(await vaultMacKey(unlocked.db));
  const slot = sign(
    await createSlot({
      kind: 'recovery',
      opens: 'office',
      userId: null,
      userName: null,
      secret: code,
      dbKey: unlocked.key,
      generation: unlocked.generation,
    }),
  );
  await swapSlots(
    scope,
    (old) => old.kind === 'recovery',
    slot,
    async (trx) => {
      await trx.deleteFrom('key_slots').where('kind', '=', 'recovery').execute();
      await registerSlot(trx, slot, scope.clock.now());
      await clearNotice(trx, 'recovery_code_renewal');
      await raiseNotice(trx, 'key_rotation_due', scope.clock.now());
      await unlocked.audit.recordIn(trx, {
        action: 'vault.recovery_renewed',
        outcome: 'success',
        actor: scope.actor,
      });
    },
  );
  await unlocked.audit.afterCommit();
  await rotateIfDue(scope);
}

/**
 * Takes an account's slots out of the registry inside the caller's transaction (the account is
 * being removed, disabled or moved), and marks the office key for rotation: the rotation itself
 * runs after the commit (`rotateIfDue`), or at the next sign-in if a crash comes first.
 */
export async function revokeSlotsIn(
  trx: Transaction<DatabaseSchema>,
  user: { id: number; role: string },
  now: Date,
): Promise<void> {
  await unregisterSlotsOf(trx, user.id);
  // A mentor never held the office key: their compartment goes, the office key stays.
  if (user.role !== 'mentor') await raiseNotice(trx, 'key_rotation_due', now);
}

async function swapSlots(
  scope: VaultScope,
  replaced: (slot: Slot) => boolean,
  added: Slot,
  register: (trx: Transaction<DatabaseSchema>) => Promise<void>,
): Promise<void> {
  const { dataDir, unlocked } = scope;
  const before = loadSlotFile(dataDir).slots;
  writeSlotFile(dataDir, [...before, added], 'previous');
  await unlocked.db.transaction().execute(register);
  await unlocked.audit.afterCommit();
  writeSlotFile(dataDir, [...before.filter((slot) => !replaced(slot)), added], 'same');
}
