import {
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import type { SqliteDatabase } from './connection';
import type { DatabaseSchema } from './schema';
import { StatementCache } from './statement-cache';

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, which would make
 * the migrator run migrations without one. Saying so lets a failed migration roll back whole.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Kysely's SQLite driver, noting whether its one connection is lent out. Kysely lends it for
 * each query and for the whole of a transaction (`begin` … `commit`), behind its own mutex.
 */
class LendingAwareSqliteDriver extends SqliteDriver {
  lent = false;

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    this.lent = true;
    return connection;
  }

  override async releaseConnection(): Promise<void> {
    this.lent = false;
    await super.releaseConnection();
  }
}

class KaonaSqliteDialect extends SqliteDialect {
  readonly driver: LendingAwareSqliteDriver;

  constructor(config: SqliteDialectConfig) {
    super(config);
    // One driver per dialect, kept so that `idleStatementCache` can ask it whether it is lent.
    this.driver = new LendingAwareSqliteDriver(config);
  }

  override createDriver(): Driver {
    return this.driver;
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

interface DirectAccess {
  driver: LendingAwareSqliteDriver;
  statements: StatementCache;
}

/** Root Kysely instances made by `createKaonaKysely`, with what a direct run needs. */
const directAccess = new WeakMap<object, DirectAccess>();

/**
 * Kysely over one connection, with prepared statements kept by SQL text (statement-cache.ts).
 * `db.destroy()` closes the connection.
 */
export function createKaonaKysely(
  sqlite: SqliteDatabase,
  statementCacheSize?: number,
): Kysely<DatabaseSchema> {
  const statements = new StatementCache(sqlite, statementCacheSize);
  const dialect = new KaonaSqliteDialect({
    database: {
      prepare: (sql) => statements.prepare(sql),
      close: () => {
        statements.clear();
        sqlite.close();
      },
    },
  });
  const db = new Kysely<DatabaseSchema>({ dialect });
  directAccess.set(db, { driver: dialect.driver, statements });
  return db;
}

/**
 * The statement cache of `db`'s connection when a query may run on it synchronously right now:
 * `db` is a root instance from `createKaonaKysely` (not a transaction, not `withPlugin`) and
 * Kysely has not lent the connection out, so no transaction is open on it. A synchronous run
 * then finishes before any other query can start, exactly as if it had waited for Kysely's mutex.
 * Undefined otherwise: the caller goes through Kysely's executor.
 */
export function idleStatementCache(db: object): StatementCache | undefined {
  const access = directAccess.get(db);
  return access && !access.driver.lent ? access.statements : undefined;
}
