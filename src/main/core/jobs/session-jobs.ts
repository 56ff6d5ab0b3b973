import { randomUUID } from 'node:crypto';
import type { HostJobKind, JobProgress, WorkerJobKind } from '../../../shared/domain/jobs';
import type { AuditActor, AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { JobResults } from './job-kinds';
import { JobRunner } from './job-runner';
import type { JobWorkerEntry } from './job-worker-entry';

export interface SessionJobsOptions {
  databaseFile: string;
  /** The office key now in force (it changes when the key rotates). */
  getKey: () => Uint8Array;
  audit: AuditLog;
  clock: Clock;
  /** Every change of a job, for the `job.progress` event. */
  onProgress: (progress: JobProgress) => void;
  worker?: JobWorkerEntry;
}

/** How a job ended, as its starter sees it. */
export type JobEnd<K extends WorkerJobKind> =
  | { state: 'done'; result: JobResults[K] }
  | { state: 'failed' | 'cancelled'; progress: JobProgress };

/** What host work gets: the cancel signal (check it between chunks) and a progress reporter. */
export interface HostJobContext {
  signal: AbortSignal;
  report(done: number, total: number | null): void;
}

/** How a host job ended; a failure keeps the error so the starter can answer with its reason. */
export type HostJobEnd<T> =
  | { state: 'done'; result: T }
  | { state: 'cancelled'; progress: JobProgress }
  | { state: 'failed'; progress: JobProgress; error: unknown };

interface HostJob {
  progress: JobProgress;
  controller: AbortController;
  over: Promise<unknown>;
}

/** How long `closeAll` waits for cancelled host work (a Chromium page) to give up. */
const HOST_CLOSE_GRACE_MS = 2000;

/**
 * The background jobs of one signed-in session: who started each (so only they, or an admin, may
 * cancel it) and one audit event when a job does not finish, so cancelled and failed work leaves
 * a trace too. A job that finishes is audited by the feature that started it, with its result.
 */
export class SessionJobs {
  private readonly runner: JobRunner;
  private readonly starters = new Map<string, AuditActor>();
  private readonly hostJobs = new Map<string, HostJob>();
  private closing = false;

  constructor(private readonly options: SessionJobsOptions) {
    this.runner = new JobRunner({
      databaseFile: options.databaseFile,
      getKey: options.getKey,
      onProgress: options.onProgress,
      onFinished: (progress) => this.finished(progress),
      ...(options.worker ? { worker: options.worker } : {}),
    });
  }

  /** Runs a job to its end. */
  async run<K extends WorkerJobKind>(
    kind: K,
    params: unknown,
    actor: AuditActor,
  ): Promise<JobEnd<K>> {
    const started = this.runner.start(kind, params);
    this.starters.set(started.jobId, actor);
    const { progress, result } = await started.finished;
    this.starters.delete(started.jobId);
    return progress.state === 'done'
      ? { state: 'done', result: result as JobResults[K] }
      : { state: progress.state === 'cancelled' ? 'cancelled' : 'failed', progress };
  }

  /**
   * Runs async work in main as a job (a host kind): the same progress events, list, cancel and
   * audit rules as a worker job. The work must honour `signal` (cancel, lock, quit) and must not
   * block the thread: it waits on something else (Chromium) doing the heavy part.
   */
  async runInMain<T>(
    kind: HostJobKind,
    work: (job: HostJobContext) => Promise<T>,
    actor: AuditActor,
  ): Promise<HostJobEnd<T>> {
    if (this.closing) throw new Error('the jobs are closing');
    const progress: JobProgress = {
      jobId: randomUUID(),
      kind,
      state: 'running',
      done: 0,
      total: null,
      reason: null,
    };
    const controller = new AbortController();
    const context: HostJobContext = {
      signal: controller.signal,
      report: (done, total) => {
        if (controller.signal.aborted) return;
        progress.done = done;
        progress.total = total;
        this.options.onProgress({ ...progress });
      },
    };
    const over = Promise.withResolvers<unknown>();
    this.hostJobs.set(progress.jobId, { progress, controller, over: over.promise });
    this.starters.set(progress.jobId, actor);
    this.options.onProgress({ ...progress });
    let end: HostJobEnd<T>;
    try {
      const result = await work(context);
      progress.state = 'done';
      end = { state: 'done', result };
    } catch (error) {
      if (controller.signal.aborted) {
        progress.state = 'cancelled';
        end = { state: 'cancelled', progress: { ...progress } };
      } else {
        progress.state = 'failed';
        progress.reason = 'job_threw';
        end = { state: 'failed', progress: { ...progress }, error };
      }
    }
    this.hostJobs.delete(progress.jobId);
    this.options.onProgress({ ...progress });
    await this.finished({ ...progress });
    this.starters.delete(progress.jobId);
    over.resolve(undefined);
    return end;
  }

  /** Cancels a job its starter (or an admin) asks to stop; false when there is no such job. */
  cancel(jobId: string, actor: AuditActor): boolean {
    const starter = this.starters.get(jobId);
    if (!starter) return false;
    if (starter.id !== actor.id && actor.role !== 'admin') return false;
    const hostJob = this.hostJobs.get(jobId);
    if (hostJob) {
      if (hostJob.controller.signal.aborted) return false;
      hostJob.controller.abort();
      return true;
    }
    return this.runner.cancel(jobId);
  }

  /** The person's jobs that are not over (an admin sees everyone's). */
  list(actor: AuditActor): JobProgress[] {
    return [
      ...this.runner.list(),
      ...[...this.hostJobs.values()].map((job) => ({ ...job.progress })),
    ].filter((job) => actor.role === 'admin' || this.starters.get(job.jobId)?.id === actor.id);
  }

  /**
   * Cancels every job and waits for every worker to exit and host work to give up: before a lock
   * and a key rotation.
   */
  async closeAll(): Promise<void> {
    this.closing = true;
    try {
      const hostJobs = [...this.hostJobs.values()];
      for (const job of hostJobs) job.controller.abort();
      await Promise.all([
        this.runner.closeAll(),
        waitAtMost(Promise.allSettled(hostJobs.map((job) => job.over)), HOST_CLOSE_GRACE_MS),
      ]);
    } finally {
      this.closing = false;
    }
  }

  private async finished(progress: JobProgress): Promise<void> {
    if (progress.state === 'done') return;
    const actor = this.starters.get(progress.jobId) ?? { id: null, userName: null, role: null };
    try {
      await this.options.audit.record({
        action: 'job.ended',
        outcome: 'failure',
        actor,
        target: { type: 'job', id: progress.jobId },
        details: { kind: progress.kind, state: progress.state, reason: progress.reason },
      });
    } catch {
      // The database may be closing under a lock; the job's end is still reported to the page.
    }
  }
}

async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
