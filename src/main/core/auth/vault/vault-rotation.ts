import { rotateDatabaseKey } from './key-rotation';
import { loadSlotFile } from './slot-file';
import { signerFor } from './slot-mac';
import {
  matchesRegistry,
  mayHoldOfficeKey,
  officeKeyHolders,
  registeredSlots,
  vaultMacKey,
} from './slot-registry';
import { clearNotice, openNotices } from './vault-notices';
import type { VaultScope } from './vault-scope';

/**
 * Rotates the office key when a committed change asked for it (`key_rotation_due`): an account
 * lost access, or the recovery code was renewed. The new key is sealed only to office slots the
 * registry lists — a slot planted in the file, or one whose account was just revoked, gets
 * nothing. Runs right after such a change and again at every sign-in, so a crash between the
 * change and the rotation only delays it.
 */
export async function rotateIfDue(scope: VaultScope): Promise<void> {
  const { dataDir, unlocked } = scope;
  if (!(await openNotices(unlocked.db)).includes('key_rotation_due')) return;
  const registry = await registeredSlots(unlocked.db);
  const holders = await officeKeyHolders(unlocked.db);
  const sign = signerFor(await vaultMacKey(unlocked.db));
  const { slots } = loadSlotFile(dataDir);
  // A rekey switches the database out of WAL, which a worker's open connection would block.
  await unlocked.jobs.closeAll();
  const rotated = rotateDatabaseKey({
    dataDir,
    sqlite: unlocked.sqlite,
    slots,
    keep: (slot) => {
      const row = registry.get(slot.id);
      return matchesRegistry(slot, row) && mayHoldOfficeKey(row, holders);
    },
    sign,
    onStep: scope.onRotationStep,
  });
  unlocked.key.fill(0);
  unlocked.key = rotated.key;
  unlocked.generation = rotated.generation;
  const removed = slots.length - rotated.slots.length;
  await unlocked.db.transaction().execute(async (trx) => {
    await clearNotice(trx, 'key_rotation_due');
    await unlocked.audit.recordIn(trx, {
      action: 'vault.key_rotated',
      outcome: 'success',
      actor: scope.actor,
      details: { generation: rotated.generation, slotsRemoved: removed },
    });
  });
  await unlocked.audit.afterCommit();
}
