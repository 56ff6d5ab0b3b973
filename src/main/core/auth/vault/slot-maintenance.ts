import { activeUserIds } from '../../accounts/users-repository';
import type { AuditActor } from '../../audit/audit-log';
import type { UserRow } from '../../db/schema';
import type { UnlockedDatabase } from '../unlocked-database';
import { rotateDatabaseKey, type RotationStep } from './key-rotation';
import { loadSlotFile, writeSlotFile, type Slot } from './slot-file';
import { createSlot } from './slots';

/** Gives `user` a fresh slot for `password`, replacing any slot they had (reset, re-enable, recovery). */
export async function replaceUserSlot(
  dataDir: string,
  unlocked: UnlockedDatabase,
  user: UserRow,
  password: string,
): Promise<void> {
  const file = loadSlotFile(dataDir);
  const slot = await createSlot({
    kind: 'user',
    userId: user.id,
    userName: user.user_name,
    secret: password,
    dbKey: unlocked.key,
    generation: unlocked.generation,
  });
  writeSlotFile(dataDir, {
    ...file,
    slots: [...file.slots.filter((other) => other.userId !== user.id), slot],
  });
}

/**
 * Makes the slot file match the accounts: a slot whose account is no longer active (removed,
 * disabled, or never finished) is deleted, and the database key is rotated so that an old copy of
 * that slot opens nothing. Runs after every account change that takes access away, and at every
 * sign-in, which also finishes a change that a crash interrupted.
 */
export async function reconcileSlots(
  dataDir: string,
  unlocked: UnlockedDatabase,
  actor: AuditActor,
  onStep?: (step: RotationStep) => void,
): Promise<void> {
  const file = loadSlotFile(dataDir);
  const active = await activeUserIds(unlocked.db);
  const keep = (slot: Slot) =>
    slot.kind === 'recovery' || (slot.userId !== null && active.has(slot.userId));
  const dropped = file.slots.filter((slot) => !keep(slot));
  if (dropped.length === 0) return;

  // A rekey switches the database out of WAL, which a worker's open connection would block.
  await unlocked.jobs.closeAll();
  const rotated = rotateDatabaseKey({
    dataDir,
    sqlite: unlocked.sqlite,
    slotFile: file,
    keep,
    onStep,
  });
  unlocked.key.fill(0);
  unlocked.key = rotated.key;
  unlocked.generation = rotated.generation;
  await unlocked.audit.record({
    action: 'vault.key_rotated',
    outcome: 'success',
    actor,
    details: { generation: rotated.generation, slotsRemoved: dropped.length },
  });
}
