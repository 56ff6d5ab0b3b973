import type { JobFailureReason } from '../../../shared/domain/jobs';

/** What the runner hands a job's worker thread (`workerData`). */
export interface JobWorkerInput {
  kind: string;
  params: unknown;
  databaseFile: string;
  /**
   * The database key, moved (transferred) to the worker, not copied: the runner's buffer is
   * detached by the move. The worker zero-fills it as soon as the connection is open.
   */
  key: Uint8Array;
  /** One Int32 set to 1 by the runner to cancel; shared memory, so a busy job still sees it. */
  cancelFlag: SharedArrayBuffer;
}

/** Messages from a job's worker thread to the runner. The last one comes before the exit. */
export type JobWorkerMessage =
  | { type: 'progress'; done: number; total: number | null }
  | { type: 'done'; result: unknown }
  | { type: 'cancelled' }
  | { type: 'failed'; reason: JobFailureReason };
