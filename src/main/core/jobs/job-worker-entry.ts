import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where a job's worker thread starts, and the Node options it needs to load that file. */
export interface JobWorkerEntry {
  file: string;
  execArgv: string[];
}

/**
 * The worker entry beside this module. Run from the sources (tests, the bench, the web host under
 * tsx) this module is a .ts file: the worker loads `job-worker.ts` through tsx, because Node's own
 * type stripping does not resolve the extensionless imports the sources use. In the bundle
 * (out/main/*.js) the entry is the built `job-worker.js` and plain Node loads it. The path is
 * computed at run time on purpose: a literal `new URL('./job-worker.js', import.meta.url)` would
 * be taken for an asset by the bundler.
 */
export function defaultJobWorkerEntry(moduleUrl: string = import.meta.url): JobWorkerEntry {
  const here = fileURLToPath(moduleUrl);
  const folder = dirname(here);
  if (here.endsWith('.ts')) {
    // Resolved from here, not from the working directory the process happened to start in.
    const tsx = pathToFileURL(createRequire(moduleUrl).resolve('tsx')).href;
    return { file: join(folder, 'job-worker.ts'), execArgv: ['--import', tsx] };
  }
  return { file: join(folder, 'job-worker.js'), execArgv: [] };
}
