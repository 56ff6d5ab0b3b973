import { z } from 'zod';
import type { SessionInfo } from '../../domain/accounts';
import { passwordInputSchema } from '../../domain/password';
import type { RestoreContents, RestoreManifestSummary, RestoreSource } from '../../domain/restore';
import { method, output } from '../define';

/**
 * Restore from a backup (issue 11): methods, reasons and audit actions of the `restore`
 * namespace.
 *
 * Every method is `public` because restore is also offered before anyone can sign in (first run,
 * database missing). Main's gate (`restore/restore-gate.ts`) decides per call: a signed-in person
 * needs `backup.restore` (admin); signed out, only the `needs-setup` and `database-missing`
 * states may restore; locked, never. And every restore needs the password of an admin OF THE
 * BACKUP, so a stranger at the first-run screen can only restore a backup they can open.
 * See ADR 0033.
 */
export const restoreAuditActions = ['restore.applied'] as const;

export const restoreReasons = [
  'restore_not_available',
  'restore_no_folder',
  'restore_not_chosen',
  'restore_busy',
  'restore_cancelled',
  'backup_manifest_invalid',
  'backup_file_missing',
  'backup_file_extra',
  'backup_file_changed',
  'backup_newer',
  'backup_damaged',
  'backup_keys_invalid',
  'restore_admin_only',
  'restore_not_inspected',
  'restore_not_opened',
] as const;

const typedUserName = z.string().trim().min(1).max(64);
const empty = z.strictObject({});

export const restoreMethods = {
  /** Asks the host for a backup folder (a dialog; the web host's newest complete backup). */
  'restore.choose': method({
    input: empty,
    output: output<RestoreSource | null>(),
    access: 'public',
  }),
  /**
   * Copies the chosen backup into a scratch folder while checking the manifest, each file's
   * size and SHA-256, and the schema version. Progress as `job.progress` (kind `backup.restore`).
   */
  'restore.inspect': method({
    input: empty,
    output: output<RestoreManifestSummary>(),
    access: 'public',
  }),
  /**
   * Opens the checked copy with the password of an admin of the backup, runs `integrity_check`
   * and tells what it contains. A wrong password counts like a failed sign-in.
   */
  'restore.unlock': method({
    input: z.strictObject({ userName: typedUserName, password: passwordInputSchema }),
    output: output<RestoreContents>(),
    access: 'public',
  }),
  /**
   * Signs everyone out and swaps the opened copy in; the replaced files are kept in
   * `replaced-<date>`. Answers the new session (the sign-in screen).
   */
  'restore.apply': method({
    input: z.strictObject({ token: z.uuid() }),
    output: output<SessionInfo>(),
    access: 'public',
  }),
  /** Stops a running check and removes the scratch copy. */
  'restore.cancel': method({ input: empty, output: output<null>(), access: 'public' }),
};
