import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Slot, UnsignedSlot } from './slot-file';

/** Signs a slot for the file: what `writeSlotFile` callers pass to keep every slot authenticated. */
export type SlotSigner = (slot: UnsignedSlot) => Slot;

/**
 * The slot file's authentication. Each slot carries an HMAC-SHA256 under a key derived from the
 * vault secret, a random key inside the encrypted database (so it survives key rotation). Anyone
 * can edit the file with a text editor; nobody without the database open can make a MAC that
 * verifies, so an edited slot is noticed at the next sign-in and rewritten from the registry.
 */
export function slotMacKey(vaultSecret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', vaultSecret, Buffer.alloc(0), 'kaona slot-file mac', 32));
}

/** The fields in a fixed order, so the MAC does not depend on how the JSON was written. */
function canonical(slot: UnsignedSlot): string {
  return JSON.stringify([
    slot.id,
    slot.kind,
    slot.opens,
    slot.userId,
    slot.userName,
    slot.aad,
    [
      slot.kdf.algorithm,
      slot.kdf.memoryKiB,
      slot.kdf.iterations,
      slot.kdf.parallelism,
      slot.kdf.salt,
    ],
    slot.publicKey,
    [slot.privateKey.iv, slot.privateKey.ciphertext, slot.privateKey.tag],
    slot.dbKeys.map((key) => [
      key.generation,
      key.ephemeralPublicKey,
      key.box.iv,
      key.box.ciphertext,
      key.box.tag,
    ]),
  ]);
}

export function slotMac(macKey: Uint8Array, slot: UnsignedSlot): string {
  return createHmac('sha256', macKey).update(canonical(slot)).digest('hex');
}

export function signerFor(macKey: Uint8Array): SlotSigner {
  return (slot) => {
    const unsigned = withoutMac(slot);
    return { ...unsigned, mac: slotMac(macKey, unsigned) };
  };
}

/** Signing a signed slot again (after its keys changed) must not MAC the old MAC. */
function withoutMac(slot: UnsignedSlot | Slot): UnsignedSlot {
  const copy: Partial<Slot> = { ...slot };
  delete copy.mac;
  return copy as UnsignedSlot;
}

export function slotMacValid(macKey: Uint8Array, slot: Slot): boolean {
  if (!slot.mac) return false;
  const { mac, ...unsigned } = slot;
  const expected = Buffer.from(slotMac(macKey, unsigned), 'hex');
  return timingSafeEqual(expected, Buffer.from(mac, 'hex'));
}
