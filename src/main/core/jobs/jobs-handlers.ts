import { AppError } from '../errors';
import type { FeatureHandlers } from '../handlers';

/** Listing and stopping background jobs; each feature starts its own through `call.jobs.run`. */
export function jobsHandlers(): FeatureHandlers<'jobs'> {
  return {
    'jobs.list': (_input, call) => call.jobs.list(),
    'jobs.cancel': ({ jobId }, call) => {
      if (!call.jobs.cancel(jobId)) throw new AppError('NOT_FOUND', 'job_not_found');
      return null;
    },
  };
}
