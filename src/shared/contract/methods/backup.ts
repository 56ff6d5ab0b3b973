import { z } from 'zod';
import type {
  BackupCreateOutcome,
  BackupHistoryEntry,
  BackupStatus,
} from '../../domain/backup-history';
import { method, output } from '../define';

/** Backup (issue 11): methods, reasons and audit actions of the `backup` namespace. */
export const backupAuditActions = ['backup.created'] as const;

export const backupReasons = [
  /** This host has no folder dialog (only the desktop app and the web host's test folder do). */
  'backup_unavailable',
  /** The chosen folder cannot be written (a read-only or full drive, a removed USB stick). */
  'backup_target_unwritable',
  /** The copy failed half-way; nothing was left in the chosen folder. */
  'backup_failed',
] as const;

export const backupMethods = {
  /**
   * Asks for a folder (a USB drive), writes `kaona-backup-<local time>` in it as a background job
   * (`job.progress`, cancellable) and answers once it is complete. A cancelled or failed backup
   * leaves no folder behind.
   */
  'backup.create': method({
    input: z.strictObject({}),
    output: output<BackupCreateOutcome>(),
    access: 'backup.create',
  }),
  /** The newest backup, how old it is and whether the reminder is due. */
  'backup.status': method({
    input: z.strictObject({}),
    output: output<BackupStatus>(),
    access: 'backup.create',
  }),
  /** Every backup made from this database, newest first. */
  'backup.history': method({
    input: z.strictObject({ limit: z.number().int().min(1).max(200).optional() }),
    output: output<BackupHistoryEntry[]>(),
    access: 'backup.create',
  }),
};
