import type { Generated } from 'kysely';
import type { BackupOutcome } from '../../../shared/domain/backup-history';

/** The backup history (migration 0011). */
export interface BackupsTable {
  id: Generated<number>;
  at: string;
  by_user_id: number | null;
  folder_name: string;
  outcome: BackupOutcome;
  total_bytes: Generated<number>;
  database_bytes: Generated<number>;
  database_sha256: string | null;
  manifest_sha256: string | null;
  anchor_seq: number | null;
  anchor_mac: string | null;
}

export interface BackupTables {
  backups: BackupsTable;
}
