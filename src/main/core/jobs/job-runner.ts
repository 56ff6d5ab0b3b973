import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { DB_KEY_BYTES } from '../db/connection';
import type { JobProgress, WorkerJobKind } from '../../../shared/domain/jobs';
import { JOB_HANDLERS, type JobHandlers } from './job-kinds';
import type { JobWorkerInput, JobWorkerMessage } from './job-protocol';
import { defaultJobWorkerEntry, type JobWorkerEntry } from './job-worker-entry';

export interface JobRunnerOptions {
  databaseFile: string;
  /** The office key while unlocked; the runner copies it for each worker and never keeps it. */
  getKey: () => Uint8Array;
  /** Every change of a job: queued, running, progress, and once more when it ends. */
  onProgress: (progress: JobProgress) => void;
  /**
   * Once per job, after its worker has exited: the final progress and, for `done`, the result.
   * Handle your own errors; a rejection is passed on only through `start(…).finished`.
   */
  onFinished: (progress: JobProgress, result: unknown) => Promise<void>;
  /** Where the worker starts; by default the entry beside this module (job-worker-entry.ts). */
  worker?: JobWorkerEntry;
  /** The kinds that exist and whether each writes; by default the static `JOB_HANDLERS`. */
  handlers?: JobHandlers;
  /** How long `closeAll` lets cancelled jobs stop on their own before terminating them. */
  closeGraceMs?: number;
  /** Each worker's heap limit in MiB (`DEFAULT_WORKER_HEAP_MB`); tests set a small one. */
  workerHeapMb?: number;
}

/**
 * A worker's heap limit. Without one, a worker that runs out of memory takes the whole app down
 * (V8 aborts the process); with one, only the worker stops and its job fails `worker_exited`.
 * Workers parse files the office was handed: an XLSX is a zip, and a 20 MB zip of repeated text
 * inflates to gigabytes in exceljs (found in review, issue 11). Real jobs stay far below this
 * (a 50,000-row import, a 100k-row report).
 */
export const DEFAULT_WORKER_HEAP_MB = 2048;

export interface FinishedJob {
  progress: JobProgress;
  /** The job's result when it ended `done`, otherwise null. */
  result: unknown;
}

export interface StartedJob {
  jobId: string;
  /** Settles after `onFinished` has run. */
  finished: Promise<FinishedJob>;
}

interface Job {
  progress: JobProgress;
  params: unknown;
  writes: boolean;
  cancelFlag: Int32Array;
  cancelRequested: boolean;
  worker: Worker | undefined;
  outcome: Exclude<JobWorkerMessage, { type: 'progress' }> | undefined;
  exited: Promise<void>;
  markExited: () => void;
  finished: Promise<FinishedJob>;
  markFinished: (progress: JobProgress, result: unknown) => void;
}

const DEFAULT_CLOSE_GRACE_MS = 2000;

