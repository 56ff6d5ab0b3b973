import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../errors';
import { writeFileAtomic } from '../../fs/atomic-write';
import { kdfParamsSchema } from '../crypto/kdf';
import { sealedBoxSchema } from '../crypto/aead';
import { sealedDbKeySchema } from '../crypto/slot-keys';

export const SLOT_FILE = 'kaona.keys';
export const SLOT_BACKUP_FILE = 'kaona.keys.bak';

export const slotSchema = z.strictObject({
  id: z.uuid(),
  kind: z.enum(['user', 'recovery']),
  /** The account the slot belongs to; null for the recovery slot. */
  userId: z.number().int().positive().nullable(),
  /** Normalised user name, so sign-in finds the slot before the database is open. */
  userName: z.string().min(1).max(64).nullable(),
  kdf: kdfParamsSchema,
  publicKey: z.base64(),
  privateKey: sealedBoxSchema,
  /** The database key sealed to this slot, newest generation first; two only mid-rotation. */
  dbKeys: z.array(sealedDbKeySchema).min(1).max(2),
});
export type Slot = z.infer<typeof slotSchema>;

export const slotFileSchema = z.strictObject({
  format: z.literal('kaona-key-slots'),
  version: z.literal(1),
  slots: z.array(slotSchema),
});
export type SlotFile = z.infer<typeof slotFileSchema>;

export type SlotFileRead =
  | { status: 'missing' }
  | { status: 'damaged'; backupUsable: boolean }
  | { status: 'ok'; file: SlotFile };

function parse(path: string): SlotFile | null {
  try {
    const parsed = slotFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readSlotFile(dataDir: string): SlotFileRead {
  const path = join(dataDir, SLOT_FILE);
  if (!existsSync(path)) return { status: 'missing' };
  const file = parse(path);
  if (file) return { status: 'ok', file };
  return { status: 'damaged', backupUsable: parse(join(dataDir, SLOT_BACKUP_FILE)) !== null };
}

/** The slot file, or CONFLICT `key_file_damaged` (the sign-in screen explains what to do). */
export function loadSlotFile(dataDir: string): SlotFile {
  const read = readSlotFile(dataDir);
  if (read.status !== 'ok') throw new AppError('CONFLICT', 'key_file_damaged');
  return read.file;
}

/**
 * Replaces the slot file atomically, after keeping the current one — if it is still good — as
 * `.bak`. A damaged file is never copied over the last good backup.
 */
export function writeSlotFile(dataDir: string, file: SlotFile): void {
  const path = join(dataDir, SLOT_FILE);
  const checked = slotFileSchema.parse(file);
  if (existsSync(path) && parse(path)) {
    writeFileAtomic(join(dataDir, SLOT_BACKUP_FILE), readFileSync(path));
  }
  writeFileAtomic(path, `${JSON.stringify(checked, null, 1)}\n`);
}

/** Puts the last good copy back in place of a damaged slot file (the damaged one is kept aside). */
export function restoreSlotBackup(dataDir: string): boolean {
  const backup = join(dataDir, SLOT_BACKUP_FILE);
  if (!parse(backup)) return false;
  const path = join(dataDir, SLOT_FILE);
  if (existsSync(path)) copyFileSync(path, join(dataDir, `${SLOT_FILE}.damaged-${Date.now()}`));
  writeFileAtomic(path, readFileSync(backup));
  return true;
}

export function currentGeneration(file: SlotFile): number {
  return Math.max(0, ...file.slots.flatMap((slot) => slot.dbKeys.map((key) => key.generation)));
}
