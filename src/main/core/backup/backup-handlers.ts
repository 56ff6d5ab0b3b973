import type { FeatureHandlers } from '../handlers';
import { backupHistory, backupStatus, createBackup, type BackupDeps } from './backup-service';

/** Making backups and their history; restoring them is `restore/`. */
export function backupHandlers(deps: BackupDeps): FeatureHandlers<'backup'> {
  return {
    'backup.create': (_input, call) => createBackup(call, deps),
    'backup.status': (_input, call) => backupStatus(call),
    'backup.history': ({ limit }, call) => backupHistory(call, limit ?? 50),
  };
}
