import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seal } from '../../src/main/core/auth/crypto/aead';
import { deriveKek } from '../../src/main/core/auth/crypto/kdf';
import { openDbKey } from '../../src/main/core/auth/crypto/slot-keys';
import { unlockSlot } from '../../src/main/core/auth/vault/slots';
import { parseSlotFileAt, type Slot } from '../../src/main/core/auth/vault/slot-file';
import { openEncryptedDatabase } from '../../src/main/core/db/connection';

/**
 * What an attacker with a copy of the data folder and a text editor (or a short script) does to
 * the slot file: the tests for the vault-hardening scenarios are written with these.
 */

export type RawSlotFile = { format: string; version: number; slots: Record<string, unknown>[] };

export function readRawSlots(dataDir: string): RawSlotFile {
  return JSON.parse(readFileSync(join(dataDir, 'kaona.keys'), 'utf8')) as RawSlotFile;
}

export function writeRawSlots(dataDir: string, file: RawSlotFile): void {
  writeFileSync(join(dataDir, 'kaona.keys'), JSON.stringify(file));
}

export function slotsIn(path: string): Slot[] {
  const file = parseSlotFileAt(path);
  if (!file) throw new Error(`${path} is not a slot file`);
  return file.slots;
}

export function keepCopy(dataDir: string, name: string): string {
  const copy = join(dataDir, '..', `${name}-${Date.now()}-${Math.random()}.keys`);
  copyFileSync(join(dataDir, 'kaona.keys'), copy);
  return copy;
}

/** Every key a slot unseals with `secret` (all generations it holds); [] for a wrong secret. */
export async function keysOf(slot: Slot, secret: string): Promise<Buffer[]> {
  const privateKey = await unlockSlot(slot, secret);
  if (!privateKey) return [];
  const publicKey = Buffer.from(slot.publicKey, 'base64');
  return slot.dbKeys.flatMap((sealed) => {
    const key = openDbKey(sealed, privateKey, publicKey, `kaona-slot:${slot.id}`);
    return key ? [key] : [];
  });
}

/** Whether any of `keys` opens the office database. */
export function anyOpens(dataDir: string, keys: Buffer[]): boolean {
  for (const key of keys) {
    try {
      openEncryptedDatabase(join(dataDir, 'kaona.db'), key).close();
      return true;
    } catch {
      // this one does not
    }
  }
  return false;
}

/**
 * The scripted attack on a slot: knowing the slot's own password, re-seal its private key so
 * that the seal claims another account (the AAD names that account). Everything a text editor
 * cannot do by itself; the registry must still refuse it.
 */
export async function resealClaiming(
  slot: Slot,
  password: string,
  claim: { userId: number; userName: string },
): Promise<Record<string, unknown>> {
  const privateKey = await unlockSlot(slot, password);
  if (!privateKey) throw new Error('wrong password for the slot');
  const kek = await deriveKek(password, slot.kdf);
  const aad = `kaona-slot:v2:${slot.id}:${slot.kind}:${claim.userId}:${claim.userName}`;
  const resealed = seal(kek, privateKey, aad);
  return { ...slot, userId: claim.userId, userName: claim.userName, privateKey: resealed };
}
