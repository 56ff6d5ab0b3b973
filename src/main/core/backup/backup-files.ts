import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupFile } from '../../../shared/domain/backup';

/** Bytes read per `readSync` while hashing: large enough to stream at disk speed. */
const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Flushes a copied file to the drive and describes it for the manifest: size and SHA-256 of what
 * is on the drive now. The manifest comes after every file is durable, so a power cut or a USB
 * drive pulled out never leaves a manifest that vouches for a file still in the drive's cache.
 */
export function describeFile(
  folder: string,
  path: string,
  throwIfCancelled: () => void,
): BackupFile {
  const full = join(folder, ...path.split('/'));
  const fd = openSync(full, 'r+');
  try {
    fsyncSync(fd);
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(HASH_CHUNK_BYTES);
    let bytes = 0;
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      hash.update(chunk.subarray(0, read));
      bytes += read;
      throwIfCancelled();
    }
    if (bytes !== statSync(full).size) throw new Error('the file changed while it was hashed');
    return { path, bytes, sha256: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}
