import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { SignedInCall } from '../call/call-context';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * The office's Ed25519 key that signs certificate codes, kept in the encrypted database like the
 * audit key. Only the newest unretired key signs; every key ever made still verifies what it
 * signed, so retiring a key never turns the office's old certificates into forgeries.
 */
export interface SigningKey {
  keyId: string;
  sign: (text: string) => Uint8Array;
}

/** The first 16 hex digits of the SHA-256 of the raw public key: short enough for the QR. */
export function keyIdOf(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex').slice(0, 16);
}

/** A fresh key pair as the table stores it (raw public key, PKCS#8 DER private key). */
export function newKeyPair(): { keyId: string; publicKey: Uint8Array; privateKey: Uint8Array } {
  const pair = generateKeyPairSync('ed25519');
  const publicKey = rawPublicKeyOf(pair.publicKey);
  const privateKey = new Uint8Array(pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
  return { keyId: keyIdOf(publicKey), publicKey, privateKey };
}

function rawPublicKeyOf(key: KeyObject): Uint8Array {
  const jwk = key.export({ format: 'jwk' });
  return new Uint8Array(Buffer.from(jwk.x!, 'base64url'));
}

function publicKeyObject(rawPublicKey: Uint8Array): KeyObject {
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(rawPublicKey).toString('base64url') },
    format: 'jwk',
  });
}

export function signerOf(keyId: string, pkcs8: Uint8Array): SigningKey {
  const privateKey = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  return {
    keyId,
    sign: (text) => new Uint8Array(sign(null, Buffer.from(text, 'utf8'), privateKey)),
  };
}

/**
 * The key that signs now, created on first need inside the issuing transaction (so a key exists
 * only once a certificate was signed with it, and a rolled-back issue leaves no key behind).
 */
export async function signingKey(
  trx: Transaction<DatabaseSchema>,
  call: SignedInCall,
): Promise<SigningKey> {
  const current = await trx
    .selectFrom('certificate_keys')
    .select(['key_id', 'private_key'])
    .where('retired_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  if (current) return signerOf(current.key_id, current.private_key);
  const pair = newKeyPair();
  await trx
    .insertInto('certificate_keys')
    .values({
      key_id: pair.keyId,
      public_key: pair.publicKey,
      private_key: pair.privateKey,
      created_at: call.clock.now().toISOString(),
      retired_at: null,
    })
    .execute();
  await call.audit.recordIn(trx, {
    action: 'certificate.key_created',
    outcome: 'success',
    actor: call.actor,
    details: { keyId: pair.keyId },
  });
  return signerOf(pair.keyId, pair.privateKey);
}

/** The public key of one of the office's keys (retired ones included), or null if not ours. */
export async function findPublicKey(db: Db, keyId: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('certificate_keys')
    .select('public_key')
    .where('key_id', '=', keyId)
    .executeTakeFirst();
  return row ? new Uint8Array(row.public_key) : null;
}

export function verifySignature(
  rawPublicKey: Uint8Array,
  text: string,
  signature: Uint8Array,
): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKeyObject(rawPublicKey), signature);
  } catch {
    return false;
  }
}

/** The newest key for other offices to check this office's codes (null before the first issue). */
export async function currentPublicKey(
  db: Db,
): Promise<{ keyId: string; publicKey: Uint8Array } | null> {
  const row = await db
    .selectFrom('certificate_keys')
    .select(['key_id', 'public_key'])
    .where('retired_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row ? { keyId: row.key_id, publicKey: new Uint8Array(row.public_key) } : null;
}
