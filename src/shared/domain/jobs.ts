/**
 * Kinds of long work the core runs as background jobs, off the thread that owns the window.
 * Worker kinds run their SQL in a worker thread; each has a function in
 * `src/main/core/jobs/job-kinds.ts` (a bundled app cannot scan folders, so the list is static).
 */
export const WORKER_JOB_KINDS = [
  'audit.verify',
  /** A report written to XLSX or CSV (issue 11). */
  'reports.export',
  /** A spreadsheet read, mapped and checked row by row: the dry run (issue 11). */
  'imports.check',
  /** The checked rows written in one transaction (issue 11). */
  'imports.apply',
  /** The database copied with VACUUM INTO, the key file and compartments, a manifest (issue 11). */
  'backup.create',
] as const;
export type WorkerJobKind = (typeof WORKER_JOB_KINDS)[number];

/**
 * Host kinds run in main as async work that waits on something else doing the heavy part
 * (Chromium rendering PDF pages), so they never block main's thread; they share progress,
 * listing, cancel and audit with worker jobs (`SessionJobs.runInMain`).
 */
export const HOST_JOB_KINDS = [
  'documents.pdf',
  /** Everything held about one person as JSON and a readable PDF (PDPA s.30, issue 11). */
  'pdpa.subjectExport',
  /** A backup checked, opened in a scratch folder and swapped in (issue 11). */
  'backup.restore',
] as const;
export type HostJobKind = (typeof HOST_JOB_KINDS)[number];

export const JOB_KINDS = [...WORKER_JOB_KINDS, ...HOST_JOB_KINDS] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** `queued`: waiting for the writing job before it to end (at most one writing job runs). */
export const JOB_STATES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Why a job failed, for the renderer to translate (`jobs.failed.<reason>`). Raw error messages
 * stay in the worker: they can carry SQL or personal data.
 * - `database_unavailable`: the worker could not open the database (moved, damaged, key rotated).
 * - `job_threw`: the job's own code failed.
 * - `worker_exited`: the worker thread stopped without an answer (crash, out of memory).
 */
export const JOB_FAILURE_REASONS = ['database_unavailable', 'job_threw', 'worker_exited'] as const;
export type JobFailureReason = (typeof JOB_FAILURE_REASONS)[number];

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
  reason: JobFailureReason | null;
}

/** The states after which a job never changes again. */
export function isFinalJobState(state: JobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}
