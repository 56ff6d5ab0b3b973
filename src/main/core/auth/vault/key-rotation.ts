import { randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '../../db/connection';
import { rekeyDatabase, type RekeyStep } from '../../db/rekey';
import { currentGeneration, writeSlotFile, type Slot } from './slot-file';
import type { SlotSigner } from './slot-mac';
import { addDbKey, keepOnlyGeneration } from './slots';

export type RotationStep = 'start' | 'slots-pending' | RekeyStep | 'slots-final';

export interface RotationOptions {
  dataDir: string;
  sqlite: SqliteDatabase;
  /** The slot file's slots now. */
  slots: Slot[];
  /** Office slots to keep; the others lose access with this rotation. */
  keep: (slot: Slot) => boolean;
  sign: SlotSigner;
  /** Called after each durable step; tests kill the process here to prove crash safety. */
  onStep?: (step: RotationStep) => void;
}

const holdsOfficeKey = (slot: Slot) => slot.opens === 'office';

/**
 * Rotates the office key. The slot file and the database are two files that cannot change
 * together, so the order makes every crash point recoverable:
 *   1. slot file: every kept office slot gets the new key beside the old one (dropped slots are
 *      gone; slots of mentor compartments pass through untouched);
 *   2. the database is rekeyed;
 *   3. slot file: the old key is dropped, and the backup copy made identical.
 * After a crash between 1 and 3 every kept slot still holds a key that opens the database, and
 * the next sign-in finishes the rotation (`finishInterruptedRotation`).
 */
export function rotateDatabaseKey(options: RotationOptions): {
  key: Buffer;
  generation: number;
  slots: Slot[];
} {
  const { dataDir, sqlite, slots, keep, sign, onStep } = options;
  onStep?.('start');
  const key = randomBytes(32);
  const generation = currentGeneration(slots.filter(holdsOfficeKey)) + 1;

  const pending = slots
    .filter((slot) => !holdsOfficeKey(slot) || keep(slot))
    .map((slot) => (holdsOfficeKey(slot) ? sign(addDbKey(slot, key, generation)) : slot));
  writeSlotFile(dataDir, pending, 'previous');
  onStep?.('slots-pending');

  rekeyDatabase(sqlite, key, onStep);

  const final = pending.map((slot) =>
    holdsOfficeKey(slot) ? sign(keepOnlyGeneration(slot, generation)) : slot,
  );
  writeSlotFile(dataDir, final, 'same');
  onStep?.('slots-final');
  return { key, generation, slots: final };
}

/**
 * Finishes a rotation that a crash interrupted, given the database opened with the key of
 * `openedGeneration` and the keys the signing-in slot holds. Returns the key now in force.
 */
export function finishInterruptedRotation(options: {
  dataDir: string;
  sqlite: SqliteDatabase;
  slots: Slot[];
  slotKeys: { generation: number; key: Buffer }[];
  openedGeneration: number;
  sign: SlotSigner;
}): { key: Buffer; generation: number; slots: Slot[] } | null {
  const { dataDir, sqlite, slots, slotKeys, openedGeneration, sign } = options;
  const office = slots.filter(holdsOfficeKey);
  const newest = currentGeneration(office);
  const mixed = office.some((slot) => slot.dbKeys.some((key) => key.generation !== newest));
  if (!mixed) return null;

  const newestKey = slotKeys.find((entry) => entry.generation === newest);
  if (!newestKey) return null; // this slot was left out of the rotation; someone else must finish it
  if (openedGeneration !== newest) rekeyDatabase(sqlite, newestKey.key);

  const final = slots
    .filter((slot) => !holdsOfficeKey(slot) || slot.dbKeys.some((key) => key.generation === newest))
    .map((slot) => (holdsOfficeKey(slot) ? sign(keepOnlyGeneration(slot, newest)) : slot));
  writeSlotFile(dataDir, final, 'same');
  return { key: Buffer.from(newestKey.key), generation: newest, slots: final };
}
