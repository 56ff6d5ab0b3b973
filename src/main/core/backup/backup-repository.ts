import type { Kysely } from 'kysely';
import type { BackupHistoryEntry, BackupOutcome } from '../../../shared/domain/backup-history';
import type { DatabaseSchema } from '../db/schema';

type Db = Kysely<DatabaseSchema>;

export interface NewBackupRow {
  at: string;
  byUserId: number | null;
  folderName: string;
  outcome: BackupOutcome;
  totalBytes?: number;
  databaseBytes?: number;
  databaseSha256?: string;
  manifestSha256?: string;
  anchor?: { seq: number; mac: string };
}

export async function insertBackupRow(db: Db, row: NewBackupRow): Promise<number> {
  const { id } = await db
    .insertInto('backups')
    .values({
      at: row.at,
      by_user_id: row.byUserId,
      folder_name: row.folderName,
      outcome: row.outcome,
      total_bytes: row.totalBytes ?? 0,
      database_bytes: row.databaseBytes ?? 0,
      database_sha256: row.databaseSha256 ?? null,
      manifest_sha256: row.manifestSha256 ?? null,
      anchor_seq: row.anchor?.seq ?? null,
      anchor_mac: row.anchor?.mac ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listBackups(db: Db, limit: number): Promise<BackupHistoryEntry[]> {
  const rows = await db
    .selectFrom('backups')
    .leftJoin('users', 'users.id', 'backups.by_user_id')
    .select([
      'backups.id',
      'backups.at',
      'users.full_name',
      'backups.folder_name',
      'backups.outcome',
      'backups.total_bytes',
      'backups.database_sha256',
      'backups.anchor_seq',
      'backups.anchor_mac',
    ])
    .orderBy('backups.at', 'desc')
    .orderBy('backups.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    byName: row.full_name,
    folderName: row.folder_name,
    outcome: row.outcome,
    totalBytes: row.total_bytes,
    databaseSha256: row.database_sha256,
    auditAnchor:
      row.anchor_seq !== null && row.anchor_mac !== null
        ? { seq: row.anchor_seq, mac: row.anchor_mac }
        : null,
  }));
}

export function newestDoneBackup(db: Db) {
  return db
    .selectFrom('backups')
    .select(['at', 'folder_name', 'anchor_seq', 'anchor_mac'])
    .where('outcome', '=', 'done')
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
