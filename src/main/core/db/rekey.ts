import type { SqliteDatabase } from './connection';

export type RekeyStep = 'journal-delete' | 'rekeyed' | 'journal-wal';

/**
 * Re-encrypts the whole database under a new raw key. SQLite3MultipleCiphers cannot rekey in WAL
 * mode, so the WAL is checkpointed and the journal switched to DELETE for the rekey (which then
 * runs as one rollback-journal transaction) and back to WAL afterwards.
 */
export function rekeyDatabase(
  sqlite: SqliteDatabase,
  newKey: Uint8Array,
  onStep?: (step: RekeyStep) => void,
): void {
  if (newKey.length !== 32) throw new RangeError('database key must be 32 bytes');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  if (sqlite.pragma('journal_mode=DELETE', { simple: true }) !== 'delete')
    throw new Error('could not leave WAL mode');
  onStep?.('journal-delete');
  sqlite.pragma(`rekey="x'${Buffer.from(newKey).toString('hex')}'"`);
  onStep?.('rekeyed');
  sqlite.pragma('journal_mode=WAL');
  onStep?.('journal-wal');
}
