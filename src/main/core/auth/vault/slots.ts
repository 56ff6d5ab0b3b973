import { randomUUID } from 'node:crypto';
import { deriveKek, newKdfParams } from '../crypto/kdf';
import { open as openBox, seal as sealBox } from '../crypto/aead';
import { openDbKey, sealDbKey, newSlotKeyPair } from '../crypto/slot-keys';
import type { Slot, UnsignedSlot } from './slot-file';

type SlotIdentity = Pick<Slot, 'id' | 'kind' | 'userId' | 'userName' | 'aad'>;

/**
 * What the private key's seal is bound to. Since v2 the user name is part of it: a slot whose
 * name was edited in the file no longer opens, even with the right password.
 */
const privateKeyAad = (slot: SlotIdentity) =>
  slot.aad === 'v1'
    ? `kaona-slot:${slot.id}:${slot.kind}:${slot.userId ?? '-'}`
    : `kaona-slot:v2:${slot.id}:${slot.kind}:${slot.userId ?? '-'}:${slot.userName ?? '-'}`;
const dbKeyAad = (slot: Pick<Slot, 'id'>) => `kaona-slot:${slot.id}`;

export interface NewSlot {
  kind: Slot['kind'];
  opens: Slot['opens'];
  userId: number | null;
  userName: string | null;
  secret: string;
  /** The key the slot opens (the office key, or a mentor's compartment key). */
  dbKey: Uint8Array;
  generation: number;
}

/** A new slot: a fresh key pair and a fresh id, every time (a password change included). */
export async function createSlot(spec: NewSlot): Promise<UnsignedSlot> {
  const pair = newSlotKeyPair();
  const identity: SlotIdentity = {
    id: randomUUID(),
    kind: spec.kind,
    userId: spec.userId,
    userName: spec.userName,
    aad: 'v2',
  };
  const kdf = newKdfParams();
  const kek = await deriveKek(spec.secret, kdf);
  const slot: UnsignedSlot = {
    ...identity,
    opens: spec.opens,
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

/** Every key sealed to the slot, newest generation first. */
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

/** Seals another key generation to the slot (no secret needed: it is public-key sealing). */
export function addDbKey<S extends UnsignedSlot>(
  slot: S,
  dbKey: Uint8Array,
  generation: number,
): S {
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

/** The slot holding only `dbKey` (a slot rebuilt from the registry, a slot moved to another key). */
export function withOnlyKey<S extends UnsignedSlot>(
  slot: S,
  dbKey: Uint8Array,
  generation: number,
): S {
  return {
    ...slot,
    dbKeys: [sealDbKey(dbKey, Buffer.from(slot.publicKey, 'base64'), generation, dbKeyAad(slot))],
  };
}

export function keepOnlyGeneration<S extends UnsignedSlot>(slot: S, generation: number): S {
  return { ...slot, dbKeys: slot.dbKeys.filter((key) => key.generation === generation) };
}
