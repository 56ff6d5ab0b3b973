import type Database from 'better-sqlite3-multiple-ciphers';
import type { SqliteDatabase } from './connection';

/** Enough for every distinct query the app runs; `IN (?, ?, …)` lists of many lengths evict. */
export const DEFAULT_STATEMENT_CACHE_SIZE = 256;

/**
 * Keeps better-sqlite3 prepared statements by SQL text, newest use last, at most `capacity`.
 *
 * Kysely's SQLite driver calls `prepare` for every query; preparing (parsing and planning the
 * SQL) costs more than running a point read. A statement can be reused for any parameters, in or
 * out of a transaction. A schema change does not make a cached statement stale: SQLite prepares
 * with `sqlite3_prepare_v3`, which notices the schema cookie changed and re-prepares on the next
 * step, and better-sqlite3 reads column names at each run (see tests/core/db-statement-cache).
 * Evicted statements are left to the garbage collector; closing the database finalizes them all.
 */
export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly sqlite: SqliteDatabase,
    readonly capacity: number = DEFAULT_STATEMENT_CACHE_SIZE,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('statement cache capacity must be a positive integer');
  }

  get size(): number {
    return this.statements.size;
  }

  prepare(sql: string): Database.Statement {
    const cached = this.statements.get(sql);
    // A statement still being iterated (Kysely's `stream()`) cannot run again until the iterator
    // ends: hand out a one-off statement instead of the busy one.
    if (cached?.busy) return this.sqlite.prepare(sql);
    if (cached) {
      // Move to the newest end; a Map iterates in insertion order, so the first key is the LRU.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const statement = this.sqlite.prepare(sql);
    this.statements.set(sql, statement);
    if (this.statements.size > this.capacity) {
      const oldest = this.statements.keys().next().value as string;
      this.statements.delete(oldest);
    }
    return statement;
  }

  clear(): void {
    this.statements.clear();
  }
}
