import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import {
  BACKUP_DATABASE_FILE,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_KEYS_FILE,
  BACKUP_MANIFEST_FILE,
  BACKUP_MENTORS_FOLDER,
  backupManifestSchema,
  type BackupFile,
  type BackupManifest,
} from '../../../shared/domain/backup';
import { SLOT_FILE } from '../auth/vault/slot-file';
import { COMPARTMENTS_FOLDER } from '../compartments/compartment-file';
import { openEncryptedDatabase } from '../db/connection';
import type { DatabaseSchema } from '../db/schema';
import { writeFileAtomic } from '../fs/atomic-write';
import { describeFile } from './backup-files';

/** The tables whose row counts the manifest shows (what restore shows before the swap). */
export const BACKUP_COUNTED_TABLES = [
  'users',
  'beneficiaries',
  'cases',
  'advisory_sessions',
  'attachments',
  'referrals',
  'documents',
  'mentor_compartments',
  'audit_events',
] as const;

export interface BackupWriteParams {
  /** The office's data folder: `kaona.keys` and `mentors/` are read from here. */
  dataDir: string;
  /** The new, empty backup folder (main made it; main removes it when the job does not finish). */
  folder: string;
  /** ISO-8601 UTC, the time the person asked for the backup. */
  createdAt: string;
  appVersion: string;
  machine: string;
}

export interface BackupWriteResult {
  manifest: BackupManifest;
  /** SHA-256 of `manifest.json` as written. */
  manifestSha256: string;
}

export interface BackupWriteContext {
  db: Kysely<DatabaseSchema>;
  progress: (done: number, total: number | null) => void;
  throwIfCancelled: () => void;
}

/**
 * Writes one backup into `params.folder`, in the order that makes a half-written folder
 * harmless: the database copy, the key-slot file, each compartment, then — once every file is on
 * the drive and hashed — `manifest.json` under a temporary name, renamed into place. A folder
 * without a manifest is never offered for restore, so a kill at any moment leaves nothing that
 * looks complete, and the source is only ever read.
 *
 * Runs in the job's worker thread (and in the bench and the kill test as a plain function).
 */
export async function writeBackup(
  { db, progress, throwIfCancelled }: BackupWriteContext,
  params: BackupWriteParams,
): Promise<BackupWriteResult> {
  const { folder, dataDir } = params;
  const compartments = await db
    .selectFrom('mentor_compartments')
    .select(['user_id', 'file_name'])
    .orderBy('user_id')
    .execute();
  // Steps: the database, the key file, each compartment, the hashing, the manifest.
  const total = 4 + compartments.length;
  let done = 0;
  const step = () => progress(++done, total);
  progress(0, total);

  throwIfCancelled();
  const databasePath = join(folder, BACKUP_DATABASE_FILE);
  await vacuumInto(db, databasePath);
  step();
  throwIfCancelled();
  const facts = await readCopyFacts(db, databasePath);

  // After the database: an account added meanwhile has a slot here but no row in the copy
  // (harmless), never the reverse. A key rotation cancels every job before it starts, so the
  // slot file always holds the key the copy is encrypted with.
  copyFileSync(join(dataDir, SLOT_FILE), join(folder, BACKUP_KEYS_FILE));
  step();

  const paths = [BACKUP_DATABASE_FILE, BACKUP_KEYS_FILE];
  for (const { user_id: userId, file_name: fileName } of compartments) {
    throwIfCancelled();
    const source = join(dataDir, COMPARTMENTS_FOLDER, fileName);
    if (existsSync(source)) {
      mkdirSync(join(folder, BACKUP_MENTORS_FOLDER), { recursive: true, mode: 0o700 });
      await copyCompartment(db, userId, source, join(folder, BACKUP_MENTORS_FOLDER, fileName));
      paths.push(`${BACKUP_MENTORS_FOLDER}/${fileName}`);
    }
    step();
  }

  const files: BackupFile[] = paths.map((path) => describeFile(folder, path, throwIfCancelled));
  step();
  throwIfCancelled();

  const manifest = backupManifestSchema.parse({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: params.createdAt,
    appVersion: params.appVersion,
    schemaVersion: facts.schemaVersion,
    officeUuid: facts.officeUuid,
    machine: params.machine,
    counts: facts.counts,
    files,
    auditAnchor: facts.auditAnchor,
  } satisfies BackupManifest);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  writeFileAtomic(join(folder, BACKUP_MANIFEST_FILE), text);
  step();
  return { manifest, manifestSha256: createHash('sha256').update(text).digest('hex') };
}

