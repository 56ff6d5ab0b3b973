import type { Compilable, CompiledQuery, Kysely, Transaction } from 'kysely';
import { idleStatementCache } from './dialect';
import type { DatabaseSchema } from './schema';

type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Stands in for a parameter while the query is compiled; replaced by the real value per run. */
class Placeholder {
  constructor(readonly name: string) {}
}

type Slot = { placeholder: string } | { constant: unknown };

interface Compiled {
  query: CompiledQuery;
  slots: Slot[];
}

/**
 * A query built once with Kysely and run many times with new parameters: building and compiling
 * a Kysely query costs more than a point read by primary key, so hot reads compile theirs once.
 * The builder is ordinary Kysely code; `params` hands out placeholders for the values that change:
 *
 * ```ts
 * const selectSettingValue = precompileQuery((db, params: { key: string }) =>
 *   db.selectFrom('settings').select('value').where('key', '=', params.key),
 * );
 * const row = await selectSettingValue.takeFirst(db, { key });
 * ```
 *
 * A placeholder may only stand where Kysely makes a bound parameter (a value, not a table or
 * column name, not inside `sql.lit`); compiling checks that every placeholder became one.
 * Runs on an idle root connection execute the cached statement synchronously (dialect.ts);
 * inside a transaction, or while one is open elsewhere, they go through Kysely's executor.
 */
export function precompileQuery<P extends object, R>(
  build: (db: Executor, params: P) => Compilable<R>,
): PrecompiledQuery<P, R> {
  return new PrecompiledQuery(build);
}

export class PrecompiledQuery<P extends object, R> {
  private compiled: Compiled | undefined;

  constructor(private readonly build: (db: Executor, params: P) => Compilable<R>) {}

  /** Every row. */
  execute(db: Executor, params: P): Promise<R[]> {
    return this.run(db, params, 'all') as Promise<R[]>;
  }

  /** The first row, or undefined. */
  takeFirst(db: Executor, params: P): Promise<R | undefined> {
    return this.run(db, params, 'first') as Promise<R | undefined>;
  }

  // Not `async`: on the direct path the answer is ready at once, and every extra promise layer
  // costs a noticeable share of a point read.
  private run(db: Executor, params: P, rows: 'all' | 'first'): Promise<unknown> {
    try {
      const { query, slots } = this.compile(db);
      const parameters = slots.map((slot) =>
        'placeholder' in slot
          ? (params as Record<string, unknown>)[slot.placeholder]
          : slot.constant,
      );
      const statements = idleStatementCache(db);
      if (!statements)
        return db
          .executeQuery<R>({ ...query, parameters })
          .then((result) => (rows === 'all' ? result.rows : result.rows[0]));
      const statement = statements.prepare(query.sql);
      if (!statement.reader) {
        statement.run(parameters);
        return Promise.resolve(rows === 'all' ? [] : undefined);
      }
      return Promise.resolve(
        rows === 'all' ? statement.all(parameters) : statement.get(parameters),
      );
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  private compile(db: Executor): Compiled {
    if (this.compiled) return this.compiled;
    const names = new Set<string>();
    const params = new Proxy({} as P, {
      get: (_target, name) => {
        if (typeof name !== 'string') return undefined;
        names.add(name);
        return new Placeholder(name);
      },
    });
    const query = this.build(db, params).compile();
    const slots: Slot[] = query.parameters.map((value) =>
      value instanceof Placeholder ? { placeholder: value.name } : { constant: value },
    );
    for (const name of names) {
      if (!slots.some((slot) => 'placeholder' in slot && slot.placeholder === name))
        throw new Error(`precompiled query: parameter "${name}" is not a bound value`);
    }
    this.compiled = { query, slots };
    return this.compiled;
  }
}
