import type { JobKind, JobProgress } from '../../../shared/domain/jobs';
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
export type JobEnd<K extends JobKind> =
  | { state: 'done'; result: JobResults[K] }
  | { state: 'failed' | 'cancelled'; progress: JobProgress };

/**
 * The background jobs of one signed-in session: who started each (so only they, or an admin, may
 * cancel it) and one audit event when a job does not finish, so cancelled and failed work leaves
 * a trace too. A job that finishes is audited by the feature that started it, with its result.
 */
export class SessionJobs {
  private readonly runner: JobRunner;
  private readonly starters = new Map<string, AuditActor>();

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
  async run<K extends JobKind>(kind: K, params: unknown, actor: AuditActor): Promise<JobEnd<K>> {
    const started = this.runner.start(kind, params);
    this.starters.set(started.jobId, actor);
    const { progress, result } = await started.finished;
    this.starters.delete(started.jobId);
    return progress.state === 'done'
      ? { state: 'done', result: result as JobResults[K] }
      : { state: progress.state === 'cancelled' ? 'cancelled' : 'failed', progress };
  }

  /** Cancels a job its starter (or an admin) asks to stop; false when there is no such job. */
  cancel(jobId: string, actor: AuditActor): boolean {
    const starter = this.starters.get(jobId);
    if (!starter) return false;
    if (starter.id !== actor.id && actor.role !== 'admin') return false;
    return this.runner.cancel(jobId);
  }

  /** The person's jobs that are not over (an admin sees everyone's). */
  list(actor: AuditActor): JobProgress[] {
    return this.runner
      .list()
      .filter((job) => actor.role === 'admin' || this.starters.get(job.jobId)?.id === actor.id);
  }

  /** Cancels every job and waits for every worker to exit: before a lock and a key rotation. */
  closeAll(): Promise<void> {
    return this.runner.closeAll();
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