/**
 * `VACUUM INTO` a new file: one read transaction (a consistent snapshot, WAL lets the office go
 * on writing meanwhile), written encrypted with the connection's cipher and key (SQLCipher v4,
 * raw key — proved by tests/core/backup-vacuum.test.ts). SQLite counts VACUUM INTO as a write
 * under `query_only`, although it writes only the new file, so a read-only job lifts it for this
 * one statement (ADR 0032).
 */
async function vacuumInto(db: Kysely<DatabaseSchema>, target: string): Promise<void> {
  await db.connection().execute(async (connection) => {
    const { rows } = await sql<{ query_only: number }>`PRAGMA query_only`.execute(connection);
    const wasQueryOnly = rows[0]?.query_only === 1;
    if (wasQueryOnly) await sql`PRAGMA query_only=OFF`.execute(connection);
    try {
      await sql`VACUUM INTO ${target}`.execute(connection);
    } finally {
      if (wasQueryOnly) await sql`PRAGMA query_only=ON`.execute(connection);
    }
  });
}

interface CopyFacts {
  schemaVersion: number;
  officeUuid: string;
  counts: Record<string, number>;
  auditAnchor: BackupManifest['auditAnchor'];
}

/**
 * What the manifest says about the database, read from the copy itself (attached with the
 * office key, which ATTACH inherits), so that counts and the audit anchor describe exactly the
 * file in the backup, not the live database that went on changing.
 */
async function readCopyFacts(db: Kysely<DatabaseSchema>, copy: string): Promise<CopyFacts> {
  return db.connection().execute(async (connection) => {
    await sql`ATTACH DATABASE ${copy} AS backup_copy`.execute(connection);
    try {
      const counts: Record<string, number> = {};
      for (const table of BACKUP_COUNTED_TABLES) {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*) AS n FROM ${sql.raw(`backup_copy.${table}`)}
        `.execute(connection);
        counts[table] = Number(rows[0]?.n ?? 0);
      }
      const migrations = await sql<{ n: number }>`
        SELECT count(*) AS n FROM backup_copy.kysely_migration
      `.execute(connection);
      const office = await sql<{ office_uuid: string }>`
        SELECT office_uuid FROM backup_copy.office_identity WHERE id = 1
      `.execute(connection);
      const newest = await sql<{ seq: number; mac: string }>`
        SELECT seq, mac FROM backup_copy.audit_events ORDER BY seq DESC LIMIT 1
      `.execute(connection);
      const anchor = newest.rows[0];
      return {
        schemaVersion: Number(migrations.rows[0]?.n ?? 0),
        officeUuid: office.rows[0]?.office_uuid ?? '',
        counts,
        auditAnchor: anchor ? { seq: anchor.seq, mac: anchor.mac } : { seq: 0, mac: '' },
      };
    } finally {
      await sql`DETACH DATABASE backup_copy`.execute(connection);
    }
  });
}

/**
 * A compartment copied with `VACUUM INTO` through its own key (kept in the office database): a
 * consistent snapshot even while a sync has it open, still encrypted with that key, so the
 * mentor's slot in the copied `kaona.keys` opens it. Not a raw file copy: a compartment open
 * in WAL mode keeps recent commits in its `-wal` file.
 */
async function copyCompartment(
  db: Kysely<DatabaseSchema>,
  userId: number,
  source: string,
  target: string,
): Promise<void> {
  const row = await db
    .selectFrom('mentor_compartments')
    .select('compartment_key')
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const key = Buffer.from(row.compartment_key);
  row.compartment_key.fill(0);
  let compartment;
  try {
    compartment = openEncryptedDatabase(source, key);
  } finally {
    key.fill(0);
  }
  try {
    compartment.prepare('VACUUM INTO ?').run(target);
  } finally {
    compartment.close();
  }
}
