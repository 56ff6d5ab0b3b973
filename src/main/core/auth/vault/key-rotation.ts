import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../../db/connection';
import { rekeyDatabase, type RekeyStep } from '../../db/rekey';
import { currentGeneration, writeSlotFile, type Slot, type SlotFile } from './slot-file';
import { addDbKey, keepOnlyGeneration } from './slots';

export type RotationStep = 'start' | 'slots-pending' | RekeyStep | 'slots-final';

export interface RotationOptions {
  dataDir: string;
  sqlite: SqliteDatabase;
  slotFile: SlotFile;
  /** Slots to keep; the others (removed or disabled accounts) lose access with this rotation. */
  keep: (slot: Slot) => boolean;
  /** Called after each durable step; tests kill the process here to prove crash safety. */
  onStep?: (step: RotationStep) => void;
}

/**
 * Rotates the database key. The slot file and the database are two files that cannot change
 * together, so the order makes every crash point recoverable:
 *   1. slot file: every kept slot gets the new key beside the old one (dropped slots are gone);
 *   2. the database is rekeyed;
 *   3. slot file: the old key is dropped.
 * After a crash between 1 and 3 every kept slot still holds a key that opens the database, and
 * the next sign-in finishes the rotation (`finishInterruptedRotation`).
 */
export function rotateDatabaseKey(options: RotationOptions): {
  key: Buffer;
  generation: number;
  slotFile: SlotFile;
} {
  const { dataDir, sqlite, slotFile, keep, onStep } = options;
  onStep?.('start');
  const key = randomBytes(32);
  const generation = currentGeneration(slotFile) + 1;

  const pending: SlotFile = {
    ...slotFile,
    slots: slotFile.slots.filter(keep).map((slot) => addDbKey(slot, key, generation)),
  };
  writeSlotFile(dataDir, pending);
  onStep?.('slots-pending');

  rekeyDatabase(sqlite, key, onStep);

  const final: SlotFile = {
    ...pending,
    slots: pending.slots.map((slot) => keepOnlyGeneration(slot, generation)),
  };
  writeSlotFile(dataDir, final);
  onStep?.('slots-final');
  return { key, generation, slotFile: final };
}

/**
 * Finishes a rotation that a crash interrupted, given the database opened with the key of
 * `openedGeneration` and the keys the signing-in slot holds. Returns the key now in force.
 */
export function finishInterruptedRotation(options: {
  dataDir: string;
  sqlite: SqliteDatabase;
  slotFile: SlotFile;
  slotKeys: { generation: number; key: Buffer }[];
  openedGeneration: number;
}): { key: Buffer; generation: number; slotFile: SlotFile } | null {
  const { dataDir, sqlite, slotFile, slotKeys, openedGeneration } = options;
  const newest = currentGeneration(slotFile);
  const mixed = slotFile.slots.some((slot) => slot.dbKeys.some((key) => key.generation !== newest));
  if (!mixed) return null;

  const newestKey = slotKeys.find((entry) => entry.generation === newest);
  if (!newestKey) return null; // this slot was left out of the rotation; someone else must finish it
  if (openedGeneration !== newest) rekeyDatabase(sqlite, newestKey.key);

  const final: SlotFile = {
    ...slotFile,
    slots: slotFile.slots
      .filter((slot) => slot.dbKeys.some((key) => key.generation === newest))
      .map((slot) => keepOnlyGeneration(slot, newest)),
  };
  writeSlotFile(dataDir, final);
  return { key: Buffer.from(newestKey.key), generation: newest, slotFile: final };
}
