import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultJobWorkerEntry } from '../../src/main/core/jobs/job-worker-entry';
import type { AuditChainScan } from '../../src/main/core/jobs/kinds/audit-verify';
import { seedAuditEvents } from '../../scripts/seed/audit-events';
import { createTestDatabase } from '../support/database';
import { recordingRunner } from '../support/jobs';
import { useTempDirs } from '../support/temp-dir';

const builtMain = resolve(import.meta.dirname, '../../out/main');
const builtWorker = join(builtMain, 'job-worker.js');
const tempDir = useTempDirs();

describe('the built job worker (out/main/job-worker.js)', () => {
  it('is found beside the bundled main code, loaded by plain Node', () => {
    expect(defaultJobWorkerEntry(pathToFileURL(join(builtMain, 'index.js')).href)).toEqual({
      file: builtWorker,
      execArgv: [],
    });
  });

  it('exists after `npm run build` and runs audit.verify on a real encrypted database', async () => {
    if (!existsSync(builtWorker))
      throw new Error(`${builtWorker} is missing: run \`npm run build\` first`);
    const test = await createTestDatabase(tempDir());
    try {
      seedAuditEvents(test.sqlite, 12_000);
      const recording = recordingRunner({
        databaseFile: test.file,
        getKey: () => test.key,
        worker: { file: builtWorker, execArgv: [] },
      });
      const { progress, result } = await recording.runner.start('audit.verify').finished;
      expect(progress).toMatchObject({ state: 'done', done: 12_000, total: 12_000 });
      expect(result as AuditChainScan).toEqual({ checked: 12_000, firstBroken: null });
    } finally {
      await test.close();
    }
  });
});
