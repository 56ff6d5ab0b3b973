import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FOLDER_PREFIX } from '../files/choose-folder';

/** `kaona-backup-20261202-134501`: the PC's local time, as the person reads their clock. */
export function backupFolderName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `${BACKUP_FOLDER_PREFIX}${date}-${time}`;
}

/**
 * Makes the new backup folder inside the chosen one, never reusing a name: a second backup in the
 * same second gets `-2`, `-3`… (a backup is never written over another). Owner-only.
 */
export function makeBackupFolder(parent: string, at: Date): { folder: string; name: string } {
  const base = backupFolderName(at);
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    const folder = join(parent, name);
    if (existsSync(folder)) continue;
    mkdirSync(folder, { mode: 0o700 });
    return { folder, name };
  }
  throw new Error('too many backups in one second');
}