/**
 * Runs long work off the thread that owns the window: each job in its own worker thread with its
 * own connection to the encrypted database (see docs/adr/0011-background-jobs.md).
 *
 * Scheduling: read-only jobs start at once; at most one writing job runs, the others wait
 * (`queued`) in the order they were started. A job is over only when its worker has exited, so
 * after `closeAll()` no thread holds the key or a connection.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();
  private readonly queue: Job[] = [];
  private runningWriter: Job | undefined;
  private closing = false;
  private readonly entry: JobWorkerEntry;
  private readonly handlers: JobHandlers;

  constructor(private readonly options: JobRunnerOptions) {
    this.entry = options.worker ?? defaultJobWorkerEntry();
    this.handlers = options.handlers ?? JOB_HANDLERS;
  }

  start(kind: WorkerJobKind, params: unknown = {}): StartedJob {
    if (this.closing) throw new Error('the job runner is closing');
    const handler = Object.hasOwn(this.handlers, kind) ? this.handlers[kind] : undefined;
    if (!handler) throw new RangeError(`unknown job kind ${kind}`);

    const exited = Promise.withResolvers<void>();
    const finished = Promise.withResolvers<FinishedJob>();
    const job: Job = {
      progress: {
        jobId: randomUUID(),
        kind,
        state: 'queued',
        done: 0,
        total: null,
        reason: null,
      },
      params,
      writes: handler.writes,
      cancelFlag: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
      cancelRequested: false,
      worker: undefined,
      outcome: undefined,
      exited: exited.promise,
      markExited: () => exited.resolve(),
      finished: finished.promise,
      markFinished: (progress, result) => {
        this.options.onFinished(progress, result).then(
          () => finished.resolve({ progress, result }),
          (error: unknown) => finished.reject(error),
        );
      },
    };
    // Nobody has to await `finished`; an onFinished failure must not crash the process.
    job.finished.catch(() => undefined);
    this.jobs.set(job.progress.jobId, job);
    this.queue.push(job);
    this.pump();
    if (job.progress.state === 'queued') this.emit(job);
    return { jobId: job.progress.jobId, finished: job.finished };
  }

  /** Asks a job to stop. A queued job is cancelled at once; a running one at its next check. */
  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.cancelRequested) return false;
    if (job.progress.state === 'queued') {
      this.queue.splice(this.queue.indexOf(job), 1);
      job.outcome = { type: 'cancelled' };
      job.cancelRequested = true;
      this.finish(job);
      return true;
    }
    if (job.progress.state !== 'running') return false;
    job.cancelRequested = true;
    Atomics.store(job.cancelFlag, 0, 1);
    return true;
  }

  /** The jobs not yet over, oldest first. */
  list(): JobProgress[] {
    return [...this.jobs.values()].map((job) => ({ ...job.progress }));
  }

  /**
   * Cancels every job and waits until each worker has exited and `onFinished` has run; a worker
   * that has not stopped within the grace period is terminated. Call it on lock and on quit.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    try {
      const jobs = [...this.jobs.values()];
      for (const job of jobs) this.cancel(job.progress.jobId);
      const running = jobs.filter((job) => job.worker);
      await waitAtMost(
        Promise.all(running.map((job) => job.exited)),
        this.options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS,
      );
      // terminate() stops the thread even inside a loop that never checks for cancel; the
      // SQLite binding closes the thread's connection as the thread goes away.
      await Promise.all(running.map((job) => job.worker?.terminate()));
      await Promise.allSettled(jobs.map((job) => job.finished));
    } finally {
      this.closing = false;
    }
  }

  /** Starts what may start: every read-only job, and the first writing job if none runs. */
  private pump(): void {
    let writerBusy = this.runningWriter !== undefined;
    for (const job of [...this.queue]) {
      if (job.writes) {
        if (writerBusy) continue;
        writerBusy = true;
        this.runningWriter = job;
      }
      this.queue.splice(this.queue.indexOf(job), 1);
      this.launch(job);
    }
  }

  private launch(job: Job): void {
    job.progress.state = 'running';
    this.emit(job);
    // A buffer of its own (not Node's shared pool), so that it can be moved to the worker.
    const key = new Uint8Array(DB_KEY_BYTES);
    try {
      key.set(this.options.getKey());
    } catch {
      key.fill(0);
      job.outcome = { type: 'failed', reason: 'database_unavailable' };
      this.finish(job);
      return;
    }
    const input: JobWorkerInput = {
      kind: job.progress.kind,
      params: job.params,
      databaseFile: this.options.databaseFile,
      key,
      cancelFlag: job.cancelFlag.buffer as SharedArrayBuffer,
    };
    try {
      job.worker = new Worker(this.entry.file, {
        workerData: input,
        transferList: [key.buffer],
        execArgv: this.entry.execArgv,
        name: `kaona-job ${job.progress.kind}`,
        resourceLimits: {
          maxOldGenerationSizeMb: this.options.workerHeapMb ?? DEFAULT_WORKER_HEAP_MB,
        },
      });
    } catch {
      job.outcome = { type: 'failed', reason: 'worker_exited' };
      this.finish(job);
      return;
    } finally {
      // After the move the buffer is detached (nothing left here); if the worker never started,
      // the copy is still ours to wipe.
      if (key.buffer.byteLength > 0) key.fill(0);
    }
    job.worker.on('message', (message: JobWorkerMessage) => this.receive(job, message));
    // An uncaught error in the worker: its message stays unread (it may hold personal data);
    // the exit that follows reports the job as failed.
    job.worker.on('error', () => undefined);
    job.worker.on('exit', () => {
      job.markExited();
      this.finish(job);
    });
  }

  private receive(job: Job, message: JobWorkerMessage): void {
    if (message.type !== 'progress') {
      job.outcome = message;
      return;
    }
    job.progress.done = message.done;
    job.progress.total = message.total;
    this.emit(job);
  }

  private finish(job: Job): void {
    const outcome = job.outcome;
    let result: unknown = null;
    if (outcome?.type === 'done') {
      job.progress.state = 'done';
      result = outcome.result;
    } else if (outcome?.type === 'failed') {
      job.progress.state = 'failed';
      job.progress.reason = outcome.reason;
    } else if (outcome?.type === 'cancelled' || job.cancelRequested) {
      job.progress.state = 'cancelled';
    } else {
      job.progress.state = 'failed';
      job.progress.reason = 'worker_exited';
    }
    job.worker = undefined;
    this.jobs.delete(job.progress.jobId);
    if (this.runningWriter === job) this.runningWriter = undefined;
    this.emit(job);
    this.pump();
    job.markFinished({ ...job.progress }, result);
  }

  private emit(job: Job): void {
    this.options.onProgress({ ...job.progress });
  }
}

async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
