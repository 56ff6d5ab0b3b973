import { syncCompartments } from '../../compartments/compartment-service';
import type { KeySlotRow } from '../../db/schema';
import { loadSlotFile, writeSlotFile, type Slot } from './slot-file';
import { signerFor, slotMacValid } from './slot-mac';
import {
  matchesRegistry,
  mayHoldOfficeKey,
  officeKeyHolders,
  registeredSlots,
  registerSlot,
  slotFromRow,
  vaultMacKey,
} from './slot-registry';
import { withOnlyKey } from './slots';
import { clearNotice, raiseNotice } from './vault-notices';
import { rotateIfDue } from './vault-rotation';
import type { VaultScope } from './vault-scope';

/**
 * Brings the slot file in line with the registry at every sign-in: a rotation a crash
 * interrupted is recorded, a file from before the registry is adopted once, anything in the file
 * the registry does not vouch for is dropped (and audited), registered slots missing from the
 * file are written back, and a rotation still due is done.
 */
export async function reconcileVault(scope: VaultScope): Promise<void> {
  const { unlocked } = scope;
  if (unlocked.finishedRotation !== null) {
    const generation = unlocked.finishedRotation;
    // Every rotation runs because `key_rotation_due` asked for it, and its first step already
    // left out the slots it had to drop: finishing it is doing what was due.
    await unlocked.db.transaction().execute(async (trx) => {
      await clearNotice(trx, 'key_rotation_due');
      await unlocked.audit.recordIn(trx, {
        action: 'vault.rotation_finished',
        outcome: 'success',
        actor: scope.actor,
        details: { generation },
      });
    });
    await unlocked.audit.afterCommit();
    unlocked.finishedRotation = null;
  }
  await adoptLegacySlots(scope);
  await syncCompartments(scope);
  await repairSlotFile(scope);
  await rotateIfDue(scope);
}

type Rejection = { slot: Slot; why: 'mac_mismatch' | 'changed' | 'unregistered' };

async function repairSlotFile(scope: VaultScope): Promise<void> {
  const { dataDir, unlocked } = scope;
  const registry = await registeredSlots(unlocked.db);
  const macKey = await vaultMacKey(unlocked.db);
  const sign = signerFor(macKey);
  const { slots } = loadSlotFile(dataDir);

  const kept: Slot[] = [];
  const rejected: Rejection[] = [];
  for (const slot of slots) {
    // A mentor's slot is signed with their compartment's key: the compartment sync has checked
    // it against the compartment and registered it. One the registry does not hold is dropped.
    if (slot.opens === 'compartment') {
      const registered = registry.get(slot.id);
      if (registered?.opens === 'compartment' && matchesRegistry(slot, registered)) kept.push(slot);
      else if (registered?.opens !== 'office') rejected.push({ slot, why: 'unregistered' });
      if (registered?.opens !== 'office') continue;
    }
    const row = registry.get(slot.id);
    // The MAC first: a slot nobody could have signed was edited, whatever it claims to be.
    if (!slotMacValid(macKey, slot)) rejected.push({ slot, why: 'mac_mismatch' });
    else if (!row) rejected.push({ slot, why: 'unregistered' });
    else if (!matchesRegistry(slot, row)) rejected.push({ slot, why: 'changed' });
    else kept.push(slot);
  }
  const keptIds = new Set(kept.map((slot) => slot.id));
  const holders = await officeKeyHolders(unlocked.db);
  const restored = [...registry.values()]
    .filter((row) => !keptIds.has(row.slot_id) && mayHoldOfficeKey(row, holders))
    .map((row) => sign(rebuild(row, scope)));
  if (rejected.length === 0 && restored.length === 0) return;

  writeSlotFile(dataDir, [...kept, ...restored], 'same');
  // A slot left by a change that a crash cut short is signed but unregistered: harmless. An
  // unsigned, altered or missing slot means someone edited the file: the admin is told.
  const edited = restored.length > 0 || rejected.some((entry) => entry.why !== 'unregistered');
  await unlocked.db.transaction().execute(async (trx) => {
    for (const { slot, why } of rejected) {
      await unlocked.audit.recordIn(trx, {
        action: 'vault.slot_rejected',
        outcome: 'denied',
        actor: scope.actor,
        target: { type: 'key_slot', id: slot.id },
        details: { why, kind: slot.kind, userId: slot.userId },
      });
    }
    if (edited) {
      await raiseNotice(trx, 'slot_file_tampered', scope.clock.now());
      await unlocked.audit.recordIn(trx, {
        action: 'vault.slot_file_repaired',
        outcome: 'failure',
        actor: scope.actor,
        details: { rejected: rejected.length, restored: restored.length },
      });
    }
  });
  await unlocked.audit.afterCommit();
}

/** A registered slot the file lost, sealed again to the office key now in force. */
function rebuild(row: KeySlotRow, scope: VaultScope) {
  const { unlocked } = scope;
  return withOnlyKey({ ...slotFromRow(row), dbKeys: [] }, unlocked.key, unlocked.generation);
}

/**
 * A slot file from before the registry (version 1): its slots are registered once, as the
 * accounts vouch for them — a user slot only under its own account's current name, and a single
 * recovery slot (two can only mean one was planted: then neither, and a new code is asked for).
 */
async function adoptLegacySlots(scope: VaultScope): Promise<void> {
  const { dataDir, unlocked } = scope;
  const file = loadSlotFile(dataDir);
  if (!file.legacy) return;
  if ((await registeredSlots(unlocked.db)).size > 0) return; // an old copy put back: repair drops it
  const users = await unlocked.db
    .selectFrom('users')
    .select(['id', 'user_name'])
    .where('status', '=', 'active')
    .where('role', '!=', 'mentor')
    .execute();
  const nameOf = new Map(users.map((user) => [user.id, user.user_name]));
  const recovery = file.slots.filter((slot) => slot.kind === 'recovery');
  const adopted = file.slots.filter((slot) =>
    slot.kind === 'user'
      ? slot.userId !== null && nameOf.get(slot.userId) === slot.userName
      : recovery.length === 1,
  );
  const sign = signerFor(await vaultMacKey(unlocked.db));
  const now = scope.clock.now();
  await unlocked.db.transaction().execute(async (trx) => {
    for (const slot of adopted) await registerSlot(trx, slot, now);
    if (recovery.length !== 1) await raiseNotice(trx, 'recovery_code_renewal', now);
    await unlocked.audit.recordIn(trx, {
      action: 'vault.slots_adopted',
      outcome: 'success',
      actor: scope.actor,
      details: { adopted: adopted.length, ignored: file.slots.length - adopted.length },
    });
  });
  await unlocked.audit.afterCommit();
  writeSlotFile(dataDir, adopted.map(sign), 'same');
}
