import { rmSync } from 'node:fs';
import type {
  BackupCreateOutcome,
  BackupHistoryEntry,
  BackupStatus,
} from '../../../shared/domain/backup-history';
import { BACKUP_DATABASE_FILE } from '../../../shared/domain/backup';
import { bangkokDate, parseIsoDate, utcMidnightMs } from '../../../shared/thai';
import type { SignedInCall } from '../call/call-context';
import { AppError } from '../errors';
import type { ChooseFolder } from '../files/choose-folder';
import { readOfficeSettings } from '../settings/office-settings';
import { makeBackupFolder } from './backup-folder';
import { insertBackupRow, listBackups, newestDoneBackup } from './backup-repository';
import type { BackupWriteParams } from './backup-writer';

export interface BackupDeps {
  dataDir: string;
  appVersion: string;
  machine: string;
  chooseFolder?: ChooseFolder | undefined;
}

/**
 * Makes a backup: asks for the folder, makes `kaona-backup-<time>` in it, runs the
 * `backup.create` job and, once it is complete, records it in the history together with its audit
 * event (one transaction). The event comes after the copy on purpose: it records what was
 * written (sizes, the database's SHA-256, the manifest's anchor), which only exists afterwards;
 * the manifest's anchor is the newest event inside the copy (ADR 0032). A cancelled or failed
 * job removes the folder (and is audited as `job.ended` by the jobs), so nothing half-done stays
 * on the drive; a killed process leaves a folder without a manifest, which restore ignores.
 */
export async function createBackup(
  call: SignedInCall,
  deps: BackupDeps,
): Promise<BackupCreateOutcome> {
  if (!deps.chooseFolder) throw new AppError('FORBIDDEN', 'backup_unavailable');
  const parent = await deps.chooseFolder('backup-target');
  if (parent === null) return { done: false };

  const startedAt = call.clock.now();
  let made: { folder: string; name: string };
  try {
    made = makeBackupFolder(parent, startedAt);
  } catch {
    throw new AppError('CONFLICT', 'backup_target_unwritable');
  }
  const params: BackupWriteParams = {
    dataDir: deps.dataDir,
    folder: made.folder,
    createdAt: startedAt.toISOString(),
    appVersion: deps.appVersion,
    machine: deps.machine,
  };
  const history = { at: startedAt.toISOString(), byUserId: call.user.id, folderName: made.name };

  let end;
  try {
    end = await call.jobs.run('backup.create', params);
  } catch (error) {
    removeUnfinished(made.folder);
    throw error;
  }
  if (end.state !== 'done') {
    removeUnfinished(made.folder);
    try {
      await insertBackupRow(call.db, { ...history, outcome: end.state });
    } catch {
      // A lock or quit cancelled the job and closed the database: the jobs' own `job.ended`
      // event may be missing too; the folder is gone either way, which is what matters.
    }
    if (end.state === 'cancelled') throw new AppError('CONFLICT', 'job_cancelled');
    throw new AppError('INTERNAL', 'backup_failed');
  }

  const { manifest, manifestSha256 } = end.result;
  const database = manifest.files.find((file) => file.path === BACKUP_DATABASE_FILE);
  if (!database) throw new AppError('INTERNAL', 'backup_failed');
  const totalBytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  await call.audited(
    {
      action: 'backup.created',
      outcome: 'success',
      target: { type: 'backup', id: made.name },
      // Names of nothing but the folder; counts and sizes; the anchor ties the live log to the copy.
      details: {
        folderName: made.name,
        files: manifest.files.length,
        totalBytes,
        databaseBytes: database.bytes,
        databaseSha256: database.sha256,
        anchorSeq: manifest.auditAnchor.seq,
        schemaVersion: manifest.schemaVersion,
        ...Object.fromEntries(Object.entries(manifest.counts).map(([k, v]) => [`count_${k}`, v])),
      },
    },
    (trx) =>
      insertBackupRow(trx, {
        ...history,
        outcome: 'done',
        totalBytes,
        databaseBytes: database.bytes,
        databaseSha256: database.sha256,
        manifestSha256,
        anchor: manifest.auditAnchor,
      }),
  );
  return {
    done: true,
    folderName: made.name,
    targetFolder: parent,
    createdAt: manifest.createdAt,
    counts: manifest.counts,
    totalBytes,
    auditAnchor: manifest.auditAnchor,
  };
}

function removeUnfinished(folder: string): void {
  // Retries: on Windows an antivirus may hold a just-written file for a moment.
  rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
}

/** The reminder's facts: the newest finished backup and how many calendar days ago (Bangkok). */
export async function backupStatus(call: SignedInCall): Promise<BackupStatus> {
  const [settings, newest] = await Promise.all([
    readOfficeSettings(call.db),
    newestDoneBackup(call.db),
  ]);
  const lastAnchor =
    newest && newest.anchor_seq !== null && newest.anchor_mac !== null
      ? { seq: newest.anchor_seq, mac: newest.anchor_mac, folderName: newest.folder_name }
      : null;
  return {
    ...backupReminder(newest?.at ?? null, call.clock.now(), settings.backupReminderDays),
    lastAnchor,
  };
}

/**
 * Due when there is no backup yet, or the newest is `reminderDays` calendar days old or more
 * (Bangkok days: a backup last evening is one day old this morning, as staff count it).
 */
export function backupReminder(
  lastBackupAt: string | null,
  now: Date,
  reminderDays: number,
): Omit<BackupStatus, 'lastAnchor'> {
  if (lastBackupAt === null)
    return { lastBackupAt, daysSince: null, reminderDays, reminderDue: true };
  const day = (instant: Date | string) => utcMidnightMs(parseIsoDate(bangkokDate(instant)));
  const daysSince = Math.max(0, Math.round((day(now) - day(lastBackupAt)) / 86_400_000));
  return { lastBackupAt, daysSince, reminderDays, reminderDue: daysSince >= reminderDays };
}

export function backupHistory(call: SignedInCall, limit: number): Promise<BackupHistoryEntry[]> {
  return listBackups(call.db, limit);
}
