import { z } from 'zod';

/**
 * A backup is one folder, `kaona-backup-<local time>` inside the folder the person chose (a USB
 * drive), holding:
 *
 * - `kaona.db`: the office database copied with `VACUUM INTO`, encrypted with the office key
 *   under the same scheme (SQLCipher, raw key) — it opens with nothing but that key;
 * - `kaona.keys`: the key-slot file as it was, so an admin's password of that day opens it;
 * - `mentors/<file>`: each mentor compartment (already encrypted with its own key);
 * - `manifest.json`: written last, under a temporary name then renamed. A folder without a
 *   manifest is an unfinished backup and is never offered for restore.
 *
 * The manifest holds no personal data: counts, hashes, versions and the audit anchor.
 */
export const BACKUP_FORMAT = 'kaona-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MANIFEST_FILE = 'manifest.json';
export const BACKUP_DATABASE_FILE = 'kaona.db';
export const BACKUP_KEYS_FILE = 'kaona.keys';
export const BACKUP_MENTORS_FOLDER = 'mentors';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** One file of the backup, by its path inside the backup folder (always `/`-separated). */
export const backupFileSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(200)
    // Relative, no `..`, no drive letters or backslashes: a manifest must not name files elsewhere.
    .regex(/^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/),
  bytes: z.number().int().min(0),
  sha256: sha256Hex,
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** ISO-8601 UTC. */
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(50),
  /** The newest migration the database had (`kaona.db` refuses a newer one). */
  schemaVersion: z.number().int().min(1),
  /** The office's identity (`office_identity.office_uuid`), to warn when restoring another office. */
  officeUuid: z.string().max(100),
  /** The PC's name, as audit events record it. */
  machine: z.string().max(200),
  /** Rows per table of interest (`cases`, `beneficiaries`, `advisory_sessions`, `documents`…). */
  counts: z.record(z.string().max(60), z.number().int().min(0)),
  files: z.array(backupFileSchema).min(2).max(10_000),
  /**
   * The newest audit event in the copy: its sequence number and MAC (hex). An office keeps this
   * outside the PC; it proves later that the log was not cut short after this point.
   */
  auditAnchor: z.strictObject({ seq: z.number().int().min(0), mac: z.string().max(128) }),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
