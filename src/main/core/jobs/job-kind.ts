import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';

/** Thrown by `throwIfCancelled`; the worker reports the job as `cancelled`, not `failed`. */
export class JobCancelledError extends Error {
  constructor() {
    super('job cancelled');
    this.name = 'JobCancelledError';
  }
}

/** What a job's function gets, inside its worker thread. */
export interface JobContext<P> {
  /** The worker's own connection to the encrypted database (read-only unless the kind writes). */
  db: Kysely<DatabaseSchema>;
  params: P;
  /** Reports progress; call it every few thousand units, not per row. */
  progress: (done: number, total: number | null) => void;
  isCancelled: () => boolean;
  /** Throws `JobCancelledError` once cancel was asked for: call it between chunks. */
  throwIfCancelled: () => void;
  /**
   * Runs `work` in one `BEGIN IMMEDIATE` transaction (writing kinds only). Immediate takes the
   * write lock up front, waiting (busy_timeout) for the main connection's short writes, so that
   * it never fails half-way with SQLITE_BUSY when a read would upgrade to a write. Keep each
   * transaction short (a chunk, well under 100 ms): the main connection waits for it, blocking.
   */
  writeTransaction: <T>(work: (trx: Kysely<DatabaseSchema>) => Promise<T>) => Promise<T>;
}

/**
 * One kind of job. `writes` decides scheduling: at most one writing job runs at a time, in the
 * order started; read-only jobs start at once and get a `query_only` connection.
 */
export interface JobHandler<P = unknown, R = unknown> {
  writes: boolean;
  run: (context: JobContext<P>) => Promise<R>;
}
