import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database';
import { recordingTestRunner } from '../support/jobs';
import { useTempDirs } from '../support/temp-dir';

// Review of issue 11 (imports): the import parses the spreadsheet the office was handed in a job
// worker. An XLSX is a zip; a 20 MB one of repeated text inflates to gigabytes in exceljs, and a
// worker with no heap limit that runs out of memory aborts the whole app. With a limit, only the
// worker stops and the job fails (docs/security.md, "Found in review", issue 11).

const tempDir = useTempDirs();

describe('found in review: a job that runs out of memory fails alone', () => {
  it('stops the worker at its heap limit; the job fails, the app goes on', async () => {
    const test = await createTestDatabase(tempDir());
    try {
      const recording = recordingTestRunner({
        databaseFile: test.file,
        getKey: () => test.key,
        workerHeapMb: 48,
      });
      const hoarded = await recording.startTest('test.hoard', { mb: 256 }).finished;
      expect(hoarded.progress).toMatchObject({ state: 'failed', reason: 'worker_exited' });
      // The runner still runs jobs.
      const next = await recording.runner.start('audit.verify').finished;
      expect(next.progress.state).toBe('done');
    } finally {
      await test.close();
    }
  });
});
