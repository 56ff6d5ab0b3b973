import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../src/main/core/db/connection';
import { idleStatementCache } from '../../src/main/core/db/dialect';

export interface CapturedStatement {
  sql: string;
  args: unknown[];
}

type Runner = (...args: unknown[]) => unknown;

/**
 * The SQL statements (and their parameters) one call through the core runs on its connection,
 * recorded by wrapping `prepare` while the call runs (the statement cache is emptied first, so
 * every statement is prepared afresh and seen). The raw side of a figure then runs exactly these
 * statements with better-sqlite3: the same SQL work, without the dispatcher, Kysely, the
 * services' JavaScript or the answer's assembly. Audit writes are left out here: the raw side
 * writes its own chained audit row (`rawAuditWriter`), as the core writes one per read.
 */
export async function captureStatements(
  sqlite: SqliteDatabase,
  db: Kysely<unknown>,
  work: () => Promise<unknown>,
): Promise<CapturedStatement[]> {
  idleStatementCache(db)?.clear();
  const captured: CapturedStatement[] = [];
  let recording = true;
  const prepare = sqlite.prepare.bind(sqlite);
  const patched = sqlite as unknown as { prepare: (sql: string) => unknown };
  patched.prepare = (sql: string) => {
    const statement = prepare(sql) as unknown as Record<string, Runner>;
    for (const method of ['run', 'get', 'all', 'iterate']) {
      const original = statement[method]!.bind(statement);
      statement[method] = (...args: unknown[]) => {
        if (recording) captured.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  };
  try {
    await work();
  } finally {
    recording = false;
    delete (patched as Partial<typeof patched>).prepare;
    idleStatementCache(db)?.clear();
  }
  return captured.filter(
    ({ sql }) => !/audit_events|^\s*(begin|commit|rollback|savepoint|release)\b/i.test(sql),
  );
}

/** Prepares the captured statements on `raw` once; the returned function runs them all. */
export function replayer(raw: SqliteDatabase, statements: readonly CapturedStatement[]) {
  const prepared = statements.map(({ sql, args }) => {
    const statement = raw.prepare(sql);
    return statement.reader ? () => statement.all(...args) : () => statement.run(...args);
  });
  return (): void => {
    for (const run of prepared) run();
  };
}
