/** Kinds of long work the core runs as background jobs (import, export, backup, printing…). */
export const JOB_KINDS = ['index.rebuild', 'bench.scan'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** What `job.progress` reports: plain JSON, sent while a job runs and once when it ends. */
export interface JobProgress {
  jobId: string;
  kind: JobKind;
  state: JobState;
  /** Units of work finished (rows, pages, files). */
  done: number;
  /** Units in all, when known. */
  total: number | null;
  /** A translatable reason when `state` is `failed`, never a raw message. */
  reason: string | null;
}
