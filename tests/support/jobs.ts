import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import type { JobProgress, WorkerJobKind } from '../../src/shared/domain/jobs';
import { JOB_HANDLERS } from '../../src/main/core/jobs/job-kinds';
import { JobRunner, type JobRunnerOptions } from '../../src/main/core/jobs/job-runner';
import type { JobWorkerEntry } from '../../src/main/core/jobs/job-worker-entry';
import { TEST_JOB_HANDLERS, type TestJobKind } from './jobs-test-kinds';

/**
 * The test worker entry (the app's kinds plus test-only ones): bundled once per run by the core
 * project's global setup (job-worker-bundle.ts), or else loaded through tsx.
 */
export const TEST_WORKER: JobWorkerEntry = inject('jobWorkers')?.test ?? {
  file: fileURLToPath(new URL('./jobs-test-worker.ts', import.meta.url)),
  execArgv: ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href],
};

export interface RecordingRunner {
  runner: JobRunner;
  /** Every `onProgress` call, in order. */
  progress: JobProgress[];
  /** Every `onFinished` call, in order. */
  finished: { progress: JobProgress; result: unknown }[];
  /** Starts a test-only kind (outside the app's `JobKind` list). */
  startTest: (kind: TestJobKind, params?: unknown) => ReturnType<JobRunner['start']>;
}

export function recordingRunner(
  options: Pick<JobRunnerOptions, 'databaseFile' | 'getKey'> & Partial<JobRunnerOptions>,
): RecordingRunner {
  const progress: JobProgress[] = [];
  const finished: RecordingRunner['finished'] = [];
  const runner = new JobRunner({
    onProgress: (p) => progress.push(p),
    onFinished: async (p, result) => {
      finished.push({ progress: p, result });
    },
    ...options,
  });
  return {
    runner,
    progress,
    finished,
    startTest: (kind, params) => runner.start(kind as unknown as WorkerJobKind, params),
  };
}

/** A runner on the test worker, knowing the test-only kinds. */
export function recordingTestRunner(
  options: Pick<JobRunnerOptions, 'databaseFile' | 'getKey'> & Partial<JobRunnerOptions>,
): RecordingRunner {
  return recordingRunner({
    worker: TEST_WORKER,
    handlers: { ...JOB_HANDLERS, ...TEST_JOB_HANDLERS },
    ...options,
  });
}

/** Resolves at the first progress report matching `match`. */
export async function progressWhere(
  recording: RecordingRunner,
  match: (progress: JobProgress) => boolean,
): Promise<JobProgress> {
  for (;;) {
    const found = recording.progress.find(match);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
