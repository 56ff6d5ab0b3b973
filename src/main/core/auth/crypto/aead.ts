import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

export const sealedBoxSchema = z.strictObject({
  iv: z.base64(),
  ciphertext: z.base64(),
  tag: z.base64(),
});
export type SealedBox = z.infer<typeof sealedBoxSchema>;

/** AES-256-GCM with a fresh 96-bit IV; `aad` binds the box to where it is stored. */
export function seal(key: Uint8Array, plaintext: Uint8Array, aad: string): SealedBox {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Opens a box, or returns `null` when the key is wrong or anything was changed. */
export function open(key: Uint8Array, box: SealedBox, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(box.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}
