import type { BackupManifest } from './backup';

/** How one backup ended: `done` has a manifest; the others left no folder behind. */
export const BACKUP_OUTCOMES = ['done', 'failed', 'cancelled'] as const;
export type BackupOutcome = (typeof BACKUP_OUTCOMES)[number];

/** One row of the backup history (no personal data: names of folders, sizes, hashes). */
export interface BackupHistoryEntry {
  id: number;
  /** ISO-8601 UTC. */
  at: string;
  /** The account's display name who made it, null when the account is gone. */
  byName: string | null;
  folderName: string;
  outcome: BackupOutcome;
  /** Bytes of every file in the backup (0 when it did not finish). */
  totalBytes: number;
  /** SHA-256 of the backup's `kaona.db`, null when it did not finish. */
  databaseSha256: string | null;
  /** The manifest's audit anchor, null when it did not finish. */
  auditAnchor: BackupManifest['auditAnchor'] | null;
}

/** What the reminder and the page need to know. */
export interface BackupStatus {
  /** ISO-8601 UTC of the newest finished backup, null when there is none. */
  lastBackupAt: string | null;
  /** Whole days since then (local calendar days), null when there is none. */
  daysSince: number | null;
  /** The office setting `backupReminderDays`. */
  reminderDays: number;
  /** True when there is no backup yet or the newest is older than `reminderDays`. */
  reminderDue: boolean;
  /** The newest finished backup's audit anchor, to copy or print and keep outside the PC. */
  lastAnchor: (BackupManifest['auditAnchor'] & { folderName: string }) | null;
}

/** What `backup.create` answers: `done: false` when the person closed the folder dialog. */
export type BackupCreateOutcome =
  | { done: false }
  | {
      done: true;
      folderName: string;
      /** The folder the person chose (the backup is `folderName` inside it). */
      targetFolder: string;
      createdAt: string;
      counts: Record<string, number>;
      totalBytes: number;
      auditAnchor: BackupManifest['auditAnchor'];
    };
