import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../errors';
import { writeFileAtomic } from '../../fs/atomic-write';
import { asideName } from '../../fs/move-aside';
import { kdfParamsSchema } from '../crypto/kdf';
import { sealedBoxSchema } from '../crypto/aead';
import { sealedDbKeySchema } from '../crypto/slot-keys';

export const SLOT_FILE = 'kaona.keys';
export const SLOT_BACKUP_FILE = 'kaona.keys.bak';

const slotFields = {
  id: z.uuid(),
  kind: z.enum(['user', 'recovery']),
  /** The account the slot belongs to; null for the recovery slot. */
  userId: z.number().int().positive().nullable(),
  /** Normalised user name, so sign-in finds the slot before the database is open. */
  userName: z.string().min(1).max(64).nullable(),
  kdf: kdfParamsSchema,
  publicKey: z.base64(),
  privateKey: sealedBoxSchema,
  /** The key sealed to this slot, newest generation first; two only mid-rotation. */
  dbKeys: z.array(sealedDbKeySchema).min(1).max(2),
};

export const slotSchemaV2 = z.strictObject({
  ...slotFields,
  /** What the sealed key opens: the office database, or the account's mentor compartment. */
  opens: z.enum(['office', 'compartment']),
  /**
   * What the private key's AAD binds: `v2` the slot id, kind, account id and user name; `v1`
   * (slots from before the registry) the id, kind and account id only.
   */
  aad: z.enum(['v1', 'v2']),
  /** HMAC of everything above under the vault secret; null only for a v1 slot not yet adopted. */
  mac: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type Slot = z.infer<typeof slotSchemaV2>;
export type UnsignedSlot = Omit<Slot, 'mac'>;

const slotFileV2 = z.strictObject({
  format: z.literal('kaona-key-slots'),
  version: z.literal(2),
  slots: z.array(slotSchemaV2),
});
const slotFileV1 = z.strictObject({
  format: z.literal('kaona-key-slots'),
  version: z.literal(1),
  slots: z.array(z.strictObject(slotFields)),
});

export interface SlotFile {
  slots: Slot[];
  /** True for a file written before the slot registry existed: adopted at the next sign-in. */
  legacy: boolean;
}

export type SlotFileRead =
  | { status: 'missing' }
  | { status: 'damaged'; backupUsable: boolean }
  | { status: 'ok'; file: SlotFile };

/** A slot file at any path (a copy kept elsewhere too), or null when it is not one. */
export function parseSlotFileAt(path: string): SlotFile | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
  const current = slotFileV2.safeParse(json);
  if (current.success) return { slots: current.data.slots, legacy: false };
  const legacy = slotFileV1.safeParse(json);
  if (!legacy.success) return null;
  return {
    legacy: true,
    slots: legacy.data.slots.map((slot) => ({ ...slot, opens: 'office', aad: 'v1', mac: null })),
  };
}

export function readSlotFile(dataDir: string): SlotFileRead {
  const path = join(dataDir, SLOT_FILE);
  if (!existsSync(path)) return { status: 'missing' };
  const file = parseSlotFileAt(path);
  if (file) return { status: 'ok', file };
  return {
    status: 'damaged',
    backupUsable: parseSlotFileAt(join(dataDir, SLOT_BACKUP_FILE)) !== null,
  };
}

export function slotBackupExists(dataDir: string): boolean {
  return existsSync(join(dataDir, SLOT_BACKUP_FILE));
}

/** The slot file, or CONFLICT `key_file_damaged` (the sign-in screen explains what to do). */
export function loadSlotFile(dataDir: string): SlotFile {
  const read = readSlotFile(dataDir);
  if (read.status !== 'ok') throw new AppError('CONFLICT', 'key_file_damaged');
  return read.file;
}

/**
 * How the `.bak` copy follows a write: `previous` keeps the file being replaced as the last good
 * copy (a step in the middle of a change); `same` makes the copy identical to the new file, so
 * that once a change has committed no copy still holds a slot it superseded.
 */
export type BackupPolicy = 'previous' | 'same';

/** Replaces the slot file atomically; a damaged file is never copied over the last good backup. */
export function writeSlotFile(dataDir: string, slots: Slot[], backup: BackupPolicy): void {
  const path = join(dataDir, SLOT_FILE);
  const text = `${JSON.stringify(slotFileV2.parse({ format: 'kaona-key-slots', version: 2, slots }), null, 1)}\n`;
  if (backup === 'previous' && existsSync(path) && parseSlotFileAt(path)) {
    writeFileAtomic(join(dataDir, SLOT_BACKUP_FILE), readFileSync(path));
  }
  writeFileAtomic(path, text);
  if (backup === 'same') writeFileAtomic(join(dataDir, SLOT_BACKUP_FILE), text);
}

/**
 * Puts the last good copy back in place of a damaged slot file. The damaged one is moved aside
 * with a timestamp, never deleted. What the copy holds is checked against the slot registry at
 * the next sign-in like any slot file.
 */
export function restoreSlotBackup(dataDir: string, now: Date): boolean {
  const backup = join(dataDir, SLOT_BACKUP_FILE);
  if (!parseSlotFileAt(backup)) return false;
  const path = join(dataDir, SLOT_FILE);
  if (existsSync(path)) renameSync(path, asideName(path, 'damaged', now));
  writeFileAtomic(path, readFileSync(backup));
  return true;
}

export function currentGeneration(slots: readonly Slot[]): number {
  return Math.max(0, ...slots.flatMap((slot) => slot.dbKeys.map((key) => key.generation)));
}
