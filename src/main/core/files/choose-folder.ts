import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Why a folder is asked for: where to write a backup (a USB drive; the backup makes its own
 * dated folder inside), or which backup folder to restore from.
 */
export type FolderPurpose = 'backup-target' | 'backup-source';

/**
 * Asks the person for a folder: a folder dialog on the desktop; in the web host a fixed folder
 * (see `backupFolderChooser`), never a path the page could name. Resolves null on cancel.
 */
export type ChooseFolder = (purpose: FolderPurpose) => Promise<string | null>;

/** The name every backup folder starts with; the rest is its local time (`20261202-134501`). */
export const BACKUP_FOLDER_PREFIX = 'kaona-backup-';

/**
 * The web host's stand-in for the folder dialogs (dev and tests only): backups are written into
 * `backupDir`, and "choose a backup" takes the newest complete one there (a folder with a
 * manifest), so that a second host on a fresh data folder can restore what the first wrote.
 */
export function backupFolderChooser(backupDir: string): ChooseFolder {
  return async (purpose) => {
    if (purpose === 'backup-target') {
      mkdirSync(backupDir, { recursive: true, mode: 0o700 });
      return backupDir;
    }
    if (!existsSync(backupDir)) return null;
    const complete = readdirSync(backupDir)
      .filter((name) => name.startsWith(BACKUP_FOLDER_PREFIX))
      .map((name) => join(backupDir, name))
      .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'manifest.json')))
      .sort();
    return complete.at(-1) ?? null;
  };
}
