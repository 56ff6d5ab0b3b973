import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BackupManifest } from '../../../shared/domain/backup';
import { AppError } from '../errors';

export interface CopyProgress {
  signal: AbortSignal;
  report(done: number, total: number | null): void;
}

/**
 * Copies every file of the backup into `scratch`, hashing what is read as it streams (async, in
 * chunks: the window never waits on it). What is checked is exactly what is later swapped in:
 * the source cannot change between the check and the copy (a USB drive pulled, a file edited).
 * Progress is in bytes. A mismatch refuses the backup; the caller removes the scratch folder.
 */
export async function copyVerified(
  folder: string,
  manifest: BackupManifest,
  scratch: string,
  progress: CopyProgress,
): Promise<void> {
  const total = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  progress.report(0, total);
  for (const file of manifest.files) {
    const target = join(scratch, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const hash = createHash('sha256');
    let bytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        bytes += chunk.length;
        // A file that grew after the folder check (another process, a swapped drive, a FIFO-like
        // endless source) stops here instead of filling the data folder's disk (found in review).
        if (bytes > file.bytes) {
          next(new AppError('VALIDATION', 'backup_file_changed'));
          return;
        }
        hash.update(chunk);
        done += chunk.length;
        progress.report(done, total);
        next(null, chunk);
      },
    });
    try {
      await pipeline(
        createReadStream(join(folder, ...file.path.split('/'))),
        tap,
        createWriteStream(target, { flags: 'wx', mode: 0o600 }),
        { signal: progress.signal },
      );
    } catch (error) {
      if (progress.signal.aborted) throw new AppError('CONFLICT', 'restore_cancelled');
      throw error;
    }
    if (bytes !== file.bytes || hash.digest('hex') !== file.sha256)
      throw new AppError('VALIDATION', 'backup_file_changed');
  }
}
