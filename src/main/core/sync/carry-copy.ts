import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenCompartment } from '../compartments/compartment-file';
import { openEncryptedDatabase } from '../db/connection';

/** Kaona's own work files for carried copies, inside the data folder (never the OS temp). */
export const CARRY_WORK_FOLDER = 'carry-work';

/** A fresh path in the data folder's work folder; remove it with `removeWorkFile`. */
export function workFilePath(dataDir: string, purpose: string): string {
  const folder = join(dataDir, CARRY_WORK_FOLDER);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return join(folder, `${purpose}-${randomBytes(8).toString('hex')}.kaona`);
}

/**
 * Called once as Kaona starts, before any session: work files still here were left by a crash
 * during an export or an import. They are the compartment under its own key — what the mentor's
 * password opens — so they must not outlive a refresh that took a case away from the mentor.
 */
export function clearCarryWork(dataDir: string): void {
  const folder = join(dataDir, CARRY_WORK_FOLDER);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) rmSync(join(folder, name), { force: true, recursive: true });
}

export function removeWorkFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * The compartment's bytes for a carried file: `VACUUM INTO` a work file. SQLite3 Multiple
 * Ciphers writes the copy with the source's cipher and key, so no byte of it is ever plaintext
 * (tests/core/carry-file.test.ts looks for marker strings in it). A copy made at the office PC
 * is marked carried and leaves its events behind: the office merges those from the compartment
 * itself, and only what happens on the other PC comes back in the file.
 */
export function carriedCopyBytes(
  dataDir: string,
  compartment: OpenCompartment,
  key: Uint8Array,
  fromOfficePc: boolean,
): Buffer {
  const path = workFilePath(dataDir, 'export');
  try {
    compartment.sqlite.prepare('VACUUM INTO ?').run(path);
    if (fromOfficePc) {
      const copy = openEncryptedDatabase(path, key);
      try {
        // secure_delete is on: the events' bytes are overwritten, not left in free pages.
        copy.prepare('DELETE FROM events').run();
        copy.prepare('UPDATE meta SET carried = 1 WHERE id = 1').run();
        copy.pragma('wal_checkpoint(TRUNCATE)');
        copy.pragma('journal_mode=DELETE');
      } finally {
        copy.close();
      }
    }
    return readFileSync(path);
  } finally {
    removeWorkFile(path);
  }
}
