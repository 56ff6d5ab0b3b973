import { z } from 'zod';
import type { JobProgress } from '../../domain/jobs';
import { method, output } from '../define';

/** A job that did not finish leaves one event with its kind, state and reason. */
export const jobsAuditActions = ['job.ended'] as const;

export const jobsReasons = ['job_not_found', 'job_failed', 'job_cancelled'] as const;

/**
 * Background jobs (long work such as verifying the audit chain, later imports, exports and
 * backups) are started by the feature method that needs them; their progress arrives as the
 * `job.progress` event. These methods list and stop them.
 */
export const jobsMethods = {
  /** The caller's jobs that are not over (an admin sees everyone's). */
  'jobs.list': method({
    input: z.strictObject({}),
    output: output<JobProgress[]>(),
    access: 'jobs.own',
  }),
  /** Stops a job the caller started (an admin may stop any). NOT_FOUND when there is none. */
  'jobs.cancel': method({
    input: z.strictObject({ jobId: z.uuid() }),
    output: output<null>(),
    access: 'jobs.own',
  }),
};
