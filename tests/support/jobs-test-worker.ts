// A job worker entry for tests: the app's kinds plus the test-only ones.
import { JOB_HANDLERS } from '../../src/main/core/jobs/job-kinds';
import { serveJob } from '../../src/main/core/jobs/serve-job';
import { TEST_JOB_HANDLERS } from './jobs-test-kinds';

await serveJob({ ...JOB_HANDLERS, ...TEST_JOB_HANDLERS });
