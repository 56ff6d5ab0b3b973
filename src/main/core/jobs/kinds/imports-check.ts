import type { JobHandler } from '../job-kind';

/** Scaffolding while issue 11 is built on a branch: replaced by the feature's real job. */
export const importsCheckJob: JobHandler<unknown, unknown> = {
  writes: false,
  run() {
    throw new Error('not built');
  },
};
