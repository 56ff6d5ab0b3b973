import { sql, type Kysely } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import { createKysely, openEncryptedDatabase, type SqliteDatabase } from '../db/connection';
import type { DatabaseSchema } from '../db/schema';
import { JobCancelledError, type JobContext } from './job-kind';
import type { JobHandlers } from './job-kinds';
import type { JobWorkerInput, JobWorkerMessage } from './job-protocol';

/**
 * The body of a job's worker thread: open an own connection with the key the runner moved here,
 * wipe the key, run the kind's function, post one final message, close. One worker per job, so
 * the key and the connection live exactly as long as the job.
 */
export async function serveJob(handlers: JobHandlers): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveJob runs inside a worker thread');
  const input = workerData as JobWorkerInput;
  const post = (message: JobWorkerMessage) => port.postMessage(message);

  const handler = Object.hasOwn(handlers, input.kind) ? handlers[input.kind] : undefined;
  if (!handler) {
    input.key.fill(0);
    post({ type: 'failed', reason: 'job_threw' });
    return;
  }

  let sqlite: SqliteDatabase;
  try {
    sqlite = openEncryptedDatabase(input.databaseFile, input.key);
  } catch {
    post({ type: 'failed', reason: 'database_unavailable' });
    return;
  } finally {
    // SQLite keeps its own key schedule inside the connection; this copy is no longer needed.
    input.key.fill(0);
  }
  // A read-only kind cannot write even by mistake.
  if (!handler.writes) sqlite.pragma('query_only=ON');
  const db = createKysely(sqlite);

  const cancelFlag = new Int32Array(input.cancelFlag);
  const isCancelled = () => Atomics.load(cancelFlag, 0) === 1;
  const context: JobContext<unknown> = {
    db,
    params: input.params,
    progress: (done, total) => post({ type: 'progress', done, total }),
    isCancelled,
    throwIfCancelled: () => {
      if (isCancelled()) throw new JobCancelledError();
    },
    writeTransaction: (work) => immediateTransaction(db, work),
  };

  try {
    const result = await handler.run(context);
    post({ type: 'done', result });
  } catch (error) {
    // The raw error stays here: it may hold SQL or personal data (see JOB_FAILURE_REASONS).
    post(
      error instanceof JobCancelledError
        ? { type: 'cancelled' }
        : { type: 'failed', reason: 'job_threw' },
    );
  } finally {
    await db.destroy();
  }
}

async function immediateTransaction<T>(
  db: Kysely<DatabaseSchema>,
  work: (trx: Kysely<DatabaseSchema>) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(connection);
      throw error;
    }
  });
}
