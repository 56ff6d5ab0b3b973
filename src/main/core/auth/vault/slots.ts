import { randomUUID } from 'node:crypto';
import { deriveKek, newKdfParams } from '../crypto/kdf';
import { open as openBox, seal as sealBox } from '../crypto/aead';
import { openDbKey, sealDbKey, newSlotKeyPair } from '../crypto/slot-keys';
import type { Slot } from './slot-file';

const privateKeyAad = (slot: Pick<Slot, 'id' | 'kind' | 'userId'>) =>
  `kaona-slot:${slot.id}:${slot.kind}:${slot.userId ?? '-'}`;
const dbKeyAad = (slot: Pick<Slot, 'id'>) => `kaona-slot:${slot.id}`;

export interface NewSlot {
  kind: Slot['kind'];
  userId: number | null;
  userName: string | null;
  secret: string;
  dbKey: Uint8Array;
  generation: number;
}

export async function createSlot(spec: NewSlot): Promise<Slot> {
  const pair = newSlotKeyPair();
  const identity = { id: randomUUID(), kind: spec.kind, userId: spec.userId };
  const kdf = newKdfParams();
  const kek = await deriveKek(spec.secret, kdf);
  const slot: Slot = {
    ...identity,
    userName: spec.userName,
    kdf,
    publicKey: pair.publicKeyDer.toString('base64'),
    privateKey: sealBox(kek, pair.privateKeyDer, privateKeyAad(identity)),
    dbKeys: [sealDbKey(spec.dbKey, pair.publicKeyDer, spec.generation, dbKeyAad(identity))],
  };
  kek.fill(0);
  pair.privateKeyDer.fill(0);
  return slot;
}

/** The slot's private key, or null for a wrong secret. The caller wipes it after use. */
export async function unlockSlot(slot: Slot, secret: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  const privateKey = openBox(kek, slot.privateKey, privateKeyAad(slot));
  kek.fill(0);
  return privateKey;
}

/** Every database key sealed to the slot, newest generation first. */
export function slotDbKeys(
  slot: Slot,
  privateKeyDer: Buffer,
): { generation: number; key: Buffer }[] {
  const publicKey = Buffer.from(slot.publicKey, 'base64');
  return [...slot.dbKeys]
    .sort((a, b) => b.generation - a.generation)
    .flatMap((sealed) => {
      const key = openDbKey(sealed, privateKeyDer, publicKey, dbKeyAad(slot));
      return key ? [{ generation: sealed.generation, key }] : [];
    });
}

/** Seals another database key generation to the slot (no secret needed: it is public-key sealing). */
export function addDbKey(slot: Slot, dbKey: Uint8Array, generation: number): Slot {
  const sealed = sealDbKey(
    dbKey,
    Buffer.from(slot.publicKey, 'base64'),
    generation,
    dbKeyAad(slot),
  );
  const others = slot.dbKeys.filter((key) => key.generation !== generation);
  return {
    ...slot,
    dbKeys: [sealed, ...others].sort((a, b) => b.generation - a.generation).slice(0, 2),
  };
}

export function keepOnlyGeneration(slot: Slot, generation: number): Slot {
  return { ...slot, dbKeys: slot.dbKeys.filter((key) => key.generation === generation) };
}

/** Re-seals the slot's private key under a new secret; its database keys stay as they are. */
export async function rewrapSlot(
  slot: Slot,
  privateKeyDer: Buffer,
  newSecret: string,
): Promise<Slot> {
  const kdf = newKdfParams();
  const kek = await deriveKek(newSecret, kdf);
  const privateKey = sealBox(kek, privateKeyDer, privateKeyAad(slot));
  kek.fill(0);
  return { ...slot, kdf, privateKey };
}
