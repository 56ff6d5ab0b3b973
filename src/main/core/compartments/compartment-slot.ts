import { loadSlotFile, writeSlotFile, type Slot } from '../auth/vault/slot-file';
import { signerFor, slotMacValid } from '../auth/vault/slot-mac';
import { registryFields, slotFromRow, type RegisteredSlot } from '../auth/vault/slot-registry';
import { createSlot, withOnlyKey } from '../auth/vault/slots';
import type { KeySlotRow } from '../db/schema';
import type { OpenCompartment } from './compartment-file';
import { compartmentMacKey, readProfile, updateProfile } from './compartment-repository';

/** The mentor's slot as the compartment records it (what the registry keeps of a slot). */
export function profileSlot(json: string | null): RegisteredSlot | null {
  if (!json) return null;
  const row = JSON.parse(json) as KeySlotRow;
  return slotFromRow(row);
}

export function profileSlotJson(slot: Slot): string {
  return JSON.stringify(registryFields(slot));
}

/** True when the file's slot is the one the compartment vouches for, unedited. */
export async function compartmentVouchesFor(
  compartment: OpenCompartment,
  slot: Slot,
): Promise<boolean> {
  const profile = await readProfile(compartment.db);
  const recorded = profileSlot(profile.slot);
  if (!recorded || recorded.id !== slot.id || recorded.publicKey !== slot.publicKey) return false;
  if (slot.opens !== 'compartment' || slot.userId !== profile.user_id) return false;
  if (slot.userName !== profile.user_name) return false;
  return slotMacValid(await compartmentMacKey(compartment.db), slot);
}

/**
 * Gives the mentor a new slot for `secret` (fresh key pair, fresh id) that seals the
 * compartment's key — never the office key. Written like an office slot change: the new slot
 * beside the old, then the compartment records it, then the old one goes from the file and its
 * backup. Used by the office (new mentor, reset, re-enable) and by the mentor (own change).
 */
export async function replaceCompartmentSlot(options: {
  dataDir: string;
  compartment: OpenCompartment;
  compartmentKey: Uint8Array;
  user: { id: number; user_name: string };
  secret: string;
  mustChangePassword: 0 | 1;
  now: Date;
}): Promise<Slot> {
  const { dataDir, compartment, user } = options;
  const sign = signerFor(await compartmentMacKey(compartment.db));
  const slot = sign(
    await createSlot({
      kind: 'user',
      opens: 'compartment',
      userId: user.id,
      userName: user.user_name,
      secret: options.secret,
      dbKey: options.compartmentKey,
      generation: 1,
    }),
  );
  const before = loadSlotFile(dataDir).slots;
  writeSlotFile(dataDir, [...before, slot], 'previous');
  await updateProfile(compartment.db, {
    slot: profileSlotJson(slot),
    must_change_password: options.mustChangePassword,
    updated_at: options.now.toISOString(),
  });
  writeSlotFile(
    dataDir,
    [...before.filter((other) => !(other.kind === 'user' && other.userId === user.id)), slot],
    'same',
  );
  return slot;
}

/** The mentor's slot rebuilt from the compartment's record (the file lost or garbled it). */
export async function rebuildCompartmentSlot(
  compartment: OpenCompartment,
  compartmentKey: Uint8Array,
): Promise<Slot | null> {
  const recorded = profileSlot((await readProfile(compartment.db)).slot);
  if (!recorded) return null;
  const sign = signerFor(await compartmentMacKey(compartment.db));
  return sign(withOnlyKey({ ...recorded, dbKeys: [] }, compartmentKey, 1));
}
