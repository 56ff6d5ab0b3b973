// Entry of a job's worker thread, built as out/main/job-worker.js (electron.vite.config.ts).
import { JOB_HANDLERS } from './job-kinds';
import { serveJob } from './serve-job';

await serveJob(JOB_HANDLERS);
