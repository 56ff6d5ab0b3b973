import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  BACKUP_DATABASE_FILE,
  BACKUP_KEYS_FILE,
  BACKUP_MANIFEST_FILE,
  BACKUP_MENTORS_FOLDER,
  backupManifestSchema,
  type BackupManifest,
} from '../../../shared/domain/backup';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { AppError } from '../errors';

/** A manifest is a few KiB; anything far bigger is not one. */
const MANIFEST_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Reads and checks a backup's manifest against the folder, before a byte is copied: the format
 * and version this build knows, a schema no newer than this build's, only the files the layout
 * allows (the database, the key file, compartments directly under `mentors/`), every one present
 * as a regular file and nothing else in the folder.
 */
export async function readBackupManifest(folder: string): Promise<BackupManifest> {
  const manifestPath = join(folder, BACKUP_MANIFEST_FILE);
  let manifest: BackupManifest;
  try {
    const info = await lstat(manifestPath);
    if (!info.isFile() || info.size > MANIFEST_MAX_BYTES) throw new Error('not a manifest');
    const parsed = backupManifestSchema.safeParse(JSON.parse(await readFile(manifestPath, 'utf8')));
    if (!parsed.success) throw new Error('not a manifest');
    manifest = parsed.data;
  } catch {
    throw new AppError('VALIDATION', 'backup_manifest_invalid');
  }
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION)
    throw new AppError('CONFLICT', 'backup_newer');
  checkLayout(folder, manifest);
  await checkFolderMatches(folder, manifest);
  return manifest;
}

function checkLayout(folder: string, manifest: BackupManifest): void {
  const paths = manifest.files.map((file) => file.path);
  const allowed = (path: string): boolean =>
    path === BACKUP_DATABASE_FILE ||
    path === BACKUP_KEYS_FILE ||
    /^mentors\/[A-Za-z0-9._-]+$/.test(path);
  const root = resolve(folder);
  const inside = (path: string): boolean => resolve(root, path).startsWith(root + sep);
  if (
    new Set(paths).size !== paths.length ||
    !paths.includes(BACKUP_DATABASE_FILE) ||
    !paths.includes(BACKUP_KEYS_FILE) ||
    // The schema's pattern already refuses `..`; this is the second lock on the same door.
    !paths.every((path) => allowed(path) && inside(path) && !path.split('/').includes('..'))
  )
    throw new AppError('VALIDATION', 'backup_manifest_invalid');
}

/** Every listed file is a regular file of the listed size; nothing unlisted is in the folder. */
async function checkFolderMatches(folder: string, manifest: BackupManifest): Promise<void> {
  const listed = new Map(manifest.files.map((file) => [file.path, file.bytes]));
  const found = await listFiles(folder);
  for (const [path, bytes] of listed) {
    const size = found.get(path);
    if (size === undefined) throw new AppError('VALIDATION', 'backup_file_missing');
    if (size !== bytes) throw new AppError('VALIDATION', 'backup_file_changed');
  }
  for (const path of found.keys()) {
    if (path !== BACKUP_MANIFEST_FILE && !listed.has(path))
      throw new AppError('VALIDATION', 'backup_file_extra');
  }
}

/** Regular files by `/`-path and size; a link or device anywhere is refused outright. */
async function listFiles(folder: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = relative(folder, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (path !== BACKUP_MENTORS_FOLDER) throw new AppError('VALIDATION', 'backup_file_extra');
        await walk(full);
      } else if (entry.isFile()) {
        files.set(path, (await lstat(full)).size);
      } else {
        throw new AppError('VALIDATION', 'backup_file_extra');
      }
    }
  };
  await walk(folder);
  return files;
}
