import type { Kysely } from 'kysely';
import { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import { createKysely, openEncryptedDatabase, type SqliteDatabase } from '../db/connection';
import { databasePath } from '../db/database-file';
import { DatabaseOpenError } from '../db/errors';
import { migrateToLatest } from '../db/migrate';
import type { DatabaseSchema } from '../db/schema';
import type { JobProgress } from '../../../shared/domain/jobs';
import type { JobWorkerEntry } from '../jobs/job-worker-entry';
import { SessionJobs } from '../jobs/session-jobs';
import { finishInterruptedRotation } from './vault/key-rotation';
import { signerFor } from './vault/slot-mac';
import { vaultMacKey } from './vault/slot-registry';
import type { Slot, SlotFile } from './vault/slot-file';
import { slotDbKeys, unlockSlot } from './vault/slots';

/** The database while someone is signed in: the only place the key lives, in memory. */
export interface UnlockedDatabase {
  sqlite: SqliteDatabase;
  db: Kysely<DatabaseSchema>;
  audit: AuditLog;
  key: Buffer;
  generation: number;
  /** Long work in worker threads with their own connections; closed before the key goes. */
  jobs: SessionJobs;
  /** The generation a key rotation interrupted by a crash was finished to while opening. */
  finishedRotation: number | null;
}

export interface UnlockContext {
  dataDir: string;
  machine: string;
  appVersion: string;
  clock: Clock;
  /** Told about every change of a background job (the `job.progress` event). */
  onJobProgress?: (progress: JobProgress) => void;
  /** Where job workers start; by default beside the job runner (source or bundle). */
  jobWorker?: JobWorkerEntry;
}

export function openUnlocked(
  context: UnlockContext,
  sqlite: SqliteDatabase,
  key: Buffer,
  generation: number,
): UnlockedDatabase {
  const db = createKysely(sqlite);
  const audit = new AuditLog(db, {
    dataDir: context.dataDir,
    machine: context.machine,
    appVersion: context.appVersion,
    now: () => context.clock.now(),
  });
  const unlocked = {
    sqlite,
    db,
    audit,
    key,
    generation,
    finishedRotation: null,
  } as Omit<UnlockedDatabase, 'jobs'> as UnlockedDatabase;
  unlocked.jobs = new SessionJobs({
    databaseFile: databasePath(context.dataDir),
    // Read at each job's start: a rotation replaces the key on this object.
    getKey: () => unlocked.key,
    audit,
    clock: context.clock,
    onProgress: (progress) => context.onJobProgress?.(progress),
    ...(context.jobWorker ? { worker: context.jobWorker } : {}),
  });
  return unlocked;
}

/**
 * Opens the database through a key slot: the secret unseals the slot's private key, which unseals
 * the database key(s). Returns null for a wrong secret. Finishes an interrupted key rotation.
 */
export async function unlockWithSlot(
  context: UnlockContext,
  slotFile: SlotFile,
  slot: Slot,
  secret: string,
): Promise<UnlockedDatabase | null> {
  const privateKey = await unlockSlot(slot, secret);
  if (!privateKey) return null;
  const keys = slotDbKeys(slot, privateKey);
  privateKey.fill(0);

  let opened: { sqlite: SqliteDatabase; generation: number; key: Buffer } | undefined;
  for (const { generation, key } of keys) {
    try {
      opened = {
        sqlite: openEncryptedDatabase(databasePath(context.dataDir), key),
        generation,
        key,
      };
      break;
    } catch (error) {
      if (!(error instanceof DatabaseOpenError && error.failure === 'not-kaona-or-wrong-key')) {
        wipe(keys);
        throw error;
      }
    }
  }
  if (!opened) {
    wipe(keys);
    throw new DatabaseOpenError('not-kaona-or-wrong-key');
  }

  const unlocked = openUnlocked(context, opened.sqlite, Buffer.from(opened.key), opened.generation);
  try {
    await migrateToLatest(unlocked.db);
    const finished = finishInterruptedRotation({
      dataDir: context.dataDir,
      sqlite: opened.sqlite,
      slots: slotFile.slots,
      slotKeys: keys,
      openedGeneration: opened.generation,
      sign: signerFor(await vaultMacKey(unlocked.db)),
    });
    if (finished) {
      unlocked.key.fill(0);
      unlocked.key = finished.key;
      unlocked.generation = finished.generation;
      unlocked.finishedRotation = finished.generation;
    }
    return unlocked;
  } catch (error) {
    await closeUnlocked(unlocked);
    throw error;
  } finally {
    wipe(keys);
  }
}

function wipe(keys: { key: Buffer }[]): void {
  for (const entry of keys) entry.key.fill(0);
}

/** Closes the database and zero-fills the key. */
export async function closeUnlocked(unlocked: UnlockedDatabase): Promise<void> {
  // No worker may keep a connection or a copy of the key once the database is closed.
  await unlocked.jobs.closeAll();
  unlocked.audit.wipe();
  await unlocked.db.destroy(); // closes the better-sqlite3 handle too
  unlocked.key.fill(0);
}
