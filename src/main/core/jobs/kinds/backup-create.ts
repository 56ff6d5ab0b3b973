import {
  writeBackup,
  type BackupWriteParams,
  type BackupWriteResult,
} from '../../backup/backup-writer';
import type { JobHandler } from '../job-kind';

/**
 * The backup's heavy part, off the thread that owns the window: `VACUUM INTO`, the key file, the
 * compartments, hashes and the manifest (see `writeBackup`). Read-only: it never writes the
 * office database, so it starts at once beside other jobs and gets a `query_only` connection
 * (lifted only for the `VACUUM INTO` statement, ADR 0032). Main makes the folder before and
 * removes it when the job does not finish, and records the history row and audit event after.
 */
export const backupCreateJob: JobHandler<unknown, BackupWriteResult> = {
  writes: false,
  run: ({ db, params, progress, throwIfCancelled }) =>
    // Main built the params (`startBackup`); the worker is not reachable from the page.
    writeBackup({ db, progress, throwIfCancelled }, params as BackupWriteParams),
};
