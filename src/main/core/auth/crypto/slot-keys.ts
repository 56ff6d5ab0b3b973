import {
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';
import { open, seal, sealedBoxSchema } from './aead';

/**
 * Each key slot is an X25519 key pair. The private key is sealed under the slot owner's
 * password-derived key; the database key is sealed to the public key. That is what lets an admin
 * rotate the database key after removing someone and re-seal it for everyone else without
 * knowing their passwords (see docs/adr/0007-key-slots.md).
 */
export const sealedDbKeySchema = z.strictObject({
  generation: z.number().int().min(1),
  ephemeralPublicKey: z.base64(),
  box: sealedBoxSchema,
});
export type SealedDbKey = z.infer<typeof sealedDbKeySchema>;

export interface SlotKeyPair {
  publicKeyDer: Buffer;
  privateKeyDer: Buffer;
}

export function newSlotKeyPair(): SlotKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  return {
    publicKeyDer: publicKey.export({ type: 'spki', format: 'der' }),
    privateKeyDer: privateKey.export({ type: 'pkcs8', format: 'der' }),
  };
}

function publicKeyFromDer(der: Buffer): KeyObject {
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

function wrappingKey(
  shared: Buffer,
  ephemeralPublic: Buffer,
  recipientPublic: Buffer,
  aad: string,
): Buffer {
  const salt = Buffer.concat([ephemeralPublic, recipientPublic]);
  return Buffer.from(hkdfSync('sha256', shared, salt, `kaona-db-key:${aad}`, 32));
}

export function sealDbKey(
  dbKey: Uint8Array,
  recipientPublicDer: Buffer,
  generation: number,
  aad: string,
): SealedDbKey {
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const shared = diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: publicKeyFromDer(recipientPublicDer),
  });
  const bound = `${aad}:gen${generation}`;
  const key = wrappingKey(shared, ephemeralPublic, recipientPublicDer, bound);
  const box = seal(key, dbKey, bound);
  shared.fill(0);
  key.fill(0);
  return { generation, ephemeralPublicKey: ephemeralPublic.toString('base64'), box };
}

export function openDbKey(
  sealed: SealedDbKey,
  privateKeyDer: Buffer,
  recipientPublicDer: Buffer,
  aad: string,
): Buffer | null {
  const ephemeralPublic = Buffer.from(sealed.ephemeralPublicKey, 'base64');
  let shared: Buffer;
  try {
    const privateKey = createPrivateKey({ key: privateKeyDer, format: 'der', type: 'pkcs8' });
    shared = diffieHellman({ privateKey, publicKey: publicKeyFromDer(ephemeralPublic) });
  } catch {
    return null;
  }
  const bound = `${aad}:gen${sealed.generation}`;
  const key = wrappingKey(shared, ephemeralPublic, recipientPublicDer, bound);
  const dbKey = open(key, sealed.box, bound);
  shared.fill(0);
  key.fill(0);
  return dbKey;
}
