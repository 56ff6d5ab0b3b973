import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Kysely } from 'kysely';
import {
  BACKUP_DATABASE_FILE,
  BACKUP_MANIFEST_FILE,
  type BackupManifest,
} from '../../../shared/domain/backup';
import type { DatabaseSchema } from '../db/schema';

/**
 * Adds the backup a copy was restored from to the copy's own backup history. A backup records
 * itself only after its copy is taken, so without this the restored office would say it was
 * never backed up, although the USB drive it came from holds exactly this backup: the reminder
 * counts the days from it instead.
 */
export async function recordRestoredBackup(
  db: Kysely<DatabaseSchema>,
  folder: string,
  manifest: BackupManifest,
): Promise<void> {
  const database = manifest.files.find((file) => file.path === BACKUP_DATABASE_FILE);
  if (!database) return;
  await db
    .insertInto('backups')
    .values({
      at: manifest.createdAt,
      by_user_id: null,
      folder_name: basename(folder),
      outcome: 'done',
      total_bytes: manifest.files.reduce((sum, file) => sum + file.bytes, 0),
      database_bytes: database.bytes,
      database_sha256: database.sha256,
      manifest_sha256: manifestSha256(folder, manifest),
      anchor_seq: manifest.auditAnchor.seq,
      anchor_mac: manifest.auditAnchor.mac,
    })
    .execute();
}

/** The manifest file's hash; should the file be gone by now, the hash of what was read. */
function manifestSha256(folder: string, manifest: BackupManifest): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(folder, BACKUP_MANIFEST_FILE));
  } catch {
    bytes = Buffer.from(JSON.stringify(manifest));
  }
  return createHash('sha256').update(bytes).digest('hex');
}
