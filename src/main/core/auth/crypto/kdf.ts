import { hashRaw, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * Argon2id parameters, stored with each slot so they can be raised later without locking anyone
 * out. The floor is RFC 9106's second recommended option (64 MiB, 3 passes); the default doubles
 * the memory to 128 MiB (3 passes, 4 lanes): about 60 ms on the build machine, a few hundred ms on
 * a modest office PC — unnoticed at sign-in — while every guess costs an attacker 128 MiB.
 * `npm run bench` reports the figure (`unlock_kdf_ms`).
 */
export const kdfParamsSchema = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z
    .number()
    .int()
    .min(64 * 1024)
    .max(4 * 1024 * 1024),
  iterations: z.number().int().min(3).max(64),
  parallelism: z.number().int().min(1).max(16),
  salt: z.base64().refine((value) => Buffer.from(value, 'base64').length >= 16, 'salt too short'),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

// `Algorithm` is an ambient const enum, which isolated modules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

export const DEFAULT_KDF = { memoryKiB: 128 * 1024, iterations: 3, parallelism: 4 } as const;

export function newKdfParams(): KdfParams {
  return { algorithm: 'argon2id', ...DEFAULT_KDF, salt: randomBytes(16).toString('base64') };
}

/**
 * Derives a 32-byte key-encryption key from a secret (password or recovery code). Runs on
 * libuv's thread pool, so the main process stays responsive while it works.
 */
export async function deriveKek(secret: string, params: KdfParams): Promise<Buffer> {
  const raw = await hashRaw(Buffer.from(secret.normalize('NFC'), 'utf8'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
  return Buffer.from(raw);
}
